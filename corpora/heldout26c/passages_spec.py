"""Passages and claims of corpus heldout26c (read by build.py)."""


def C(t, m, v, anchor, ref, expr=None, **kw):
    d = dict(t=t, m=m, v=v, anchor=anchor, ref=ref, expr=expr)
    d.setdefault('u', kw.pop('u', {'pct_change': 'percent', 'point_change': 'points', 'close': 'index points'}.get(m)))
    d['basis'] = kw.pop('basis', 'close')
    d.update(kw)
    return d


def day(t, d, chg_v, pct_v, close_v, a_chg, a_pct, a_close, pct_q=None, chg_q=None):
    """the usual three claims of a daily close line"""
    out = []
    if chg_v is not None:
        out.append(C(t, 'point_change', chg_v, a_chg, d, "chg('%s','%s')" % (t, d), kind='pts', q=chg_q, win='1d'))
    if pct_v is not None:
        out.append(C(t, 'pct_change', pct_v, a_pct, d, "pct('%s','%s')" % (t, d), kind='pct', q=pct_q, win='1d'))
    if close_v is not None:
        out.append(C(t, 'close', close_v, a_close, d, "close('%s','%s')" % (t, d), kind='level'))
    return out


U = 'unverifiable'
S = 'supported'
IMP = 'imprecise'
CON = 'contradicted'
NC = 'not_checkable'
FC = 'forecast'

PASSAGES = []

# ---------------------------------------------------------------- 1998
PASSAGES.append(dict(
    id='irishtimes_19980902_dow_second_biggest_point_gain',
    source=dict(site='irishtimes.com', url='http://www.irishtimes.com/business/second-biggest-point-gain-in-dow-s-history-1.189044',
                original_outlet='The Irish Times (wire report)'),
    published='1998-09-02', conf='medium',
    pnote='The page shows no date. Every figure matches Tuesday 1998-09-01, which the text calls "yesterday", so the piece is the next morning\'s paper.',
    text=("Second-biggest point gain in Dow's history. Wall Street stocks rose 288 points yesterday after two selling sessions, "
          "but the Dow Jones industrials won back less than a third of its 1,000-point loss over the previous four trading days. "
          "The Dow industrial average rose 288.36 - or 3.8 per cent - at 7,827.43, the second-biggest point gain in history. "
          "Broad indexes moved higher too, as many of Monday's big losers, technology and consumer stocks among them, came roaring back. "
          "Volume was very heavy, with about a billion shares changing hands on the New York Stock Exchange. Traders were relieved but "
          "would not call it a lasting comeback. After a choppy morning in which the Dow went up and down twice and at one point showed "
          "a loss of 138 points, investors found a buying groove in late morning. Tokyo's Nikkei average had risen 1.9 per cent overnight."),
    claims=[
        C('DJI', 'point_change', 288, 'rose 288 points', '1998-09-01', "chg('DJI','1998-09-01')", kind='pts', win='1d',
          note='Rounded lead figure; the text gives 288.36 below. 288.36 rounds to 288, within 0.5.'),
        C('DJI', 'point_change', 288.36, 'rose 288.36', '1998-09-01', "chg('DJI','1998-09-01')", kind='pts', win='1d'),
        C('DJI', 'pct_change', 3.8, '3.8 per cent', '1998-09-01', "pct('DJI','1998-09-01')", kind='pct', win='1d'),
        C('DJI', 'close', 7827.43, '7,827.43', '1998-09-01', "close('DJI','1998-09-01')", kind='level'),
        C('DJI', 'rank_point_gain', 2, 'the second-biggest point gain in history', '1998-09-01', "rank_move('DJI','1998-09-01')",
          V=S, rule='ranks count all daily moves in the file up to that day', cmp='rank among daily point gains',
          note='Second-largest daily point gain in the file after 1997-10-28 (+337.17). The Dow file starts 1992-01-02; no earlier daily gain came near 288 points (the largest before 1992, on 1987-10-21, was under 200 points; outside knowledge, not from the files), so the missing history cannot change the rank.'),
        C('DJI', 'down_streak_before', 2, 'after two selling sessions', '1998-08-31', "streak_before('DJI','1998-09-01',-1)",
          V=CON, rule='streaks use daily closes; count off by more than 20%', win='sessions before 1998-09-01',
          note='The Dow fell four sessions in a row before this day (Aug 26, 27, 28 and 31). Reading "two selling sessions" as only the two big drops (Thursday -357, Monday -512) is not what the words say; counted on closes the streak is 4.'),
        C('DJI', 'window_point_change', -1000, "1,000-point loss", '1998-08-31', "win_pts('DJI','1998-08-25','1998-08-31')", kind='pts',
          win='previous four trading days (1998-08-26..08-31), close to close',
          note='Round figure; the four sessions lost 1,063.58 points. Unhedged, so outside the 0.5 tolerance, but within 20%: imprecise.'),
        C('DJI', 'ratio_of_gain_to_loss', 0.3333, 'less than a third', '1998-09-01',
          "r2(chg('DJI','1998-09-01')/abs(win_pts('DJI','1998-08-25','1998-08-31')),4)", V=S, q='less than',
          rule='less than: true < claim', note='288.36 / 1,063.58 = 0.27, under one third.'),
        C('DJI', 'intraday_change', -138, 'a loss of 138 points', '1998-09-01', "intraday_from_prev('DJI','1998-09-01','low')",
          V=S, basis='intraday low', q='as much as (session extreme)',
          rule='as much as (a session extreme): within one unit of the last stated digit',
          note='Session low 7,400.30 against the previous close 7,539.07 = -138.77.'),
        C('NYSE', 'volume', 1e9, 'about a billion shares', '1998-09-01', None, V=U, q='about', u='shares',
          rule='series not in the files', note='NYSE volume is not in the files.'),
        C('NIKKEI', 'pct_change', 1.9, 'risen 1.9 per cent', '1998-09-01', None, V=U, rule='series not in the files',
          note='The Nikkei is not in the files.'),
    ]))

PASSAGES.append(dict(
    id='irishtimes_19981121_dow_highest_since_july',
    source=dict(site='irishtimes.com', url='https://www.irishtimes.com/business/market-report-new-york-1.217293',
                original_outlet='The Irish Times (wire report)'),
    published='1998-11-21', conf='medium',
    pnote='Undated page. The closes match Friday 1998-11-20 ("yesterday") and the Fed cut "on Tuesday" is 1998-11-17, so the piece is Saturday\'s paper.',
    text=("The stock market's dramatic recovery from its summer sell-off was extended on Wall Street yesterday, led by rising bank and "
          "financial services stocks. The Dow Jones industrial average climbed 103.50, or by 1.1 per cent, to close at 9,159.55, "
          "reaching its highest level since July 21st. The Dow is now 178.42 points, or less than 2 per cent, below the record 9,337.97 "
          "set on July 17th. Wall Street's best-known indicator is also up 1,250 points, or nearly 16 per cent, from where it began the "
          "year. Since October 8th, the last time it sank below 7,500, it has rebounded almost 1,700 points. Financial issues led on "
          "hopes that lower US interest rates will spur borrowing and spending; the Federal Reserve cut interest rates on Tuesday, "
          "marking the third cut in seven weeks. The Standard and Poor's 500 was up 9.73 to 1,162.34, and the technology-heavy Nasdaq "
          "composite index rose 8.53 to 1,928.81."),
    claims=day('DJI', '1998-11-20', 103.50, 1.1, 9159.55, 'climbed 103.50', '1.1 per cent', '9,159.55') + [
        C('DJI', 'highest_since', '1998-07-21', 'highest level since July 21st', '1998-11-20', "highest_since('DJI','1998-11-20')", V=S,
          rule='highest since X: X is the last session with a close at least as high', note='Last close at or above 9,159.55 was 1998-07-21.'),
        C('DJI', 'points_from_record', 178.42, '178.42 points', '1998-11-20',
          "r2(record_before('DJI','1998-11-20')[0]-close('DJI','1998-11-20'))", kind='pts'),
        C('DJI', 'pct_from_record', 2, 'less than 2 per cent', '1998-11-20',
          "pct_below(close('DJI','1998-11-20'), record_before('DJI','1998-11-20')[0])", kind='pct', q='less than'),
        C('DJI', 'record_close', [9337.97, '1998-07-17'], 'the record 9,337.97 set on July 17th', '1998-07-17', "record_before('DJI','1998-11-20')",
          V=S, rule='records: highest earlier close in the file'),
        C('DJI', 'ytd_point_change', 1250, '1,250 points', '1998-11-20', "period_pts('DJI','1998-11-20','Y')", kind='pts', win='YTD',
          note='True gain 1,251.25 from the 1997 close 7,908.30; the round 1,250 is outside the 0.5 tolerance: imprecise. (If "nearly" is read as covering both figures, it would be supported.)'),
        C('DJI', 'ytd_pct_change', 16, 'nearly 16 per cent', '1998-11-20', "period_pct('DJI','1998-11-20','Y')", kind='pct', q='nearly', win='YTD'),
        C('DJI', 'last_low_below_7500', '1998-10-08', 'the last time it sank below 7,500', '1998-10-08',
          "[last_low_below('DJI','1998-11-20',7500), low('DJI','1998-10-08')]", V=S, basis='intraday low',
          note='Intraday low 7,467.49 on 1998-10-08 and no later session traded below 7,500. The close that day was 7,731.91, so the statement is about the intraday low.'),
        C('DJI', 'rebound_points', 1700, 'almost 1,700 points', '1998-11-20', "r2(close('DJI','1998-11-20')-low('DJI','1998-10-08'))", kind='pts',
          q='almost', win='1998-10-08 intraday low to 1998-11-20 close',
          note='From the Oct 8 intraday low (the basis the sentence sets) 1,692.06: almost 1,700 (unit 2% = 34 for a round hundred). From the Oct 8 close the rebound is only 1,427.64, which would be contradicted.'),
        C('FEDFUNDS', 'target_changes', 3, 'the third cut in seven weeks', '1998-11-17', "fed_target_changes('1998-09-01','1998-11-20')", V=S,
          win='1998-09-29..1998-11-17', rule='DFEDTAR changes (announcement day in the DFEDTAR era)',
          note='Cuts on 1998-09-29, 1998-10-15 (unscheduled) and Tuesday 1998-11-17: three cuts in 49 days.'),
        C('SPX', 'point_change', 9.73, 'up 9.73', '1998-11-20', "chg('SPX','1998-11-20')", kind='pts', win='1d',
          note='File: +10.94 to 1,163.55. Both wire figures are slightly low, probably an early tally.'),
        C('SPX', 'close', 1162.34, '1,162.34', '1998-11-20', "close('SPX','1998-11-20')", kind='level'),
        C('IXIC', 'point_change', 8.53, 'rose 8.53', '1998-11-20', "chg('IXIC','1998-11-20')", kind='pts', win='1d'),
        C('IXIC', 'close', 1928.81, '1,928.81', '1998-11-20', "close('IXIC','1998-11-20')", kind='level',
          note='File close 1,928.21; the change +8.53 matches the file, so 1,928.81 looks like a typo of 1,928.21.'),
    ]))

