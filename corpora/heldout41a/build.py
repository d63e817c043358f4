"""Build passages.jsonl, key.jsonl and recipes.json of this corpus (heldout41a: small-cap rallies, selloffs and chart signals).

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
MA = 'moving average: n-session simple average of closes in the file'
MAMID = 'moving average quoted during the session: judged against its range over the session (low and high in place of the close)'
MIDOUT = 'mid-session figure outside the session range: imprecise'
TR = 'total-return figure where only a price index exists: unverifiable'
CAL = 'calendar: trading days and weekdays in the files'


# ---------------------------------------------------------------- 1
add('marketwatch_20150901_rut_death_cross_spreads', 'theridgewoodblog.net',
    'https://theridgewoodblog.net/death-cross-patterns-spread-to-all-corners-of-the-stock-market/',
    'MarketWatch (Tomi Kilgore; reposted on The Ridgewood Blog)', '2015-09-01', 'exact',
    'The repost gives "Published: Sept 1, 2015 1:37 p.m. ET" (a Tuesday) and links the MarketWatch story. The moving-average figures are midday values of 2015-09-01; the ticker tags "RUT, -2.71%" and "MID, -2.83%" are the quote boxes of the page and are read as the 2015-09-01 daily changes.',
    "'Death cross' patterns spread to all corners of the stock market (MarketWatch, by Tomi Kilgore, published Sept 1, 2015 1:37 p.m. ET). 'Death cross' patterns keep spreading through the stock market like an epidemic, even infecting market segments "
    "believed to be more insulated from overseas turmoil. The Russell 2000 index (RUT, -2.71%) of small-capitalization stocks became the latest victim among the major market indexes: its 50-day moving average fell to 1,222.95 in midday "
    "trade Tuesday, crossing below the 200-day moving average (MA), which slipped to 1,224.11, according to FactSet. Many chart watchers believe a death cross, when the 50-day MA crosses below the 200-day MA, indicates that a shorter-term "
    "decline has developed into a longer-term downtrend. The Russell 2000's last death cross appeared on Sept. 22, 2014; the index fell another 7.1% in the three weeks after that before bottoming at a one-year low. That follows the "
    "death cross that appeared in the S&P MidCap 400 Index (MID, -2.83%) on Monday.",
    [
        C('RUT', 'day_change_pct', -2.71, 'percent', 'RUT, -2.71%', "day_pct('RUT','2015-09-01')", S, D2, 'The Russell 2000 closed 2015-09-01 at 1,128.05, down 2.71% from 1,159.45.', ref='2015-09-01'),
        C('RUT', 'sma50', 1222.95, 'index points', 'fell to 1,222.95 in midday', "[sma_session_range('RUT','2015-09-01',50), sma('RUT','2015-09-01',50)]", I, MIDOUT, 'With any price of the 2015-09-01 session in place of its close, the 50-day average of the file runs from 1,223.62 (at the session low) to 1,224.16 (at the high); 1,223.69 at the close. FactSet\'s 1,222.95 lies 0.67 point below that range (0.05%).', ref='2015-09-01', basis='midday'),
        C('RUT', 'sma200', 1224.11, 'index points', 'slipped to 1,224.11', "[sma_session_range('RUT','2015-09-01',200), sma('RUT','2015-09-01',200), sma('RUT','2015-08-31',200)]", I, MIDOUT, 'The 200-day average of the file was 1,222.16 to 1,222.30 across the session (1,222.18 at the close, 1,222.42 the day before); the stated 1,224.11 is 1.8 points (0.15%) above that range, so the file does not reproduce FactSet\'s figures.', ref='2015-09-01', basis='midday'),
        C('RUT', 'death_cross', '2015-09-01', 'date', 'crossing below the 200-day moving average', "[ma_gap('RUT','2015-09-01',50,200), ma_crosses('RUT',50,200,'2015-08-01','2015-09-30','death')]", X, 'wrong date: contradicted', 'In the file the 50-day average stayed 1.51 points above the 200-day at the 2015-09-01 close (and about 1.46 points above it even at the session low); the cross came at the next close, 2015-09-02. The cross follows from FactSet\'s own midday figures, which the file does not reproduce (claims 1 and 2).', ref='2015-09-01', basis='midday'),
        C('RUT', 'last_death_cross', '2014-09-22', 'date', 'last death cross appeared on Sept. 22, 2014', "ma_crosses('RUT',50,200,'2014-01-01','2015-08-31','death')", S, MA, 'The only 50/200-day death cross in the file between January 2014 and August 2015 is on 2014-09-22.', ref='2014-09-22'),
        C('RUT', 'decline_after_cross', -7.1, 'percent', 'fell another 7.1%', "[min_close('RUT','2014-09-22','2014-10-31'), argmin_close('RUT','2014-09-22','2014-10-31'), pct('RUT','2014-09-22','2014-10-13')]", S, D1, 'From the 2014-09-22 close (1,129.36) to the low close of 1,049.30 on 2014-10-13, three weeks later: -7.09%.', ref='2014-10-13', window='2014-09-22..2014-10-13'),
        C('RUT', 'one_year_low', '2014-10-13', 'flag', 'bottoming at a one-year low', "[last_close_at_or_below('RUT',1049.3,'2014-10-10'), min_close('RUT','2013-10-13','2014-10-10')]", S, SINCE, 'The 2014-10-13 close (1,049.30) was the lowest since 2013-10-09; no close in the year before it was lower (the minimum from 2013-10-13 to 2014-10-10 was 1,053.32).', ref='2014-10-13'),
        C('SP400', 'death_cross', '2015-08-31', 'date', 'death cross that appeared in the S&P MidCap 400', None, U, NOFILE, 'The S&P MidCap 400 is not in the files.', ref='2015-08-31'),
        C('SP400', 'day_change_pct', -2.83, 'percent', 'MID, -2.83%', None, U, NOFILE, 'The S&P MidCap 400 is not in the files.', ref='2015-09-01'),
    ])

# ---------------------------------------------------------------- 2
add('marketwatch_20181110_rut_death_cross_set_to_form', 'forexbr.com.br',
    'http://www.forexbr.com.br/2018/11/11/market-extra-death-cross-set-to-form-in-key-gauge-of-small-cap-stocks-and-thats-bad-news-for-broader-stock-market/',
    'MarketWatch (Market Extra; reposted on ForexBR)', '2018-11-10', 'high',
    'The repost is dated 2018-11-11 (a Sunday) in its URL; the MarketWatch "Market Extra" it copies gives the moving averages "as of Nov. 9" (Friday 2018-11-09) and looks to "next week", so it was written over the weekend of November 10-11. The quote tag "RUT, -1.82%" is the 2018-11-09 daily change.',
    "Market Extra: Death cross set to form in key gauge of small-cap stocks - and that's bad news for broader stock market (MarketWatch). Don't look now, but a closely followed gauge of small-capitalization stocks is on the brink of a bearish "
    "pattern. The small-cap Russell 2000 index (RUT, -1.82%) is within a few points of seeing its short-term 50-day moving average fall beneath its long-term 200-day moving average, a formation many chart watchers believe marks the point "
    "that a short-term decline morphs into a longer-term downtrend. According to FactSet data, the Russell's 50-day moving average is at 1,624.56, while the 200-day stands at 1,616.23, as of Nov. 9. That is an 8.33-point differential, "
    "or 0.5%, which means that the Russell 2000, which has been seeing a steady rate of decline over the past few weeks, could see a so-called death cross manifest as early as next week, should the current downtrend hold.",
    [
        C('RUT', 'day_change_pct', -1.82, 'percent', 'RUT, -1.82%', "day_pct('RUT','2018-11-09')", S, D2, 'The Russell 2000 closed 2018-11-09 at 1,549.49, down 1.82%.', ref='2018-11-09'),
        C('RUT', 'sma50', 1624.56, 'index points', 'is at 1,624.56', "sma('RUT','2018-11-09',50)", I, 'index level off by more than 0.025 but within 1%: imprecise', 'The 50-session average of closes to 2018-11-09 is 1,624.42 in the file, 0.14 point (0.01%) below FactSet\'s figure.', ref='2018-11-09'),
        C('RUT', 'sma200', 1616.23, 'index points', 'stands at 1,616.23', "sma('RUT','2018-11-09',200)", I, 'index level off by more than 0.025 but within 1%: imprecise', 'The 200-session average to 2018-11-09 is 1,616.20 in the file, 0.03 point off: just outside the two-decimal tolerance.', ref='2018-11-09'),
        C('RUT', 'ma_gap_pts', 8.33, 'points', 'an 8.33-point differential', "[arith('1624.56-1616.23'), ma_gap('RUT','2018-11-09',50,200)]", S, ARITH, '1,624.56 - 1,616.23 = 8.33 from the levels the passage states; from the file\'s averages the gap is 8.22 points.', ref='2018-11-09'),
        C('RUT', 'ma_gap_pct', 0.5, 'percent', 'or 0.5%', "[arith('100*(1624.56/1616.23-1)'), ma_gap_pct('RUT','2018-11-09',50,200)]", S, ARITH, '8.33 / 1,616.23 = 0.52%; 0.51% from the file\'s averages.', ref='2018-11-09'),
        C('RUT', 'decline_past_weeks', 'steady decline', 'direction', 'steady rate of decline over the past few weeks', "[pct('RUT','2018-10-12','2018-11-09'), pct('RUT','2018-08-31','2018-11-09')]", U, 'unstated window: unverifiable', 'The window is not stated and the answer depends on it: the index was up 0.18% over the four weeks to 2018-11-09 (after an October low and a November rebound) but down 10.99% from its 2018-08-31 record close.', ref='2018-11-09', window='2018-10-12..2018-11-09'),
        C('RUT', 'death_cross_next_week', 'next week', 'period', 'could see a so-called death cross manifest as early as next week', "ma_crosses('RUT',50,200,'2018-11-12','2018-11-30','death')", F, FC, 'A conditional projection. (In the file the cross came on 2018-11-14, the following Wednesday.)', ref='2018-11-16'),
    ])

# ---------------------------------------------------------------- 3
add('marketwatch_20191003_rut_death_cross_first_in_11_months', 'marketwatchus.wsj.akadns.net',
    'http://marketwatchus.wsj.akadns.net/story/bearish-death-cross-appears-in-russell-2000-chart-first-since-just-before-december-flash-selloff-2019-10-03',
    'MarketWatch (Market Pulse, Tomi Kilgore)', '2019-10-03', 'exact',
    'Dated "Oct. 3, 2019, 3:08 p.m. EDT" on the page (a Thursday): the index move, both moving averages and the S&P 500 figures are afternoon values of the 2019-10-03 session and are judged against that session\'s range. The quote boxes on the archived page (RUT +0.54%, SPX +0.47%) are from 2020-02-19 and are left out.',
    "Bearish 'death cross' appears in Russell 2000 chart, first since just before December flash selloff (MarketWatch, Oct. 3, 2019, 3:08 p.m. EDT, by Tomi Kilgore). A bearish 'death cross' pattern is appearing in the Russell 2000's chart "
    "Thursday, for the first time in about 11 months. Many technical analysts believe the pattern, in which the 50-day moving average crosses below the 200-day moving average, marks the spot a shorter-term decline transitions to a "
    "longer-term downtrend. The small-capitalization stock tracker was up 0.4% in afternoon trading, with the 50-day moving average slipping to 1,521.94 and the 200-day moving average rising to 1,521.95, according to FactSet. The Russell "
    "2000's last death cross appeared on Nov. 14. The index tumbled another 16% before bottoming at a 2-year low on Dec. 24. The current death cross comes about 5 months after a 'golden cross' pattern appeared on May 7, which was a day "
    "after the index peaked at a 7-month high. Meanwhile, the S&P 500 was up 0.6% on the day, and its 50-day moving average was still 3.7% above its 200-day moving average.",
    [
        C('RUT', 'death_cross', '2019-10-03', 'date', "'death cross' pattern is appearing in the Russell 2000's chart", "[ma_gap('RUT','2019-10-03',50,200), ma_crosses('RUT',50,200,'2019-09-01','2019-10-31','death')]", U, MAMID, "At the 2019-10-03 close the 50-day average of the file (1,521.93) was still 0.01 point above the 200-day (1,521.92); with the session low in place of the close it was below (1,521.45 against 1,521.80). The cross was under way during the session but completed only at the 2019-10-04 close, so the afternoon statement is inside the session's range.", ref='2019-10-03', basis='afternoon'),
        C('RUT', 'months_since_last_death_cross', 11, 'months', 'for the first time in about 11 months', "[ma_crosses('RUT',50,200,'2018-01-01','2019-10-02','death'), months_between('2018-11-14','2019-10-03')]", S, ABOUT, 'The previous death cross in the file is 2018-11-14, 10.6 months before 2019-10-03: about 11 months.', q='about', ref='2019-10-03'),
        C('RUT', 'day_change_pct', 0.4, 'percent', 'up 0.4% in afternoon trading', "[session_range_pct('RUT','2019-10-03'), day_pct('RUT','2019-10-03')]", U, MID, 'Session range -1.18% to +0.52% from the 1,479.63 close of 2019-10-02; the index closed +0.45%.', ref='2019-10-03', basis='afternoon'),
        C('RUT', 'sma50', 1521.94, 'index points', 'slipping to 1,521.94', "[sma_session_range('RUT','2019-10-03',50), sma('RUT','2019-10-03',50)]", U, MAMID, 'The 50-day average of the file ran from 1,521.45 (session low) to 1,521.95 (session high) during 2019-10-03; 1,521.93 at the close.', ref='2019-10-03', basis='afternoon'),
        C('RUT', 'sma200', 1521.95, 'index points', 'rising to 1,521.95', "[sma_session_range('RUT','2019-10-03',200), sma('RUT','2019-10-03',200)]", U, MAMID, 'The 200-day average ran from 1,521.80 to 1,521.93 during the session (1,521.92 at the close); 1,521.95 is 0.02 point above the top of that range, inside the two-decimal tolerance, and is taken as inside the range.', ref='2019-10-03', basis='afternoon'),
        C('RUT', 'last_death_cross', '2018-11-14', 'date', 'last death cross appeared on Nov. 14', "ma_crosses('RUT',50,200,'2018-01-01','2019-10-02','death')", S, MA, 'The death cross before October 2019 in the file is on 2018-11-14.', ref='2018-11-14'),
        C('RUT', 'decline_after_cross', -16, 'percent', 'tumbled another 16%', "[pct('RUT','2018-11-14','2018-12-24'), argmin_close('RUT','2018-11-14','2019-06-30')]", S, INT, 'From the 2018-11-14 close (1,502.51) to the 2018-12-24 close (1,266.92): -15.68%, which rounds to 16%.', ref='2018-12-24', window='2018-11-14..2018-12-24'),
        C('RUT', 'two_year_low', '2018-12-24', 'date', 'bottoming at a 2-year low on Dec. 24', "[argmin_close('RUT','2018-11-14','2019-06-30'), last_close_at_or_below('RUT',1266.92,'2018-12-21')]", S, SINCE, 'The 2018-12-24 close (1,266.92) was the low of the decline and the lowest close since 2016-11-10, about two years earlier.', ref='2018-12-24'),
        C('RUT', 'golden_cross', '2019-05-07', 'date', "'golden cross' pattern appeared on May 7", "ma_crosses('RUT',50,200,'2019-01-01','2019-10-02','golden')", S, MA, 'The 50-day average closed above the 200-day on 2019-05-07 (1,564.69 against 1,564.38), the only golden cross of 2019 before October.', ref='2019-05-07'),
        C('RUT', 'months_since_golden_cross', 5, 'months', 'about 5 months after', "months_between('2019-05-07','2019-10-03')", S, ABOUT, 'From 2019-05-07 to 2019-10-03: 4.9 months.', q='about', ref='2019-10-03'),
        C('RUT', 'seven_month_high', '2019-05-06', 'date', 'a day after the index peaked at a 7-month high', "[argmax_close('RUT','2019-01-01','2019-10-02'), last_close_at_or_above_value('RUT','2019-05-06')]", S, SINCE, 'The 2019-05-06 close (1,614.98) was the highest close of 2019 to October and the highest since 2018-10-09, seven months earlier; the golden cross came the next session.', ref='2019-05-06'),
        C('SPX', 'day_change_pct', 0.6, 'percent', 'the S&P 500 was up 0.6% on the day', "[session_range_pct('SPX','2019-10-03'), day_pct('SPX','2019-10-03')]", U, MID, 'S&P 500 session range -1.10% to +0.81%; close +0.80%.', ref='2019-10-03', basis='afternoon'),
        C('SPX', 'ma_gap_pct', 3.7, 'percent', 'still 3.7% above its 200-day moving average', "[ma_gap_pct('SPX','2019-10-03',50,200), ma_gap_pct('SPX','2019-10-02',50,200)]", S, D1, "The S&P 500's 50-day average was 3.67% above its 200-day at the 2019-10-03 close (3.81% the day before).", ref='2019-10-03', basis='afternoon'),
    ])

# ---------------------------------------------------------------- 4
add('marketwatch_20220118_rut_nears_first_death_cross_since_2020', 'stascomtech.com',
    'https://stascomtech.com/russell-2000-falls-toward-a-1-year-low-in-danger-of-first-death-cross-since-march-2020/',
    'MarketWatch (Market Pulse; reposted on Stascom Tech)', '2022-01-18', 'high',
    'The repost carries no date. The Tuesday it describes is 2022-01-18 (the first session after the Martin Luther King Jr. holiday): a record close of 2,442.74 "a little over two months ago (Nov. 8)", a close that would be the lowest since 2021-01-29, and a death cross still pending (it came at the 2022-01-19 close in the file). The index move, both Russell moving averages and the S&P 500 figures are mid-session values of 2022-01-18.',
    "Russell 2000 falls toward a 1-year low, in danger of first 'death cross' since March 2020 (MarketWatch Market Pulse). The Russell 2000 is taking the brunt of the broader market's selloff, as the small-capitalization companies tracker is "
    "sinking 2.4% to put it on track for the lowest close since Jan. 29, 2021. The index has tumbled 13.6% since it closed at a record 2,442.74 a little over two months ago (Nov. 8). The selloff puts the index on the verge of producing a "
    "'death cross' chart pattern for the first time since March 2020; such appearances are usually well telegraphed. The Russell 2000's 50-DMA came in at 2,255.33 on Tuesday, and has been falling by a little over 4 points per day over "
    "the past week, while the 200-DMA came in at 2,253.30 and has been falling by about 0.4 points per day. The last 'death cross' appeared on March 19, 2020, which was the day after the index closed at its post-pandemic low of 991.16. "
    "A 'death cross' came within about 0.4 points from appearing in October 2021, just before a renewed rally took the index to its record close in early November. In comparison, for the S&P 500, which was down 1.6% on Tuesday, the "
    "50-DMA is at 4,679.20 and the 200-DMA is at 4,423.39.",
    [
        C('RUT', 'day_change_pct', -2.4, 'percent', 'sinking 2.4%', "[session_range_pct('RUT','2022-01-18'), day_pct('RUT','2022-01-18')]", U, MID, 'Session range -3.12% to -0.10% from the 2,162.46 close of 2022-01-14; the index closed -3.06%.', ref='2022-01-18', basis='mid-session'),
        C('RUT', 'lowest_close_since', '2021-01-29', 'date', 'on track for the lowest close since Jan. 29, 2021', "last_close_at_or_below('RUT',2096.23,'2022-01-14')", N, ONPACE, 'A statement about where the index was heading, not a fact at the time of writing. (The 2,096.23 close of 2022-01-18 was indeed the lowest since 2021-01-29.)', ref='2022-01-18'),
        C('RUT', 'pct_from_record', 13.6, 'percent', 'tumbled 13.6% since it closed at a record', "[drawdown_range('RUT','2022-01-18'), pct_below_record('RUT','2022-01-18')]", U, MID, 'Below the 2,442.74 record close, the session ran from 11.56% (high) to 14.24% (low); 14.19% at the close. 13.6% is inside the range.', ref='2022-01-18', basis='mid-session'),
        C('RUT', 'record_close', [2442.74, '2021-11-08'], 'level, date', 'a record 2,442.74 a little over two months ago (Nov. 8)', "record_close_upto('RUT','2022-01-14')", S, REC, 'Record close 2,442.74 on 2021-11-08, 71 days before 2022-01-18.', ref='2021-11-08'),
        C('RUT', 'death_cross_since', '2020-03', 'month', "'death cross' chart pattern for the first time since March 2020", "[ma_crosses('RUT',50,200,'2020-01-01','2022-01-18','death'), ma_crosses('RUT',50,200,'2020-01-01','2022-01-31','death')]", S, SINCE, 'The previous death cross in the file is 2020-03-19; the next one came at the 2022-01-19 close, the day after the story.', ref='2022-01-18'),
        C('RUT', 'sma50', 2255.33, 'index points', '50-DMA came in at 2,255.33', "[sma_session_range('RUT','2022-01-18',50), sma('RUT','2022-01-18',50)]", U, MAMID, 'The 50-day average of the file ran from 2,255.16 (session low) to 2,256.47 (session high) on 2022-01-18; 2,255.18 at the close.', ref='2022-01-18', basis='mid-session'),
        C('RUT', 'sma50_slope', -4, 'points per session', 'falling by a little over 4 points per day', "[ma_slope('RUT','2022-01-18',50,5), ma_slope_session_range('RUT','2022-01-18',50,5), ma_slope('RUT','2022-01-14',50,5)]", U, MAMID, 'Over the five sessions to 2022-01-18 the 50-day average fell 4.14 points a session at the close, but only 3.89 with the session high in place of the close (and 3.43 a session over the five sessions to 2022-01-14); the bound holds at the close and not across the session, so the mid-session figure cannot be decided.', q='more than', ref='2022-01-18', window='past week'),
        C('RUT', 'sma200', 2253.30, 'index points', '200-DMA came in at 2,253.30', "[sma_session_range('RUT','2022-01-18',200), sma('RUT','2022-01-18',200)]", U, MAMID, 'The 200-day average ran from 2,253.29 to 2,253.62 during the session and equals 2,253.30 at the close.', ref='2022-01-18', basis='mid-session'),
        C('RUT', 'sma200_slope', -0.4, 'points per session', 'falling by about 0.4 points per day', "[ma_slope('RUT','2022-01-18',200,5), ma_slope('RUT','2022-01-14',200,5)]", S, ABOUT, 'The 200-day average fell 0.31 point a session over the five sessions to 2022-01-18 (within one unit of 0.4; 0.19 over the five sessions to 2022-01-14).', q='about', ref='2022-01-18', window='past week'),
        C('RUT', 'last_death_cross', '2020-03-19', 'date', "The last 'death cross' appeared on March 19, 2020", "ma_crosses('RUT',50,200,'2020-01-01','2022-01-14','death')", S, MA, 'Death cross on 2020-03-19 in the file; the next golden cross was 2020-08-14.', ref='2020-03-19'),
        C('RUT', 'post_pandemic_low', [991.16, '2020-03-18'], 'level, date', 'post-pandemic low of 991.16', "[min_close('RUT','2020-01-01','2021-12-31'), argmin_close('RUT','2020-01-01','2021-12-31')]", S, D2, 'Lowest close of 2020-2021: 991.16 on 2020-03-18, the day before the death cross.', ref='2020-03-18'),
        C('RUT', 'near_death_cross_gap', 0.4, 'points', 'within about 0.4 points from appearing in October 2021', "[min_ma_gap('RUT','2021-10-01','2021-10-31',50,200), min_ma_gap_intraday('RUT','2021-10-01','2021-10-31',50,200)]", U, 'basis not stated and within the precision of the source: unverifiable', "At the closes the smallest October 2021 gap between the 50- and 200-day averages was 0.52 point (2021-10-22), just outside about 0.4; with each session's low in place of its close it was 0.31 (also 2021-10-22). The text does not say which, and FactSet's averages differ from the file's by about 0.1 point elsewhere (marketwatch_20181110), so the claim is left undecided.", q='about', ref='2021-10-22', window='2021-10'),
        C('RUT', 'record_close_early_november', '2021-11-08', 'date', 'renewed rally took the index to its record close in early November', "[record_close_dates('RUT','2021-10-01','2021-12-31'), pct('RUT','2021-10-22','2021-11-08')]", S, REC, 'From 2021-10-22 the index rose 6.61% to record closes on 2021-11-02, 11-03, 11-05 and 11-08 (2,442.74).', ref='2021-11-08'),
        C('SPX', 'day_change_pct', -1.6, 'percent', 'which was down 1.6% on Tuesday', "[session_range_pct('SPX','2022-01-18'), day_pct('SPX','2022-01-18')]", U, MID, 'S&P 500 session range -2.02% to -0.66%; close -1.84%.', ref='2022-01-18', basis='mid-session'),
        C('SPX', 'sma50', 4679.20, 'index points', 'the 50-DMA is at 4,679.20', "[sma_session_range('SPX','2022-01-18',50), sma('SPX','2022-01-18',50)]", U, MAMID, "The S&P 500's 50-day average ran from 4,678.78 to 4,680.06 during the session (4,678.95 at the close).", ref='2022-01-18', basis='mid-session'),
        C('SPX', 'sma200', 4423.39, 'index points', 'the 200-DMA is at 4,423.39', "[sma_session_range('SPX','2022-01-18',200), sma('SPX','2022-01-18',200)]", U, MAMID, "The S&P 500's 200-day average ran from 4,423.26 to 4,423.57 during the session (4,423.30 at the close).", ref='2022-01-18', basis='mid-session'),
    ])

# ---------------------------------------------------------------- 5
add('dowjones_20250320_rut_death_cross_history', 'itiger.com',
    'https://itiger.com/news/2521494610',
    'Dow Jones (MarketWatch story syndicated on Tiger Brokers / itiger.com)', '2025-03-20', 'high',
    'The page shows "Dow Jones 03-21" in Singapore time; the session described as "Thursday" with a close of 2,068.63 is 2025-03-20, a date the closes in the file confirm, so the story was written after that close (evening of 2025-03-20 New York time). "Last week" is the week of March 10-14.',
    "Small-Cap Stock Index Posts a 'Death Cross.' What History Says Happens Next (Dow Jones). Russell 2000's 50-day moving average closes below 200-day average; small caps came within hailing distance of a bear market last week. "
    "The Russell 2000 small-cap stock index on Thursday suffered an ominous-sounding development on its daily chart: a so-called death cross, which occurs when the 50-day moving average, seen as a proxy for the short-term trend, "
    "crosses below the 200-day moving average, a proxy for the long-term trend. The Russell 2000 fell 0.7% Thursday to close at 2,068.63. That left the 50-day moving average at 2,201.63, with the 200-day average at 2,203.09, according to "
    "FactSet data. The index has bounced since closing March 13 at 1,993.69, which was its lowest settlement since May 1 of last year and left it down more than 18% from its 52-week high set on Nov. 24 - not far off the 20% pullback "
    "threshold that would mark the start of a bear market. A death cross isn't seen as much of a market-timing tool, as they tend to be telegraphed. The Russell 2000 last flashed a death-cross pattern on Oct. 13, 2023, and exited it - "
    "with the 50-day average moving back above the 200-day average - on Dec. 29, 2023. Dow Jones Market Data found that while the near-term performance after previous death crosses tended to be weak, it fared better over the longer term. "
    "It was a choppy day for stocks, with major indexes ending in the red. The Dow Jones Industrial Average fell 11.31 points, or less than 0.1%, to finish at 41,953.32. The S&P 500 shed 0.2% and the Nasdaq Composite gave back 0.3%. "
    "The S&P 500 last week joined the Nasdaq and the Russell 2000 in correction territory, defined as a pullback of 10% from a recent high.",
    [
        C('RUT', 'death_cross', '2025-03-20', 'date', 'suffered an ominous-sounding development', "ma_crosses('RUT',50,200,'2025-03-01','2025-03-31','death')", S, MA, 'The 50-day average closed below the 200-day on 2025-03-20 (2,201.63 against 2,203.09), a death cross in the file.', ref='2025-03-20'),
        C('RUT', 'day_change_pct', -0.7, 'percent', 'fell 0.7% Thursday', "day_pct('RUT','2025-03-20')", S, D1, 'Close 2,068.63 against 2,082.08: -0.65%.', ref='2025-03-20'),
        C('RUT', 'close', 2068.63, 'index points', 'to close at 2,068.63', "close('RUT','2025-03-20')", S, D2, 'Close of 2025-03-20.', ref='2025-03-20'),
        C('RUT', 'sma50', 2201.63, 'index points', 'moving average at 2,201.63', "sma('RUT','2025-03-20',50)", S, MA, '50-session average of closes to 2025-03-20: 2,201.63.', ref='2025-03-20'),
        C('RUT', 'sma200', 2203.09, 'index points', '200-day average at 2,203.09', "sma('RUT','2025-03-20',200)", S, MA, '200-session average to 2025-03-20: 2,203.09.', ref='2025-03-20'),
        C('RUT', 'close', 1993.69, 'index points', 'closing March 13 at 1,993.69', "[close('RUT','2025-03-13'), argmin_close('RUT','2025-01-01','2025-03-20')]", S, D2, 'Close of 2025-03-13, the lowest of 2025 to March 20.', ref='2025-03-13'),
        C('RUT', 'lowest_since', '2024-05-01', 'date', 'lowest settlement since May 1 of last year', "last_close_at_or_below('RUT',1993.69,'2025-03-12')", S, SINCE, 'The last close at or below 1,993.69 before 2025-03-13 was 2024-05-01.', ref='2025-03-13'),
        C('RUT', 'pct_below_52w_high', 18, 'percent', 'down more than 18% from its 52-week high', "[pct_below_52w_high('RUT','2025-03-13'), pct_below_level('RUT','2025-03-13',high('RUT','2024-11-25'))]", S, MORE, 'The 52-week high close was 2,442.03 (2024-11-25): 1,993.69 is 18.36% below it (19.17% below the 2,466.49 intraday high of the same day).', q='more than', ref='2025-03-13'),
        C('RUT', 'high_52w_date', '2024-11-24', 'date', 'its 52-week high set on Nov. 24', "[argmax_close('RUT','2024-03-13','2025-03-13'), max_high('RUT','2024-03-13','2025-03-13'), weekday('2024-11-24')]", X, 'wrong date: contradicted', 'Both the 52-week high close (2,442.03) and the intraday high (2,466.49) were set on Monday 2024-11-25; 2024-11-24 was a Sunday.', ref='2024-11-25'),
        C('RUT', 'last_death_cross', '2023-10-13', 'date', 'last flashed a death-cross pattern on Oct. 13, 2023', "ma_crosses('RUT',50,200,'2023-06-01','2025-03-19','death')", S, MA, 'Death cross on 2023-10-13 in the file (the one before was 2023-04-21); none between then and March 2025.', ref='2023-10-13'),
        C('RUT', 'golden_cross_exit', '2023-12-29', 'date', 'on Dec. 29, 2023', "[ma_crosses('RUT',50,200,'2023-10-14','2024-03-31','golden'), ma_gap('RUT','2023-12-29',50,200)]", X, 'wrong date: contradicted', "In the file the 50-day average was still 4.91 points below the 200-day at the 2023-12-29 close (1,822.62 against 1,827.53) and first closed above it on 2024-01-02, the next session. The file reproduces FactSet's 2025 averages exactly, so the date is off by one session.", ref='2024-01-02'),
        C('RUT', 'after_death_cross_stats', 'weak near term, better longer term', 'qualitative', 'near-term performance after previous death crosses tended to be weak', None, U, METHOD, 'Dow Jones Market Data\'s table (windows and sample) is not in the passage; the claim cannot be replicated without it.', ref='2025-03-20'),
        C('DJI', 'day_change_pts', -11.31, 'points', 'fell 11.31 points', "day_pts('DJI','2025-03-20')", S, D2, 'Dow close 41,953.32 against 41,964.63: -11.31.', ref='2025-03-20'),
        C('DJI', 'day_change_pct', 0.1, 'percent', 'or less than 0.1%', "day_pct('DJI','2025-03-20')", S, LESS, 'The Dow fell 0.03% on 2025-03-20 (11.31 points from 41,964.63): less than 0.1%.', q='less than', ref='2025-03-20'),
        C('DJI', 'close', 41953.32, 'index points', 'to finish at 41,953.32', "close('DJI','2025-03-20')", S, D2, 'Dow close of 2025-03-20.', ref='2025-03-20'),
        C('SPX', 'day_change_pct', -0.2, 'percent', 'The S&P 500 shed 0.2%', "day_pct('SPX','2025-03-20')", S, D1, 'The S&P 500 fell 0.22% on 2025-03-20.', ref='2025-03-20'),
        C('IXIC', 'day_change_pct', -0.3, 'percent', 'the Nasdaq Composite gave back 0.3%', "day_pct('IXIC','2025-03-20')", S, D1, 'The Nasdaq Composite fell 0.33% on 2025-03-20.', ref='2025-03-20'),
        C('SPX', 'correction_entered', 'last week', 'period', 'The S&P 500 last week joined', "[first_close_below_peak('SPX','2025-02-19','2025-03-20',10), pct_below_record('SPX','2025-03-13')]", S, 'correction: a close at least 10% below the 52-week high close', 'The S&P 500 first closed 10% below its 2025-02-19 record close (6,144.15) on Thursday 2025-03-13 (-10.13%), in the week of March 10-14.', ref='2025-03-13', window='2025-03-10..2025-03-14'),
        C('IXIC', 'correction_before', 'in correction', 'flag', 'joined the Nasdaq and the Russell 2000 in correction territory', "[first_close_below_peak('IXIC','2024-12-16','2025-03-20',10), first_close_below_peak('RUT','2024-11-25','2025-03-20',10)]", S, 'correction: a close at least 10% below the 52-week high close', 'The Nasdaq had first closed 10% below its 2024-12-16 record on 2025-03-06, and the Russell 2000 10% below its 2024-11-25 high close on 2025-01-10, both before the S&P 500.', ref='2025-03-13'),
    ])


# ---------------------------------------------------------------- 6
add('forexlive_20230310_rut_clobbered_svb_week', 'forexlive.com',
    'https://www.forexlive.com/news/us-equity-close-sp-500-virtually-erases-the-year-to-date-gains-20230310/',
    'Forexlive', '2023-03-10', 'exact',
    'Date in the URL (20230310) and on the page, a Friday: the daily changes are the 2023-03-10 closes and the weekly changes run from the 2023-03-03 close. "Tuesday\'s CPI report" is the 2023-03-14 release.',
    "US equity close: S&P 500 virtually erases the year-to-date gains (Forexlive, March 10, 2023). US equities were hit hard today and the S&P 500 virtually erased its gains for the year in the second day of selling. Stocks tried to rally early "
    "on a higher US unemployment rate but worries about banks led to heavy selling in the latter half of the day as Silicon Valley Bank was taken over by the FDIC. There was a big divergence in US indexes as the Russell 2000 was clobbered by "
    "heavy exposure to regional banks. Daily changes: S&P 500 -1.45%; Nasdaq Comp -1.7%; DJIA -1.1%; Russell 2000 -3.0%; Toronto TSX -1.6%. Weekly changes: S&P 500 -4.5%; Nasdaq Comp -4.7%; DJIA -4.4%; Russell 2000 -8.1%; Toronto "
    "TSX -3.9%. The weekly chart of the S&P 500 still doesn't look too bad but it will need to hold the late-December lows. Tuesday's CPI report will go a long way towards determining which way it breaks.",
    [
        C('SPX', 'ytd_change', 'virtually erased', 'qualitative', 'virtually erased its gains for the year', "[ytd('SPX','2023-03-10'), ytd('SPX','2023-03-08')]", S, 'sign and size match', 'The S&P 500 was up 0.58% for 2023 at the 2023-03-10 close, against 3.97% at the 2023-03-08 close: the gain was nearly gone.', ref='2023-03-10'),
        C('SPX', 'down_days', 2, 'count', 'in the second day of selling', "[down_streak('SPX','2023-03-10'), day_pct('SPX','2023-03-09')]", S, STREAK, 'The S&P 500 fell 1.85% on 2023-03-09 and again on 2023-03-10: two down closes in a row.', ref='2023-03-10'),
        C('US_UNEMPLOYMENT', 'change', 'higher', 'direction', 'on a higher US unemployment rate', None, U, NOFILE, 'Labour-market data are not in the files.', ref='2023-03-10'),
        C('SPX', 'early_rally', 'tried to rally early', 'qualitative', 'Stocks tried to rally early', "[session_range_pct('SPX','2023-03-10'), open_price('SPX','2023-03-10'), close('SPX','2023-03-09')]", S, 'session high above the previous close', 'The S&P 500 opened at 3,912.77 (close of 2023-03-09: 3,918.32) and traded up to 0.40% above the previous close before falling as far as -1.84%.', ref='2023-03-10', basis='early trading'),
        C('RUT', 'relative_move', 'big divergence', 'comparison', 'the Russell 2000 was clobbered', "[day_pct('RUT','2023-03-10'), day_pct('SPX','2023-03-10')]", S, RANK, 'Russell 2000 -2.95% against -1.45% for the S&P 500, the largest loss of the four indexes.', ref='2023-03-10'),
        C('SPX', 'day_change_pct', -1.45, 'percent', 'S&P 500 -1.45%', "day_pct('SPX','2023-03-10')", S, D2, 'Close 3,861.59 against 3,918.32: -1.45%.', ref='2023-03-10'),
        C('IXIC', 'day_change_pct', -1.7, 'percent', 'Nasdaq Comp -1.7%', "day_pct('IXIC','2023-03-10')", S, D1, '-1.76%, within the one-decimal tolerance.', ref='2023-03-10'),
        C('DJI', 'day_change_pct', -1.1, 'percent', 'DJIA -1.1%', "day_pct('DJI','2023-03-10')", S, D1, 'The Dow fell 1.07% on 2023-03-10.', ref='2023-03-10'),
        C('RUT', 'day_change_pct', -3.0, 'percent', 'Russell 2000 -3.0%', "day_pct('RUT','2023-03-10')", S, D1, 'The Russell 2000 fell 2.95% on 2023-03-10, twice the S&P 500 loss.', ref='2023-03-10'),
        C('TSX', 'day_change_pct', -1.6, 'percent', 'Toronto TSX -1.6%', None, U, NOFILE, 'The S&P/TSX composite is not in the files.', ref='2023-03-10'),
        C('SPX', 'week_change_pct', -4.5, 'percent', 'S&P 500 -4.5%', "week_return('SPX','2023-03-10')", S, D1, 'From the 2023-03-03 close: -4.55%.', ref='2023-03-10', window='2023-03-03..2023-03-10'),
        C('IXIC', 'week_change_pct', -4.7, 'percent', 'Nasdaq Comp -4.7%', "week_return('IXIC','2023-03-10')", S, D1, 'Nasdaq Composite from the 2023-03-03 close to 2023-03-10: -4.71%.', ref='2023-03-10', window='2023-03-03..2023-03-10'),
        C('DJI', 'week_change_pct', -4.4, 'percent', 'DJIA -4.4%', "week_return('DJI','2023-03-10')", S, D1, 'Dow from the 2023-03-03 close to 2023-03-10: -4.44%.', ref='2023-03-10', window='2023-03-03..2023-03-10'),
        C('RUT', 'week_change_pct', -8.1, 'percent', 'Russell 2000 -8.1%', "week_return('RUT','2023-03-10')", S, D1, "-8.07%, the Russell 2000's worst week since the week ending 2022-01-21.", ref='2023-03-10', window='2023-03-03..2023-03-10'),
        C('TSX', 'week_change_pct', -3.9, 'percent', 'Toronto TSX -3.9%', None, U, NOFILE, 'The S&P/TSX composite is not in the files.', ref='2023-03-10'),
        C('SPX', 'support', 'late-December lows', 'opinion', 'it will need to hold the late-December lows', "[min_close('SPX','2022-12-15','2022-12-31'), argmin_close('SPX','2022-12-15','2022-12-31'), close('SPX','2023-03-10')]", N, RULE, 'A chart view. (The late-December low close was 3,783.22 on 2022-12-28; the S&P 500 closed 2023-03-10 at 3,861.59, above it.)', ref='2023-03-10'),
    ])

# ---------------------------------------------------------------- 7
add('cryptopolitan_20250404_rut_bear_market_tariffs', 'mitrade.com',
    'https://www.mitrade.com/insights/news/live-news/article-3-739060-20250404',
    'Cryptopolitan (on Mitrade Insights)', '2025-04-04', 'exact',
    'The URL carries 20250404 and the page credits Cryptopolitan; the "Thursday" it describes is 2025-04-03, the session after the 2025-04-02 tariff announcement. The 2016 comparison is to the week of the 2016-11-08 election (week ending 2016-11-11). The closing part of the article, about bitcoin, is left out.',
    "S&P 500 and Nasdaq go deeper into correction as Russell 2000 enters bear market (Cryptopolitan, April 4, 2025). The Russell 2000 dropped hard on Thursday, sliding 6.6% during the session and putting it 22.5% below its 52-week high, "
    "which means small-cap stocks are officially in a bear market; Wall Street uses a 20% drop as the line for that. The S&P 500 and Nasdaq also plunged, both firmly locked in correction territory, which kicks in at a 10% decline. The Dow "
    "Jones Industrial Average isn't there yet, but it's hanging just above that level. This all hit after President Donald Trump rolled out the most intense wave of tariffs the U.S. has seen in nearly a hundred years. Small caps were once "
    "seen as Trump's golden boys: right after the 2016 election, they went on a tear, and the Russell 2000 jumped 8.6% that week, way ahead of the 4.7% gain from the S&P 500. Tom Lee, managing partner and head of research at Fundstrat, "
    "even said at the time that small caps could outperform by more than 100% over the next few years. Keith Lerner, co-chief investment officer at Truist, told CNBC small caps are getting hit because the economy is softening and they are "
    "still paying high levels of interest on floating-rate debt. Wall Street traders now think there's a 71% chance the Federal Reserve cuts rates four times before the end of 2025, and they are betting almost 100% on the first cut "
    "happening in June, based on data from the CME FedWatch Tool.",
    [
        C('RUT', 'day_change_pct', -6.6, 'percent', 'sliding 6.6% during the session', "[day_pct('RUT','2025-04-03'), session_range_pct('RUT','2025-04-03')]", S, D1, 'The Russell 2000 closed 2025-04-03 down 6.59% (session low -6.63%), its worst day since 2020-06-11 in the file; "during the session" is read as the session\'s result.', ref='2025-04-03'),
        C('RUT', 'pct_below_52w_high', 22.5, 'percent', '22.5% below its 52-week high', "[pct_below_52w_high('RUT','2025-04-03'), pct_below_level('RUT','2025-04-03',high('RUT','2024-11-25')), pct_below_record('RUT','2025-04-03')]", I, PCTI, 'Distances from a high use the high close unless the text says otherwise: the close of 1,910.55 was 21.76% below the 52-week high close (2,442.03 on 2024-11-25) and 21.79% below the record close of 2021. Against the 2,466.49 intraday high of 2024-11-25 it was 22.54% below, which matches the figure.', ref='2025-04-03'),
        C('RUT', 'bear_market', True, 'flag', 'small-cap stocks are officially in a bear market', "first_close_below_peak('RUT','2024-11-25','2025-04-03',20)", S, 'bear market: a close at least 20% below the peak close', 'The 2025-04-03 close was the first at least 20% below the 2024-11-25 peak close.', ref='2025-04-03'),
        C('SPX', 'correction', True, 'flag', 'both firmly locked in correction territory', "[pct_below_record('SPX','2025-04-03'), pct_below_record('IXIC','2025-04-03')]", S, 'correction: 10-20% below the high close', 'At the 2025-04-03 close the S&P 500 was 12.17% below its 2025-02-19 record close and the Nasdaq Composite 17.96% below its 2024-12-16 record: both between 10% and 20% down.', ref='2025-04-03'),
        C('DJI', 'correction', False, 'flag', "isn't there yet, but it's hanging just above that level", "[pct_below_52w_high('DJI','2025-04-03'), record_close_upto('DJI','2025-04-03')]", S, 'correction: a close at least 10% below the 52-week high close', 'The Dow closed 2025-04-03 9.93% below its 52-week (and record) high close of 45,014.04 on 2024-12-04: not yet 10% down, but close to it.', ref='2025-04-03'),
        C('GENERIC', 'tariffs', 'most intense in nearly a hundred years', 'qualitative', 'most intense wave of tariffs the U.S. has seen in nearly a hundred years', None, U, NOFILE, 'Tariff rates are not in the files.', ref='2025-04-02'),
        C('RUT', 'week_change_pct', 8.6, 'percent', 'the Russell 2000 jumped 8.6% that week', "[week_return('RUT','2016-11-11'), pct('RUT','2016-11-08','2016-11-11'), pct('RUT','2016-11-08','2016-11-15')]", I, PCTI, 'The week of the 2016 election (2016-11-04 to 2016-11-11 closes) the Russell 2000 gained 10.22%; from the election-day close (2016-11-08) to 2016-11-11 it gained 7.30%, and to 2016-11-15 8.95%. No stated window gives 8.6%; against the week the figure is 1.6 points short.', ref='2016-11-11', window='2016-11-04..2016-11-11'),
        C('SPX', 'week_change_pct', 4.7, 'percent', 'the 4.7% gain from the S&P 500', "[week_return('SPX','2016-11-11'), pct('SPX','2016-11-08','2016-11-11')]", X, PCTX, 'The S&P 500 gained 3.80% in the election week (2016-11-04 to 2016-11-11) and 1.16% from the election-day close to 2016-11-11: 4.7% is 0.9 point above the weekly figure, more than 20% of it.', ref='2016-11-11', window='2016-11-04..2016-11-11'),
        C('QUOTE', 'small_cap_outperformance_forecast', 100, 'percent', 'could outperform by more than 100% over the next few years', None, F, FC, 'A 2016 projection quoted in 2025.', q='more than', ref='2016-11-11'),
        C('QUOTE', 'economy_softening', 'quote', 'opinion', 'getting hit because the economy is softening', None, N, QUOTE, 'A quoted opinion.', ref='2025-04-03'),
        C('FEDFUNDS', 'odds_four_cuts_2025', 71, 'percent', "a 71% chance the Federal Reserve cuts rates four times", None, U, 'futures-implied odds for meetings without futures in the files: unverifiable', 'ZQ_futures.csv holds only contracts from July 2026; 2025 odds cannot be recomputed.', ref='2025-04-03'),
        C('FEDFUNDS', 'odds_june_cut', 100, 'percent', 'betting almost 100% on the first cut happening in June', None, U, 'futures-implied odds for meetings without futures in the files: unverifiable', 'No 2025 contract in ZQ_futures.csv. (The Fed did not cut in June 2025; odds are not judged against the outcome.)', q='nearly', ref='2025-04-03'),
    ])

# ---------------------------------------------------------------- 8
add('brucewood_20241107_rut_58_pct_surge_rarity', 'brucewoodcapital.com',
    'https://brucewoodcapital.com/2024/11/07/russell-2000-record-surge-analysis',
    'Bruce Wood Capital (blog)', '2024-11-07', 'exact',
    'Date in the URL (2024/11/07, a Thursday); "yesterday" is Wednesday 2024-11-06, the session after the US election. The post counts from 1979, the start of its Russell 2000 history; the file starts 1987-09-10, so counts over 1979-1987 cannot be checked.',
    "Russell 2000 record surge analysis (Bruce Wood Capital, November 7, 2024). Yesterday, small caps, as represented by the Russell 2000, closed up an impressive 5.8%, marking the 27th best one-day return since 1979. How rare are these moves? "
    "Over the past 45 years, spanning more than 11,500 trading days, daily returns exceeding 5% for the Russell 2000 have only happened 34 times. Even more exceptional is that this 5.8% rally occurred during an uptrend, with the Russell 2000 "
    "above its 200-day moving average. Historically, only 3 other instances have seen a 5%+ gain happen in an uptrend, making this event remarkably unique. Historically, these massive one-day gains often bring heightened volatility in the days "
    "that follow; over the longer term, small caps have historically outperformed over one-year periods following such gains, regardless of the trend.",
    [
        C('RUT', 'day_change_pct', 5.8, 'percent', 'closed up an impressive 5.8%', "day_pct('RUT','2024-11-06')", S, D1, 'Close 2,392.92 on 2024-11-06 against 2,260.84: +5.84%.', ref='2024-11-06'),
        C('RUT', 'day_rank', 27, 'rank', '27th best one-day return since 1979', "[day_rank('RUT','2024-11-06'), len(gain_events('RUT',5.84,'1987-09-11','2024-11-05'))]", U, 'history before the file starts: unverifiable', 'In the file (from 1987-09-10) the gain ranks 26th: 25 sessions rose more. The post counts from 1979; 27th would need exactly one larger gain between 1979 and September 1987, which the file cannot show.', ref='2024-11-06', window='1979..2024-11-06'),
        C('RUT', 'trading_days', 11500, 'count', 'more than 11,500 trading days', "count_sessions('RUT','1987-09-10','2024-11-06')", U, 'history before the file starts: unverifiable', 'The file has 9,363 sessions from 1987-09-10 to 2024-11-06; the 1979-1987 sessions are not in it.', q='more than', ref='2024-11-06', window='1979..2024-11-06'),
        C('RUT', 'count_days_over_5pct', 34, 'count', 'have only happened 34 times', "[len(gain_events('RUT',5,'1987-09-11','2024-11-06')), gain_events('RUT',5,'1987-09-11','1987-12-31')]", U, 'history before the file starts: unverifiable', 'The file has 34 daily gains of 5% or more from 1987-09-11 to 2024-11-06 (the first two in October 1987, the last on 2024-11-06). The count matches only if no 1979-1987 session gained 5%, which does not square with the rank of claim 1; the file cannot settle the 1979-1987 part.', ref='2024-11-06', window='1979..2024-11-06'),
        C('RUT', 'above_200dma', True, 'flag', 'above its 200-day moving average', "[close('RUT','2024-11-05'), sma('RUT','2024-11-05',200), pct_above_ma('RUT','2024-11-05',200)]", S, MA, 'At the 2024-11-05 close (2,260.84) the index was 7.77% above its 200-day average (2,097.81), and 14.0% above it at the 2024-11-06 close.', ref='2024-11-05'),
        C('RUT', 'count_5pct_gains_in_uptrend', 3, 'count', 'only 3 other instances', "[gain_events_above_ma('RUT',5,200,'1987-09-11','2024-11-05'), gain_events_above_ma('RUT',5,200,'1987-09-11','2024-11-05','prev')]", S, COUNT, 'Daily gains of 5% or more that closed above the 200-day average, 1987-09-11 to 2024-11-05: 2000-04-18, 2008-09-18 and 2010-05-10, three. (If the test is the previous close above its average, only 2010-05-10 qualifies; the 1979-1987 part is not in the file.)', ref='2024-11-06'),
        C('RUT', 'volatility_after', 'heightened', 'qualitative', 'heightened volatility in the days that follow', None, N, RULE, 'A rule of thumb without a stated test.', ref='2024-11-06'),
        C('RUT', 'one_year_after', 'outperformed', 'qualitative', 'small caps have historically outperformed over one-year periods', None, U, METHOD, 'Benchmark, sample and window are not stated.', ref='2024-11-06'),
    ])


# ---------------------------------------------------------------- 9
add('cboe_201602_rvx_archive_small_caps_pain', 'cboe.com',
    'http://www.cboe.com/blogs/-in-tags/tags/rvx/4',
    'CBOE Options Hub blog (RVX tag archive, page 4)', '2016-02-12', 'high',
    'An archive page of the CBOE blog; the three entries kept here are dated "Feb 12, 2016, 6:42 PM", "Feb 8, 2016, 4:44 PM" and "Feb 6, 2016, 9:38 AM" on the page, and the publication date is that of the newest. "For the year" and "this past week" in the first entry run to the 2016-02-12 close; the second entry states its basis (closes of 2016-02-08); "last week" in the third is 2016-02-01 to 2016-02-05.',
    "RVX Archives - CBOE Blogs. Weekly Review - Russell 2000 Options and Volatility (Feb 12, 2016, 6:42 PM): The pain continues for the Russell 2000 (RUT) in 2016 on both an absolute and relative basis. For the year RUT is down over 14% "
    "while the large cap focused Russell 1000 (RUI) is only down about 9%. The gap widened a bit this past week as RUI was down 1.00% and RUT lost 1.38%. Last year, when the market got into a real panic mode, VIX climbed to higher "
    "levels than the CBOE Russell 2000 Volatility Index (RVX). One Size Doesn't Fit All (Feb 8, 2016, 4:44 PM): Performances between the U.S. small-cap and large-cap indexes have been quite different so far in 2016. The small-cap as "
    "measured by the Russell 2000 Index (RUT) is down -14.66% compared to the large-cap S&P 500 Index -9.32% (based on closing prices 2/8/16). RUT's daily moves have been over 1.00% almost two-thirds of the trading days. Weekly Review - "
    "Russell 2000 Index and Options - 2/1 - 2/5 (Feb 6, 2016, 9:38 AM): Small cap stocks continue to take it on the chin as the Russell 2000 (RUT) dropped almost 5% (4.81% for the quants) last week while the Russell 1000 (RUI) was down "
    "3.16%. In times of panic the implied volatility of S&P 500 (SPX) options often elevates compared to the implied volatility of RUT index options; that has not been the case in 2016.",
    [
        C('RUT', 'ytd_change', -14, 'percent', 'For the year RUT is down over 14%', "ytd('RUT','2016-02-12')", S, MORE, 'From the 2015-12-31 close to 2016-02-12: -14.43%.', q='more than', ref='2016-02-12'),
        C('RUSSELL1000', 'ytd_change', -9, 'percent', 'is only down about 9%', "ytd('SPX','2016-02-12')", U, NOFILE, 'The Russell 1000 is not in the files; the S&P 500 (a proxy, not decisive) was down 8.77% for the year at 2016-02-12.', q='about', ref='2016-02-12'),
        C('RUSSELL1000', 'week_change_pct', -1.00, 'percent', 'RUI was down 1.00%', "week_return('SPX','2016-02-12')", U, NOFILE, 'The Russell 1000 is not in the files; the S&P 500 fell 0.81% in the week to 2016-02-12.', ref='2016-02-12', window='2016-02-05..2016-02-12'),
        C('RUT', 'week_change_pct', -1.38, 'percent', 'RUT lost 1.38%', "week_return('RUT','2016-02-12')", S, D2, 'From the 2016-02-05 close (985.62) to 2016-02-12: -1.38%.', ref='2016-02-12', window='2016-02-05..2016-02-12'),
        C('RVX', 'vix_above_rvx_2015', True, 'flag', 'VIX climbed to higher levels than the CBOE Russell 2000 Volatility Index', "max_close('VIX','2015-08-17','2015-09-30')", U, NOFILE, 'RVX is not in the files. (The VIX closed as high as 40.74 in the August-September 2015 selloff.)', ref='2015-08-24'),
        C('RUT', 'ytd_change', -14.66, 'percent', 'down -14.66%', "ytd('RUT','2016-02-08')", S, D2, 'Year to date at the 2016-02-08 close: -14.66%.', ref='2016-02-08'),
        C('SPX', 'ytd_change', -9.32, 'percent', 'S&P 500 Index -9.32%', "ytd('SPX','2016-02-08')", S, D2, 'Year to date at the 2016-02-08 close: -9.32%.', ref='2016-02-08'),
        C('RUT', 'share_days_over_1pct', 0.67, 'share', 'almost two-thirds of the trading days', "count_daily_moves_over('RUT','2016-01-04','2016-02-08',1)", S, NEARLY, 'In the 25 sessions of 2016 to February 8, the Russell 2000 moved 1% or more on 16 (64%): just under two-thirds (16.7 sessions).', q='nearly', ref='2016-02-08', window='2016-01-04..2016-02-08'),
        C('RUT', 'week_change_pct', -4.81, 'percent', '4.81% for the quants', "week_return('RUT','2016-02-05')", S, D2, 'Week from the 2016-01-29 close to 2016-02-05: -4.81% ("almost 5%").', ref='2016-02-05', window='2016-01-29..2016-02-05'),
        C('RUSSELL1000', 'week_change_pct', -3.16, 'percent', 'was down 3.16%', "week_return('SPX','2016-02-05')", U, NOFILE, 'The Russell 1000 is not in the files; the S&P 500 fell 3.10% that week.', ref='2016-02-05', window='2016-01-29..2016-02-05'),
        C('RVX', 'spx_iv_vs_rut_iv_2016', False, 'flag', 'that has not been the case in 2016', None, U, NOFILE, 'RVX and RUT option volatilities are not in the files.', ref='2016-02-05'),
    ])

# ---------------------------------------------------------------- 10
add('cboeoptionshub_20160604_rut_relative_tear', 'cboeoptionshub.com',
    'http://www.cboeoptionshub.com/2016/06/04/weekend-review-russell-2000-index-volatility-531-63/',
    'CBOE Options Hub blog', '2016-06-04', 'exact',
    'Date in the URL (2016/06/04, a Saturday); "last week" is the holiday-shortened week of 2016-05-31 to 2016-06-03 (Memorial Day 2016-05-30), measured from the 2016-05-27 close. The trade described was made early on Thursday 2016-05-26 in options that expired on Friday 2016-06-03; "finished the day" is read as the 2016-06-03 close.',
    "Weekend Review - Russell 2000 Index and Volatility - 5/31 - 6/3 (CBOE Options Hub). The Russell 2000 - how about that? Small caps went on a relative tear last week with the Russell 2000 (RUT) rising 1.19% while the large cap focused "
    "Russell 1000 was up 0.10%. This places RUT up 2.49% for 2016, within striking distance of the Russell 1000, which is up 2.73% year to date. More impressive is the relative performance since the lows in February: RUT has rebounded "
    "22.1% off this year's closing low and RUI is up 15.6% over the same time period. Despite the outperformance of RUT, small cap volatility rose last week as well. Both VIX and the CBOE Russell 2000 Volatility Index (RVX) were higher "
    "last week, which is partially a function of the three-day weekend, but RVX rose a bit more and the premium of RVX to VIX finished the week just shy of 30%. Early on Thursday May 26th, with RUT around 1140, someone sold the RUT Jun 3rd "
    "1130 Puts for 5.69 and bought the Jun 3rd 900 Puts for 0.04, a net trade credit of 5.65. To benefit from the long 900 put the Russell 2000 needs to drop 21% from the time of the trade. Things turned out well as RUT finished the day "
    "almost 35 points higher than the short strike of this spread.",
    [
        C('RUT', 'week_change_pct', 1.19, 'percent', 'rising 1.19%', "week_return('RUT','2016-06-03')", S, D2, 'From the 2016-05-27 close to 2016-06-03: +1.19%.', ref='2016-06-03', window='2016-05-27..2016-06-03'),
        C('RUSSELL1000', 'week_change_pct', 0.10, 'percent', 'was up 0.10%', "week_return('SPX','2016-06-03')", U, NOFILE, 'The Russell 1000 is not in the files; the S&P 500 was unchanged (0.00%) that week.', ref='2016-06-03', window='2016-05-27..2016-06-03'),
        C('RUT', 'ytd_change', 2.49, 'percent', 'up 2.49% for 2016', "ytd('RUT','2016-06-03')", S, D2, 'Year to date at the 2016-06-03 close: +2.49%.', ref='2016-06-03'),
        C('RUSSELL1000', 'ytd_change', 2.73, 'percent', 'up 2.73% year to date', "ytd('SPX','2016-06-03')", U, NOFILE, 'The Russell 1000 is not in the files; the S&P 500 was up 2.70% for the year.', ref='2016-06-03'),
        C('RUT', 'change_from_low', 22.1, 'percent', "rebounded 22.1% off this year's closing low", "[min_close('RUT','2016-01-01','2016-06-03'), argmin_close('RUT','2016-01-01','2016-06-03'), pct('RUT','2016-02-11','2016-06-03')]", S, D1, 'The 2016 closing low was 953.72 on 2016-02-11; to 2016-06-03: +22.06%.', ref='2016-06-03', window='2016-02-11..2016-06-03'),
        C('RUSSELL1000', 'change_from_low', 15.6, 'percent', 'RUI is up 15.6%', "pct('SPX','2016-02-11','2016-06-03')", U, NOFILE, 'The Russell 1000 is not in the files; the S&P 500 rose 14.76% from its 2016-02-11 close.', ref='2016-06-03', window='2016-02-11..2016-06-03'),
        C('VIX', 'week_change', 'higher', 'direction', 'Both VIX and the CBOE Russell 2000 Volatility Index (RVX) were higher', "[close('VIX','2016-05-27'), close('VIX','2016-06-03')]", S, 'sign matches', 'VIX closed 13.12 on 2016-05-27 and 13.47 on 2016-06-03: higher. RVX is not in the files.', ref='2016-06-03', window='2016-05-27..2016-06-03'),
        C('CALENDAR', 'three_day_weekend', '2016-05-30', 'date', 'the three-day weekend', "[is_trading_day('RUT','2016-05-30'), weekday('2016-05-30')]", S, CAL, 'Monday 2016-05-30 (Memorial Day) is not a session in the files.', ref='2016-05-30'),
        C('RVX', 'rvx_vix_premium', 30, 'percent', 'just shy of 30%', None, U, NOFILE, 'RVX is not in the files.', q='nearly', ref='2016-06-03'),
        C('RUT', 'level', 1140, 'index points', 'with RUT around 1140', "session_range('RUT','2016-05-26')", U, MID, 'The 2016-05-26 session ranged from 1,137.59 to 1,143.19; the early-trading level is inside it.', q='about', ref='2016-05-26', basis='early trading'),
        C('RUT_OPTIONS', 'net_credit', 5.65, 'index points', 'a net trade credit of 5.65', "arith('5.69-0.04')", S, ARITH, '5.69 - 0.04 = 5.65. Option prices are not in the files.', ref='2016-05-26'),
        C('RUT', 'drop_needed_pct', 21, 'percent', 'needs to drop 21% from the time of the trade', "arith('100*(1-900/1140)')", S, ARITH, 'From 1,140 to 900: 100 x (1 - 900/1,140) = 21.05%.', ref='2016-05-26'),
        C('RUT', 'pts_above_strike', 35, 'points', 'almost 35 points higher than the short strike', "[close('RUT','2016-06-03'), r2(close('RUT','2016-06-03')-1130)]", S, NEARLY, 'The Russell 2000 closed 2016-06-03 at 1,164.13, 34.13 points above the 1,130 strike.', q='nearly', ref='2016-06-03'),
    ])

# ---------------------------------------------------------------- 11
add('cboe_20170429_rut_rui_weekly_tie', 'cboe.com',
    'http://www.cboe.com/blogs/options-hub/2017/04/29/weekend-review-of-russell-2000-options-and-volatility---4-24-2017---4-28-2017',
    'CBOE Options Hub blog', '2017-04-29', 'exact',
    'Date in the URL (2017/04/29, a Saturday): "this past week" runs from the 2017-04-21 close to the 2017-04-28 close (the week of the first round of the French presidential election); "Thursday" is 2017-04-27 and "Friday" 2017-04-28.',
    "Weekend Review of Russell 2000 Options and Volatility - 4/24/2017 - 4/28/2017 (CBOE Options Hub). This past week was basically a tie between small and large cap stocks as the Russell 2000 (RUT) and Russell 1000 (RUI) were both up "
    "about 1.5%. Four months into 2017, RUI continues to maintain a lead of about 3.3% over RUT. Last week VIX got smashed, as did the CBOE Russell 2000 Volatility Index (RVX); a return to the low end of the range brought the VIX / RVX "
    "relationship back to higher levels. On Thursday, with the Russell 2000 at 1420, a trader with a bearish outlook for small caps over the next day and a half sold the RUT Apr 28th 1410 Calls at 12.50 and purchased the RUT Apr 28th 1430 "
    "Calls for 1.81, a net credit of 10.69. The trade was well timed and benefitted from small caps having a tough time on Friday, losing 1.18% and finishing the week at 1400.43.",
    [
        C('RUT', 'week_change_pct', 1.5, 'percent', 'were both up about 1.5%', "week_return('RUT','2017-04-28')", S, ABOUT, 'From the 2017-04-21 close to 2017-04-28: +1.49%.', q='about', ref='2017-04-28', window='2017-04-21..2017-04-28'),
        C('RUSSELL1000', 'week_change_pct', 1.5, 'percent', 'basically a tie between small and large cap stocks', "week_return('SPX','2017-04-28')", U, NOFILE, 'The Russell 1000 is not in the files; the S&P 500 rose 1.51% that week.', q='about', ref='2017-04-28', window='2017-04-21..2017-04-28'),
        C('RUSSELL1000', 'ytd_lead_over_rut', 3.3, 'percentage points', 'a lead of about 3.3% over RUT', "[ytd('RUT','2017-04-28'), ytd('SPX','2017-04-28')]", U, NOFILE, 'The Russell 1000 is not in the files. At 2017-04-28 the Russell 2000 was up 3.19% for the year and the S&P 500 (a proxy) 6.49%, a 3.3-point gap, consistent with the claim but not decisive.', q='about', ref='2017-04-28'),
        C('VIX', 'week_change', 'smashed', 'qualitative', 'Last week VIX got smashed', "[week_return('VIX','2017-04-28'), close('VIX','2017-04-21'), close('VIX','2017-04-28')]", S, 'sign and size match', 'VIX fell from 14.63 (2017-04-21) to 10.82 (2017-04-28), -26.0% on the week.', ref='2017-04-28', window='2017-04-21..2017-04-28'),
        C('RVX', 'week_change', 'smashed', 'qualitative', 'as did the CBOE Russell 2000 Volatility Index (RVX)', None, U, NOFILE, 'RVX is not in the files.', ref='2017-04-28'),
        C('RUT', 'level', 1420, 'index points', 'with the Russell 2000 at 1420', "session_range('RUT','2017-04-27')", U, MID, 'The 2017-04-27 session ranged from 1,413.68 to 1,423.52.', ref='2017-04-27', basis='intraday'),
        C('RUT_OPTIONS', 'net_credit', 10.69, 'index points', 'a net credit of 10.69', "arith('12.50-1.81')", S, ARITH, '12.50 - 1.81 = 10.69. Option prices are not in the files.', ref='2017-04-27'),
        C('RUT', 'day_change_pct', -1.18, 'percent', 'losing 1.18%', "day_pct('RUT','2017-04-28')", S, D2, 'Close 1,400.43 on 2017-04-28 against 1,417.13: -1.18%.', ref='2017-04-28'),
        C('RUT', 'close', 1400.43, 'index points', 'finishing the week at 1400.43', "close('RUT','2017-04-28')", S, D2, 'Close of 2017-04-28.', ref='2017-04-28'),
    ])

# ---------------------------------------------------------------- 12
add('zacks_20241016_small_cap_russell_dominates_hump_day', 'talkmarkets.com',
    'https://talkmarkets.com/content/stocks--equities/small-cap-russell-dominates-stock-market-hump-day?post=465613',
    'Zacks Investment Research (market commentary on TalkMarkets)', '2024-10-16', 'high',
    'No date on the stored page. "Hump Day" is a Wednesday; a Dow record close, an S&P 500 record "on Monday" but not on the day, and CSX missing estimates after the close with 46 cents a share (its third-quarter 2024 report) fix it as Wednesday 2024-10-16. The three-decimal yields are intraday prints; FRED end-of-day values are two decimals.',
    "Small-Cap Russell Dominates Stock Market Hump Day (Zacks, on TalkMarkets). Markets were up across the board today, with the blue-chip Dow notching yet another all-time closing high: the Dow gained +337 points, +0.79%, for the session. "
    "The S&P 500, which had last posted an all-time closing high on Monday, was just short today, up +0.47% but 14 points off its Monday closing high. The tech-heavy Nasdaq, which hasn't reached a new closing high since July of this year, "
    "was the relative laggard among top indexes: +0.28%. The small-cap Russell 2000, three full years off its all-time highs, outperformed the group, +1.73% for the session. Normally a good run on small caps for a day means we're seeing a "
    "meaningful drop in bond yields, but that's not currently the case, with the 10-year getting comfortable just above +4% (+4.014%) and the 2-year - a month after crossing back out of a long-term inversion - just below +4% (+3.933%). "
    "Many stocks in the Russell 2000 are small community banks, and big banks have performed very well so far in Q3 earnings season; small-cap retail performed well on the day, too, with Victoria's Secret up +6.6% in today's trading. "
    "Trucking and logistics major CSX missed estimates slightly on both top and bottom lines after the close: earnings of 46 cents per share underperformed the Zacks consensus by 2 cents.",
    [
        C('DJI', 'record_close', True, 'flag', 'notching yet another all-time closing high', "[is_record_close('DJI','2024-10-16'), record_close_dates('DJI','2024-10-01','2024-10-16')]", S, REC, "The Dow's 2024-10-16 close was a record, its fifth of October (after 10-04, 10-09, 10-11 and 10-14).", ref='2024-10-16'),
        C('DJI', 'day_change_pts', 337, 'points', '+337 points', "day_pts('DJI','2024-10-16')", S, INT, 'The Dow rose 337.28 points on 2024-10-16.', ref='2024-10-16'),
        C('DJI', 'day_change_pct', 0.79, 'percent', '+0.79%, for the session', "day_pct('DJI','2024-10-16')", S, D2, 'The Dow rose 0.79% on 2024-10-16.', ref='2024-10-16'),
        C('SPX', 'last_record_close', '2024-10-14', 'date', 'last posted an all-time closing high on Monday', "[record_close_dates('SPX','2024-10-01','2024-10-16'), weekday('2024-10-14')]", S, REC, 'Record closes on 2024-10-09, 10-11 and Monday 10-14; none on 10-15 or 10-16.', ref='2024-10-14'),
        C('SPX', 'day_change_pct', 0.47, 'percent', 'up +0.47%', "day_pct('SPX','2024-10-16')", S, D2, 'The S&P 500 rose 0.47% on 2024-10-16.', ref='2024-10-16'),
        C('SPX', 'pts_below_record', 14, 'points', '14 points off its Monday closing high', "[close('SPX','2024-10-14'), close('SPX','2024-10-16'), pts('SPX','2024-10-16','2024-10-14')]", I, 'points off by more than the tolerance but within 20%: imprecise', "Monday's record close was 5,859.85 and the 2024-10-16 close 5,842.47: 17.38 points below, not 14.", ref='2024-10-16'),
        C('IXIC', 'no_record_since', '2024-07', 'month', "hasn't reached a new closing high since July", "[record_close_dates('IXIC','2024-07-01','2024-10-16'), record_close_upto('IXIC','2024-10-16')]", S, REC, "The Nasdaq Composite's last record close before 2024-10-16 was 2024-07-10 (18,647.45).", ref='2024-10-16'),
        C('IXIC', 'day_change_pct', 0.28, 'percent', 'was the relative laggard among top indexes: +0.28%', "day_pct('IXIC','2024-10-16')", S, D2, '+0.28%, the smallest gain of the four indexes.', ref='2024-10-16'),
        C('RUT', 'time_since_record', 3, 'years', 'three full years off its all-time highs', "[record_close_upto('RUT','2024-10-16'), years_between('2021-11-08','2024-10-16'), prior_record_high('RUT','2024-10-16')]", I, 'count or duration within 20%: imprecise', 'The record close (2,442.74) and the intraday record (2,458.86) were both set on 2021-11-08, 2.9 years before 2024-10-16: not yet three full years.', ref='2024-10-16'),
        C('RUT', 'day_change_pct', 1.73, 'percent', '+1.73% for the session', "day_pct('RUT','2024-10-16')", I, PCTI, 'The Russell 2000 closed 2024-10-16 up 1.64% in the file, 0.09 point below the stated figure.', ref='2024-10-16'),
        C('RUT', 'best_of_group', True, 'flag', 'outperformed the group', "[day_pct('RUT','2024-10-16'), day_pct('DJI','2024-10-16'), day_pct('SPX','2024-10-16'), day_pct('IXIC','2024-10-16')]", S, RANK, 'Russell 2000 +1.64% against Dow +0.79%, S&P 500 +0.47%, Nasdaq +0.28%.', ref='2024-10-16'),
        C('US10Y', 'day_change', 'no meaningful drop', 'qualitative', "but that's not currently the case", "rate_change_bp('DGS10','2024-10-15','2024-10-16')", S, YLD, 'The 10-year yield fell 1 basis point on 2024-10-16 (FRED 4.03% to 4.02%): no meaningful drop.', ref='2024-10-16'),
        C('US10Y', 'level', 4.014, 'percent', '+4.014%', "[rate('DGS10','2024-10-16'), rate('DGS10','2024-10-15')]", S, YLD, 'FRED 10-year yield 4.02% on 2024-10-16: within 0.025 of the intraday print.', ref='2024-10-16', basis='intraday'),
        C('US2Y', 'level', 3.933, 'percent', '+3.933%', "[rate('DGS2','2024-10-16'), rate('DGS2','2024-10-15')]", S, YLD, 'FRED 2-year yield 3.93% on 2024-10-16.', ref='2024-10-16', basis='intraday'),
        C('US2s10s', 'uninversion', 'a month ago', 'period', 'a month after crossing back out of a long-term inversion', "[curve_inverted_days('2024-08-01','2024-10-16')[-3:], len(curve_inverted_days('2022-07-01','2024-08-31'))]", S, YLD, 'After 537 inverted sessions from July 2022, the FRED 10-year minus 2-year spread was last negative on 2024-09-05 and has stayed positive since 2024-09-06, about five and a half weeks before 2024-10-16.', ref='2024-09-06'),
        C('VSCO', 'day_change_pct', 6.6, 'percent', "Victoria's Secret up +6.6%", None, U, NOFILE, 'Single stocks are not in the files.', ref='2024-10-16'),
        C('CSX', 'eps', 0.46, 'USD', 'earnings of 46 cents per share', None, U, NOFILE, 'Company earnings are not in the files.', ref='2024-10-16'),
        C('CSX', 'eps_miss', 0.02, 'USD', 'underperformed the Zacks consensus by 2 cents', None, U, NOFILE, 'Consensus estimates are not in the files.', ref='2024-10-16'),
    ])


# ---------------------------------------------------------------- 19
add('cboe_20161217_small_caps_finally_under_pressure', 'cboe.com',
    'http://www.cboe.com/blogs/options-hub/2016/12/17/weekend-review-russell-2000-options-volatility-1212-1216',
    'CBOE Options Hub blog', '2016-12-17', 'exact',
    'Date in the URL (2016/12/17, a Saturday); "last week" runs from the 2016-12-09 close to the 2016-12-16 close (the week of the 2016-12-14 Fed hike). Friday 2016-12-16 was the third Friday of December, a monthly expiration; "Wednesday morning" is 2016-12-14.',
    "Weekend Review - Russell 2000 Options and Volatility - 12/12 - 12/16 (CBOE Options Hub). Small caps finally came under pressure last week with the Russell 2000 (RUT) down about 2% while the large cap focused Russell 1000 (RUI) finished "
    "basically flat on the week. For the year RUT is still dominating, up just over 20%, while RUI is up a respectable 10.6% for 2016. The relative levels between the CBOE Russell 2000 Volatility Index (RVX) and VIX narrowed as RVX dropped "
    "last week and VIX rose. Friday this past week was a standard third Friday expiration, so the December RUT contracts settled on the open; that number is quoted using the ticker RLS and it came in Friday morning at 1370.86. One trade "
    "from Wednesday morning was executed when RUT was around 1365: someone sold the RUT Dec 16th 1370 Puts at 11.92 and purchased the RUT Dec 16th 1360 Puts at 7.22 for a net credit of 4.70.",
    [
        C('RUT', 'week_change_pct', -2, 'percent', 'down about 2%', "week_return('RUT','2016-12-16')", S, ABOUT, 'From the 2016-12-09 close to 2016-12-16: -1.72%.', q='about', ref='2016-12-16', window='2016-12-09..2016-12-16'),
        C('RUSSELL1000', 'week_change', 'basically flat', 'qualitative', 'finished basically flat on the week', "week_return('SPX','2016-12-16')", U, NOFILE, 'The Russell 1000 is not in the files; the S&P 500 slipped 0.06% that week.', ref='2016-12-16', window='2016-12-09..2016-12-16'),
        C('RUT', 'ytd_change', 20, 'percent', 'up just over 20%', "ytd('RUT','2016-12-16')", S, MORE, 'Year to date at the 2016-12-16 close: +20.10%.', q='more than', ref='2016-12-16'),
        C('RUSSELL1000', 'ytd_change', 10.6, 'percent', 'RUI is up a respectable 10.6% for 2016', "ytd('SPX','2016-12-16')", U, NOFILE, 'The Russell 1000 is not in the files; the S&P 500 was up 10.48% for the year.', ref='2016-12-16'),
        C('VIX', 'week_change', 'rose', 'direction', 'RVX dropped last week and VIX rose', "[close('VIX','2016-12-09'), close('VIX','2016-12-16')]", S, 'sign matches', 'VIX closed 11.75 on 2016-12-09 and 12.20 on 2016-12-16: it rose. RVX is not in the files.', ref='2016-12-16', window='2016-12-09..2016-12-16'),
        C('RVX', 'week_change', 'dropped', 'direction', 'The relative levels between the CBOE Russell 2000 Volatility Index (RVX) and VIX narrowed', None, U, NOFILE, 'RVX is not in the files.', ref='2016-12-16'),
        C('CALENDAR', 'third_friday', '2016-12-16', 'date', 'a standard third Friday expiration', "[weekday('2016-12-16'), is_trading_day('RUT','2016-12-16'), is_trading_day('RUT','2016-12-02'), is_trading_day('RUT','2016-12-09')]", S, CAL, 'December 2016 Fridays: the 2nd, 9th and 16th; 2016-12-16 was the third, a trading day.', ref='2016-12-16'),
        C('RUT_SETTLEMENT', 'rls', 1370.86, 'index points', 'came in Friday morning at 1370.86', "[open_price('RUT','2016-12-16'), session_range('RUT','2016-12-16')]", U, NOFILE, "The special opening settlement (RLS) is computed from each stock's opening trade and is not in the files. The file's 2016-12-16 open is 1,366.93 and the session ranged 1,362.07-1,379.03, so 1,370.86 is a plausible print but cannot be checked.", ref='2016-12-16', basis='opening settlement'),
        C('RUT', 'level', 1365, 'index points', 'when RUT was around 1365', "session_range('RUT','2016-12-14')", U, MID, 'The 2016-12-14 session ranged from 1,354.07 to 1,374.54.', q='about', ref='2016-12-14', basis='morning'),
        C('RUT_OPTIONS', 'net_credit', 4.70, 'index points', 'for a net credit of 4.70', "arith('11.92-7.22')", S, ARITH, '11.92 - 7.22 = 4.70. Option prices are not in the files.', ref='2016-12-14'),
    ])


# ---------------------------------------------------------------- 13
add('royce_20240401_1q24_small_cap_rebound_slowed', 'royceinvest.com',
    'https://www.royceinvest.com/insights/small-cap-recap.aspx',
    'Royce Investment Partners (1Q24 Small-Cap Recap)', '2024-04-01', 'exact',
    'Dated "article 04-01-2024" on the page. Royce quotes total returns of the Russell indexes ("Russell Index Returns, 12/31/23-3/31/24"); the files hold the Russell 2000 price index only, and no other Russell index. The quarter ended Friday 2024-03-29, a market holiday (Good Friday), so the last close of the quarter is 2024-03-28.',
    "1Q24 Small-Cap Recap: The Small-Cap Rebound Slowed - But Is Still Rolling On (Royce Investment Partners, April 1, 2024). A quarter is nearly always too short a span by which to judge the worth of an investment or the direction of a "
    "performance cycle. The small-cap Russell 2000 Index rose a more than respectable 5.2% in 2024's opening quarter, trailing the Russell 1000, which gained 10.3%. The large-cap index continued to be dominated by mega-cap stocks, as "
    "evidenced by the 11.9% advance for the Russell Top 50 Index in 1Q24, and the Russell Microcap Index was up 4.7% for the quarter. Yet these quarterly results do not tell the whole story. From the most recent small-cap low on 10/27/23, "
    "when large-cap indexes were also scuffling, the Russell 2000 advanced 30.7% and the Russell 1000 was up 28.9%. Moreover, from that low through 2023's high on 12/27/23, the small-cap index rose 26.6% versus 17.2% for the Russell 1000. "
    "The Microcap Index was especially strong, rising 30.8% over this 60-day span, while the Russell Top 50 was up 'only' 14.8%. The first quarter of 2024 was a consolidation period, a common occurrence after particularly sharp "
    "short-term rallies.",
    [
        C('RUT', 'quarter_return', 5.2, 'percent', 'rose a more than respectable 5.2%', "[quarter_return('RUT',2024,1), tr_pct_range('IWM','2023-12-29','2024-03-28')]", U, TR, 'A total return. The price index rose 4.81% from the 2023-12-29 close to the 2024-03-28 close (IWM: 4.78% in price, 5.04% with dividends); a 5.2% total return is plausible but cannot be computed.', ref='2024-03-28', window='2023-12-29..2024-03-28'),
        C('RUSSELL1000', 'quarter_return', 10.3, 'percent', 'the Russell 1000, which gained 10.3%', "quarter_return('SPX',2024,1)", U, NOFILE, 'The Russell 1000 is not in the files; the S&P 500 (a proxy, not decisive) rose 10.16% in price.', ref='2024-03-28'),
        C('RUSSELL_TOP50', 'quarter_return', 11.9, 'percent', 'the 11.9% advance for the Russell Top 50', None, U, NOFILE, 'The Russell Top 50 is not in the files.', ref='2024-03-28'),
        C('RUSSELL_MICROCAP', 'quarter_return', 4.7, 'percent', 'Microcap Index was up 4.7%', None, U, NOFILE, 'The Russell Microcap is not in the files.', ref='2024-03-28'),
        C('RUT', 'low_date', '2023-10-27', 'date', 'the most recent small-cap low on 10/27/23', "[argmin_close('RUT','2023-07-01','2024-03-28'), min_close('RUT','2023-07-01','2024-03-28')]", S, DATE, 'The lowest Russell 2000 close from July 2023 to March 2024 was 1,636.94 on 2023-10-27.', ref='2023-10-27'),
        C('SPX', 'scuffling', 'correction', 'qualitative', 'when large-cap indexes were also scuffling', "[pct_below_52w_high('SPX','2023-10-27'), argmax_close('SPX','2023-01-01','2023-10-27'), argmin_close('SPX','2023-07-01','2023-12-31')]", S, 'sign and size match', 'On 2023-10-27 the S&P 500 closed at its low of the second half of 2023, 10.28% below its 2023-07-31 high close: large caps were in a correction too.', ref='2023-10-27'),
        C('RUT', 'change_from_low', 30.7, 'percent', 'the Russell 2000 advanced 30.7%', "[pct('RUT','2023-10-27','2024-03-28'), tr_pct_range('IWM','2023-10-27','2024-03-28')]", U, TR, 'A total return. In price the index rose 29.79% from the 2023-10-27 close to 2024-03-28 (IWM: 29.65% in price, 30.45% with dividends).', ref='2024-03-28', window='2023-10-27..2024-03-28'),
        C('RUSSELL1000', 'change_from_low', 28.9, 'percent', 'the Russell 1000 was up 28.9%', "pct('SPX','2023-10-27','2024-03-28')", U, NOFILE, 'The Russell 1000 is not in the files; the S&P 500 rose 27.61% in price over the same window.', ref='2024-03-28', window='2023-10-27..2024-03-28'),
        C('RUT', 'high_2023_date', '2023-12-27', 'date', "2023's high on 12/27/23", "[argmax_close('RUT','2023-01-01','2023-12-31'), max_close('RUT','2023-01-01','2023-12-31')]", S, DATE, 'The highest Russell 2000 close of 2023 was 2,066.21 on 2023-12-27.', ref='2023-12-27'),
        C('RUT', 'change_low_to_high', 26.6, 'percent', 'the small-cap index rose 26.6%', "[pct('RUT','2023-10-27','2023-12-27'), tr_pct_range('IWM','2023-10-27','2023-12-27')]", U, TR, 'A total return. In price the index rose 26.22% from 2023-10-27 to 2023-12-27 (IWM: 26.27%, 26.73% with dividends).', ref='2023-12-27', window='2023-10-27..2023-12-27'),
        C('RUSSELL1000', 'change_low_to_high', 17.2, 'percent', 'versus 17.2% for the Russell 1000', "pct('SPX','2023-10-27','2023-12-27')", U, NOFILE, 'The Russell 1000 is not in the files; the S&P 500 rose 16.13% in price.', ref='2023-12-27', window='2023-10-27..2023-12-27'),
        C('RUSSELL_MICROCAP', 'change_low_to_high', 30.8, 'percent', 'rising 30.8%', None, U, NOFILE, 'The Russell Microcap is not in the files.', ref='2023-12-27'),
        C('CALENDAR', 'span_days', 60, 'days', 'over this 60-day span', "[days_between('2023-10-27','2023-12-27'), count_sessions('RUT','2023-10-27','2023-12-27')]", I, 'count within 20%: imprecise', 'From 2023-10-27 to 2023-12-27 is 61 calendar days (41 sessions); 60 is one day short.', ref='2023-12-27'),
        C('RUSSELL_TOP50', 'change_low_to_high', 14.8, 'percent', "was up 'only' 14.8%", None, U, NOFILE, 'The Russell Top 50 is not in the files.', ref='2023-12-27'),
    ])

# ---------------------------------------------------------------- 14
add('royce_20240827_small_caps_july_spread_volatility', 'testsite.roycenet.com',
    'https://testsite.roycenet.com/insights/2024/3Q24/can-small-caps-benefit-from-higher-volatility.aspx',
    'Royce Investment Partners (Chris Clark, "Can Small-Caps Benefit from Higher Volatility?")', '2024-08-27', 'exact',
    'Dated "article 08-27-2024" on the page (a staging copy of royceinvest.com). July runs from the 2024-06-28 close to the 2024-07-31 close; "thus far in August" to 2024-08-23 as stated. Royce\'s index returns are total returns; the Nasdaq and S&P 500 comparisons are checked with price monthly returns, the only kind the files give for all three indexes. The Russell index history starts 1979; the file starts 1987-09-10.',
    "Can Small-Caps Benefit from Higher Volatility? (Royce Investment Partners, August 27, 2024, by CEO and Co-CIO Chris Clark). The third quarter of 2024 has already proven eventful. First, we saw a welcome reversal in market leadership in "
    "July, with the small-cap Russell 2000 Index advancing 10.2% and the Russell Microcap increasing 11.9% versus a gain of 1.5% for the Russell 1000 and respective losses of -0.4% and -0.7% for the Russell Top 50 and Nasdaq. The Russell 2000 "
    "Value Index also finished July ahead of the Russell 2000 Growth Index, up 12.2% versus 8.2%. The Russell 2000's edge versus the Nasdaq was the fourth widest spread since the inception of the small-cap index, after November 2000, "
    "December 2000, and February 2001. Relative to both the Russell 1000 and S&P 500, it was small-cap's third largest spread after January 1992 and February 2000. Thus far in August, large-caps have rebounded, with the Russell 2000 "
    "down -1.5% while the Russell 1000 rose 2.1% through 8/23/24. Looking at 3-year returns over the last 25 years after trading days when the Russell 2000 rose or fell 1% or more, we found that from 2004-2006 the Russell 2000 had a 13.6% "
    "average annual total return, while from 2012-2014 the small-cap index had an average annual total return of 19.2%.",
    [
        C('RUT', 'month_return', 10.2, 'percent', 'the small-cap Russell 2000 Index advancing 10.2%', "[month_return('RUT',2024,7), tr_pct_range('IWM','2024-06-28','2024-07-31')]", U, TR, 'A total return. In price the Russell 2000 rose 10.10% in July 2024 (IWM 10.34% in price and with dividends); the figure is between the two and cannot be decided.', ref='2024-07-31', window='2024-07'),
        C('RUSSELL_MICROCAP', 'month_return', 11.9, 'percent', 'the Russell Microcap increasing 11.9%', None, U, NOFILE, 'The Russell Microcap is not in the files.', ref='2024-07-31', window='2024-07'),
        C('RUSSELL1000', 'month_return', 1.5, 'percent', 'a gain of 1.5% for the Russell 1000', "month_return('SPX',2024,7)", U, NOFILE, 'The Russell 1000 is not in the files; the S&P 500 rose 1.13% in price in July 2024.', ref='2024-07-31', window='2024-07'),
        C('RUSSELL_TOP50', 'month_return', -0.4, 'percent', 'respective losses of -0.4%', None, U, NOFILE, 'The Russell Top 50 is not in the files.', ref='2024-07-31', window='2024-07'),
        C('IXIC', 'month_return', -0.7, 'percent', 'and -0.7% for the Russell Top 50 and Nasdaq', "month_return('IXIC',2024,7)", S, D1, 'The Nasdaq Composite fell 0.75% in July 2024 (price).', ref='2024-07-31', window='2024-07'),
        C('RUSSELL2000_VALUE', 'month_return', 12.2, 'percent', 'up 12.2% versus 8.2%', None, U, NOFILE, 'The Russell 2000 Value and Growth indexes are not in the files.', ref='2024-07-31', window='2024-07'),
        C('RUT', 'spread_rank_vs_nasdaq', [4, ['2000-11', '2000-12', '2001-02']], 'rank, months', 'the fourth widest spread since the inception of the small-cap index', "[month_spread('RUT','IXIC',2024,7), month_spreads_at_least('RUT','IXIC',month_spread('RUT','IXIC',2024,7),'2024-07-31')]", S, RANK, 'In July 2024 the Russell 2000 beat the Nasdaq Composite by 10.85 points (price, +10.10% against -0.75%). In the file only three months had a wider spread: February 2001 (15.71), December 2000 (13.33) and November 2000 (12.51), the three the text names. Months before September 1987 are not in the file; the checkable part matches.', ref='2024-07-31'),
        C('RUT', 'spread_rank_vs_spx', [3, ['1992-01', '2000-02']], 'rank, months', "small-cap's third largest spread after January 1992 and February 2000", "[month_spread('RUT','SPX',2024,7), month_spreads_at_least('RUT','SPX',month_spread('RUT','SPX',2024,7),'2024-07-31')]", S, RANK, 'Against the S&P 500 the July 2024 spread was 8.97 points (price); only February 2000 (18.43) and January 1992 (10.01) were wider in the file, as the text says. The Russell 1000 is not in the files.', ref='2024-07-31'),
        C('RUT', 'mtd_change', -1.5, 'percent', 'the Russell 2000 down -1.5%', "[pct('RUT','2024-07-31','2024-08-23'), tr_pct_range('IWM','2024-07-31','2024-08-23')]", U, TR, 'A total return. From the 2024-07-31 close to 2024-08-23 the price index fell 1.59% (IWM -1.55%); the price figure alone would be just outside the tolerance.', ref='2024-08-23', window='2024-07-31..2024-08-23'),
        C('RUSSELL1000', 'mtd_change', 2.1, 'percent', 'the Russell 1000 rose 2.1% through 8/23/24', "pct('SPX','2024-07-31','2024-08-23')", U, NOFILE, 'The Russell 1000 is not in the files; the S&P 500 rose 2.03% in price.', ref='2024-08-23', window='2024-07-31..2024-08-23'),
        C('RUT', 'avg_annual_3y_return_2004_2006', 13.6, 'percent', 'a 13.6% average annual total return', None, U, TR, 'A total return over a window and event set (days with moves of 1% or more) that the passage does not define exactly; the files hold the price index only.', ref='2006-12-29'),
        C('RUT', 'avg_annual_3y_return_2012_2014', 19.2, 'percent', 'an average annual total return of 19.2%', None, U, TR, 'Same method as claim 10; not reproducible from the files.', ref='2014-12-31'),
    ])

# ---------------------------------------------------------------- 15
add('royce_20250102_4q24_small_caps_roll_on', 'ftinstitutional.com',
    'https://www.ftinstitutional.com/articles/2025/royce-investment-partners/us-small-caps-roll-on',
    'Royce Investment Partners (4Q24 Small-Cap Recap, on Franklin Templeton Institutional)', '2025-01-02', 'high',
    'The Franklin Templeton copy carries no day; Royce\'s own page dates the recap "01-02-2025". The quarter runs from the 2024-09-30 close to the 2024-12-31 close. Royce quotes total returns; the files hold the Russell 2000 price index and no other Russell index, so the S&P 500 appears in the notes only as a proxy for the Russell 1000.',
    "US small caps roll on (Royce Investment Partners, 4Q24 Small-Cap Recap). Although slowed by a volatile and bearish finish, small-cap stocks, as measured by the Russell 2000 Index, finished 2024 with a second consecutive positive quarter, "
    "gaining 0.3% in 4Q24. Unlike what happened in 3Q24, however, the small-cap index did not keep pace with its large-cap counterpart: the Russell 1000 Index was up 2.7% in 4Q24. U.S. equity returns had something like a bowl-shaped "
    "pattern in the final quarter: the Russell Microcap Index advanced 5.9% while the mega-cap Russell Top 50 Index rose 5.5%. Small-caps also hit a new peak on 11/25/24, more than three years after the previous peak on 11/8/21, which makes "
    "it the third longest span before a new peak was reached in the index's more-than-45-year history. December's underwhelming results notwithstanding, the upshot was a terrific year for small-cap performance on an absolute basis, with the "
    "Russell 2000 advancing 11.5%. Still, 2024 also marked an eighth straight year of underperformance relative to large-cap stocks. In fact, the Russell 2000 has beaten the Russell 1000 in only four of the last 20 calendar years. It last "
    "did so in 2016, making the period ended 12/31/24 the longest underperformance stretch measured by calendar years since each index's inception on 12/31/78.",
    [
        C('RUT', 'consecutive_positive_quarters', 2, 'count', 'a second consecutive positive quarter', "[quarter_return('RUT',2024,2), quarter_return('RUT',2024,3), quarter_return('RUT',2024,4)]", S, COUNT, 'Price changes by quarter in 2024: Q2 -3.62%, Q3 +8.90%, Q4 +0.01%: the third and fourth quarters were both positive, after a negative second quarter.', ref='2024-12-31'),
        C('RUT', 'quarter_return', 0.3, 'percent', 'gaining 0.3% in 4Q24', "[quarter_return('RUT',2024,4), tr_pct_range('IWM','2024-09-30','2024-12-31')]", U, TR, 'A total return. The price index was up 0.01% from the 2024-09-30 close to the 2024-12-31 close (IWM 0.03% in price, 0.33% with dividends).', ref='2024-12-31', window='2024-09-30..2024-12-31'),
        C('RUT', 'beat_r1000_3q24', True, 'flag', 'Unlike what happened in 3Q24', "[quarter_return('RUT',2024,3), quarter_return('SPX',2024,3)]", U, NOFILE, 'The Russell 1000 is not in the files; in price the Russell 2000 rose 8.90% in 3Q24 against 5.53% for the S&P 500 (a proxy, not decisive).', ref='2024-09-30'),
        C('RUSSELL1000', 'quarter_return', 2.7, 'percent', 'the Russell 1000 Index was up 2.7% in 4Q24', "quarter_return('SPX',2024,4)", U, NOFILE, 'The Russell 1000 is not in the files; the S&P 500 rose 2.07% in price.', ref='2024-12-31'),
        C('RUSSELL_MICROCAP', 'quarter_return', 5.9, 'percent', 'the Russell Microcap Index advanced 5.9%', None, U, NOFILE, 'The Russell Microcap is not in the files.', ref='2024-12-31'),
        C('RUSSELL_TOP50', 'quarter_return', 5.5, 'percent', 'Russell Top 50 Index rose 5.5%', None, U, NOFILE, 'The Russell Top 50 is not in the files.', ref='2024-12-31'),
        C('RUT', 'new_peak', '2024-11-25', 'date', 'hit a new peak on 11/25/24', "[record_close_upto('RUT','2024-12-31'), is_record_high('RUT','2024-11-25'), prior_record_high('RUT','2024-11-25'), high('RUT','2024-11-25')]", U, TR, 'Royce measures peaks on total-return indexes, which the files lack. In price, 2024-11-25 set an intraday record (high 2,466.49 against the 2,458.86 of 2021-11-08) but not a closing one: the 2,442.03 close stayed 0.71 point below the 2,442.74 record close of 2021-11-08, which stood until 2025-09-18.', ref='2024-11-25'),
        C('RUT', 'previous_peak', '2021-11-08', 'date', 'the previous peak on 11/8/21', "[record_close_upto('RUT','2024-11-22'), prior_record_high('RUT','2024-11-25')]", S, DATE, 'The record close (2,442.74) and the intraday record (2,458.86) before November 2024 were both set on 2021-11-08.', ref='2021-11-08'),
        C('RUT', 'years_between_peaks', 3, 'years', 'more than three years after the previous peak', "[days_between('2021-11-08','2024-11-25'), days_between('2021-11-08','2024-11-08')]", S, MORE, 'From 2021-11-08 to 2024-11-25 is 1,113 days, 17 days more than three years (1,096 days).', q='more than', ref='2024-11-25'),
        C('RUT', 'span_rank', 3, 'rank', 'the third longest span before a new peak', "record_close_gaps('RUT','2025-12-31',4)", U, TR, 'A total-return ranking. In the price file, intraday records make the 2021-11-08 to 2024-11-25 span (766 sessions) the third longest after 2000-2004 (1,174) and 2007-2011 (940), which fits; on closing records the span did not end until 2025-09-18 (968 sessions, second longest after 1,022 in 2000-2004). History before 1987 is not in the file.', ref='2024-11-25'),
        C('RUT', 'year_return', 11.5, 'percent', 'the Russell 2000 advancing 11.5%', "[year_return('RUT',2024), tr_pct_range('IWM','2023-12-29','2024-12-31')]", U, TR, 'A total return. In price the Russell 2000 rose 10.02% in 2024 (IWM 10.09% in price, 11.38% with dividends).', ref='2024-12-31', window='2024'),
        C('RUT', 'years_lagging_large_caps', 8, 'count', 'an eighth straight year of underperformance', "years_underperformed('RUT','SPX',2017,2024)", U, NOFILE, 'The Russell 1000 is not in the files. Against the S&P 500 in price (a proxy, not decisive) the Russell 2000 lagged in 2017-2019 and 2021-2024 but beat it in 2020 (+18.36% against +16.26%), so the proxy does not give eight straight years.', ref='2024-12-31', window='2017..2024'),
        C('RUT', 'years_beating_r1000', 4, 'count', 'only four of the last 20 calendar years', "years_outperformed('RUT','SPX',2005,2024)", U, NOFILE, 'The Russell 1000 is not in the files; against the S&P 500 in price the Russell 2000 did better in 9 of the 20 years 2005-2024.', ref='2024-12-31', window='2005..2024'),
        C('RUT', 'last_year_beat_r1000', 2016, 'year', 'It last did so in 2016', "[year_return('RUT',2016), year_return('SPX',2016), year_return('RUT',2020), year_return('SPX',2020)]", U, NOFILE, 'The Russell 1000 is not in the files. In price the Russell 2000 beat the S&P 500 in 2016 (+19.48% against +9.54%) and again in 2020 (+18.36% against +16.26%).', ref='2016-12-30'),
        C('RUT', 'longest_lagging_stretch', 'longest since 1978', 'record', 'the longest underperformance stretch measured by calendar years', None, U, NOFILE, 'A Russell 2000 against Russell 1000 record since 1978: the Russell 1000 and the 1979-1987 Russell 2000 history are not in the files.', ref='2024-12-31'),
    ])

# ---------------------------------------------------------------- 16
add('baystreet_202506_small_caps_outperform_volatile_market', 'ir.baystreet.ca',
    'https://ir.baystreet.ca/stockstowatch/20984/Small-Cap-Stocks-Outperform-In-Volatile-Market',
    'Baystreet.ca (Stocks to Watch)', '2025-06-11', 'medium',
    'The stored page has no date. It mentions the eToro (May 2025) and Voyager Technologies (priced 2025-06-10, first traded 2025-06-11) listings as recent, a rebound from "the mid-April market low" and the November 2024 peak as "last November", so it dates from mid-June 2025; 2025-06-11 is taken. The gains since the low are measured from the 2025-04-08 closing low to the 2025-06-10 close (the 2025-06-11 close gives the same verdicts).',
    "Small-Cap Stocks Outperform In Volatile Market (Baystreet.ca). Small-cap stocks are taking the lead amid ongoing market volatility and geopolitical uncertainty. Defined as any stock with a market capitalization of $10 billion U.S. or "
    "less, small-caps have underperformed mid-sized and large-cap stocks for the better part of a decade. However, there are signs that small caps are mounting a comeback. The Russell 2000 (RUT), the leading index of small-cap stocks, "
    "whose constituents have an average market value of $4 billion U.S., has gained 22% since the mid-April market low following U.S. President Donald Trump's tariff announcements. That's ahead of the benchmark S&P 500's (SPX) 21% gain "
    "over the same time period. News that President Trump has scaled back and paused much of his tariffs has been a boon for small-cap stocks, which are more sensitive to the economy than large-cap stocks. The Russell 2000 index needs to "
    "gain another 12% to reclaim its record high of 2,442 reached last November after President Trump was re-elected. Some analysts expect the small-cap index to make a run at a new all-time high over the summer. Several small-cap "
    "stocks have recently held successful initial public offerings, including space company Voyager Technologies (VOYG) and online trading platform eToro (ETOR).",
    [
        C('RUT', 'years_underperforming', 'better part of a decade', 'period', 'for the better part of a decade', "years_underperformed('RUT','SPX',2015,2024)", U, NOFILE, 'Mid-caps are not in the files. Against the S&P 500 in price the Russell 2000 lagged in 2015, 2017-2019 and 2021-2024 (8 of the 10 years 2015-2024), which fits the large-cap half.', ref='2025-06-10'),
        C('RUT_FUNDAMENTALS', 'average_market_cap', 4, 'USD billion', 'an average market value of $4 billion', None, U, NOFILE, 'Constituent market values are not in the files.', ref='2025-06-10'),
        C('RUT', 'change_from_low', 22, 'percent', 'has gained 22% since the mid-April market low', "[argmin_close('RUT','2025-04-01','2025-04-30'), pct('RUT','2025-04-08','2025-06-10'), pct('RUT','2025-04-08','2025-06-11')]", S, INT, 'The April 2025 closing low was 1,760.71 on 2025-04-08; to 2025-06-10 the index gained 22.47% (22.01% to 2025-06-11).', ref='2025-06-10', window='2025-04-08..2025-06-10'),
        C('SPX', 'change_from_low', 21, 'percent', "S&P 500's (SPX) 21% gain", "[pct('SPX','2025-04-08','2025-06-10'), pct('SPX','2025-04-08','2025-06-11')]", S, INT, 'From the 2025-04-08 close: +21.19% to 2025-06-10 (+20.86% to 2025-06-11); behind the Russell 2000 either way.', ref='2025-06-10', window='2025-04-08..2025-06-10'),
        C('RUT', 'gain_needed_to_record', 12, 'percent', 'needs to gain another 12%', "[gain_needed('RUT','2025-06-10'), r2(100*(2442/close('RUT','2025-06-10')-1)), gain_needed('RUT','2025-06-11')]", I, PCTI, 'From the 2025-06-10 close (2,156.41) the index needed 13.28% to regain its 2,442.74 record close (13.24% to 2,442; 13.71% from the 2025-06-11 close).', ref='2025-06-10'),
        C('RUT', 'record_level', 2442, 'index points', 'its record high of 2,442', "record_close_upto('RUT','2025-06-10')", I, 'truncated figure: imprecise', 'The record close was 2,442.74 (2021-11-08): 2,442 truncates it.', ref='2021-11-08'),
        C('RUT', 'record_date', '2024-11', 'month', 'reached last November after President Trump was re-elected', "[record_close_upto('RUT','2025-06-10'), max_close('RUT','2024-11-01','2024-11-30'), argmax_close('RUT','2024-11-01','2024-11-30'), max_high('RUT','2024-11-01','2024-11-30')]", X, 'wrong date for the record: contradicted', 'The record close was set on 2021-11-08, not in November 2024. The November 2024 peak close (2,442.03 on 2024-11-25) fell 0.71 point short of it; 2024-11-25 did set an intraday record, but at 2,466.49, not 2,442.', ref='2024-11-25'),
        C('RUT', 'new_high_summer', 'run at a new all-time high', 'forecast', 'make a run at a new all-time high over the summer', None, F, FC, 'A projection attributed to analysts. (The first record close came on 2025-09-18.)', ref='2025-09-22'),
    ])

# ---------------------------------------------------------------- 17
add('investorplace_20120905_big_divergence_in_small_caps', 'investorplace.com',
    'https://investorplace.com/2012/09/a-big-divergence-in-small-caps/',
    'InvestorPlace', '2012-09-05', 'high',
    'The URL gives September 2012; the "Tuesday" with a 1.24% Russell 2000 gain while the S&P 500 and Dow fell and the Nasdaq rose 0.26% is 2012-09-04 (the day after Labor Day), the only such Tuesday in the files, and the piece calls it "yesterday" in its opening question, so it was written on Wednesday 2012-09-05.',
    "A Big Divergence in Small Caps (InvestorPlace). Is Tuesday's jump in the Russell 2000 just a one-day aberration? On a normal day the broad market indexes exhibit a strong positive correlation: the S&P 500 Index, Dow Jones Industrial "
    "Average, Nasdaq Composite and Russell 2000 Index tend to move tit for tat. Without a doubt, the interesting development from Tuesday's trading session was the stark outperformance of the Russell 2000. While the S&P 500 and Dow "
    "Industrials closed lower on the day and the Nasdaq ticked up 0.26%, the small-cap-laden Russell 2000 surged 1.24% - on high volume, to boot. Small caps marched to the beat of their own drum, a bullish one struck incessantly for the "
    "trading session's last four hours. The rally propelled the iShares Russell 2000 Index Fund (IWM) just north of multi-month resistance at the $82 level. Relative strength in small caps is conventionally viewed as a positive for the "
    "market, a sign that risk appetite is on the rise; on the other hand, the utter lack of participation by the other indexes is a tad concerning.",
    [
        C('SPX', 'day_change', 'lower', 'direction', 'While the S&P 500 and Dow Industrials closed lower on the day', "[day_pct('SPX','2012-09-04'), day_pct('DJI','2012-09-04')]", S, 'sign matches', 'On 2012-09-04 the S&P 500 fell 0.12% and the Dow 0.42%.', ref='2012-09-04'),
        C('IXIC', 'day_change_pct', 0.26, 'percent', 'the Nasdaq ticked up 0.26%', "day_pct('IXIC','2012-09-04')", S, D2, 'The Nasdaq Composite rose 0.26% on 2012-09-04.', ref='2012-09-04'),
        C('RUT', 'day_change_pct', 1.24, 'percent', 'surged 1.24%', "day_pct('RUT','2012-09-04')", S, D2, 'Russell 2000 +1.24% on 2012-09-04 (close 822.14).', ref='2012-09-04'),
        C('IWM', 'volume', 'high', 'qualitative', 'on high volume, to boot', "[r2(ser('IWM','volume').loc['2012-09-04']/1e6, 1), r2(ser('IWM','volume').loc['2012-07-23':'2012-08-31'].mean()/1e6, 1)]", S, 'size matches', 'IWM traded 69.6 million shares on 2012-09-04, against an average of 37.9 million over the previous six weeks. (The Russell 2000 file has no volume.)', ref='2012-09-04'),
        C('RUT', 'late_rally', 'last four hours', 'intraday', "for the trading session's last four hours", "[session_range('RUT','2012-09-04'), open_price('RUT','2012-09-04'), close('RUT','2012-09-04')]", U, 'intraday path not in the files: unverifiable', 'The files hold open, high, low and close only (RUT opened at 813.17, ranged 807.36-823.77, closed 822.14); the path through the session cannot be checked.', ref='2012-09-04', basis='intraday'),
        C('IWM', 'level', 82, 'USD', 'just north of multi-month resistance at the $82 level', "[close('IWM','2012-09-04'), high('IWM','2012-09-04'), last_close_at_or_above('IWM',82.11,'2012-09-03')]", S, 'level and "since" match', 'IWM closed 2012-09-04 at $82.11 (high $82.40), its highest close since 2012-04-27, four months earlier.', ref='2012-09-04'),
        C('GENERIC', 'index_correlation', 'strong positive correlation', 'generic', 'exhibit a strong positive correlation', None, N, QUOTE, 'A generic statement about how indexes move together.', ref='2012-09-04'),
    ])

# ---------------------------------------------------------------- 18
add('bloomberg_20210201_five_days_rut_losses_just_a_start', 'theonedave.substack.com',
    'https://theonedave.substack.com/p/five-days-of-russell-2000-losses',
    'Bloomberg (excerpt reposted on The One Dave substack)', '2021-02-01', 'medium',
    'The repost carries no date. "Friday" is 2021-01-29: it ended the Russell 2000\'s five-session losing streak of January 25-29 and its close was 29.2% above the 200-day average ("fell below 30%"). "Last month", with a peak gap of 38.5%, fits January 2021 (38.50% on 2021-01-14) and not December 2020 (34.68%), so the piece was written after January ended: Monday 2021-02-01 is taken (a weekend date would make "last month" December).',
    "Five Days of Russell 2000 Losses Is Seen as Just a Start (Bloomberg). Shares of smaller U.S. companies are vulnerable to losses even after a week-long retreat for the Russell 2000 Index, according to Jonathan Krinsky, chief market "
    "technician at Bay Crest Partners LLC. Krinsky cited the Russell 2000's value relative to its 200-day moving average, a barometer of price trends, in a report Friday. Last month, the index exceeded the moving average by as much as 38.5%, "
    "according to data compiled by Bloomberg. The gap shattered a record of 30.3% from March 2000. Friday's spread fell below 30% after the Russell 2000 posted losses for five straight days, the longest losing streak in 11 months.",
    [
        C('QUOTE', 'more_losses', 'vulnerable to losses', 'forecast', 'are vulnerable to losses even after a week-long retreat', None, F, FC, 'An analyst\'s outlook. (The index rose 2.53% on 2021-02-01 and set new record closes from 2021-02-04.)', ref='2021-01-29'),
        C('RUT', 'max_pct_above_200dma', 38.5, 'percent', 'by as much as 38.5%', "max_pct_above_ma('RUT','2021-01-01','2021-01-31',200)", S, D1, 'The largest gap between a Russell 2000 close and its 200-day average in January 2021 was 38.50% (2021-01-14).', ref='2021-01-14', window='2021-01'),
        C('RUT', 'record_gap_broken', True, 'flag', 'The gap shattered a record', "[max_pct_above_ma('RUT','1987-09-10','2020-11-30',200), max_pct_above_ma('RUT','2020-12-01','2020-12-31',200)]", S, REC, 'Before December 2020 the largest gap in the file was 30.44% (2000-03-09); the gap passed it in December 2020 (34.68% on 2020-12-23) and again in January 2021.', ref='2021-01-14'),
        C('RUT', 'prior_record_gap', 30.3, 'percent', 'a record of 30.3%', "max_pct_above_ma('RUT','1987-09-10','2020-11-30',200)", I, PCTI, 'The earlier record gap in the file is 30.44% (2000-03-09), 0.14 point above the stated figure.', ref='2000-03-09'),
        C('RUT', 'prior_record_date', '2000-03', 'month', 'from March 2000', "max_pct_above_ma('RUT','1987-09-10','2020-11-30',200)", S, DATE, 'The earlier record gap was set on 2000-03-09.', ref='2000-03-09'),
        C('RUT', 'pct_above_200dma', 30, 'percent', "Friday's spread fell below 30%", "[pct_above_ma('RUT','2021-01-29',200), pct_above_ma('RUT','2021-01-22',200)]", S, LESS, 'At the 2021-01-29 close the index was 29.19% above its 200-day average (37.04% on 2021-01-22).', q='less than', ref='2021-01-29'),
        C('RUT', 'down_streak', 5, 'count', 'losses for five straight days', "down_streak('RUT','2021-01-29')", S, STREAK, 'Down closes from 2021-01-25 through 2021-01-29.', ref='2021-01-29', window='2021-01-25..2021-01-29'),
        C('RUT', 'longest_losing_streak_since', 11, 'months', 'the longest losing streak in 11 months', "[last_down_streak_at_least('RUT','2021-01-29'), months_between('2020-02-28','2021-01-29')]", S, SINCE, 'The last run of at least five down closes before it ended on 2020-02-28 (six sessions), 11 months earlier.', ref='2021-01-29'),
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