# ---------------------------------------------------------------- 2000
PASSAGES.append(dict(
    id='kitsapsun_20000125_rate_fears_selloff',
    source=dict(site='products.kitsapsun.com', url='https://products.kitsapsun.com/archive/2000/01-25/0028_wall_street__stocks_fall_fast_as_.html',
                original_outlet='Kitsap Sun (Associated Press)'),
    published='2000-01-25', conf='exact', pnote='Date in the URL; the story is about Monday 2000-01-24.',
    text=("WALL STREET: Stocks fall fast as concerns over interest rates puncture optimism. NEW YORK (AP) - Stocks plunged Monday on "
          "fears that the government will raise interest rates next week to head off inflation. The Dow Jones industrial average fell "
          "243.54 to close at 11,008.17, its steepest loss since Jan. 4, when it lost 359 points. The selloff was broad: 27 of the 30 "
          "stocks that make up the Dow finished lower. Broader indicators also fell. The technology-heavy Nasdaq plummeted 139.32 points "
          "to close at 4,096.08, its worst point drop since it fell 150 points Jan. 5, and its fourth-biggest point decline ever. The "
          "Nasdaq had risen 67 points in early trading. The Standard & Poor's 500 fell 39.45 to 1,401.91 and the Russell 2000 index of "
          "smaller companies fell for the first time since Jan. 12, losing 10.99 to close at 522.95. Stocks slid from midday as "
          "investors looked ahead to the Federal Reserve meeting on Feb. 1 and 2."),
    claims=day('DJI', '2000-01-24', -243.54, None, 11008.17, 'fell 243.54', None, '11,008.17') + [
        C('DJI', 'biggest_loss_since', '2000-01-04', 'its steepest loss since Jan. 4', '2000-01-24', "last_move_as_big('DJI','2000-01-24')", V=S,
          rule='biggest/worst since X: X is the last day with a move at least as large'),
        C('DJI', 'point_change', -359, 'when it lost 359 points', '2000-01-04', "chg('DJI','2000-01-04')", kind='pts', win='1d',
          note='-359.58 on 2000-01-04; "359" is a truncated figure: imprecise.'),
        C('DJI', 'components_down', 27, '27 of the 30 stocks', '2000-01-24', None, V=U, u='stocks', rule='component data not in the files'),
    ] + day('IXIC', '2000-01-24', -139.32, None, 4096.08, 'plummeted 139.32 points', None, '4,096.08') + [
        C('IXIC', 'worst_point_drop_since', '2000-01-05', 'its worst point drop since it fell 150 points Jan. 5', '2000-01-24',
          "last_move_as_big('IXIC','2000-01-24')", V=CON, rule='wrong date',
          note='The last larger Nasdaq point drop was Thursday 2000-01-06 (-150.41). On Jan 5 the Nasdaq fell only 24.15 (and on Jan 4 it fell 229.46). The date is wrong by a day.'),
        C('IXIC', 'point_change', -150, '150 points', '2000-01-06', "chg('IXIC','2000-01-06')", kind='pts', win='1d',
          note='The 150-point fall itself is right (-150.41), but it happened on Jan 6, not Jan 5 (see the previous claim).'),
        C('IXIC', 'rank_point_drop', 4, 'fourth-biggest point decline ever', '2000-01-24', "rank_move('IXIC','2000-01-24')", V=S,
          rule='ranks count all daily moves in the file up to that day'),
        C('IXIC', 'intraday_change', 67, 'had risen 67 points in early trading', '2000-01-24', "intraday_from_prev('IXIC','2000-01-24','high')",
          V=U, basis='early trading', rule='mid-session figure inside the session range',
          note='Session high was +67.75 above the previous close, so +67 lies inside the session range and cannot be timed.'),
    ] + day('SPX', '2000-01-24', -39.45, None, 1401.91, 'fell 39.45', None, '1,401.91') + [
        C('RUT', 'first_fall_since', '2000-01-12', 'fell for the first time since Jan. 12', '2000-01-24', "last_down_before('RUT','2000-01-24')", V=S,
          rule='streaks use daily closes', note='The Russell 2000 rose on every session from Jan 13 to Jan 21.'),
    ] + day('RUT', '2000-01-24', -10.99, None, 522.95, 'losing 10.99', None, '522.95') + [
        C('FEDFUNDS', 'meeting_dates', ['2000-02-01', '2000-02-02'], 'Feb. 1 and 2', '2000-02-02', "fomc_between('2000-01-24','2000-02-29')", V=S,
          rule='FOMC_meetings.csv gives decision days', note='Decision day 2000-02-02, the second day of a two-day meeting.'),
    ]))

PASSAGES.append(dict(
    id='bbc_20001113_nasdaq_below_3000',
    source=dict(site='news.bbc.co.uk', url='http://news.bbc.co.uk/2/hi/1021815.stm', original_outlet='BBC News Online'),
    published='2000-11-13', conf='exact', pnote='Stamped "Monday, 13 November, 2000, 16:28 GMT" (11:28 a.m. in New York): a mid-morning story.',
    text=("Nasdaq crashes below 3,000. Monday, 13 November, 2000, 16:28 GMT. The slide in technology shares passed a new landmark on Monday "
          "as America's Nasdaq index fell below 3,000 points for the first time in more than a year. That is 40% lower than its peak in "
          "March. Put another way, $2,500bn has been wiped off the combined value of Nasdaq-listed companies since 10 March. By "
          "mid-morning in New York the index was down more than 100 points - or more than 3% - to 2,916 points. The last time it ended "
          "a trading day below 3,000 was on 2 November 1999, when it finished at 2,981.6. It is more than 40% below the high point for "
          "the year, of 5,048.6, reached on 10 March. Uncertainty over the US presidential election and weaker than expected results "
          "from Hewlett Packard gave the latest push down."),
    claims=[
        C('IXIC', 'below_level_first_time_since', 'more than a year', 'for the first time in more than a year', '2000-11-13',
          "last_close_cross('IXIC','2000-11-13',3000,'below')", V=S, basis='intraday',
          note='Intraday the index fell to 2,859.39; the last close below 3,000 was 1999-11-02, a year and eleven days earlier, and no session in between closed below 3,000. It also closed below 3,000 that day (2,966.72).'),
        C('IXIC', 'pct_from_record', 40, '40% lower than its peak in March', '2000-11-13',
          "pct_below(2916, record_before('IXIC','2000-11-13')[0])", kind='pct', basis='mid-morning (level stated in the text)',
          note='Judged on the passage\'s own level 2,916 against the record close 5,048.62: 42.24% below. Unhedged 40 is off by 2.2 pp, inside the imprecise band. At the close (2,966.72) it was 41.24% below.'),
        C('IXIC', 'market_value_lost', 2500, '$2,500bn', '2000-11-13', None, V=U, u='billion dollars', rule='market values not in the files'),
        C('IXIC', 'intraday_point_change', -100, 'down more than 100 points', '2000-11-13', "intraday_from_prev('IXIC','2000-11-13','low')",
          V=U, q='more than', basis='mid-morning', rule='mid-session figure inside the session range',
          note='Session low was -169.60 from the previous close 3,028.99; the stated 2,916 implies -112.99, consistent.'),
        C('IXIC', 'intraday_pct_change', -3, 'more than 3%', '2000-11-13', "r2(100*(2916/close('IXIC','2000-11-10')-1))", V=U, q='more than',
          basis='mid-morning', rule='mid-session figure inside the session range', note='2,916 is -3.73% from 3,028.99, consistent with the text.'),
        C('IXIC', 'intraday_level', 2916, '2,916 points', '2000-11-13', "[low('IXIC','2000-11-13'), high('IXIC','2000-11-13')]", V=U,
          basis='mid-morning', rule='mid-session figure inside the session range', note='Session range 2,859.39 - 3,063.31.'),
        C('IXIC', 'last_close_below', '1999-11-02', '2 November 1999', '1999-11-02', "last_close_cross('IXIC','2000-11-13',3000,'below')", V=S),
        C('IXIC', 'close', 2981.6, '2,981.6', '1999-11-02', "close('IXIC','1999-11-02')", kind='level'),
        C('IXIC', 'pct_from_record', 40, 'more than 40% below', '2000-11-13', "pct_below(2916, record_before('IXIC','2000-11-13')[0])", kind='pct',
          q='more than', basis='mid-morning (level stated in the text)', note='42.24% at 2,916; 41.24% at the close. Both above 40.'),
        C('IXIC', 'record_close', [5048.6, '2000-03-10'], '5,048.6', '2000-03-10', "record_before('IXIC','2000-11-13')", V=S,
          note='Record close 5,048.62 on 2000-03-10; the intraday high that day was higher (5,132.52), so "high point" is the closing basis.'),
    ]))

# ---------------------------------------------------------------- 2001
PASSAGES.append(dict(
    id='dailymail_20010125_greenspan_senate_nasdaq_slump',
    source=dict(site='dailymail.co.uk', url='http://www.dailymail.co.uk/money/news/article-1559509/Wall-Street-closing-report.html',
                original_outlet='This is Money / Daily Mail'),
    published='2001-01-25', conf='medium',
    pnote='Undated archive page. Greenspan\'s Senate Budget Committee testimony and both closes match Thursday 2001-01-25; "next Wednesday" is 2001-01-31.',
    text=("Wall Street: closing report. Wall Street ended a day dominated by Federal Reserve Board chairman Alan Greenspan's appearance "
          "before the Senate Budget Committee in Washington. The consensus seemed to be that Greenspan saw enough need to help the US "
          "economy that he would cut interest rates by half a percentage point when the central bank board meets next Wednesday. The Dow "
          "Jones Industrial Average surged 82.55 points or 0.78% to 10,729.52 as money flowed into old line manufacturers and "
          "pharmaceuticals. The Nasdaq Index slumped 104.87 points or 3.67% to 2,754.28 as investors dumped hi-tech stocks. Greenspan "
          "said the economy was in a 'very dramatic slowdown' and that growth 'might be close to zero'."),
    claims=[
        C('FEDFUNDS', 'meeting_date', '2001-01-31', 'meets next Wednesday', '2001-01-31', "fomc_between('2001-01-26','2001-02-07')", V=S,
          note='Scheduled decision day Wednesday 2001-01-31.'),
        C('FEDFUNDS', 'expected_cut', -0.5, 'cut interest rates by half a percentage point', '2001-01-31',
          "fed_target_changes('2001-01-26','2001-02-07')", V=FC, u='percentage points', rule='forecast: never judged',
          note='Market expectation, not judged. (The target did go from 6.0 to 5.5 on 2001-01-31.)'),
    ] + day('DJI', '2001-01-25', 82.55, 0.78, 10729.52, 'surged 82.55 points', '0.78%', '10,729.52')
      + day('IXIC', '2001-01-25', -104.87, -3.67, 2754.28, 'slumped 104.87 points', '3.67%', '2,754.28') + [
        C('QUOTE', 'quote', None, 'might be close to zero', '2001-01-25', None, V=NC, rule='quoted opinion'),
    ]))

# ---------------------------------------------------------------- 2002
PASSAGES.append(dict(
    id='orlandosentinel_20020305_two_day_rally',
    source=dict(site='orlandosentinel.com', url='https://www.orlandosentinel.com/news/os-xpm-2002-03-05-0203050226-story.html',
                original_outlet='Orlando Sentinel'),
    published='2002-03-05', conf='exact', pnote='Date in the URL; the story is about Monday 2002-03-04, with Friday 2002-03-01 as the first day of the rally.',
    text=("Investors on Monday brushed aside lingering doubts about the end of the recession and pushed Enron worries into the "
          "background as stock prices rocketed for a second straight session, giving Wall Street its biggest two-day rally in nearly six "
          "months. The Dow Jones industrial average soared 217.96 points, or 2.1 percent, to 10,586.82, the highest close since July 19. "
          "The index had leaped 262 points Friday. Monday's gains lifted other key indexes back into positive territory for the year. The "
          "Standard & Poor's 500 index, up 2.3 percent on Friday, rose 2 percent on Monday, leaving it up 0.5 percent since year's end. "
          "The Nasdaq composite index gained 56.58 points, or 3.1 percent, to 1,859.32, though it is still down 4.7 percent this year. "
          "The two-day advance is the strongest since Sept. 24-25, when prices rallied after the dive that followed the Sept. 11 attacks. "
          "Japan's Nikkei-225 index zoomed 638.22 points, or 5.9 percent, to 11,450.22."),
    claims=[
        C('DJI', 'two_day_gain_biggest_since', 'nearly six months', 'biggest two-day rally in nearly six months', '2002-03-04',
          "last_move_as_big('DJI','2002-03-04','pct',2)", V=S, win='2 sessions (2002-03-01..03-04)',
          note='Two-session Dow gain +4.76%; the last two-session gain at least as large ended 2001-09-25, five months and a week earlier. On points (+480.69) the last larger one ended 2000-12-05.'),
    ] + day('DJI', '2002-03-04', 217.96, 2.1, 10586.82, 'soared 217.96 points', '2.1 percent', '10,586.82') + [
        C('DJI', 'highest_close_since', '2001-07-19', 'the highest close since July 19', '2002-03-04', "highest_since('DJI','2002-03-04')", V=S),
        C('DJI', 'point_change', 262, 'leaped 262 points Friday', '2002-03-01', "chg('DJI','2002-03-01')", kind='pts', win='1d',
          note='+262.73 on Friday 2002-03-01; "262" is truncated: imprecise.'),
        C('SPX', 'ytd_turned_positive', True, 'back into positive territory for the year', '2002-03-04',
          "[period_pct('SPX','2002-03-01','Y'), period_pct('SPX','2002-03-04','Y')]", V=S,
          note='S&P 500 -1.42% YTD at Friday\'s close, +0.50% after Monday. The Nasdaq stayed negative, as the text itself says, so "other key indexes" is read as the S&P 500.'),
        C('SPX', 'pct_change', 2.3, 'up 2.3 percent on Friday', '2002-03-01', "pct('SPX','2002-03-01')", kind='pct', win='1d'),
        C('SPX', 'pct_change', 2, 'rose 2 percent on Monday', '2002-03-04', "pct('SPX','2002-03-04')", kind='pct', win='1d'),
        C('SPX', 'ytd_pct_change', 0.5, "up 0.5 percent since year's end", '2002-03-04', "period_pct('SPX','2002-03-04','Y')", kind='pct', win='YTD'),
    ] + day('IXIC', '2002-03-04', 56.58, 3.1, 1859.32, 'gained 56.58 points', '3.1 percent', '1,859.32') + [
        C('IXIC', 'ytd_pct_change', -4.7, 'down 4.7 percent this year', '2002-03-04', "period_pct('IXIC','2002-03-04','Y')", kind='pct', win='YTD'),
        C('DJI', 'two_day_gain_biggest_since', '2001-09-25', 'the strongest since Sept. 24-25', '2002-03-04',
          "last_move_as_big('DJI','2002-03-04','pct',2)", V=S, win='2 sessions',
          note='Percent basis: the last two-session gain at least as large is Sept 24-25, 2001 (ending 2001-09-25). On a point basis it would be 2000-12-05.'),
        C('NIKKEI', 'point_change', 638.22, '638.22 points', '2002-03-04', None, V=U, rule='series not in the files'),
    ]))

# ---------------------------------------------------------------- 2003
PASSAGES.append(dict(
    id='kitsapsun_20030617_dow_highest_since_july',
    source=dict(site='products.kitsapsun.com', url='https://products.kitsapsun.com/archive/2003/06-17/178323_dow_jones_rallies_200_points_to.html',
                original_outlet='Kitsap Sun (wire report)'),
    published='2003-06-17', conf='exact', pnote='Date in the URL; the story is about Monday 2003-06-16.',
    text=("Dow Jones rallies 200 points to finish at highest point in nearly a year. Stocks staged one of their most impressive rallies "
          "in weeks Monday after a positive report on New York manufacturing. The Dow Jones industrial average rose 2.2 percent, or nearly "
          "202 points, to almost 9,319, its highest level since last July. The Standard & Poor's 500 Index closed above 1,000 for the "
          "first time since June 2002. The Nasdaq composite index, which climbed nearly 2.5 percent to 1666.6, reached levels last seen "
          "in May 2002. Taking a longer view, Monday's surge means the Dow has climbed about 24 percent since its March 11 low, while the "
          "S&P and the Nasdaq have risen 26 percent and 31 percent. Treasuries fell: the benchmark 3 5/8 percent note maturing in 2013 "
          "lost $6.25 per $1000 face amount, and its yield rose 7 basis points to 3.18 percent."),
    claims=[
        C('DJI', 'pct_change', 2.2, 'rose 2.2 percent', '2003-06-16', "pct('DJI','2003-06-16')", kind='pct', win='1d'),
        C('DJI', 'point_change', 202, 'nearly 202 points', '2003-06-16', "chg('DJI','2003-06-16')", kind='pts', q='nearly', win='1d'),
        C('DJI', 'close', 9319, 'almost 9,319', '2003-06-16', "close('DJI','2003-06-16')", kind='level', q='almost'),
        C('DJI', 'highest_since', 'last July', 'its highest level since last July', '2003-06-16', "highest_since('DJI','2003-06-16')", V=S,
          note='Last close at least as high: 2002-07-05.'),
        C('SPX', 'above_level_first_time_since', '2002-06', 'closed above 1,000 for the first time since June 2002', '2003-06-16',
          "[close('SPX','2003-06-13'), last_close_cross('SPX','2003-06-16',1000,'above')]", V=S,
          note='Previous close 988.61; the last close above 1,000 before this one was 2002-06-20.'),
        C('IXIC', 'pct_change', 2.5, 'nearly 2.5 percent', '2003-06-16', "pct('IXIC','2003-06-16')", kind='pct', q='nearly', win='1d'),
        C('IXIC', 'close', 1666.6, '1666.6', '2003-06-16', "close('IXIC','2003-06-16')", kind='level'),
        C('IXIC', 'highest_since', '2002-05', 'reached levels last seen in May 2002', '2003-06-16', "highest_since('IXIC','2003-06-16')", V=S,
          note='Last close at least as high: 2002-05-23.'),
        C('DJI', 'window_pct_change', 24, 'about 24 percent', '2003-06-16', "win_pct('DJI','2003-03-11','2003-06-16')", kind='pct', q='about',
          win='since the 2003-03-11 close', note='The Dow\'s 2003 closing low was 2003-03-11 (lowest close since 2002-10-09).'),
        C('SPX', 'window_pct_change', 26, '26 percent', '2003-06-16', "win_pct('SPX','2003-03-11','2003-06-16')", kind='pct', win='since the 2003-03-11 close'),
        C('IXIC', 'window_pct_change', 31, '31 percent', '2003-06-16', "win_pct('IXIC','2003-03-11','2003-06-16')", kind='pct', win='since the 2003-03-11 close'),
        C('US10Y', 'yield', 3.18, '3.18 percent', '2003-06-16', "yld('DGS10','2003-06-16')", kind='yield', basis='end of day'),
        C('US10Y', 'yield_change_bp', 7, '7 basis points', '2003-06-16', "r2(100*(yld('DGS10','2003-06-16')-yld('DGS10','2003-06-13')),0)",
          kind='pts', u='basis points', basis='end of day',
          note='FRED constant-maturity 10-year: 3.13 -> 3.18, +5 bp. The text quotes one specific note whose prior-day quote is not in the files; on the file\'s series the change is off by 40%.'),
        C('US10Y', 'price_change', -6.25, '$6.25', '2003-06-16', None, V=U, u='dollars per 1000', rule='bond prices not in the files'),
    ]))

# ---------------------------------------------------------------- 2004
PASSAGES.append(dict(
    id='honoluluadvertiser_20040312_madrid_dow_free_fall',
    source=dict(site='the.honoluluadvertiser.com', url='http://the.honoluluadvertiser.com/article/2004/Mar/12/bz/bz16a.html',
                original_outlet='Associated Press (Honolulu Advertiser)'),
    published='2004-03-12', conf='exact', pnote='"Posted on: Friday, March 12, 2004"; the session is Thursday 2004-03-11 ("yesterday").',
    text=("Terror fears push Dow into 169-point free fall. By Meg Richards, Associated Press. Spain's government first blamed Basque "
          "separatists for the worst terrorist strike in its history, but a late-day report of a claim of responsibility in al-Qaida's "
          "name made U.S. markets shudder. The Dow Jones industrial average sank 168.51, or 1.6 percent, to 10,128.38, leaving it down "
          "more than 3 percent for the year. Since Monday, the Dow has lost 467.17 points. The broader market also dropped sharply, and "
          "yesterday's trading left the three indexes at their lowest point since mid-December. Retail sales rose 0.6 percent in "
          "February, and new jobless claims fell by 6,000 to 341,000. Declining issues outnumbered advancers more than 3 to 1 on the "
          "New York Stock Exchange, where consolidated volume came to 2.43 billion shares."),
    claims=[
        C('DJI', 'point_change', -169, '169-point', '2004-03-11', "chg('DJI','2004-03-11')", kind='pts', win='1d', note='Headline rounding of -168.51.'),
    ] + day('DJI', '2004-03-11', -168.51, -1.6, 10128.38, 'sank 168.51', '1.6 percent', '10,128.38') + [
        C('DJI', 'ytd_pct_change', -3, 'down more than 3 percent for the year', '2004-03-11', "period_pct('DJI','2004-03-11','Y')", kind='pct',
          q='more than', win='YTD'),
        C('DJI', 'window_point_change', -467.17, '467.17 points', '2004-03-11', "win_pts('DJI','2004-03-05','2004-03-11')", kind='pts',
          win='since Monday = from Friday 2004-03-05 close', note='Counted from the last close before Monday\'s session.'),
        C('DJI', 'lowest_since', 'mid-December', 'lowest point since mid-December', '2004-03-11', "lowest_since('DJI','2004-03-11')", V=S,
          note='Dow: last close at or below 10,128.38 was 2003-12-15.'),
        C('SPX', 'lowest_since', 'mid-December', 'lowest point since mid-December', '2004-03-11', "lowest_since('SPX','2004-03-11')", V=CON,
          rule='lowest since X: an earlier X than the true one is contradicted',
          note='S&P 500: the last close at or below 1,106.78 was 2003-12-26, so the S&P was at its lowest since late December; "mid-December" overstates how far back it went. Same anchor as the Dow and Nasdaq claims: the sentence covers all three indexes.'),
        C('IXIC', 'lowest_since', 'mid-December', 'lowest point since mid-December', '2004-03-11', "lowest_since('IXIC','2004-03-11')", V=S,
          note='Nasdaq: last close at or below 1,943.89 was 2003-12-17.'),
        C('US_ECON', 'retail_sales_mom', 0.6, 'Retail sales rose 0.6 percent', '2004-02', None, V=U, rule='not a market series in the files'),
        C('US_ECON', 'jobless_claims', 341000, '341,000', '2004-03-06', None, V=U, rule='not a market series in the files'),
        C('NYSE', 'breadth', 3, 'more than 3 to 1', '2004-03-11', None, V=U, rule='breadth not in the files'),
        C('NYSE', 'volume', 2.43e9, '2.43 billion shares', '2004-03-11', None, V=U, rule='volume of the consolidated tape not in the files'),
    ]))

# ---------------------------------------------------------------- 2005
PASSAGES.append(dict(
    id='honoluluadvertiser_20051005_second_day_selloff',
    source=dict(site='the.honoluluadvertiser.com', url='http://the.honoluluadvertiser.com/article/2005/Oct/05/br/br10p.html',
                original_outlet='Associated Press (Honolulu Advertiser)'),
    published='2005-10-05', conf='exact',
    pnote='"Posted at 11:44 a.m., Wednesday, October 5, 2005" Hawaii time (5:44 p.m. Eastern), after the close; the figures are final closes.',
    text=("Posted at 11:44 a.m., Wednesday, October 5, 2005. Stocks fall sharply for second straight day. NEW YORK (AP) - Stocks fell "
          "hard for a second day today, with the Dow Jones industrial average losing more than 120 points after a surprisingly weak "
          "reading on the service sector raised worries about higher energy prices. The Institute for Supply Management said its "
          "non-manufacturing index dropped to 53.3 in September from 65.0 in August. The market was still digesting comments from Dallas "
          "Federal Reserve Bank President Robert Fisher that inflation was nearing the high end of the Fed's comfort zone. The Dow Jones "
          "industrial average fell 123.75, or 1.19 percent, to 10,317.36, after a drop of 94.37, or 0.9 percent, yesterday. The Standard "
          "& Poor's 500 index fell 18.08, or 1.49 percent, to 1,196.39, and the Nasdaq composite index fell 36.34, or 1.7 percent, to "
          "2,103.02."),
    claims=[
        C('DJI', 'hard_down_days', 2, 'fell hard for a second day', '2005-10-05', "[pct('DJI','2005-10-03'), pct('DJI','2005-10-04'), pct('DJI','2005-10-05')]",
          V=S, rule='streaks use daily closes',
          note='Big losses on Oct 4 (-0.90%) and Oct 5 (-1.19%); Oct 3 was also down but only -0.31%, so a "hard" fall for the second day. Counting every down close the streak is three days.'),
        C('DJI', 'point_change', -120, 'losing more than 120 points', '2005-10-05', "chg('DJI','2005-10-05')", kind='pts', q='more than', win='1d'),
        C('US_ISM', 'index', 53.3, '53.3', '2005-09', None, V=U, rule='not a market series in the files'),
        C('QUOTE', 'quote', None, "high end of the Fed's comfort zone", '2005-10-04', None, V=NC, rule='quoted opinion'),
    ] + day('DJI', '2005-10-05', -123.75, -1.19, 10317.36, 'fell 123.75', '1.19 percent', '10,317.36') + [
        C('DJI', 'point_change', -94.37, 'a drop of 94.37', '2005-10-04', "chg('DJI','2005-10-04')", kind='pts', win='1d'),
        C('DJI', 'pct_change', -0.9, '0.9 percent, yesterday', '2005-10-04', "pct('DJI','2005-10-04')", kind='pct', win='1d'),
    ] + day('SPX', '2005-10-05', -18.08, -1.49, 1196.39, 'fell 18.08', '1.49 percent', '1,196.39')
      + day('IXIC', '2005-10-05', -36.34, -1.7, 2103.02, 'fell 36.34', '1.7 percent', '2,103.02')))

# ---------------------------------------------------------------- 2006
PASSAGES.append(dict(
    id='chicagotribune_20060513_inflation_fears_week',
    source=dict(site='articles.chicagotribune.com',
                url='http://articles.chicagotribune.com/2006-05-13/business/0605130048_1_import-prices-inflation-indicators-economy-and-corporate-profits',
                original_outlet='Chicago Tribune'),
    published='2006-05-13', conf='exact', pnote='Dated May 13, 2006; the story is about Friday 2006-05-12 and the week.',
    text=("Inflation fears deal stocks another blow. By James P. Miller, Tribune staff reporter. Stocks fell hard for a second straight "
          "session Friday as inflation worries grew, helped along by a bigger-than-expected jump in April import prices. The Dow Jones "
          "industrial average skidded 119.74 points, or 1 percent, to close at 11,380.99. At the end of Wednesday's session the Dow was at "
          "a six-year high and just 81 points short of a record. Together with Thursday's even steeper 141.92-point drop, the index gave "
          "up more than 261 points in the week's last two sessions, its worst back-to-back loss in seven months. The Standard & Poor's 500 "
          "index dropped 14.68, or 1.1 percent, to 1291.24. The Nasdaq composite index slid 28.92, or 1.3 percent, to end the day at "
          "2243.78. For the week the Dow was off 1.7 percent and the S&P 500 slumped 2.6 percent, while the tech-heavy Nasdaq ended the "
          "week down a painful 4.2 percent."),
    claims=[
        C('DJI', 'down_streak', 2, 'second straight session', '2006-05-12', "streak_to('DJI','2006-05-12',-1)", kind='count', u='sessions'),
    ] + day('DJI', '2006-05-12', -119.74, -1, 11380.99, 'skidded 119.74 points', 'or 1 percent', '11,380.99') + [
        C('DJI', 'highest_since', 'six-year high', 'six-year high', '2006-05-10', "highest_since('DJI','2006-05-10')", V=S,
          note='The 2006-05-10 close 11,642.65 was the highest since the record of 2000-01-14.'),
        C('DJI', 'points_from_record', 81, 'just 81 points short of a record', '2006-05-10',
          "r2(record_before('DJI','2006-05-10')[0]-close('DJI','2006-05-10'))", kind='pts',
          note='11,722.98 - 11,642.65 = 80.33; 81 is 0.67 off: imprecise.'),
        C('DJI', 'point_change', -141.92, '141.92-point drop', '2006-05-11', "chg('DJI','2006-05-11')", kind='pts', win='1d'),
        C('DJI', 'window_point_change', -261, 'more than 261 points', '2006-05-12', "win_pts('DJI','2006-05-10','2006-05-12')", kind='pts',
          q='more than', win='2 sessions (Thu-Fri)'),
        C('DJI', 'worst_two_day_since', 'seven months', 'its worst back-to-back loss in seven months', '2006-05-12',
          "last_move_as_big('DJI','2006-05-12','pts',2)", V=IMP, rule='worst since X: a later X than the true one is imprecise (understated)',
          note='The last two-session loss at least as large (points and percent alike) ended 2005-06-24, almost eleven months earlier; "in seven months" is true but understates it.'),
    ] + day('SPX', '2006-05-12', -14.68, -1.1, 1291.24, 'dropped 14.68', '1.1 percent', '1291.24')
      + day('IXIC', '2006-05-12', -28.92, -1.3, 2243.78, 'slid 28.92', '1.3 percent', '2243.78') + [
        C('DJI', 'week_pct_change', -1.7, 'off 1.7 percent', '2006-05-12', "period_pct('DJI','2006-05-12','W')", kind='pct', win='week'),
        C('SPX', 'week_pct_change', -2.6, 'slumped 2.6 percent', '2006-05-12', "period_pct('SPX','2006-05-12','W')", kind='pct', win='week'),
        C('IXIC', 'week_pct_change', -4.2, 'down a painful 4.2 percent', '2006-05-12', "period_pct('IXIC','2006-05-12','W')", kind='pct', win='week'),
    ]))

PASSAGES.append(dict(
    id='starbulletin_20060613_nasdaq_correction',
    source=dict(site='archives.starbulletin.com', url='http://archives.starbulletin.com/2006/06/13/business/market.html',
                original_outlet='Associated Press (Honolulu Star-Bulletin)'),
    published='2006-06-13', conf='exact', pnote='Date in the URL; the session is Monday 2006-06-12 ("yesterday").',
    text=("Closing Market Report. It's official: Nasdaq stung by correction. By Christopher Wang, Associated Press. NEW YORK - Wall "
          "Street extended its monthlong retreat yesterday as inflation fears kept investors on edge after last week's hefty losses, the "
          "worst so far in 2006. A late selloff pulled the Dow Jones industrials down nearly 100 points and left the Nasdaq composite "
          "index at a seven-month low. The Dow tumbled 99.34, or 0.91 percent, to 10,792.58, its lowest close since hitting 10,749.76 on "
          "Feb. 7. The blue-chip index shed 355 points last week and is 7.3 percent below its six-year high of 11,642.98, reached May "
          "10. Broader indicators also retreated. The Standard & Poor's 500 index slid 15.90, or 1.27 percent, to 1,236.40, closing in "
          "negative territory for the first time this year; the Nasdaq lost 43.74, or 2.05 percent, to 2,091.32. The Nasdaq has fallen "
          "just over 10 percent from its recent high on May 8. The Fed meets again June 28-29."),
    claims=[
        C('DJI', 'worst_week_of_year', True, "last week's hefty losses, the worst so far in 2006", '2006-06-09',
          "[worst_week_of_year('DJI','2006-06-09'), worst_week_of_year('SPX','2006-06-09')]", V=S, win='week to 2006-06-09',
          note='Week to June 9 was the worst of 2006 so far for the Dow (-3.16%) and the S&P 500 (-2.79%). For the Nasdaq the week to May 12 was worse.'),
        C('DJI', 'point_change', -100, 'down nearly 100 points', '2006-06-12', "chg('DJI','2006-06-12')", kind='pts', q='nearly', win='1d'),
        C('IXIC', 'lowest_since', 'seven months', 'a seven-month low', '2006-06-12', "lowest_since('IXIC','2006-06-12')", V=S,
          note='Last close at or below 2,091.32 was 2005-10-28, seven and a half months earlier.'),
    ] + day('DJI', '2006-06-12', -99.34, -0.91, 10792.58, 'tumbled 99.34', '0.91 percent', '10,792.58') + [
        C('DJI', 'lowest_close_since', ['2006-02-07', 10749.76], '10,749.76 on Feb. 7', '2006-06-12',
          "[lowest_since('DJI','2006-06-12'), close('DJI','2006-02-07')]", V=S),
        C('DJI', 'week_point_change', -355, 'shed 355 points last week', '2006-06-09', "period_pts('DJI','2006-06-09','W')", kind='pts', win='week',
          note='-355.95 for the week; "355" is truncated: imprecise.'),
        C('DJI', 'pct_from_high', 7.3, '7.3 percent below', '2006-06-12', "pct_below(close('DJI','2006-06-12'), close('DJI','2006-05-10'))", kind='pct'),
        C('DJI', 'close', 11642.98, '11,642.98', '2006-05-10', "close('DJI','2006-05-10')", kind='level',
          note='The file (and the official close) is 11,642.65 on 2006-05-10; 11,642.98 is 0.33 off, beyond the 2-dp tolerance.'),
    ] + day('SPX', '2006-06-12', -15.90, -1.27, 1236.40, 'slid 15.90', '1.27 percent', '1,236.40') + [
        C('SPX', 'ytd_negative_first_time', True, 'closing in negative territory for the first time this year', '2006-06-12',
          "[period_pct('SPX','2006-06-12','Y'), count_closes('SPX','2006-01-03','2006-06-09',close('SPX','2005-12-30'),'below')]", V=S,
          note='YTD -0.87% at 1,237.44 (file close); no earlier 2006 close was below the 2005 close 1,248.29.'),
    ] + day('IXIC', '2006-06-12', -43.74, -2.05, 2091.32, 'lost 43.74', '2.05 percent', '2,091.32') + [
        C('IXIC', 'pct_from_high', 10, 'just over 10 percent', '2006-06-12', "pct_below(close('IXIC','2006-06-12'), close('IXIC','2006-05-08'))",
          kind='pct', q='more than', win='from the 2006-05-08 close', note='10.82% below the May 8 close 2,344.99 (the highest close since 2006-04-20).'),
        C('FEDFUNDS', 'meeting_dates', ['2006-06-28', '2006-06-29'], 'June 28-29', '2006-06-29', "fomc_between('2006-06-13','2006-07-31')", V=S,
          note='Decision day 2006-06-29.'),
    ]))

# ---------------------------------------------------------------- 2007
PASSAGES.append(dict(
    id='irishtimes_20070712_dow_record_biggest_gain_since_2002',
    source=dict(site='irishtimes.com', url='https://www.irishtimes.com/news/dow-jones-closes-at-new-record-high-1.809575',
                original_outlet='The Irish Times (Reuters)'),
    published='2007-07-12', conf='medium',
    pnote='Undated page written as an evening report ("today"); all closes match Thursday 2007-07-12.',
    text=("Dow Jones closes at new record high. US stocks surged today as healthy retail sales eased worries about consumer spending and "
          "a big mining takeover fed hopes of more deals. The Dow hit a record on its biggest point gain since 2002, and the Standard & "
          "Poor's 500 index also closed at a new record and is now within several points of its lifetime high. The Dow Jones industrial "
          "average jumped 283.86 points, or 2.09 per cent, to end at a record 13,861.73. The Standard & Poor's 500 Index shot up 28.94 "
          "points, or 1.91 per cent, to finish at a record 1,547.70. The Nasdaq Composite Index climbed 49.94 points, or 1.88 per cent, "
          "to close at 2,701.73. The Dow also hit an intraday record high of 13,869.94, topping a previous record set June 1st. The "
          "day's point gain was the Dow's best since October 15th, 2002. On October 9th, 2002, all three major US stock indexes fell to "
          "their closing lows after the Internet bubble went bust. Alcoa gained 6.7 per cent."),
    claims=[
        C('DJI', 'biggest_point_gain_since', '2002', 'biggest point gain since 2002', '2007-07-12', "last_move_as_big('DJI','2007-07-12')", V=S),
        C('SPX', 'distance_to_intraday_record', 'several points', 'within several points of its lifetime high', '2007-07-12',
          "r2(record_before('SPX','2007-07-12','high')[0]-close('SPX','2007-07-12'))", V=S, basis='close vs intraday record',
          note='Lifetime (intraday) high in the file 1,552.87 on 2000-03-24, 5.17 points above the close. The close itself is a record (see below), so "lifetime high" here is the intraday peak.'),
    ] + day('DJI', '2007-07-12', 283.86, 2.09, 13861.73, 'jumped 283.86 points', '2.09 per cent', '13,861.73') + [
        C('DJI', 'record_close', True, 'to end at a record', '2007-07-12', "[is_record('DJI','2007-07-12')] + record_before('DJI','2007-07-12')", V=S,
          note='Previous record close 13,676.32 on 2007-06-04.'),
    ] + day('SPX', '2007-07-12', 28.94, 1.91, 1547.70, 'shot up 28.94', '1.91 per cent', '1,547.70') + [
        C('SPX', 'record_close', True, 'to finish at a record', '2007-07-12', "[is_record('SPX','2007-07-12')] + record_before('SPX','2007-07-12')", V=S,
          note='Previous record close 1,539.18 on 2007-06-04 (the 2000 record close was 1,527.46).'),
    ] + day('IXIC', '2007-07-12', 49.94, 1.88, 2701.73, 'climbed 49.94 points', '1.88 per cent', '2,701.73') + [
        C('DJI', 'intraday_high', 13869.94, '13,869.94', '2007-07-12', "high('DJI','2007-07-12')", kind='level', basis='intraday high'),
        C('DJI', 'previous_intraday_record', '2007-06-01', 'topping a previous record set June 1st', '2007-06-01',
          "record_before('DJI','2007-07-12','high')", V=S, basis='intraday high', note='Previous intraday high 13,692.00 on 2007-06-01.'),
        C('DJI', 'biggest_point_gain_since', '2002-10-15', 'best since October 15th, 2002', '2007-07-12', "last_move_as_big('DJI','2007-07-12')", V=S),
        C('DJI', 'closing_lows_date', '2002-10-09', 'On October 9th, 2002', '2002-10-09',
          "[lowest_close_date(x,'2000-01-01','2007-07-11') for x in ('DJI','SPX','IXIC')]", V=S,
          note='The lowest close of 2000-2007 was 2002-10-09 for the Dow, the S&P 500 and the Nasdaq.'),
        C('STOCK', 'pct_change', 6.7, 'Alcoa gained 6.7 per cent', '2007-07-12', None, V=U, rule='single stocks not in the files'),
    ]))

# ---------------------------------------------------------------- 2008
PASSAGES.append(dict(
    id='abcnews_20080620_dow_below_12000',
    source=dict(site='abcnews.go.com', url='https://abcnews.go.com/amp/Business/Economy/story?id=5214493&page=1', original_outlet='ABC News'),
    published='2008-06-20', conf='exact', pnote='Dated June 20, 2008 in the text; the session is Friday 2008-06-20.',
    text=("Dow Plunges Below 12,000 to 3-Month Low. June 20, 2008 -- Wall Street's roller-coaster ride went on with a big drop today "
          "that left the Dow Jones industrial average closing below 12,000 points for the first time since March 17. The blue chip index "
          "closed down 220 points today, a 1.8 percent fall, to end the week at 11,842.69. The Dow lost 465 points for the week. The "
          "NASDAQ fell nearly 2.3 percent today and the S&P 500 fell nearly 1.9 percent. Oil prices were up again, and it was a summer "
          "Friday: the Dow has closed down five of the last seven Fridays, including today. Just two Fridays ago, the Dow fell 394 points. "
          "The first time the Dow closed above 12,000 was Oct. 19, 2006, and it went on to a record high close of 14,164 Oct. 9. In "
          "January, the Dow dipped below 12,000 for one day's close, and in March there were four days when it closed below that mark."),
    claims=[
        C('DJI', 'lowest_since', '3 months', '3-Month Low', '2008-06-20', "lowest_since('DJI','2008-06-20')", V=S,
          note='Last close at or below 11,842.69 was 2008-03-10, three months earlier.'),
        C('DJI', 'below_level_first_time_since', '2008-03-17', 'for the first time since March 17', '2008-06-20',
          "last_close_cross('DJI','2008-06-20',12000,'below')", V=S),
    ] + day('DJI', '2008-06-20', -220, -1.8, 11842.69, 'closed down 220 points', '1.8 percent fall', '11,842.69') + [
        C('DJI', 'week_point_change', -465, 'lost 465 points for the week', '2008-06-20', "period_pts('DJI','2008-06-20','W')", kind='pts', win='week'),
        C('IXIC', 'pct_change', -2.3, 'nearly 2.3 percent', '2008-06-20', "pct('IXIC','2008-06-20')", kind='pct', q='nearly', win='1d'),
        C('SPX', 'pct_change', -1.9, 'nearly 1.9 percent', '2008-06-20', "pct('SPX','2008-06-20')", kind='pct', q='nearly', win='1d'),
        C('DJI', 'fridays_down_of_last_7', 5, 'five of the last seven Fridays', '2008-06-20', "fridays_down('DJI','2008-06-20',7)", kind='count',
          u='Fridays', note='Of the seven Fridays May 9 - June 20, 2008, six closed down (only May 30 rose): count off by one, within 20%: imprecise.'),
        C('DJI', 'point_change', -394, 'fell 394 points', '2008-06-06', "chg('DJI','2008-06-06')", kind='pts', win='1d',
          note='-394.64 on 2008-06-06; truncated figure: imprecise.'),
        C('DJI', 'first_close_above', '2006-10-19', 'Oct. 19, 2006', '2006-10-19', "first_close_above('DJI',12000)", V=S),
        C('DJI', 'record_close', 14164, '14,164', '2007-10-09', "record_before('DJI','2008-06-20')", jv="record_before('DJI','2008-06-20')[0]",
          kind='level', note='Record close 14,164.53 on 2007-10-09 (date right); "14,164" is truncated: imprecise.'),
        C('DJI', 'closes_below_level', 1, "for one day's close", '2008-01', "count_closes('DJI','2008-01-01','2008-01-31',12000,'below')", kind='count',
          win='January 2008'),
        C('DJI', 'closes_below_level', 4, 'four days', '2008-03', "count_closes('DJI','2008-03-01','2008-03-31',12000,'below')", kind='count',
          win='March 2008'),
    ]))

PASSAGES.append(dict(
    id='montereyherald_20081021_dow_back_above_9000',
    source=dict(site='montereyherald.com', url='https://www.montereyherald.com/2008/10/21/stimulus-talk-boosts-stocks/',
                original_outlet='Monterey Herald (wire report)'),
    published='2008-10-21', conf='exact', pnote='Date in the URL; the session is Monday 2008-10-20.',
    text=("Stimulus talk boosts stocks. NEW YORK - U.S. stocks rallied sharply into Monday's close, lifting the Dow Jones industrial "
          "average above 9,000 after signs that the credit markets were thawing and after Federal Reserve chief Ben Bernanke said he "
          "backed more fiscal stimulus. Bernanke told the House Budget Committee that a fiscal package seemed appropriate at this "
          "juncture. Monday's surge added to big gains last week. Up more than 300 points in late afternoon trade, the Dow Jones "
          "industrial average added another 100 points in the final 30 minutes, gaining 413.21 points, or 4.7 percent, to finish at "
          "9,265.43, the blue-chip index's first close above the 9,000 level since last Tuesday. All of the Dow's 30 components ended "
          "higher, led by Exxon Mobil and Chevron, up 10.2 percent and 11.6 percent. Oil futures closed up $2.40, or 3.3 percent, at "
          "$74.25 a barrel."),
    claims=[
        C('DJI', 'week_pct_change', 'big gains', 'big gains last week', '2008-10-17', "period_pct('DJI','2008-10-17','W')", V=S, win='week to 2008-10-17',
          note='Dow +4.75% in the week to Friday 2008-10-17.'),
        C('DJI', 'intraday_point_change', 300, 'Up more than 300 points in late afternoon trade', '2008-10-20',
          "intraday_from_prev('DJI','2008-10-20','high')", V=U, q='more than', basis='late afternoon', rule='mid-session figure inside the session range',
          note='Session high +414.41; the late-afternoon level cannot be timed.'),
        C('DJI', 'final_30min_gain', 100, 'added another 100 points in the final 30 minutes', '2008-10-20', None, V=U,
          rule='intraday path not in daily files'),
    ] + day('DJI', '2008-10-20', 413.21, 4.7, 9265.43, 'gaining 413.21 points', '4.7 percent', '9,265.43') + [
        C('DJI', 'above_level_first_time_since', '2008-10-14', 'since last Tuesday', '2008-10-20',
          "last_close_cross('DJI','2008-10-20',9000,'above')", V=S, note='Last close above 9,000 was Tuesday 2008-10-14.'),
        C('DJI', 'components_up', 30, "All of the Dow's 30 components", '2008-10-20', None, V=U, rule='component data not in the files'),
        C('STOCK', 'pct_change', 10.2, '10.2 percent', '2008-10-20', None, V=U, rule='single stocks not in the files'),
        C('OIL', 'price', 74.25, '$74.25', '2008-10-20', None, V=U, rule='series not in the files'),
    ]))

# ---------------------------------------------------------------- 2009
PASSAGES.append(dict(
    id='cityam_20090922_energy_drags_wall_street',
    source=dict(site='cityam.com', url='https://www.cityam.com/low-energy-sends-wall-street-down/', original_outlet='City A.M. (Reuters)'),
    published='2009-09-22', conf='medium',
    pnote='Undated page. Closes match Monday 2009-09-21 ("yesterday"); the Fed decision "later this week" is 2009-09-23. A London morning paper, so published 2009-09-22.',
    text=("Low energy sends Wall Street down. The Dow industrials and the S&P 500 index fell yesterday as a drop in oil and other "
          "commodity prices hit energy and materials stocks, but the Nasdaq rose on a broker's upgrade in biotechnology. Light crude "
          "futures fell more than 3 per cent. The dollar index rose 0.5 per cent after three weeks of declines, as investors trimmed "
          "short positions before the Federal Reserve's decision on interest rates later this week. The Dow Jones industrial average "
          "dropped 41.34 points, or 0.42 per cent, to end at 9,778.86. The Standard & Poor's 500 Index fell 3.64 points, or 0.34 per "
          "cent, to 1,064.66. But the Nasdaq Composite Index gained 5.18 points, or 0.24 per cent, to close at 2,138.04. Caterpillar, "
          "down 1.8 per cent, said dealer sales fell 48 per cent in August."),
    claims=[
        C('OIL', 'pct_change', -3, 'more than 3 per cent', '2009-09-21', None, V=U, q='more than', rule='series not in the files'),
        C('DXY', 'pct_change', 0.5, 'rose 0.5 per cent', '2009-09-21', None, V=U, rule='series not in the files'),
        C('DXY', 'down_weeks', 3, 'three weeks of declines', '2009-09-18', None, V=U, rule='series not in the files'),
        C('FEDFUNDS', 'meeting_date', '2009-09-23', 'later this week', '2009-09-23', "fomc_between('2009-09-21','2009-09-27')", V=S),
    ] + day('DJI', '2009-09-21', -41.34, -0.42, 9778.86, 'dropped 41.34 points', '0.42 per cent', '9,778.86')
      + day('SPX', '2009-09-21', -3.64, -0.34, 1064.66, 'fell 3.64 points', '0.34 per cent', '1,064.66')
      + day('IXIC', '2009-09-21', 5.18, 0.24, 2138.04, 'gained 5.18 points', '0.24 per cent', '2,138.04') + [
        C('STOCK', 'pct_change', -1.8, 'down 1.8 per cent', '2009-09-21', None, V=U, rule='single stocks not in the files'),
    ]))

# ---------------------------------------------------------------- 2010
wk = lambda t: "weekly_counts('%s','2010-09-10')" % t
PASSAGES.append(dict(
    id='cnbc_20100910_two_week_gains_by_the_numbers',
    source=dict(site='cnbc.com', url='https://www.cnbc.com/2010/09/10/us-stocks-up-for-second-week-despite-low-volume.html', original_outlet='CNBC'),
    published='2010-09-10', conf='exact', pnote='Date in the URL; weekly statistics to Friday 2010-09-10.',
    text=("By the Numbers: US Stocks Up for Second Week Despite Low Volume. US stocks kept small weekly gains after selling early in the "
          "week on worries about banks' capital requirements and slow growth, which pushed gold futures to a record close of "
          "$1259.3/Troy oz on Tuesday. Fewer-than-expected jobless claims and a jump in July wholesale inventories sent stocks up for a "
          "second week in a row and helped the Dow move back into positive territory year-to-date, despite some of the thinnest volume of "
          "the year. Weekly gains: the Dow, S&P and NASDAQ Composite logged 2-consecutive weeks gains of 3.08%, 4.22%, and 4.13% for the "
          "2-week period. The Dow has posted weekly gains 53% of the time this year, and closed in negative territory 17 times; it "
          "recorded its biggest 2-week % gain since 7/30/10 when it gained 3.64% in that 2-week period. The S&P has posted weekly gains "
          "51% of the time this year, and closed in negative territory 18 times; its biggest 2-week % gain since 6/18/10 when it gained "
          "4.94%. The NASDAQ Comp. has posted weekly gains 56% of the time this year, and closed in negative territory 16 times; its "
          "biggest 2-week % gain since 7/16/10 when it gained 4.17%. September rally: the Dow, S&P and NASDAQ Composite are up 4.47%, "
          "5.74%, and 6.08% for September so far."),
    claims=[
        C('GOLD', 'record_close', 1259.3, '$1259.3', '2010-09-07', None, V=U, rule='series not in the files'),
        C('DJI', 'up_weeks_in_a_row', 2, 'up for a second week in a row', '2010-09-10',
          "[period_pct('DJI',d,'W') for d in ('2010-08-27','2010-09-03','2010-09-10')]", V=S,
          note='Dow weeks: -0.62% (to Aug 27), +2.93%, +0.14%.'),
        C('DJI', 'ytd_turned_positive', True, 'back into positive territory year-to-date', '2010-09-10',
          "[period_pct('DJI','2010-08-27','Y'), period_pct('DJI','2010-09-03','Y'), period_pct('DJI','2010-09-10','Y')]", V=S,
          note='Dow YTD -2.66% on Aug 27, +0.19% on Sept 3, +0.33% on Sept 10: it turned positive during the two-week advance (by the first week\'s close).'),
        C('DJI', 'two_week_pct_change', 3.08, '3.08%', '2010-09-10', "win_pct('DJI','2010-08-27','2010-09-10')", kind='pct', win='2 weeks'),
        C('SPX', 'two_week_pct_change', 4.22, '4.22%', '2010-09-10', "win_pct('SPX','2010-08-27','2010-09-10')", kind='pct', win='2 weeks'),
        C('IXIC', 'two_week_pct_change', 4.13, '4.13%', '2010-09-10', "win_pct('IXIC','2010-08-27','2010-09-10')", kind='pct', win='2 weeks'),
        C('DJI', 'share_of_up_weeks', 53, 'weekly gains 53% of the time', '2010-09-10', wk('DJI'), jv=wk('DJI') + '[2]', kind='pct', win='2010 weeks',
          note='The file gives 36 weekly changes in 2010 to Sept 10: 20 up, 16 down (55.6% up). CNBC\'s 53% and 17 fit 19 up / 17 down, one week apart (a different first-week convention).'),
        C('DJI', 'down_weeks', 17, 'closed in negative territory 17 times', '2010-09-10', wk('DJI'), jv=wk('DJI') + '[1]', kind='count', win='2010 weeks'),
        C('DJI', 'biggest_two_week_gain_since', '2010-07-30', 'since 7/30/10', '2010-09-10', "last_2wk_as_big('DJI','2010-09-10')", V=S,
          rule='biggest since X: X is the last period with a move at least as large', note='Two-week windows end on Fridays (weekly closes).'),
        C('DJI', 'two_week_pct_change', 3.64, 'gained 3.64%', '2010-07-30', "win_pct('DJI','2010-07-16','2010-07-30')", kind='pct', win='2 weeks'),
        C('SPX', 'share_of_up_weeks', 51, 'weekly gains 51% of the time', '2010-09-10', wk('SPX'), jv=wk('SPX') + '[2]', kind='pct', win='2010 weeks',
          note='File: 19 up, 17 down (52.8%).'),
        C('SPX', 'down_weeks', 18, 'closed in negative territory 18 times', '2010-09-10', wk('SPX'), jv=wk('SPX') + '[1]', kind='count', win='2010 weeks'),
        C('SPX', 'biggest_two_week_gain_since', '2010-06-18', 'since 6/18/10', '2010-09-10', "last_2wk_as_big('SPX','2010-09-10')", V=S),
        C('SPX', 'two_week_pct_change', 4.94, 'gained 4.94%', '2010-06-18', "win_pct('SPX','2010-06-04','2010-06-18')", kind='pct', win='2 weeks'),
        C('IXIC', 'share_of_up_weeks', 56, 'weekly gains 56% of the time', '2010-09-10', wk('IXIC'), jv=wk('IXIC') + '[2]', kind='pct', win='2010 weeks',
          note='File: 21 up, 15 down (58.3%).'),
        C('IXIC', 'down_weeks', 16, 'closed in negative territory 16 times', '2010-09-10', wk('IXIC'), jv=wk('IXIC') + '[1]', kind='count', win='2010 weeks'),
        C('IXIC', 'biggest_two_week_gain_since', '2010-07-16', 'since 7/16/10', '2010-09-10', "last_2wk_as_big('IXIC','2010-09-10')", V=S),
        C('IXIC', 'two_week_pct_change', 4.17, 'gained 4.17%', '2010-07-16', "win_pct('IXIC','2010-07-02','2010-07-16')", kind='pct', win='2 weeks'),
        C('DJI', 'mtd_pct_change', 4.47, '4.47%', '2010-09-10', "period_pct('DJI','2010-09-10','M')", kind='pct', win='MTD'),
        C('SPX', 'mtd_pct_change', 5.74, '5.74%', '2010-09-10', "period_pct('SPX','2010-09-10','M')", kind='pct', win='MTD'),
        C('IXIC', 'mtd_pct_change', 6.08, '6.08%', '2010-09-10', "period_pct('IXIC','2010-09-10','M')", kind='pct', win='MTD'),
    ]))

# ---------------------------------------------------------------- 2011
PASSAGES.append(dict(
    id='buffalonews_20110103_first_session_of_2011',
    source=dict(site='buffalonews.com', url='http://buffalonews.com/2011/01/03/better-than-expected-economic-news-lifts-stocks-as-new-trading-year-begins/',
                original_outlet='Associated Press (The Buffalo News)'),
    published='2011-01-03', conf='exact', pnote='Date in the URL; session Monday 2011-01-03.',
    text=("Better-than-expected economic news lifts stocks as new trading year begins. Stocks started 2011 with a lift Monday thanks to "
          "better economic news: the Institute for Supply Management's manufacturing index rose in December for the 17th straight month, "
          "and construction spending rose 0.4 percent in November. The Dow Jones industrial average rose 93.24 points, or 0.8 percent, to "
          "close at 11,670.75. The Standard & Poor's 500 index gained 14.23, or 1.1 percent, to 1,271.87. The Nasdaq composite index rose "
          "38.65, or 1.5 percent, to 2,691.52. All 10 company groups in the S&P index rose, led by financial companies with a 2.2 percent "
          "jump. The better news dimmed the appeal of safer assets: the yield on the 10-year Treasury note moved up to 3.38 percent from "
          "3.29 percent Friday. Small companies, seen as riskier investments, surged; the Russell 2000 jumped 2.1 percent. The Euro "
          "Stoxx 50 index rose 0.6 percent."),
    claims=[
        C('US_ISM', 'months_of_gains', 17, '17th straight month', '2010-12', None, V=U, rule='not a market series in the files'),
        C('US_ECON', 'construction_spending_mom', 0.4, 'construction spending rose 0.4 percent', '2010-11', None, V=U, rule='not a market series in the files'),
    ] + day('DJI', '2011-01-03', 93.24, 0.8, 11670.75, 'rose 93.24 points', '0.8 percent', '11,670.75')
      + day('SPX', '2011-01-03', 14.23, 1.1, 1271.87, 'gained 14.23', '1.1 percent', '1,271.87')
      + day('IXIC', '2011-01-03', 38.65, 1.5, 2691.52, 'rose 38.65', '1.5 percent', '2,691.52') + [
        C('SPX_SECTORS', 'sectors_up', 10, 'All 10 company groups', '2011-01-03', None, V=U, rule='sector indexes not in the files'),
        C('SPX_FINANCIALS', 'pct_change', 2.2, '2.2 percent jump', '2011-01-03', None, V=U, rule='sector indexes not in the files',
          note='XLF is only a proxy and has no raw closes in this period.'),
        C('US10Y', 'yield', 3.38, '3.38 percent', '2011-01-03', "yld('DGS10','2011-01-03')", kind='yield', basis='end of day',
          note='DGS10 3.36: within 0.025.'),
        C('US10Y', 'yield', 3.29, '3.29 percent', '2010-12-31', "yld('DGS10','2010-12-31')", kind='yield', basis='end of day'),
        C('RUT', 'pct_change', 2.1, 'jumped 2.1 percent', '2011-01-03', "pct('RUT','2011-01-03')", kind='pct', win='1d',
          note='File +1.90% (783.65 -> 798.56); 2.1 is 0.2 off: imprecise.'),
        C('STOXX50', 'pct_change', 0.6, 'rose 0.6 percent', '2011-01-03', None, V=U, rule='series not in the files'),
    ]))

PASSAGES.append(dict(
    id='denverpost_20111223_third_weekly_gain_in_four',
    source=dict(site='denverpost.com', url='https://www.denverpost.com/2011/12/23/third-stock-rally-in-four-weeks-lifts-sp-into-black-for-2011/',
                original_outlet='The Denver Post (wire report)'),
    published='2011-12-23', conf='exact', pnote='Date in the URL; session Friday 2011-12-23.',
    text=("NEW YORK - U.S. stocks rallied Friday to their third weekly gain in four after Congress approved a tax-cut extension and "
          "November orders for durable goods climbed the most in four months. Up 3.6 percent on the week and 6.2 percent for 2011 so far, "
          "the Dow Jones industrial average added 124.35 points, or 1 percent, to 12,294, with 28 of its 30 components rising. The S&P "
          "500 index added 11.33 points, or 0.9 percent, to 1,265.33, with all 10 of its major sectors gaining. The index finished 3.7 "
          "percent above the previous Friday's close and 0.6 percent higher than at the end of 2010. The Nasdaq composite advanced 19.19 "
          "points, or 0.7 percent, to 2,618.64, leaving it up 2.5 percent for the week but off 1.3 percent for 2011. Treasury prices "
          "fell, with the yield on the benchmark 10-year note rising just above 2 percent. Crude-oil futures rose 15 cents to finish at "
          "$99.68 a barrel. Orders for long-lasting goods climbed 3.8 percent in November."),
    claims=[
        C('SPX', 'up_weeks_of_last_4', 3, 'third weekly gain in four', '2011-12-23',
          "[period_pct('SPX',d,'W') for d in ('2011-12-02','2011-12-09','2011-12-16','2011-12-23')]", V=S,
          note='S&P 500 weeks: +7.39%, +0.88%, -2.83%, +3.74% (the Dow the same pattern).'),
        C('DJI', 'week_pct_change', 3.6, 'Up 3.6 percent on the week', '2011-12-23', "period_pct('DJI','2011-12-23','W')", kind='pct', win='week'),
        C('DJI', 'ytd_pct_change', 6.2, '6.2 percent for 2011 so far', '2011-12-23', "period_pct('DJI','2011-12-23','Y')", kind='pct', win='YTD'),
    ] + day('DJI', '2011-12-23', 124.35, 1, 12294, 'added 124.35 points', 'or 1 percent', '12,294') + [
        C('DJI', 'components_up', 28, '28 of its 30 components', '2011-12-23', None, V=U, rule='component data not in the files'),
    ] + day('SPX', '2011-12-23', 11.33, 0.9, 1265.33, 'added 11.33 points', '0.9 percent', '1,265.33') + [
        C('SPX_SECTORS', 'sectors_up', 10, 'all 10 of its major sectors', '2011-12-23', None, V=U, rule='sector indexes not in the files'),
        C('SPX', 'week_pct_change', 3.7, '3.7 percent above', '2011-12-23', "period_pct('SPX','2011-12-23','W')", kind='pct', win='week'),
        C('SPX', 'ytd_pct_change', 0.6, '0.6 percent higher', '2011-12-23', "period_pct('SPX','2011-12-23','Y')", kind='pct', win='YTD'),
    ] + day('IXIC', '2011-12-23', 19.19, 0.7, 2618.64, 'advanced 19.19', '0.7 percent', '2,618.64') + [
        C('IXIC', 'week_pct_change', 2.5, 'up 2.5 percent for the week', '2011-12-23', "period_pct('IXIC','2011-12-23','W')", kind='pct', win='week'),
        C('IXIC', 'ytd_pct_change', -1.3, 'off 1.3 percent for 2011', '2011-12-23', "period_pct('IXIC','2011-12-23','Y')", kind='pct', win='YTD'),
        C('US10Y', 'yield', 2, 'just above 2 percent', '2011-12-23', "[yld('DGS10','2011-12-22'), yld('DGS10','2011-12-23')]",
          jv="yld('DGS10','2011-12-23')", kind='yield', q='more than', basis='end of day', note='DGS10 1.97 -> 2.03.'),
        C('OIL', 'price', 99.68, '$99.68', '2011-12-23', None, V=U, rule='series not in the files'),
        C('US_ECON', 'durable_goods_mom', 3.8, 'climbed 3.8 percent', '2011-11', None, V=U, rule='not a market series in the files'),
    ]))

# ---------------------------------------------------------------- 2012
PASSAGES.append(dict(
    id='townhall_20120606_treasuries_fall_dow_best_day',
    source=dict(site='townhall.com', url='https://townhall.com/news/business/2012/06/06/us-treasury-prices-fall-as-stocks-rise-strongly-n782845',
                original_outlet='Associated Press (Townhall)'),
    published='2012-06-06', conf='exact', pnote='"Posted: Jun 06, 2012 4:07 PM", just after the stock close; yields are quoted "as of 3:30 p.m."',
    text=("US Treasury prices fall as stock market surges. AP, posted Jun 06, 2012 4:07 PM. U.S. Treasury prices fell sharply "
          "Wednesday as fresh hopes that Europe will tackle its debt crisis drew money into riskier investments. The Dow Jones industrial "
          "average jumped 286 points, its biggest gain of the year, and the surge pushed the Dow back into positive territory for 2012. "
          "As money moved into stocks and commodities, traders sold ultra-safe Treasurys. The price of the 10-year Treasury note fell 50 "
          "cents for every $100 invested, pushing its yield up to 1.64 percent as of 3:30 p.m. EDT from 1.57 percent late Tuesday. Last "
          "week, the 10-year yield hit a record low of 1.44 percent after an alarmingly weak jobs report. The 30-year bond's yield rose "
          "to 2.74 percent from 2.63 percent late Tuesday. The yield on the two-year Treasury note rose to 0.29 percent from 0.25 percent "
          "late Tuesday, and the three-month bill was unchanged at 0.08 percent."),
    claims=[
        C('DJI', 'point_change', 286, 'jumped 286 points', '2012-06-06', "chg('DJI','2012-06-06')", kind='pts', win='1d',
          note='+286.84 at the close; "286" is truncated: imprecise.'),
        C('DJI', 'biggest_gain_of_year', True, 'its biggest gain of the year', '2012-06-06',
          "[chg('DJI','2012-06-06')] + max_pts_gain_in_year('DJI','2012-06-05')", V=S,
          note='The largest earlier 2012 daily point gain was +217.97 on 2012-03-13.'),
        C('DJI', 'ytd_turned_positive', True, 'back into positive territory for 2012', '2012-06-06',
          "[period_pct('DJI','2012-06-05','Y'), period_pct('DJI','2012-06-06','Y')]", V=S, note='YTD -0.73% on June 5, +1.61% on June 6.'),
        C('US10Y', 'price_change', -0.5, '50 cents', '2012-06-06', None, V=U, u='dollars per 100', rule='bond prices not in the files'),
        C('US10Y', 'yield', 1.64, '1.64 percent', '2012-06-06', "yld('DGS10','2012-06-06')", V=U, basis='3:30 p.m.',
          rule='intraday yield events are unverifiable', note='End-of-day DGS10 1.66.'),
        C('US10Y', 'yield', 1.57, '1.57 percent', '2012-06-05', "yld('DGS10','2012-06-05')", kind='yield', basis='end of day'),
        C('US10Y', 'record_low', 1.44, 'record low of 1.44 percent', '2012-06-01', "yld_record_low_before('DGS10','2012-06-05')", V=U,
          basis='intraday', rule='intraday yield events are unverifiable',
          note='On the end-of-day series the record low was 1.47 on Friday 2012-06-01 (last week), so a record low last week is confirmed; the 1.44 intraday level cannot be checked.'),
        C('US30Y', 'yield', 2.74, '2.74 percent', '2012-06-06', None, V=U, rule='series not in the files (no 30-year yield)'),
        C('US2Y', 'yield', 0.29, '0.29 percent', '2012-06-06', "yld('DGS2','2012-06-06')", V=U, basis='3:30 p.m.',
          rule='intraday yield events are unverifiable', note='End-of-day DGS2 0.26.'),
        C('US2Y', 'yield', 0.25, '0.25 percent', '2012-06-05', "yld('DGS2','2012-06-05')", kind='yield', basis='end of day'),
        C('US3M', 'yield', 0.08, '0.08 percent', '2012-06-06', None, V=U, rule='series not in the files'),
    ]))

PASSAGES.append(dict(
    id='tnj_20120228_dow_13000_index_tally',
    source=dict(site='tnj.com', url='https://tnj.com/how-major-stock-indexes-fared-tuesday', original_outlet='The Network Journal (Associated Press tally)'),
    published='2012-02-28', conf='medium',
    pnote='Undated page headed "How major stock indexes fared Tuesday"; every figure matches Tuesday 2012-02-28 (the Dow\'s first close above 13,000 since 2008). Another corpus covers this session from a different outlet.',
    text=("How major stock indexes fared Tuesday. The Dow Jones industrial average won back the last of the ground it held before the "
          "worst of the Great Recession: it closed above 13,000 Tuesday for the first time since May 19, 2008, almost four months before "
          "the fall of Lehman Brothers. The Dow Jones industrial average rose 23.61, or 0.2 percent, to close at 13,005.12. The Standard & "
          "Poor's 500 index rose 4.59, or 0.3 percent, to 1,372.18. The Nasdaq composite rose 20.60, or 0.7 percent, to 2,986.76. For the "
          "week so far: The Dow is up 22.17, or 0.2 percent. The S&P 500 is up 6.44 percent, or 0.5 percent. The Nasdaq is up 381.61, or "
          "0.8 percent. For the year so far: The Dow is up 787.56 points, or 6.5 percent. The S&P 500 is up 114.58 points, or 9.1 "
          "percent. The Nasdaq is up 381.61 points, or 14.7 percent."),
    claims=[
        C('DJI', 'above_level_first_time_since', '2008-05-19', 'for the first time since May 19, 2008', '2012-02-28',
          "last_close_cross('DJI','2012-02-28',13000,'above')", V=S),
    ] + day('DJI', '2012-02-28', 23.61, 0.2, 13005.12, 'rose 23.61', '23.61, or 0.2 percent', '13,005.12')
      + day('SPX', '2012-02-28', 4.59, 0.3, 1372.18, 'rose 4.59', '0.3 percent', '1,372.18')
      + day('IXIC', '2012-02-28', 20.60, 0.7, 2986.76, 'rose 20.60', '0.7 percent', '2,986.76') + [
        C('DJI', 'wtd_point_change', 22.17, 'up 22.17', '2012-02-28', "period_pts('DJI','2012-02-28','W')", kind='pts', win='WTD'),
        C('DJI', 'wtd_pct_change', 0.2, '22.17, or 0.2 percent', '2012-02-28', "period_pct('DJI','2012-02-28','W')", kind='pct', win='WTD'),
        C('SPX', 'wtd_pct_change', 6.44, 'up 6.44 percent', '2012-02-28', "period_pct('SPX','2012-02-28','W')", V=CON, win='WTD',
          rule='off by far more than the imprecise band',
          note='The S&P 500 was up 6.44 points (+0.47%) for the week; "6.44 percent" labels the point gain as a percent.'),
        C('SPX', 'wtd_pct_change', 0.5, '6.44 percent, or 0.5 percent', '2012-02-28', "period_pct('SPX','2012-02-28','W')", kind='pct', win='WTD'),
        C('IXIC', 'wtd_point_change', 381.61, 'up 381.61, or 0.8 percent', '2012-02-28', "period_pts('IXIC','2012-02-28','W')", kind='pts', win='WTD',
          note='Nasdaq up 23.01 points for the week; 381.61 is its year-to-date gain, repeated by mistake.'),
        C('IXIC', 'wtd_pct_change', 0.8, '381.61, or 0.8 percent', '2012-02-28', "period_pct('IXIC','2012-02-28','W')", kind='pct', win='WTD'),
        C('DJI', 'ytd_point_change', 787.56, 'up 787.56 points', '2012-02-28', "period_pts('DJI','2012-02-28','Y')", kind='pts', win='YTD'),
        C('DJI', 'ytd_pct_change', 6.5, '6.5 percent', '2012-02-28', "period_pct('DJI','2012-02-28','Y')", kind='pct', win='YTD'),
        C('SPX', 'ytd_point_change', 114.58, 'up 114.58 points', '2012-02-28', "period_pts('SPX','2012-02-28','Y')", kind='pts', win='YTD'),
        C('SPX', 'ytd_pct_change', 9.1, '9.1 percent', '2012-02-28', "period_pct('SPX','2012-02-28','Y')", kind='pct', win='YTD'),
        C('IXIC', 'ytd_point_change', 381.61, 'up 381.61 points', '2012-02-28', "period_pts('IXIC','2012-02-28','Y')", kind='pts', win='YTD'),
        C('IXIC', 'ytd_pct_change', 14.7, '14.7 percent', '2012-02-28', "period_pct('IXIC','2012-02-28','Y')", kind='pct', win='YTD'),
    ]))
