"""Build passages.jsonl, key.jsonl and recipes.json of this corpus (heldout41c: markets in turmoil, 1998-2012).

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

LVL = 'index level off by more than the tolerance but within 1%: imprecise'
PTSI = 'point change off by more than the tolerance but within 20%: imprecise'
TRUNC = 'truncated figure: imprecise'
XRANK = 'wrong record, rank or ordering: contradicted'
XDATE = 'wrong date: contradicted'
CAL = 'calendar: weekday or session matches the files'
CAVEAT = 'supported with a caveat: the files decide it (no earlier move could have been as large)'
PRE92 = 'needs Dow history before 1992 (or other history not in the files): unverifiable'
NEARLY2 = 'nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit'

# ---------------------------------------------------------------- 1 (1998, LTCM)
add('baltimoresun_19980925_ltcm_near_failure_selloff', 'articles.baltimoresun.com',
    'http://articles.baltimoresun.com/1998-09-25/business/1998268013_1_composite-index-stock-exchange-hedge-fund',
    'Bloomberg News (in The Baltimore Sun)', '1998-09-25', 'exact',
    'Dated "September 25, 1998" in the byline and in the URL (a Friday); the figures are the close of Thursday 1998-09-24, the day the Long-Term Capital Management rescue became public knowledge. The page excerpt ends after the volume line; company share prices, the Wilshire 5000, S&P 400, Amex and Sun-Bloomberg Maryland index lines and the breadth and volume lines are left out.',
    "Hedge fund near-failure sends stocks plummeting; Dow closes down 152.42 (Bloomberg News, in The Baltimore Sun, September 25, 1998). NEW YORK -- U.S. stocks fell after the near-collapse of hedge fund Long-Term Capital Management LP raised concern about the health of the financial system, "
    "with J. P. Morgan & Co. and other banks that lend money to hedge funds leading the decline. The Dow Jones industrial average fell 152.42, or 1.9 percent, to 8,001.99. The average's three financial stocks -- J. P. Morgan, American Express Co. and Travelers Group Inc. -- "
    "accounted for almost one-third of the Dow's loss. The Standard & Poor's 500 index dropped 23.37, or 2.2 percent, to 1,042.72, its first decline in a week. The Nasdaq composite index sank 39.93, or 2.3 percent, to 1,720.34. Among other broad indexes, the Russell 2,000 index of small "
    "capitalization stocks lost 5.75 to 370.26. Banks tumbled after UBS AG warned of a third-quarter loss tied to emerging markets and to its exposure to Long-Term Capital.",
    [
        C('DJI', 'day_change_pts', -152.42, 'points', 'fell 152.42, or 1.9 percent', "day_pts('DJI','1998-09-24')", S, D2, 'The Dow fell 152.42 points on 1998-09-24 (8,154.41 to 8,001.99).', ref='1998-09-24'),
        C('DJI', 'day_change_pct', -1.9, 'percent', '1.9 percent', "day_pct('DJI','1998-09-24')", S, D1, '-1.87% at the close.', ref='1998-09-24'),
        C('DJI', 'level', 8001.99, 'index points', 'to 8,001.99', "close('DJI','1998-09-24')", S, D2, 'Close 8,001.99.', ref='1998-09-24'),
        C('DJI_COMPONENTS', 'share_of_loss', 'almost one-third', 'fraction', "almost one-third of the Dow's loss", None, U, NOFILE, 'Dow component prices are not in the files.', ref='1998-09-24'),
        C('SPX', 'day_change_pts', -23.37, 'points', 'dropped 23.37', "day_pts('SPX','1998-09-24')", S, D2, 'The S&P 500 fell 23.37 points (1,066.09 to 1,042.72).', ref='1998-09-24'),
        C('SPX', 'day_change_pct', -2.2, 'percent', '2.2 percent', "day_pct('SPX','1998-09-24')", S, D1, '-2.19% at the close.', ref='1998-09-24'),
        C('SPX', 'level', 1042.72, 'index points', 'to 1,042.72', "close('SPX','1998-09-24')", S, D2, 'Close 1,042.72.', ref='1998-09-24'),
        C('SPX', 'first_decline_since', 'a week', 'period', 'its first decline in a week', "[day_pct('SPX',d) for d in ('1998-09-17','1998-09-18','1998-09-21','1998-09-22','1998-09-23','1998-09-24')]", S, 'streaks and counts use daily closes',
          'The S&P 500 had last fallen on Thursday 1998-09-17 (-2.55%) and rose on the four sessions from 09-18 to 09-23; 09-24 was its first decline in a week.', ref='1998-09-24', window='1998-09-17..1998-09-24'),
        C('IXIC', 'day_change_pts', -39.93, 'points', 'sank 39.93', "day_pts('IXIC','1998-09-24')", S, D2, 'The Nasdaq fell 39.93 points (1,760.27 to 1,720.34).', ref='1998-09-24'),
        C('IXIC', 'day_change_pct', -2.3, 'percent', '2.3 percent', "day_pct('IXIC','1998-09-24')", S, D1, '-2.27% at the close.', ref='1998-09-24'),
        C('IXIC', 'level', 1720.34, 'index points', 'to 1,720.34', "close('IXIC','1998-09-24')", S, D2, 'Close 1,720.34.', ref='1998-09-24'),
        C('RUT', 'day_change_pts', -5.75, 'points', 'lost 5.75', "day_pts('RUT','1998-09-24')", S, D2, 'The Russell 2000 fell 5.75 points (376.00 to 370.25).', ref='1998-09-24'),
        C('RUT', 'level', 370.26, 'index points', 'to 370.26', "close('RUT','1998-09-24')", S, D2, 'Close 370.25 in the file, 0.01 from the figure.', ref='1998-09-24'),
    ])

# ---------------------------------------------------------------- 2 (1998-08-31)
add('bbc_19980831_dow_plunge_512_points', 'news.bbc.co.uk', 'http://news.bbc.co.uk/2/hi/business/162099.stm', 'BBC News Online', '1998-08-31', 'exact',
    'Dated "Monday, August 31, 1998 Published at 20:55 GMT" on the page, after the New York close of that Monday. "Last week" is the week of 1998-08-24 to 08-28 (Friday 1998-08-21 close to Friday 08-28 close). The video captions and the quotes after the Rubin sentence are left out.',
    "US shares plunge: Dow plunge puts world markets on the brink (BBC News Online, Monday, August 31, 1998, published at 20:55 GMT). World share markets are teetering on the edge following a near-record 500-point plunge on Wall Street late on Monday. The Dow Jones index lost 512 points on the day, to drop below the "
    "8,000 level, finishing at 7539.1. The one-day fall is a loss of more than 6% and larger than its 483-point decline over the whole of last week. Much of New York's plunge happened after most other world markets had closed, setting the scene for a nervous start for European and Asian bourses on Tuesday. "
    "The Dow Jones index has now fallen 19.2% since its high of 9337 on July 17, erasing all of its 17% gain over 1998. Responding to the fall, the US Treasury Secretary, Robert Rubin, said the world was going through a difficult period, but the United States economy was in good shape to cope with it.",
    [
        C('DJI', 'point_drop_rank', 'near-record', 'rank', 'a near-record 500-point plunge', "[move_rank('DJI','1998-08-31','pts','drop'), top_moves('DJI','1998-08-31',2,'pts','drop')]", S, CAVEAT,
          'The 512.61-point fall was the second-largest point drop in the file, behind 554.20 on 1997-10-27 (554.26 officially); no Dow fall before 1992 was larger than 508 points, so "near-record" holds.', ref='1998-08-31'),
        C('DJI', 'day_change_pts', -512, 'points', 'lost 512 points on the day', "day_pts('DJI','1998-08-31')", I, TRUNC, 'The Dow fell 512.61 points; "512" truncates a figure that rounds to 513.', ref='1998-08-31'),
        C('DJI', 'crossed_below', 8000, 'index points', 'to drop below the 8,000 level', "[close('DJI','1998-08-28'), close('DJI','1998-08-31')]", S, 'threshold crossing matches', 'From 8,051.68 on Friday 1998-08-28 to 7,539.07.', ref='1998-08-31'),
        C('DJI', 'level', 7539.1, 'index points', 'finishing at 7539.1', "close('DJI','1998-08-31')", S, D1, 'Close 7,539.07.', ref='1998-08-31'),
        C('DJI', 'day_change_pct', -6, 'percent', 'a loss of more than 6%', "day_pct('DJI','1998-08-31')", S, MORE, '-6.37% at the close.', q='more than', ref='1998-08-31'),
        C('DJI', 'week_change_pts', -483, 'points', 'its 483-point decline over the whole of last week', "week_pts('DJI','1998-08-28')", I, PTSI,
          'Friday 1998-08-21 close 8,533.65 to Friday 08-28 close 8,051.68: -481.97 points, 1.03 from the figure (more than the 0.5 of an integer, within 20%).', ref='1998-08-28', window='1998-08-21..1998-08-28'),
        C('DJI', 'day_vs_week', 'larger', 'comparison', 'larger than its', "[day_pts('DJI','1998-08-31'), week_pts('DJI','1998-08-28')]", S, 'comparison matches', "Monday's 512.61-point fall exceeds the previous week's 481.97-point decline.", ref='1998-08-31'),
        C('DJI', 'pct_below_record', 19.2, 'percent', 'fallen 19.2% since its high', "pct_below_record('DJI','1998-08-31')", S, D1, '7,539.07 is 19.26% below the record close of 9,337.97.', ref='1998-08-31'),
        C('DJI', 'record_close', 9337, 'index points', 'its high of 9337', "record_close_upto('DJI','1998-08-31')", I, TRUNC, 'The record close was 9,337.97; "9337" truncates it (it rounds to 9,338), within 1%.', ref='1998-07-17'),
        C('DJI', 'record_date', '1998-07-17', 'date', 'on July 17', "argmax_close('DJI','1992-01-02','1998-08-31')", S, DATE, 'The record close was set on 1998-07-17.', ref='1998-07-17'),
        C('DJI', 'ytd_at_peak', 17, 'percent', 'its 17% gain over 1998', "[ytd('DJI','1998-07-17'), close('DJI','1997-12-31')]", I, PCTI,
          'At the 1998-07-17 record the Dow was up 18.08% for the year (from 7,908.30 in the file): 1.08 points above the figure, outside the integer tolerance and within 2 pp.', ref='1998-07-17', window='1997-12-31..1998-07-17'),
        C('DJI', 'ytd', 'all gains erased', 'flag', 'erasing all of its', "ytd('DJI','1998-08-31')", S, 'sign matches', 'The Dow was down 4.67% for 1998 at the 1998-08-31 close.', ref='1998-08-31'),
    ])

# ---------------------------------------------------------------- 3 (1998-09-30)
add('independent_19980930_wall_st_dives_as_fears_grow', 'independent.co.uk', 'https://independent.co.uk/news/business/wall-st-dives-as-fears-grow-1175463.html', 'The Independent (Andrew Marshall)', '1998-09-30', 'exact',
    'Dated "Wednesday 30 September 1998 23:02 BST" on the page, two hours after the New York close; the piece was written for the print edition of Thursday 1 October, so "yesterday" is the session of Wednesday 1998-09-30 (on Tuesday 09-29 the Dow fell only 28.32 points). "On Tuesday" is the Fed decision of 1998-09-29. A sentence on Chase Manhattan\'s hedge-fund exposure is left out.',
    "Wall St dives as fears grow (The Independent, Andrew Marshall, Wednesday 30 September 1998 23:02 BST). WALL STREET plunged yesterday, as fears of another hedge fund collapse and continuing concern about the world economy took investors out of stocks and into bonds. The Dow Jones Industrial Average fell 237.90, "
    "or 2.9 per cent, to 7,842.62. That put it at its lowest for three weeks, and 16 per cent down from the record level of July 17. The collapse in equities helped bonds, and the yield on the 30-year Treasury Bond was down to 5.00 per cent, the lowest since the bonds were first issued 20 years ago. "
    "Financial services stocks led the market down, as concern continued that more banks may suffer hits from the collapse of Long-Term Capital Management, or that another hedge fund is about to fold. The market was discomfited by the decision of the Federal Reserve to lower interest rates by a quarter of a "
    "percentage point on Tuesday, when many had expected it to go further. Banks were slowly adjusting their prime rates by a similar measure yesterday. US stock funds suffered their first net outflow in August for eight months, according to statistics released yesterday.",
    [
        C('DJI', 'day_change_pts', -237.90, 'points', 'fell 237.90', "day_pts('DJI','1998-09-30')", S, D2, 'The Dow fell 237.90 points on 1998-09-30 (8,080.52 to 7,842.62).', ref='1998-09-30'),
        C('DJI', 'day_change_pct', -2.9, 'percent', '2.9 per cent', "day_pct('DJI','1998-09-30')", S, D1, '-2.94% at the close.', ref='1998-09-30'),
        C('DJI', 'level', 7842.62, 'index points', 'to 7,842.62', "close('DJI','1998-09-30')", S, D2, 'Close 7,842.62.', ref='1998-09-30'),
        C('DJI', 'lowest_since', 'three weeks', 'period', 'its lowest for three weeks', "last_close_at_or_below_value('DJI','1998-09-30')", S, SINCE,
          'The last close at or below 7,842.62 was on 1998-09-11, 19 days (13 sessions) earlier: about three weeks.', ref='1998-09-30'),
        C('DJI', 'pct_below_record', 16, 'percent', '16 per cent down from the record level', "pct_below_record('DJI','1998-09-30')", S, INT, '16.01% below the record close of 9,337.97.', ref='1998-09-30'),
        C('DJI', 'record_date', '1998-07-17', 'date', 'of July 17', "record_close_upto('DJI','1998-09-30')", S, DATE, 'The record close (9,337.97) was set on 1998-07-17.', ref='1998-07-17'),
        C('US30Y', 'yield', 5.00, 'percent', 'was down to 5.00 per cent', None, U, NOFILE, 'The 30-year Treasury yield is not in the files.', ref='1998-09-30'),
        C('US30Y', 'lowest_since', 'first issued 20 years ago', 'period', 'the lowest since the bonds were first issued 20 years ago', None, U, NOFILE, 'The 30-year yield and its history are not in the files.', ref='1998-09-30'),
        C('FEDFUNDS', 'cut', -0.25, 'percentage points', 'a quarter of a percentage point on Tuesday', "[dfedtar_changes('1998-09-01','1998-09-30'), weekday('1998-09-29')]", S, FED,
          'The target fell from 5.50% to 5.25% on Tuesday 1998-09-29, the FOMC decision day.', ref='1998-09-29'),
        C('PRIME_RATE', 'cut', 'similar measure', 'percentage points', 'adjusting their prime rates by a similar measure', None, U, NOFILE, 'Bank prime rates are not in the files.', ref='1998-09-30'),
        C('FUND_FLOWS', 'first_outflow_since', 'eight months', 'period', 'their first net outflow in August for eight months', None, U, NOFILE, 'Fund-flow data are not in the files.', ref='1998-08-31'),
    ])

# ---------------------------------------------------------------- 4 (1998-10-15)
add('cbsnews_19981015_wall_street_cheers_rate_cut', 'cbsnews.com', 'https://cbsnews.com/news/wall-street-cheers-rate-cut', 'CBS News', '1998-10-15', 'high',
    'The page shows no date. The text describes the Thursday on which the Fed cut rates between meetings at 3:15 p.m., before a Nov. 17 meeting: Thursday 1998-10-15 (unscheduled action in FOMC_meetings.csv). Its Dow figures (331.35 points, 8,300.13) are early figures; the file has the official 330.58 and 8,299.36. A sentence on the 30-year bond is left out; the page breaks off in the list of market indicators and the passage stops there.',
    "Wall Street Cheers Rate Cut (CBS News). The Federal Reserve's move to cut key short-term interest rates Thursday afternoon took Wall Street by surprise, sending U.S. stocks into orbit. \"It's a big surprise,\" said Robert Brusca, an economist at Nikko Securities. The Dow Jones Industrial Average soared "
    "331.35 points, or 4.2 percent, to 8,300.13. It was the third-largest point gain ever for the index and the first close above 8,300 since Aug. 26. At 3:15 p.m. EDT, the Federal Reserve said it had cut the federal funds rate and the discount rate by a quarter percentage point each; the move lowers the "
    "federal funds rate to 5 percent and the discount rate to 4.75 percent. It is unusual for the central bank to make a rate move between meetings of its policy-setting Federal Open Market Committee. The last time it did so was in April 1994. But over the past week, speculation had become rampant that the "
    "Fed might cut rates in advance of its next policy meeting Nov. 17. In part, this contributed to the rally in U.S. stocks since Oct. 8's low. Earlier Thursday, stocks rallied "
    "before the Fed's announcement, with the Dow up 93.78 points just before the news. In Thursday's market indicators, the Standard & Poor's 500 Index shot up 4.2 percent.",
    [
        C('CALENDAR', 'weekday', 'Thursday', 'weekday', 'Thursday afternoon', "[weekday('1998-10-15'), fomc_unscheduled('1998-10-01','1998-10-31')]", S, CAL, 'The unscheduled cut of 1998-10-15 fell on a Thursday.', ref='1998-10-15'),
        C('DJI', 'day_change_pts', 331.35, 'points', '331.35 points', "day_pts('DJI','1998-10-15')", I, PTSI, 'The official gain was 330.58 points (7,968.78 to 8,299.36); 331.35 is 0.77 point off, an early figure.', ref='1998-10-15'),
        C('DJI', 'day_change_pct', 4.2, 'percent', 'or 4.2 percent, to 8,300.13', "day_pct('DJI','1998-10-15')", S, D1, '+4.15% at the close.', ref='1998-10-15'),
        C('DJI', 'level', 8300.13, 'index points', 'to 8,300.13', "close('DJI','1998-10-15')", I, LVL, 'The official close was 8,299.36, 0.77 point below the figure.', ref='1998-10-15'),
        C('DJI', 'point_gain_rank', 3, 'rank', 'the third-largest point gain ever', "[move_rank('DJI','1998-10-15','pts','gain'), top_moves('DJI','1998-10-15',3,'pts','gain')]", S, CAVEAT,
          'Behind +380.53 on 1998-09-08 and +337.10 (337.17 officially) on 1997-10-28; no Dow gain before 1992 came near 330 points.', ref='1998-10-15'),
        C('DJI', 'first_close_above_since', ['8300', '1998-08-26'], 'level and date', 'the first close above 8,300 since Aug. 26', "[close('DJI','1998-10-15'), last_close_at_or_above('DJI',8300,'1998-10-14'), first_close_at_or_above('DJI',8300,'1998-08-27')]", X, XRANK,
          'The official close, 8,299.36, was 0.64 point below 8,300, so 1998-10-15 was not a close above 8,300; the first one after 1998-08-26 (8,523.35) came on 1998-10-16 (8,416.76). The claim holds only for the early figure 8,300.13.', ref='1998-10-15'),
        C('FEDFUNDS', 'target', 5.0, 'percent', 'lowers the federal funds rate to 5 percent', "[dfedtar_changes('1998-10-01','1998-10-31'), fomc_unscheduled('1998-10-01','1998-10-31')]", S, FED,
          'DFEDTAR fell from 5.25% to 5.00% on 1998-10-15, an unscheduled action; a quarter-point cut.', ref='1998-10-15'),
        C('DISCOUNT_RATE', 'level', 4.75, 'percent', 'the discount rate to 4.75 percent', None, U, NOFILE, 'The discount rate is not in the files.', ref='1998-10-15'),
        C('FEDFUNDS', 'last_intermeeting_move', '1994-04', 'month', 'The last time it did so was in April 1994', "[fomc_unscheduled('1994-01-01','1998-10-14'), fomc_unscheduled('1994-04-19','1998-10-14')]", S, FED,
          'The previous unscheduled action in FOMC_meetings.csv is 1994-04-18; there is none between it and 1998-10-15.', ref='1994-04-18'),
        C('FEDFUNDS', 'next_meeting', '1998-11-17', 'date', 'its next policy meeting Nov. 17', "fomc_meetings('1998-10-16','1998-12-31')", S, FED, 'The next scheduled meeting was 1998-11-17.', ref='1998-11-17'),
        C('DJI', 'rally_since_low', '1998-10-08', 'date', "the rally in U.S. stocks since Oct. 8's low", "[max_high('DJI','1998-10-08','1998-10-08'), min_low('DJI','1998-09-02','1998-10-14'), min_low('SPX','1998-01-02','1998-10-14'), low('SPX','1998-10-08'), pct('DJI','1998-10-08','1998-10-15')]", S, 'date matches',
          'The intraday lows of 1998-10-08 (Dow 7,467.49, S&P 500 923.32) were the lowest since 1998-09-01 for the Dow and the lowest of 1998 for the S&P 500; from the Oct. 8 close to the Oct. 15 close the Dow rose 7.34%.', ref='1998-10-08', window='1998-10-08..1998-10-15'),
        C('DJI', 'intraday_change_pts', 93.78, 'points', 'the Dow up 93.78 points just before the news', "session_range_pts('DJI','1998-10-15')", U, MID,
          'A 3:15 p.m. figure; the session ran from -48.66 to +378.98 points, and +93.78 lies inside it.', ref='1998-10-15', basis='just before 3:15 p.m.'),
        C('SPX', 'day_change_pct', 4.2, 'percent', 'shot up 4.2 percent', "day_pct('SPX','1998-10-15')", S, D1, '+4.17% at the close.', ref='1998-10-15'),
    ])

# ---------------------------------------------------------------- 5 (2000-04-14, retrospective 2020)
add('crossingwallstreet_20200414_twenty_years_after_nasdaq_cracked', 'crossingwallstreet.com', 'https://crossingwallstreet.com/?p=54661', 'Crossing Wall Street (Eddy Elfenbein), quoting CNN', '2020-04-14', 'high',
    'The post opens "Twenty years ago today, the Nasdaq plunged ... on April 14": written on Tuesday 2020-04-14 (its last lines describe that morning). The quoted CNN story is about Friday 2000-04-14 and the week from the Friday 2000-04-07 close; its Nasdaq, Dow and S&P 500 figures (355.61, 3,321.17, 616.23, 10,307.32, 83.20, 1,357.31) are early closing figures, the file has the official ones. Two sentences of the quote (circuit breakers, the bear-market rule) and a closing line on when the Nasdaq bottomed are left out.',
    "Twenty Years After the Nasdaq Cracked (Crossing Wall Street). Twenty years ago today, the Nasdaq plunged. It had already backed off its peak, but on April 14, the selling became intense. From CNN: U.S. stocks plummeted Friday, capping off five days of stunning losses that handed the Nasdaq composite index its worst "
    "weekly performance of all time and the Dow Jones industrial average its steepest one-session point loss in history. The sell-off gave the Nasdaq its biggest point loss of all time, topping the last No. 1 plunge set just five days ago. But the statistical standout could be this: the Nasdaq fell more than 25 "
    "percent this week, trouncing the 19 percent fall that began Oct. 21, 1987, Black Monday. Friday's plunge came after the government said prices at the consumer level showed surprising strength last month, triggering fears that the Federal Reserve may raise interest rates more aggressively. The Nasdaq composite "
    "index shed 355.61 points, or over 9 percent, to 3,321.17. At one point during the trading session, the Nasdaq was down 411 points. The index is now off more than 34 percent from its record high set March 10. Meanwhile, the Dow skidded 616.23 points to 10,307.32, off over 5 percent, but an improvement from "
    "its 722-point drop in the last hour of trading. The broader S&P 500 index fell 83.20 to 1,357.31. The good news for us is that the stock market is rebounding today. The S&P 500 is on pace for its highest close in a month.",
    [
        C('IXIC', 'down_streak', 5, 'sessions', 'capping off five days of stunning losses', "down_streak('IXIC','2000-04-14')", S, STREAK, 'The Nasdaq fell on each of the five sessions 2000-04-10 to 04-14.', ref='2000-04-14'),
        C('IXIC', 'worst_week_rank', 1, 'rank', 'its worst weekly performance of all time', "[week_return('IXIC','2000-04-14'), week_rank('IXIC','2000-04-14')]", S, RANK, 'The week to 2000-04-14 (-25.30%) is the worst Friday-to-Friday week in the file, which starts in 1971.', ref='2000-04-14', window='2000-04-07..2000-04-14'),
        C('DJI', 'point_drop_rank', 1, 'rank', 'its steepest one-session point loss in history', "[move_rank('DJI','2000-04-14','pts','drop'), top_moves('DJI','2000-04-13',1,'pts','drop')]", S, CAVEAT,
          'The 617.78-point fall beat the 1997-10-27 record (554.20 in the file, 554.26 officially); no Dow fall before 1992 exceeded 508 points.', ref='2000-04-14'),
        C('IXIC', 'point_drop_rank', 1, 'rank', 'its biggest point loss of all time', "[move_rank('IXIC','2000-04-14','pts','drop'), top_moves('IXIC','2000-04-13',1,'pts','drop')]", S, RANK, 'The 355.49-point fall is the largest in the file; the previous record was 349.15 on 2000-04-03.', ref='2000-04-14'),
        C('IXIC', 'previous_record_date', 'five days ago', 'period', 'the last No. 1 plunge set just five days ago', "[top_moves('IXIC','2000-04-13',1,'pts','drop'), count_sessions('IXIC','2000-04-03','2000-04-14'), days_between('2000-04-03','2000-04-14')]", X, XDATE,
          'The previous record point loss (-349.15) was set on 2000-04-03, nine sessions and eleven days before; nothing set a record five days earlier (2000-04-10 was -258.25).', ref='2000-04-03'),
        C('IXIC', 'week_change_pct', -25, 'percent', 'the Nasdaq fell more than 25 percent this week', "week_return('IXIC','2000-04-14')", S, MORE, 'From 4,446.45 on 2000-04-07 to 3,321.29: -25.30%.', q='more than', ref='2000-04-14', window='2000-04-07..2000-04-14'),
        C('IXIC', 'week_change_pct_1987', -19, 'percent', 'the 19 percent fall', "[week_return('IXIC','1987-10-23'), week_rank('IXIC','1987-10-23',None)]", S, INT, 'The Nasdaq fell 19.15% in the week to Friday 1987-10-23, Black Monday week.', ref='1987-10-23', window='1987-10-16..1987-10-23'),
        C('CALENDAR', 'black_monday_date', '1987-10-21', 'date', 'began Oct. 21, 1987, Black Monday', "[weekday('1987-10-19'), day_pct('IXIC','1987-10-19'), weekday('1987-10-21'), day_pct('IXIC','1987-10-21')]", X, XDATE,
          'Black Monday was 1987-10-19 (IXIC -11.35%); 1987-10-21 was a Wednesday on which the Nasdaq rose 7.35%, and the 19% weekly fall ran from the 1987-10-16 close.', ref='1987-10-19'),
        C('IXIC', 'day_change_pts', -355.61, 'points', 'shed 355.61 points', "day_pts('IXIC','2000-04-14')", I, PTSI, 'The official fall was 355.49 points; 355.61 is 0.12 off, an early figure.', ref='2000-04-14'),
        C('IXIC', 'day_change_pct', -9, 'percent', 'or over 9 percent', "day_pct('IXIC','2000-04-14')", S, MORE, '-9.67% at the close.', q='more than', ref='2000-04-14'),
        C('IXIC', 'level', 3321.17, 'index points', 'to 3,321.17', "close('IXIC','2000-04-14')", I, LVL, 'The official close was 3,321.29, 0.12 above the figure.', ref='2000-04-14'),
        C('IXIC', 'intraday_low_pts', -411, 'points', 'the Nasdaq was down 411 points', "session_range_pts('IXIC','2000-04-14')", S, 'session extreme matches',
          'The session low (3,265.98) was 410.80 points below the previous close: the extreme rounds to 411.', ref='2000-04-14', basis='intraday low'),
        C('IXIC', 'pct_below_record', 34, 'percent', 'off more than 34 percent from its record high set March 10', "[pct_below_record('IXIC','2000-04-14'), record_close_upto('IXIC','2000-04-14')]", S, MORE,
          '3,321.29 is 34.21% below the 2000-03-10 record close of 5,048.62.', q='more than', ref='2000-04-14'),
        C('DJI', 'day_change_pts', -616.23, 'points', 'skidded 616.23 points', "day_pts('DJI','2000-04-14')", I, PTSI, 'The official fall was 617.78 points; 616.23 is an early figure, 1.55 off.', ref='2000-04-14'),
        C('DJI', 'level', 10307.32, 'index points', 'to 10,307.32', "close('DJI','2000-04-14')", I, LVL, 'The official close was 10,305.77, 1.55 below the figure.', ref='2000-04-14'),
        C('DJI', 'day_change_pct', -5, 'percent', 'off over 5 percent', "day_pct('DJI','2000-04-14')", S, MORE, '-5.66% at the close.', q='more than', ref='2000-04-14'),
        C('DJI', 'intraday_low_pts', -722, 'points', 'its 722-point drop in the last hour of trading', "session_range_pts('DJI','2000-04-14')", S, 'session extreme matches',
          'The session low (10,201.53) was 722.02 points below the previous close; the files do not say when it was reached.', ref='2000-04-14', basis='intraday low'),
        C('SPX', 'day_change_pts', -83.20, 'points', 'fell 83.20', "day_pts('SPX','2000-04-14')", I, PTSI, 'The official fall was 83.95 points; 83.20 is an early figure.', ref='2000-04-14'),
        C('SPX', 'level', 1357.31, 'index points', 'to 1,357.31', "close('SPX','2000-04-14')", I, LVL, 'The official close was 1,356.56, 0.75 below the figure.', ref='2000-04-14'),
        C('SPX', 'highest_close_since', 'a month', 'period', 'on pace for its highest close in a month', "[close('SPX','2020-04-14'), last_close_at_or_above_value('SPX','2020-04-14')]", N, ONPACE,
          'A mid-session "on pace" statement. At the close (2,846.06) the S&P 500 was at its highest since 2020-03-10, about a month earlier.', ref='2020-04-14', basis='midday'),
    ])

# ---------------------------------------------------------------- 6 (2000 year end)
add('albawaba_20001231_nasdaq_worst_year_ever', 'albawaba.me', 'https://www.albawaba.me/business/nasdaq-turns-its-worst-performance-ever', 'Al Bawaba (AFP wire)', '2000-12-31', 'exact',
    'Dated "December 31st, 2000 - 02:00 GMT" on the page, a Sunday; the year ended with the session of Friday 2000-12-29. Other share-price examples (Amazon, eBay, Priceline) are left out.',
    "Nasdaq turns in its worst performance ever (Al Bawaba, December 31st, 2000). The Nasdaq electronic exchange, dominated by high-tech and Internet issues, has just turned in the worst annual performance of its 30-year history, declining 39.3 percent over 12 months as the \"new economy\" bubble exploded. "
    "Once seen as the most promising US financial market, capable of transforming youthful investors and risk-takers into instant millionaires, the Nasdaq finished the year at 2,470.52 points, down from 4,069.31 on December 31, 1999. After having gained 85.6 percent in 1999, Nasdaq powered ahead in the first "
    "months of 2000, soaring to a record 5,048.62 on March 10. The bubble finally burst in April 2000, setting off a steady slide that by the end of the year had produced a spate of company failures as the US economy ran out of steam. Investors who jumped in last March when the Nasdaq was riding high found "
    "themselves saddled with portfolios that had lost half their value. Shares of Yahoo for example were worth no more than $30 at close of trade Friday, December 29, after having surged to $250 on January 4.",
    [
        C('IXIC', 'worst_year_rank', 1, 'rank', 'the worst annual performance of its 30-year history', "[year_return('IXIC',2000), year_rank('IXIC',2000,1972), last_year_as_bad('IXIC',1974,1972)]", S, RANK,
          '-39.29% in 2000 is the worst calendar year in the file (1972-2000; the next worst was 1974, -35.11%).', ref='2000-12-29'),
        C('IXIC', 'history_years', 30, 'years', 'its 30-year history', "ds(ser('IXIC').index[0])", S, 'date matches', 'The Composite starts on 1971-02-05 (base 100): 2000 is its 30th calendar year.', ref='2000-12-29'),
        C('IXIC', 'year_change_pct', -39.3, 'percent', 'declining 39.3 percent', "year_return('IXIC',2000)", S, D1, '4,069.31 to 2,470.52: -39.29%.', ref='2000-12-29', window='1999-12-31..2000-12-29'),
        C('IXIC', 'level', 2470.52, 'index points', 'finished the year at 2,470.52 points', "close('IXIC','2000-12-29')", S, D2, 'Close on 2000-12-29, the last session of 2000.', ref='2000-12-29'),
        C('IXIC', 'level_prev_year_end', 4069.31, 'index points', 'down from 4,069.31 on December 31, 1999', "close('IXIC','1999-12-31')", S, D2, 'Close on Friday 1999-12-31.', ref='1999-12-31'),
        C('IXIC', 'year_change_pct_1999', 85.6, 'percent', 'gained 85.6 percent in 1999', "year_return('IXIC',1999)", S, D1, '+85.59% in 1999.', ref='1999-12-31'),
        C('IXIC', 'record_close', 5048.62, 'index points', 'soaring to a record 5,048.62', "record_close_upto('IXIC','2000-12-29')", S, D2, 'Record close 5,048.62.', ref='2000-03-10'),
        C('IXIC', 'record_date', '2000-03-10', 'date', 'on March 10', "argmax_close('IXIC','1971-02-05','2000-12-29')", S, DATE, 'Set on 2000-03-10.', ref='2000-03-10'),
        C('IXIC', 'slide_from_april', 'burst in April 2000', 'month', 'The bubble finally burst in April 2000', "[month_return('IXIC',2000,3), month_return('IXIC',2000,4), week_rank('IXIC','2000-04-14'), pct('IXIC','2000-03-31','2000-12-29')]", S, 'date matches',
          'After a -2.64% March, the Nasdaq fell 15.57% in April 2000, with the worst week in the file (to 04-14), and lost a further 45% from the end of March to the end of the year.', ref='2000-04-30'),
        C('IXIC', 'loss_since_march', 'half', 'fraction', 'portfolios that had lost half their value', "pct('IXIC','2000-03-10','2000-12-29')", U, 'portfolio figure, not an index figure: unverifiable',
          'Investor portfolios are not in the files; the Nasdaq itself fell 51.07% from the 2000-03-10 record close to 2000-12-29.', ref='2000-12-29'),
        C('CALENDAR', 'weekday', 'Friday', 'weekday', 'Friday, December 29', "[weekday('2000-12-29'), ds(ser('IXIC').loc[:'2000-12-31'].index[-1])]", S, CAL, '2000-12-29 was a Friday and the last session of 2000.', ref='2000-12-29'),
        C('YHOO', 'price', 30, 'dollars', 'no more than $30', None, U, NOFILE, 'Single-stock prices are not in the files.', q='at most', ref='2000-12-29'),
        C('YHOO', 'price_high', 250, 'dollars', 'surged to $250 on January 4', None, U, NOFILE, 'Single-stock prices are not in the files.', ref='2000-01-04'),
    ])

# ---------------------------------------------------------------- 7 (2001-03-12, early trading)
add('irishtimes_20010312_nasdaq_falls_below_2000', 'irishtimes.com', 'https://www.irishtimes.com/news/nasdaq-falls-below-2-000-in-tech-sell-off-1.377229', 'The Irish Times (wire report)', '2001-03-12', 'high',
    'The page shows no date. "Early morning trading today" after news of Cisco layoffs (announced Friday 2001-03-09), "record high of 5,048.62 a year ago", and 1,983.15 = the 2001-03-09 close (2,052.78) minus 69.63: the session is Monday 2001-03-12. The index figures are an early-trading snapshot and are judged against that session\'s range.',
    "Nasdaq falls below 2,000 in tech sell-off (The Irish Times). US technology stocks took a pounding in early morning trading today, driving the Nasdaq composite index below the 2,000 level for the first time in more than two years. The fall came after news of layoffs at computer networking giant Cisco "
    "Systems sent a shock wave through the market. \"There is certainly fear out there - fear and disappointment,\" said Mr Edgar Peters, chief investment officer at PanAgora Asset Management. The technology-laden Nasdaq, which rocketed to record high of 5,048.62 a year ago, crumbled 69.63 points, or 3.39 per cent, "
    "to 1,983.15. Roughly fourteen of the 25 most active Nasdaq stocks slammed to fresh 52-week lows. The Nasdaq now is down more than 60 per cent from its March 10th, 2000 record high as profit warnings mount in the flagging economy. That drop surpasses its drubbing of 59.9 per cent during the 1973-74 "
    "prolonged bear market. The last time the Nasdaq composite traded under the 2000 mark was December 16th, 1998, and the last time the once mighty index closed below 2000 was December 14th, 1998. Cisco dropped $1.75 to $18.74 in frenzied trading.",
    [
        C('IXIC', 'below_level_first_since', 'more than two years', 'period', 'below the 2,000 level for the first time in more than two years', "[session_range('IXIC','2001-03-12'), last_low_below('IXIC',2000,'2001-03-12')]", S, SINCE,
          'The 2001-03-12 session reached 1,922.78; the previous session with a low under 2,000 was 1998-12-16, two years and three months earlier.', ref='2001-03-12', basis='early trading'),
        C('IXIC', 'record_close', 5048.62, 'index points', 'record high of 5,048.62 a year ago', "record_close_upto('IXIC','2001-03-12')", S, D2, 'Record close 5,048.62 on 2000-03-10, a year and two days earlier.', ref='2000-03-10'),
        C('IXIC', 'intraday_change_pts', -69.63, 'points', 'crumbled 69.63 points', "session_range_pts('IXIC','2001-03-12')", U, MID, 'The session ran from -130.00 to -48.69 points (close -129.40); -69.63 lies inside the range.', ref='2001-03-12', basis='early trading'),
        C('IXIC', 'intraday_change_pct', -3.39, 'percent', '3.39 per cent', "session_range_pct('IXIC','2001-03-12')", U, MID, 'The session ran from -6.33% to -2.37% (close -6.30%).', ref='2001-03-12', basis='early trading'),
        C('IXIC', 'intraday_level', 1983.15, 'index points', 'to 1,983.15', "[session_range('IXIC','2001-03-12'), close('IXIC','2001-03-09'), arith('2052.78-69.63')]", U, MID, 'The session ran from 1,922.78 to 2,004.09; 1,983.15 lies inside it and equals the previous close minus 69.63.', ref='2001-03-12', basis='early trading'),
        C('NASDAQ_STOCKS', 'new_lows', '14 of 25', 'count', 'Roughly fourteen of the 25 most active Nasdaq stocks', None, U, NOFILE, 'Single-stock data are not in the files.', q='roughly', ref='2001-03-12'),
        C('IXIC', 'pct_below_record', 60, 'percent', 'down more than 60 per cent from its March 10th, 2000 record high', "[arith('100*(1-1983.15/5048.62)'), drawdown_range('IXIC','2001-03-12'), pct_below_record('IXIC','2001-03-12')]", S, MORE,
          'At the stated 1,983.15 the index was 60.72% below the record; it was 60.30% below at the session high and 61.90% below at the close, so the bound holds all session.', q='more than', ref='2001-03-12', basis='early trading'),
        C('IXIC', 'bear_market_1973_74', 59.9, 'percent', 'its drubbing of 59.9 per cent during the 1973-74', "max_drawdown_window('IXIC','1972-06-01','1974-12-31')", S, D1, 'From 136.84 on 1973-01-11 to 54.87 on 1974-10-03: -59.90%.', ref='1974-10-03', window='1973-01-11..1974-10-03'),
        C('IXIC', 'drop_vs_1973_74', 'surpasses', 'comparison', 'That drop surpasses', "[arith('100*(1-1983.15/5048.62)'), max_drawdown_window('IXIC','1972-06-01','1974-12-31')[4]]", S, 'comparison matches', '60.72% (and 61.90% at the close) against 59.90%.', ref='2001-03-12'),
        C('IXIC', 'last_traded_below', '1998-12-16', 'date', 'traded under the 2000 mark was December 16th, 1998', "last_low_below('IXIC',2000,'2001-03-12')", S, DATE, 'The last session before 2001-03-12 with a low under 2,000 was 1998-12-16.', ref='1998-12-16', basis='intraday low'),
        C('IXIC', 'last_closed_below', '1998-12-14', 'date', 'closed below 2000 was December 14th, 1998', "last_close_below('IXIC',2000,'2001-03-12')", S, DATE, 'The last close under 2,000 before 2001-03-12 was 1998-12-14.', ref='1998-12-14'),
        C('CSCO', 'intraday_change', -1.75, 'dollars', 'dropped $1.75 to $18.74', None, U, NOFILE, 'Single-stock prices are not in the files.', ref='2001-03-12', basis='early trading'),
    ])

# ---------------------------------------------------------------- 8 (9/11 retrospective, 2009)
add('cnbc_20090911_remembering_911_market_reopening', 'cnbc.com', 'https://www.cnbc.com/id/32796426', 'CNBC (By the Numbers)', '2009-09-11', 'high',
    'The page shows no date; the author drove past Manhattan "8 years ago today" and "the Dow closed yesterday at 9627": Friday 2009-09-11, with the 2009-09-10 close of 9,627.48. The sell-off figures are those of Monday 2001-09-17, the first session after 2001-09-10. "Since 2001" is read as the September 11 sessions of 2002-2008 before the piece.',
    "Remembering 9/11 (CNBC, By the Numbers). As I drove up the NJ Turnpike this morning, I could not help but look over at the Manhattan skyline and reflect on a similar drive 8 years ago today. For the markets, the Dow closed yesterday at 9627, almost exactly where it was on Sept. 10, 2001. In the days that followed, "
    "the markets were closed as the country mourned. When the markets reopened a week later there was an immediate sell off: the Dow closed down 684.81 points or 7.1% at 8920 on 9/17/01, its worst day since 10/27/1997 when it declined 7.2%; the S&P closed down 53.77 points or 4.92% at 1038.77 on 9/17/01, its "
    "worst day since 4/17/2001 when it declined 5.78%; the Nasdaq closed down 115.83 points or 6.83% at 1579.55 on 9/17/01, its worst day since 1/2/2001 when it declined 7.23%. As the nation rallied back, the markets recovered. Going back from the start of the Dow in 1896, 9/11 has historically been a down day for "
    "the index, but since 2001, September 11 has been on average an up day for the markets and all the major indices have outperformed their historical averages.",
    [
        C('DJI', 'level', 9627, 'index points', 'the Dow closed yesterday at 9627', "close('DJI','2009-09-10')", S, INT, 'Close 9,627.48 on 2009-09-10.', ref='2009-09-10'),
        C('DJI', 'vs_level_2001_09_10', 'almost exactly', 'comparison', 'almost exactly where it was on Sept. 10, 2001', "[close('DJI','2001-09-10'), pct('DJI','2001-09-10','2009-09-10')]", S, 'comparison matches', '9,605.51 on 2001-09-10: the 2009-09-10 close was 0.23% higher.', ref='2009-09-10'),
        C('DJI', 'day_change_pts', -684.81, 'points', 'the Dow closed down 684.81 points', "day_pts('DJI','2001-09-17')", S, D2, 'The Dow fell 684.81 points on 2001-09-17.', ref='2001-09-17'),
        C('DJI', 'day_change_pct', -7.1, 'percent', 'or 7.1% at 8920', "day_pct('DJI','2001-09-17')", S, D1, '-7.13% at the close.', ref='2001-09-17'),
        C('DJI', 'level', 8920, 'index points', 'at 8920 on 9/17/01', "close('DJI','2001-09-17')", I, TRUNC, 'The close was 8,920.70; "8920" truncates a figure that rounds to 8,921.', ref='2001-09-17'),
        C('DJI', 'worst_day_since', '1997-10-27', 'date', 'its worst day since 10/27/1997', "last_move_as_big('DJI','2001-09-17','pct','drop')", S, SINCE, 'The last larger percentage fall was -7.18% on 1997-10-27.', ref='2001-09-17'),
        C('DJI', 'day_change_pct_1997_10_27', -7.2, 'percent', 'when it declined 7.2%', "day_pct('DJI','1997-10-27')", S, D1, '-7.18% on 1997-10-27.', ref='1997-10-27'),
        C('SPX', 'day_change_pts', -53.77, 'points', 'the S&P closed down 53.77 points', "day_pts('SPX','2001-09-17')", S, D2, 'The S&P 500 fell 53.77 points on 2001-09-17.', ref='2001-09-17'),
        C('SPX', 'day_change_pct', -4.92, 'percent', 'or 4.92% at 1038.77', "day_pct('SPX','2001-09-17')", S, D2, '-4.92% at the close.', ref='2001-09-17'),
        C('SPX', 'level', 1038.77, 'index points', 'at 1038.77 on 9/17/01', "close('SPX','2001-09-17')", S, D2, 'Close 1,038.77.', ref='2001-09-17'),
        C('SPX', 'worst_day_since', '2001-04-17', 'date', 'its worst day since 4/17/2001', "[last_move_as_big('SPX','2001-09-17','pct','drop'), day_pct('SPX','2001-04-17')]", X, SINCEX,
          'The last S&P 500 fall at least as large was -5.83% on 2000-04-14, 17 months earlier; on 2001-04-17 the index rose 1.03%.', ref='2001-09-17'),
        C('SPX', 'day_change_pct_prev_worst', -5.78, 'percent', 'when it declined 5.78%', "last_move_as_big('SPX','2001-09-17','pct','drop')", S, D2,
          'The last larger fall, on 2000-04-14, was -5.83%: within tolerance of 5.78% (the date attached to it is wrong, see the previous claim).', ref='2000-04-14'),
        C('IXIC', 'day_change_pts', -115.83, 'points', 'the Nasdaq closed down 115.83 points', "day_pts('IXIC','2001-09-17')", S, D2, 'The Nasdaq fell 115.83 points on 2001-09-17.', ref='2001-09-17'),
        C('IXIC', 'day_change_pct', -6.83, 'percent', 'or 6.83% at 1579.55', "day_pct('IXIC','2001-09-17')", S, D2, '-6.83% at the close.', ref='2001-09-17'),
        C('IXIC', 'level', 1579.55, 'index points', 'at 1579.55 on 9/17/01', "close('IXIC','2001-09-17')", S, D2, 'Close 1,579.55.', ref='2001-09-17'),
        C('IXIC', 'worst_day_since', '2001-01-02', 'date', 'its worst day since 1/2/2001', "last_move_as_big('IXIC','2001-09-17','pct','drop')", S, SINCE, 'The last larger fall was -7.23% on 2001-01-02.', ref='2001-09-17'),
        C('IXIC', 'day_change_pct_2001_01_02', -7.23, 'percent', 'when it declined 7.23%', "day_pct('IXIC','2001-01-02')", S, D2, '-7.23% on 2001-01-02.', ref='2001-01-02'),
        C('DJI', 'sept11_history_since_1896', 'down day', 'direction', '9/11 has historically been a down day', None, U, PRE92, 'The Dow file starts in 1992.', ref='2009-09-11', window='1896..2001'),
        C('DJI', 'sept11_avg_since_2001', 'up', 'direction', 'since 2001, September 11 has been on average an up day', "[calendar_day_moves(t,9,11,2002,2008) for t in ('DJI','SPX','IXIC')]", S, 'sign matches',
          'September 11 was a session in 2002, 2003 and 2006-2008: the Dow averaged +0.61%, the S&P 500 +0.66% and the Nasdaq +0.81% on those days.', ref='2008-09-11', window='2002..2008'),
        C('DJI', 'sept11_vs_history', 'outperformed', 'comparison', 'all the major indices have outperformed their historical averages', None, U, PRE92,
          'The historical September 11 averages go back to 1896 for the Dow; the files cannot give them.', ref='2009-09-11'),
    ])

# ---------------------------------------------------------------- 9 (2002 year end)
add('chicagotribune_20030101_stocks_drop_third_year', 'zzpat.tripod.com', 'https://zzpat.tripod.com/cvb/impeach42.html', 'Chicago Tribune (Bill Barnhart), reposted on a personal page', '2003-01-01', 'exact',
    'The repost carries the Tribune byline and date "January 1, 2003"; "Tuesday" is 2002-12-31, the last session of 2002. Whole-market statements ("worst year on Wall Street", "three straight years of stock market declines") are judged on the S&P 500, whose file goes back to 1928 (the S&P 90 before 1957). The second half of the headline, paragraphs on investor behaviour and single-stock figures (General Electric, Microsoft) are left out.',
    "Stocks Drop 3rd Year (Chicago Tribune, by Bill Barnhart, January 1, 2003). Stock market investors, amateur and professional alike, finally got their wish Tuesday. The year ended. Despite a budding economic recovery, 2002 was the worst year on Wall Street since 1974. It was "
    "the deepest of three straight years of stock market declines--the first three-peat loss since the Great Depression years of 1938-1940. The year's statistics were brutal, reflecting a major loss of paper wealth that many Americans had counted on for retirement income. The U.S. stock market produced $2.8 "
    "trillion in losses last year. And the outlook remained dark, as the world stood on the brink of a war in Iraq. For the year, the benchmark Standard & Poor's index of major company stocks lost 23 percent, and the Nasdaq composite index fell 31 percent. It was the third consecutive annual loss for both "
    "indexes. The Dow Jones industrial average fell 1,680 points, or 17 percent, to end the year at 8341.63. The Dow fell 7 percent in 2001 and 6 percent in 2000. The traditional December stock rally failed to materialize on Wall Street. For the month, the Dow lost 6 percent.",
    [
        C('CALENDAR', 'weekday', 'Tuesday', 'weekday', 'finally got their wish Tuesday', "[weekday('2002-12-31'), ds(ser('SPX').loc[:'2002-12-31'].index[-1])]", S, CAL, '2002-12-31, the last session of 2002, was a Tuesday.', ref='2002-12-31'),
        C('SPX', 'worst_year_since', 1974, 'year', 'the worst year on Wall Street since 1974', "[year_return('SPX',2002), last_year_as_bad('SPX',2002,1928)]", S, SINCE, 'The S&P 500 fell 23.37% in 2002; the last year at least as bad was 1974 (-29.72%).', ref='2002-12-31'),
        C('SPX', 'deepest_of_three', 'deepest', 'rank', 'the deepest of three straight years of stock market declines', "[year_return('SPX',y) for y in (2000,2001,2002)]", S, RANK, 'S&P 500: -10.14% in 2000, -13.04% in 2001, -23.37% in 2002.', ref='2002-12-31', window='2000..2002'),
        C('SPX', 'previous_three_year_losing_run', '1938-1940', 'years', 'the Great Depression years of 1938-1940', "[losing_year_runs('SPX',1928,2002,3), year_return('SPX',1938)]", X, XDATE,
          'The previous run of three losing years was 1939-1941 (the S&P 90 rose 25.2% in 1938); the Dow, in the published record, also fell in 1939, 1940 and 1941.', ref='1941-12-31', window='1939..1941'),
        C('US_MARKET_CAP', 'loss_2002', 2.8, 'trillion dollars', 'produced $2.8 trillion in losses last year', None, U, NOFILE, 'Market-value data are not in the files.', ref='2002-12-31'),
        C('SPX', 'year_change_pct', -23, 'percent', 'lost 23 percent', "year_return('SPX',2002)", S, INT, '-23.37% in 2002.', ref='2002-12-31'),
        C('IXIC', 'year_change_pct', -31, 'percent', 'fell 31 percent', "year_return('IXIC',2002)", I, PCTI, '-31.53% in 2002 (1,950.40 to 1,335.51): 0.53 from the figure, just outside the integer tolerance; "31" truncates a figure that rounds to 32.', ref='2002-12-31'),
        C('SPX', 'third_consecutive_loss', 'S&P 500 and Nasdaq', 'flag', 'the third consecutive annual loss for both indexes', "[[year_return(t,y) for y in (2000,2001,2002)] for t in ('SPX','IXIC')]", S, 'sign matches', 'Both fell in 2000, 2001 and 2002.', ref='2002-12-31', window='2000..2002'),
        C('DJI', 'year_change_pts', -1680, 'points', 'fell 1,680 points', "pts('DJI','2001-12-31','2002-12-31')", S, INT, '10,021.57 to 8,341.63: -1,679.94 points.', ref='2002-12-31'),
        C('DJI', 'year_change_pct', -17, 'percent', 'or 17 percent', "year_return('DJI',2002)", S, INT, '-16.76% in 2002.', ref='2002-12-31'),
        C('DJI', 'level', 8341.63, 'index points', 'to end the year at 8341.63', "close('DJI','2002-12-31')", S, D2, 'Close 8,341.63 on 2002-12-31.', ref='2002-12-31'),
        C('DJI', 'year_change_pct_2001', -7, 'percent', 'The Dow fell 7 percent in 2001', "year_return('DJI',2001)", S, INT, '-7.10% in 2001.', ref='2001-12-31'),
        C('DJI', 'year_change_pct_2000', -6, 'percent', '6 percent in 2000', "year_return('DJI',2000)", S, INT, '-6.17% in 2000.', ref='2000-12-29'),
        C('DJI', 'month_change_pct', -6, 'percent', 'For the month, the Dow lost 6 percent', "month_return('DJI',2002,12)", S, INT, 'December 2002: 8,896.09 to 8,341.63, -6.23%.', ref='2002-12-31', window='2002-11-29..2002-12-31'),
    ])

# ---------------------------------------------------------------- 10 (2007-02-27)
add('chicagotribune_20070228_china_plunge_dow_follows', 'articles.chicagotribune.com', 'http://articles.chicagotribune.com/2007-02-28/news/0702280146_1_chinese-stocks-early-wednesday-trading-dow-jones', 'Chicago Tribune (Azam Ahmed)', '2007-02-28', 'exact',
    'Dated "February 28, 2007" in the byline and URL; "Tuesday" is the session of 2007-02-27. The page excerpt breaks off in a paragraph on early Asian trading on Wednesday; the passage stops before it.',
    "China market plunges, Dow follows. Now what? Sell-off cascades around the world, leads to worst day since after 9/11 (Chicago Tribune, February 28, 2007, by Azam Ahmed). One of Wall Street's ugliest days in recent years actually started in Shanghai, where a massive sell-off in Chinese equities prompted a "
    "global market downturn exacerbated by fears of a slowing U.S. economy. Tuesday was a day of several notable calamities in the markets, among them the seventh-worst performances by the Dow Jones industrial average, which in one heart-stopping moment at about 2 p.m. Central time plummeted nearly 200 points. "
    "The cause of the sudden afternoon nose dive was a computer glitch that delayed trading news and then released it in one torrent, Dow Jones officials said. But there was no distortion of the day's overall performance: a loss of 416.02 points, or 3.29 percent, for Wall Street's most-watched index, the biggest "
    "single-day point drop since Sept. 17, 2001, the day markets reopened after 9/11. China was partly responsible for igniting the selling stampede on Tuesday by suffering its worst day for stocks in 10 years.",
    [
        C('DJI', 'worst_day_since', '2001-09-17', 'date', 'worst day since after 9/11', "[last_move_as_big('DJI','2007-02-27','pts','drop'), last_move_as_big('DJI','2007-02-27','pct','drop')]", S, SINCE,
          'In points the last larger fall was 2001-09-17 (-684.81), the first session after the attacks; in percent (-3.29%) the last larger fall was 2003-03-24 (-3.61%). The article body makes the point reading explicit.', ref='2007-02-27'),
        C('CALENDAR', 'weekday', 'Tuesday', 'weekday', 'Tuesday was a day of several notable calamities', "weekday('2007-02-27')", S, CAL, '2007-02-27 was a Tuesday.', ref='2007-02-27'),
        C('DJI', 'point_drop_rank', 7, 'rank', 'the seventh-worst performances by the Dow Jones industrial average', "[move_rank('DJI','2007-02-27','pts','drop'), top_moves('DJI','2007-02-27',6,'pts','drop')]", U, PRE92,
          'In the file (from 1992) the 416.02-point fall ranks sixth among point drops; an all-time rank needs the pre-1992 record, which the files lack (the 508-point fall of 1987-10-19 would make it seventh).', ref='2007-02-27'),
        C('DJI', 'intraday_drop_pts', -200, 'points', 'plummeted nearly 200 points', "session_range_pts('DJI','2007-02-27')", U, 'intraday move within the session: unverifiable',
          'A drop of nearly 200 points within minutes around 3 p.m. Eastern; the files have no intraday path (the session ran from -546.20 to -2.88 points).', q='nearly', ref='2007-02-27', basis='about 2 p.m. Central'),
        C('DJI', 'day_change_pts', -416.02, 'points', 'a loss of 416.02 points', "day_pts('DJI','2007-02-27')", S, D2, '12,632.26 to 12,216.24.', ref='2007-02-27'),
        C('DJI', 'day_change_pct', -3.29, 'percent', 'or 3.29 percent', "day_pct('DJI','2007-02-27')", S, D2, '-3.29% at the close.', ref='2007-02-27'),
        C('DJI', 'biggest_point_drop_since', '2001-09-17', 'date', 'the biggest single-day point drop since Sept. 17, 2001', "last_move_as_big('DJI','2007-02-27','pts','drop')", S, SINCE, 'The last point drop at least as large was -684.81 on 2001-09-17.', ref='2007-02-27'),
        C('CALENDAR', 'reopening_day', '2001-09-17', 'date', 'the day markets reopened after 9/11', "[ds(d) for d in ser('DJI').loc['2001-09-10':'2001-09-17'].index]", S, CAL, 'The sessions around the attacks were 2001-09-10 and then 2001-09-17.', ref='2001-09-17'),
        C('CHINA_STOCKS', 'worst_day_since', '10 years', 'period', 'its worst day for stocks in 10 years', None, U, NOFILE, 'Chinese indexes are not in the files.', ref='2007-02-27'),
    ])

# ---------------------------------------------------------------- 11 (2008-10-13)
add('cnbc_20081013_dow_biggest_point_gain_ever', 'cnbc.com', 'https://www.cnbc.com/id/27166818', 'CNBC', '2008-10-13', 'high',
    'The page shows no date; the Dow\'s 936.42-point gain to 9,387.61 and "last week" (the week to Friday 2008-10-10) fix the session as Monday 2008-10-13 (Columbus Day, stock market open). A quote and the paragraphs on volume and Europe are left out.',
    "Dow Logs Biggest One-Day Point Gain Ever (CNBC). Stocks bounced back from their worst week ever as investors cheered a global cash infusion designed to unthaw the credit market and avoid a global meltdown. The Dow Jones Industrial Average snapped an eight-day losing streak, gaining 936.42, or 11 percent, "
    "to close at 9,387.61. It was the biggest point gain in the Dow's history -- the prior record was 499.2, set back in 2000 -- and the biggest percentage gain since 1933. Monday's rally helped the Dow claw back about half of the 1,874, or 18 percent, it lost last week. That was the worst point and percent drop "
    "in market history. The S&P 500 advanced 11.6 percent, while the Nasdaq gained 11.8 percent. The CBOE Volatility Index, believed to be the best gauge of fear in the market, fell 14.8 points, or 21 percent, to 54.99, its biggest one-day point and percentage drop. \"Psychologically, there's been a change "
    "in sentiment,\" said Paul Brigandi, vice president of trading for Direxion Funds.",
    [
        C('DJI', 'worst_week_ever', 'worst ever', 'rank', 'their worst week ever', "[week_return('DJI','2008-10-10'), week_rank('DJI','2008-10-10'), week_return('SPX','2008-10-10'), week_rank('SPX','2008-10-10')]", U, PRE92,
          'The Dow\'s -18.15% is the worst week in its file (from 1992), but "ever" needs earlier Dow history (Bespoke ranked it second since 1900, behind December 1914); the S&P 500\'s -18.20% was its second-worst week since 1928, behind 1933-07-21 (-18.57%).', ref='2008-10-10', window='2008-10-03..2008-10-10'),
        C('DJI', 'down_streak_snapped', 8, 'sessions', 'snapped an eight-day losing streak', "[down_streak('DJI','2008-10-10'), day_pct('DJI','2008-10-13')]", S, STREAK, 'The Dow fell on eight sessions, 2008-10-01 to 10-10, then rose on 10-13.', ref='2008-10-13'),
        C('DJI', 'day_change_pts', 936.42, 'points', 'gaining 936.42', "day_pts('DJI','2008-10-13')", S, D2, '8,451.19 to 9,387.61.', ref='2008-10-13'),
        C('DJI', 'day_change_pct', 11, 'percent', 'or 11 percent', "day_pct('DJI','2008-10-13')", S, INT, '+11.08% at the close.', ref='2008-10-13'),
        C('DJI', 'level', 9387.61, 'index points', 'to close at 9,387.61', "close('DJI','2008-10-13')", S, D2, 'Close 9,387.61.', ref='2008-10-13'),
        C('DJI', 'point_gain_rank', 1, 'rank', "the biggest point gain in the Dow's history", "[move_rank('DJI','2008-10-13','pts','gain'), top_moves('DJI','2008-10-12',1,'pts','gain')]", S, CAVEAT, 'The largest point gain in the file; no earlier gain could approach 936 points.', ref='2008-10-13'),
        C('DJI', 'prior_point_gain_record', ['499.2', '2000'], 'points and year', 'the prior record was 499.2, set back in 2000', "top_moves('DJI','2008-10-12',1,'pts','gain')", S, D1, '+499.19 on 2000-03-16.', ref='2000-03-16'),
        C('DJI', 'biggest_pct_gain_since', 1933, 'year', 'the biggest percentage gain since 1933', "[move_rank('DJI','2008-10-13','pct','gain'), top_moves('DJI','2008-10-13',2,'pct','gain')]", U, PRE92,
          'The +11.08% gain is the largest in the file (from 1992); "since 1933" needs the pre-1992 record (for example the 10.15% gain of 1987-10-21).', ref='2008-10-13'),
        C('DJI', 'share_of_week_loss_regained', 'about half', 'fraction', 'claw back about half of the 1,874', "[day_pts('DJI','2008-10-13'), week_pts('DJI','2008-10-10'), arith('936.42/1874.19')]", S, ABOUT, '936.42 of the 1,874.19 points lost in the week to 2008-10-10: 50.0%.', q='about', ref='2008-10-13'),
        C('DJI', 'week_change_pts', -1874, 'points', 'the 1,874, or 18 percent', "week_pts('DJI','2008-10-10')", S, INT, '10,325.38 on 2008-10-03 to 8,451.19 on 2008-10-10: -1,874.19 points.', ref='2008-10-10', window='2008-10-03..2008-10-10'),
        C('DJI', 'week_change_pct', -18, 'percent', 'or 18 percent, it lost last week', "week_return('DJI','2008-10-10')", S, INT, '-18.15%.', ref='2008-10-10', window='2008-10-03..2008-10-10'),
        C('DJI', 'worst_week_points_ever', 1, 'rank', 'the worst point and percent drop in market history', "[week_pts('DJI','2008-10-10'), week_rank('DJI','2008-10-10'), top_moves('DJI','2008-10-03',1,'pts','drop')]", S, CAVEAT,
          'The 1,874.19-point weekly fall is the largest in the file (the next is 1,369.70 in the week to 2001-09-21); no earlier week could lose that many points. The percent part is the next claim.', ref='2008-10-10'),
        C('DJI', 'worst_week_percent_ever', 1, 'rank', 'and percent drop in market history', "week_rank('DJI','2008-10-10')", U, PRE92,
          'Worst in the file (from 1992); market history before 1992 is not in the files (Bespoke: December 1914 was worse for the Dow).', ref='2008-10-10'),
        C('SPX', 'day_change_pct', 11.6, 'percent', 'The S&P 500 advanced 11.6 percent', "day_pct('SPX','2008-10-13')", S, D1, '+11.58%.', ref='2008-10-13'),
        C('IXIC', 'day_change_pct', 11.8, 'percent', 'the Nasdaq gained 11.8 percent', "day_pct('IXIC','2008-10-13')", S, D1, '+11.81%.', ref='2008-10-13'),
        C('VIX', 'day_change_pts', -14.8, 'points', 'fell 14.8 points', "day_pts('VIX','2008-10-13')", I, PTSI, 'CBOE close 69.95 on 2008-10-10 and 54.99 on 10-13: -14.96 points, 0.16 from the figure.', ref='2008-10-13'),
        C('VIX', 'day_change_pct', -21, 'percent', 'or 21 percent, to 54.99', "day_pct('VIX','2008-10-13')", S, INT, '-21.39%.', ref='2008-10-13'),
        C('VIX', 'level', 54.99, 'index points', 'to 54.99', "close('VIX','2008-10-13')", S, D2, 'CBOE close 54.99.', ref='2008-10-13'),
        C('VIX', 'point_drop_rank', 1, 'rank', 'its biggest one-day point', "[move_rank('VIX','2008-10-13','pts','drop'), top_moves('VIX','2008-10-12',1,'pts','drop')]", S, RANK, 'The 14.96-point fall is the largest in the VIX file (from 1990) up to that day.', ref='2008-10-13'),
        C('VIX', 'pct_drop_rank', 1, 'rank', 'and percentage drop', "[move_rank('VIX','2008-10-13','pct','drop'), top_moves('VIX','2008-10-13',5,'pct','drop')]", X, XRANK,
          'The -21.39% fall ranks only fifth: the VIX had fallen further in percent on 2006-06-15 (-25.91%), 1994-04-05 (-24.05%), 2007-09-18 (-23.15%) and 2007-11-13 (-22.48%).', ref='2008-10-13'),
    ])

# ---------------------------------------------------------------- 12 (2008-11-20)
add('tradingeconomics_20081120_sp500_lowest_since_1997', 'tradingeconomics.com', 'https://tradingeconomics.com/articles/11202008132217.htm', 'Trading Economics (Bloomberg News report)', '2008-11-20', 'exact',
    'The URL carries 11202008 (2008-11-20, a Thursday); the figures are that session\'s. The S&P 500, Dow and Nasdaq levels (752.58, 443.8 to 7,553.48, 1,317.05) are 4 p.m. prints that differ from the official closes in the files (752.44, 444.99 to 7,552.29, 1,316.12). Sentences on single stocks, oil, the economic reports and European and Asian markets are left out.',
    "S&P at the Lowest Level Since 1997 (Trading Economics, from Bloomberg). U.S. stocks slid and the Standard & Poor's 500 Index plunged to its lowest level in 11 years after economic reports depicted a deepening recession and lawmakers postponed a vote on a plan to salvage the auto industry. The Standard & Poor's 500 "
    "Index extended its 2008 tumble to 49 percent, poised for the worst annual decline in its 80-year history. The S&P 500 slid 6.7 percent to "
    "752.58, under the low of 776.76 reached during the bear market in 2002. The Dow Jones Industrial Average sank 443.8 points, or 5.6 percent, to 7,553.48. The Nasdaq Composite decreased 5 percent to 1,317.05. Twelve stocks retreated for each that rose on the New York Stock Exchange. The S&P 500 extended its "
    "tumble from an October 2007 record to almost 52 percent as all 10 of its main industry groups slid at least 3 percent.",
    [
        C('SPX', 'lowest_since', 1997, 'year', 'Lowest Level Since 1997', "last_close_at_or_below_value('SPX','2008-11-20')", S, SINCE, 'The last close at or below 752.44 was 743.73 on 1997-04-14.', ref='2008-11-20'),
        C('SPX', 'lowest_in_years', 11, 'years', 'its lowest level in 11 years', "[last_close_at_or_below_value('SPX','2008-11-20'), years_between('1997-04-14','2008-11-20')]", S, SINCE, 'Lowest close since 1997-04-14, 11.6 years earlier.', ref='2008-11-20'),
        C('SPX', 'ytd_change_pct', -49, 'percent', 'extended its 2008 tumble to 49 percent', "ytd('SPX','2008-11-20')", S, INT, '1,468.36 at the end of 2007 to 752.44: -48.76%.', ref='2008-11-20'),
        C('SPX', 'worst_year_pace', 'worst in 80 years', 'flag', 'poised for the worst annual decline in its 80-year history', "[ytd('SPX','2008-11-20'), year_return('SPX',1931), year_return('SPX',2008)]", N, ONPACE,
          'A pace statement. At that point -48.76% was worse than any year in the file (1931: -47.07%); the year ended at -38.49%.', ref='2008-11-20'),
        C('SPX', 'day_change_pct', -6.7, 'percent', 'slid 6.7 percent', "day_pct('SPX','2008-11-20')", S, D1, '-6.71% at the close.', ref='2008-11-20'),
        C('SPX', 'level', 752.58, 'index points', 'to 752.58', "close('SPX','2008-11-20')", I, LVL, 'The official close was 752.44, 0.14 below the 4 p.m. figure.', ref='2008-11-20', basis='4 p.m. print'),
        C('SPX', 'below_2002_low', 776.76, 'index points', 'under the low of 776.76 reached during the bear market in 2002', "[min_close('SPX','2002-01-01','2002-12-31'), argmin_close('SPX','2002-01-01','2002-12-31'), close('SPX','2008-11-20')]", S, D2,
          'The 2002 bear-market closing low was 776.76 on 2002-10-09; 752.44 is below it.', ref='2002-10-09'),
        C('DJI', 'day_change_pts', -443.8, 'points', 'sank 443.8 points', "day_pts('DJI','2008-11-20')", I, PTSI, 'The official fall was 444.99 points (to 7,552.29); 443.8 is the 4 p.m. figure.', ref='2008-11-20', basis='4 p.m. print'),
        C('DJI', 'day_change_pct', -5.6, 'percent', 'or 5.6 percent, to 7,553.48', "day_pct('DJI','2008-11-20')", S, D1, '-5.56% at the close.', ref='2008-11-20'),
        C('DJI', 'level', 7553.48, 'index points', 'to 7,553.48', "close('DJI','2008-11-20')", I, LVL, 'The official close was 7,552.29, 1.19 below the figure.', ref='2008-11-20', basis='4 p.m. print'),
        C('IXIC', 'day_change_pct', -5, 'percent', 'decreased 5 percent', "day_pct('IXIC','2008-11-20')", S, INT, '-5.07% at the close.', ref='2008-11-20'),
        C('IXIC', 'level', 1317.05, 'index points', 'to 1,317.05', "close('IXIC','2008-11-20')", I, LVL, 'The official close was 1,316.12, 0.93 below the figure.', ref='2008-11-20', basis='4 p.m. print'),
        C('NYSE', 'breadth', '12 to 1 decliners', 'ratio', 'Twelve stocks retreated for each that rose', None, U, NOFILE, 'NYSE breadth is not in the files.', ref='2008-11-20'),
        C('SPX', 'pct_below_record', 52, 'percent', 'almost 52 percent', "[pct_below_record('SPX','2008-11-20'), record_close_upto('SPX','2008-11-20')]", S, NEARLY, '752.44 is 51.93% below the 2007-10-09 record close of 1,565.15.', q='almost', ref='2008-11-20'),
        C('SPX_SECTORS', 'all_down_at_least', 3, 'percent', 'all 10 of its main industry groups slid at least 3 percent', None, U, NOFILE, 'S&P 500 sector indexes are not in the files.', ref='2008-11-20'),
    ])

# ---------------------------------------------------------------- 13 (2008 year review)
add('abcnews_20090101_2008_worst_in_seven_decades', 'abcnews.go.com', 'http://abcnews.go.com/Business/story?id=6563041&page=1', 'USA Today (Matt Krantz), on ABC News', '2009-01-01', 'exact',
    'Dated "January 1, 2009, 11:48 PM" on the page; the year figures end with the 2008-12-31 close. Year returns are price changes from the 2007-12-31 close. "Underwater from 2007 levels" is read as below the 2007 year-end close. Paragraphs on the share of falling stocks in the S&P 1500 and on ETFs are left out.',
    "Markets' fall in 2008 was worst in seven decades (ABC News, from USA Today, January 1, 2009). Investors can't close the book on 2008 fast enough. After delivering investors a brutal 38.5% loss, 2008 stands as the worst year for the Standard & Poor's 500 since 1937. The 33.8% drop in the Dow Jones industrials "
    "was the worst since 1931. That easily makes 2008 the nastiest annual decline ever experienced by most current investors. The carnage was unrelenting in its persistence: the Nasdaq composite index fell 40.5%, making it the worst of the three major U.S. indexes, all of which were underwater from 2007 levels "
    "for all 253 trading days. It was the S&P's third worst year, the second worst for the Dow and the worst ever for the Nasdaq. Jarring volatility: the market posted its best percentage day, on Oct. 13, as well as five of its worst, based on the DJ Wilshire 5000 index, one of the broadest measures of the U.S. market, and $6.9 trillion in market value was wiped out.",
    [
        C('SPX', 'worst_in_decades', 'seven decades', 'period', 'worst in seven decades', "last_year_as_bad('SPX',2008,1928)", S, SINCE, 'The last year as bad for the S&P 500 was 1937 (-38.59%), 71 years earlier.', ref='2008-12-31'),
        C('SPX', 'year_change_pct', -38.5, 'percent', 'a brutal 38.5% loss', "year_return('SPX',2008)", S, D1, '1,468.36 to 903.25: -38.49%.', ref='2008-12-31'),
        C('SPX', 'worst_year_since', 1937, 'year', 'the worst year for the Standard & Poor\'s 500 since 1937', "last_year_as_bad('SPX',2008,1928)", S, SINCE, '1937: -38.59% (S&P 90 in the file).', ref='2008-12-31'),
        C('DJI', 'year_change_pct', -33.8, 'percent', 'The 33.8% drop', "year_return('DJI',2008)", S, D1, '13,264.82 to 8,776.39: -33.84%.', ref='2008-12-31'),
        C('DJI', 'worst_year_since', 1931, 'year', 'was the worst since 1931', "[year_return('DJI',2008), year_rank('DJI',2008,1993)]", U, PRE92, 'The worst year in the Dow file (1993-2008); 1931 and the years between are not in the files.', ref='2008-12-31'),
        C('IXIC', 'year_change_pct', -40.5, 'percent', 'the Nasdaq composite index fell 40.5%', "year_return('IXIC',2008)", S, D1, '2,652.28 to 1,577.03: -40.54%.', ref='2008-12-31'),
        C('IXIC', 'worst_of_three', 'worst', 'rank', 'the worst of the three major U.S. indexes', "[year_return(t,2008) for t in ('IXIC','SPX','DJI')]", S, RANK, 'Nasdaq -40.54%, S&P 500 -38.49%, Dow -33.84%.', ref='2008-12-31'),
        C('SPX', 'underwater_all_days', 'all three', 'flag', 'all of which were underwater from 2007 levels', "[all_closes_below(t,'2008-01-01','2008-12-31',ser(t).loc['2007-12-31']) for t in ('DJI','SPX','IXIC')]", S, 'streaks and counts use daily closes',
          'Every 2008 close of the Dow, the S&P 500 and the Nasdaq was below its 2007-12-31 close.', ref='2008-12-31', window='2008-01-02..2008-12-31'),
        C('SPX', 'trading_days', 253, 'sessions', 'for all 253 trading days', "count_sessions('SPX','2007-12-31','2008-12-31')", S, COUNT, '2008 had 253 sessions.', ref='2008-12-31'),
        C('SPX', 'year_rank', 3, 'rank', "the S&P's third worst year", "[year_rank('SPX',2008,1928), year_return('SPX',1931), year_return('SPX',1937)]", S, RANK, 'Third worst since 1928, after 1931 (-47.07%) and 1937 (-38.59%), with the S&P 90 before 1957.', ref='2008-12-31'),
        C('DJI', 'year_rank', 2, 'rank', 'the second worst for the Dow', "year_rank('DJI',2008,1993)", U, PRE92,
          'The Dow file starts in 1992, where 2008 is the worst year; the all-time rank needs 1896-1991 (published records put 1931 and 1907 ahead of 2008, which would make it third).', ref='2008-12-31'),
        C('IXIC', 'year_rank', 1, 'rank', 'the worst ever for the Nasdaq', "[year_rank('IXIC',2008,1972), year_return('IXIC',2000)]", S, RANK, 'Worst calendar year in the file (1972-2008), ahead of 2000 (-39.29%).', ref='2008-12-31'),
        C('WILSHIRE5000', 'best_day', '2008-10-13', 'date', 'its best percentage day, on Oct. 13', "[top_moves(t,'2008-12-31',1,'pct','gain','2008-01-01') for t in ('SPX','DJI')]", U, NOFILE,
          'The Wilshire 5000 is not in the files; the S&P 500 and the Dow had their best day of 2008 on 10-13 too.', ref='2008-10-13'),
        C('WILSHIRE5000', 'worst_days', 5, 'count', 'as well as five of its worst', None, U, NOFILE, 'The Wilshire 5000 is not in the files.', ref='2008-12-31'),
        C('US_MARKET_CAP', 'loss_2008', 6.9, 'trillion dollars', '$6.9 trillion in market value was wiped out', None, U, NOFILE, 'Market-value data are not in the files.', ref='2008-12-31'),
    ])

# ---------------------------------------------------------------- 14 (2009-02-23)
add('washingtonpost_20090224_dow_sp_slip_to_1997_levels', 'washingtonpost.com', 'http://www.washingtonpost.com/wp-dyn/content/article/2009/02/23/AR2009022301211_pf.html', 'The Washington Post (Ylan Q. Mui)', '2009-02-24', 'exact',
    'Dated "Tuesday, February 24, 2009" on the page; "yesterday" is Monday 2009-02-23 and "last week" the week to Friday 2009-02-20. The paragraph on the bank plan is condensed.',
    "Dow, S&P Slip To 1997 Levels; Investors Still Wary of Recovery Plans (The Washington Post, by Ylan Q. Mui, Tuesday, February 24, 2009). Stock markets tumbled to 12-year lows yesterday as new details of the government's plan to shore up ailing banks failed to quell investors' fears of a long and difficult recovery. "
    "The Dow Jones industrial average closed down 250.89, or 3.4 percent, to 7114.78 -- a level not seen since the bull market of 1997. The Standard & Poor's 500-stock index dropped 26.72, or 3.5 percent, to 743.33, another 1997 level. And the tech-heavy Nasdaq composite index fell 53.51, or 3.7 percent, to 1387.72. "
    "\"Basically, it's a disaster,\" said David Dietze, chief investment strategist at Point View Financial Services. Yesterday's losses came after the Dow plummeted 6.2 percent last week, prompting fresh concern over how low the index of 30 blue-chip stocks might fall before reaching a bottom. Todd Clark, director of "
    "equity trading at Nollenberger Capital Partners, said he would not be surprised if the index drops below 7,000, an important psychological benchmark for investors. Federal regulators announced yesterday morning that they would offer banks new investment terms; the news caused share prices of some of the "
    "nation's biggest banks to soar when the markets opened, spurring a brief rally. But those gains were quickly erased. The Dow hit a low of 7105.94 during trading.",
    [
        C('DJI', 'lowest_in_years', 12, 'years', 'tumbled to 12-year lows yesterday', "[last_close_at_or_below_value('DJI','2009-02-23'), last_close_at_or_below_value('SPX','2009-02-23')]", S, SINCE,
          'The Dow\'s last close at or below 7,114.78 was on 1997-05-07 and the S&P 500\'s last close at or below 743.33 on 1997-04-11: nearly 12 years.', ref='2009-02-23'),
        C('DJI', 'day_change_pts', -250.89, 'points', 'closed down 250.89', "day_pts('DJI','2009-02-23')", S, D2, '7,365.67 to 7,114.78.', ref='2009-02-23'),
        C('DJI', 'day_change_pct', -3.4, 'percent', 'or 3.4 percent, to 7114.78', "day_pct('DJI','2009-02-23')", S, D1, '-3.41%.', ref='2009-02-23'),
        C('DJI', 'level', 7114.78, 'index points', 'to 7114.78', "close('DJI','2009-02-23')", S, D2, 'Close 7,114.78.', ref='2009-02-23'),
        C('DJI', 'lowest_since', 1997, 'year', 'a level not seen since the bull market of 1997', "last_close_at_or_below_value('DJI','2009-02-23')", S, SINCE, 'Last close at or below it: 1997-05-07.', ref='2009-02-23'),
        C('SPX', 'day_change_pts', -26.72, 'points', 'dropped 26.72', "day_pts('SPX','2009-02-23')", S, D2, '770.05 to 743.33.', ref='2009-02-23'),
        C('SPX', 'day_change_pct', -3.5, 'percent', 'or 3.5 percent, to 743.33', "day_pct('SPX','2009-02-23')", S, D1, '-3.47%.', ref='2009-02-23'),
        C('SPX', 'level', 743.33, 'index points', 'to 743.33', "close('SPX','2009-02-23')", S, D2, 'Close 743.33.', ref='2009-02-23'),
        C('SPX', 'lowest_since', 1997, 'year', 'another 1997 level', "last_close_at_or_below_value('SPX','2009-02-23')", S, SINCE, 'Last close at or below it: 1997-04-11 (737.65).', ref='2009-02-23'),
        C('IXIC', 'day_change_pts', -53.51, 'points', 'fell 53.51', "day_pts('IXIC','2009-02-23')", S, D2, '1,441.23 to 1,387.72.', ref='2009-02-23'),
        C('IXIC', 'day_change_pct', -3.7, 'percent', 'or 3.7 percent, to 1387.72', "day_pct('IXIC','2009-02-23')", S, D1, '-3.71%.', ref='2009-02-23'),
        C('IXIC', 'level', 1387.72, 'index points', 'to 1387.72', "close('IXIC','2009-02-23')", S, D2, 'Close 1,387.72.', ref='2009-02-23'),
        C('DJI', 'week_change_pct', -6.2, 'percent', 'the Dow plummeted 6.2 percent last week', "week_return('DJI','2009-02-20')", S, D1, 'Friday 2009-02-13 close 7,850.41 to 2009-02-20 close 7,365.67: -6.17%.', ref='2009-02-20', window='2009-02-13..2009-02-20'),
        C('DJI', 'below_7000', 'would not be surprised', 'level', 'would not be surprised if the index drops below 7,000', None, N, QUOTE, 'A trader\'s conditional view (the Dow closed below 7,000 on 2009-03-02, which does not decide a quote).', ref='2009-02-23'),
        C('DJI', 'brief_rally', 'brief rally after the open', 'direction', 'spurring a brief rally', "[close('DJI','2009-02-20'), session_range('DJI','2009-02-23'), session_range_pts('DJI','2009-02-23')]", S, 'session extreme matches',
          'The session high (7,441.02) was 75.35 points above the previous close before the index fell to 7,105.94; the files do not time it, but a gain was reached.', ref='2009-02-23', basis='intraday high'),
        C('DJI', 'intraday_low', 7105.94, 'index points', 'The Dow hit a low of 7105.94 during trading', "low('DJI','2009-02-23')", S, D2, 'Session low 7,105.94.', ref='2009-02-23', basis='intraday low'),
    ])

# ---------------------------------------------------------------- 15 (2009 bottom, blog)
add('cybereconomics_20090326_how_bad_was_it_updated', 'cybereconomics.blogspot.com', 'http://cybereconomics.blogspot.com/2009/03/how-bad-was-it-updated.html', 'CyberEconomics (blog)', '2009-03-26', 'exact',
    'Dated "Thursday, March 26, 2009" on the post. The earlier computation refers to the 2008-11-20 closes; the bottom is the 2009-03-09 close; peaks are the 2007-10-09 record closes. The comparison with 1929-1933 is judged on the S&P 500 file (S&P 90 before 1957), whose Dow counterpart before 1992 is not in the files.',
    "How bad was it updated (CyberEconomics, Thursday, March 26, 2009). Back in November I computed the decline in the stock market based on a bottom on November 20, 2008. The decline in the Dow from its peak was 46.66% and of the S&P 500 Index was 51.92%. However, it turned out that November 20, 2008 was not the "
    "bottom. On March 9, 2009 both the Dow and the S&P closed below the November 20 levels. The S&P got down to 676.53, 888.62 points below its peak level of 1565 on October 9, 2007, a decline of 56.78%. The Dow dropped to 6547.05, 7617.48 below its peak value of 14164.53, a decline of 53.78%. The great bear "
    "market of 2007-2009 has been exceeded only by the bear market of 1929-1933. Let us hope there is no need to update this dismal statistic again.",
    [
        C('DJI', 'pct_below_record', 46.66, 'percent', 'The decline in the Dow from its peak was 46.66%', "pct_below_record('DJI','2008-11-20')", S, D2, '7,552.29 on 2008-11-20 is 46.68% below 14,164.53.', ref='2008-11-20'),
        C('SPX', 'pct_below_record', 51.92, 'percent', 'of the S&P 500 Index was 51.92%', "pct_below_record('SPX','2008-11-20')", S, D2, '752.44 is 51.93% below 1,565.15.', ref='2008-11-20'),
        C('SPX', 'nov20_not_bottom', 'not the bottom', 'flag', 'November 20, 2008 was not the bottom', "[min_close('SPX','2008-11-21','2009-03-26'), argmin_close('SPX','2008-11-21','2009-03-26')]", S, 'ordering matches', 'The S&P 500 closed lower later (676.53 on 2009-03-09), as did the Dow.', ref='2009-03-09'),
        C('DJI', 'below_nov20_close', '2009-03-09', 'date', 'both the Dow and the S&P closed below the November 20 levels', "[close('DJI','2009-03-09'), close('DJI','2008-11-20'), close('SPX','2009-03-09'), close('SPX','2008-11-20')]", S, 'comparison matches',
          'Dow 6,547.05 against 7,552.29; S&P 500 676.53 against 752.44.', ref='2009-03-09'),
        C('SPX', 'level', 676.53, 'index points', 'The S&P got down to 676.53', "close('SPX','2009-03-09')", S, D2, 'Close 676.53 on 2009-03-09.', ref='2009-03-09'),
        C('SPX', 'pts_below_record', 888.62, 'points', '888.62 points below its peak', "pts('SPX','2007-10-09','2009-03-09')", S, D2, '1,565.15 - 676.53 = 888.62.', ref='2009-03-09'),
        C('SPX', 'record_close', 1565, 'index points', 'its peak level of 1565', "record_close_upto('SPX','2009-03-09')", S, INT, 'Record close 1,565.15 (the intraday high was 1,576.09 on 2007-10-11).', ref='2007-10-09'),
        C('SPX', 'record_date', '2007-10-09', 'date', 'on October 9, 2007', "argmax_close('SPX','1927-12-30','2009-03-09')", S, DATE, 'Set on 2007-10-09.', ref='2007-10-09'),
        C('SPX', 'pct_below_record_bottom', 56.78, 'percent', 'a decline of 56.78%', "pct_below_record('SPX','2009-03-09')", S, D2, '56.78%.', ref='2009-03-09'),
        C('DJI', 'level', 6547.05, 'index points', 'The Dow dropped to 6547.05', "close('DJI','2009-03-09')", S, D2, 'Close 6,547.05 on 2009-03-09.', ref='2009-03-09'),
        C('DJI', 'pts_below_record', 7617.48, 'points', '7617.48 below its peak value', "pts('DJI','2007-10-09','2009-03-09')", S, D2, '14,164.53 - 6,547.05 = 7,617.48.', ref='2009-03-09'),
        C('DJI', 'record_close', 14164.53, 'index points', 'peak value of 14164.53', "record_close_upto('DJI','2009-03-09')", S, D2, 'Record close 14,164.53 on 2007-10-09.', ref='2007-10-09'),
        C('DJI', 'pct_below_record_bottom', 53.78, 'percent', 'a decline of 53.78%', "pct_below_record('DJI','2009-03-09')", S, D2, '53.78%.', ref='2009-03-09'),
        C('SPX', 'bear_market_rank', 2, 'rank', 'exceeded only by the bear market of 1929-1933', "[drawdowns_over('SPX','1927-12-30','2009-03-09',50), max_drawdown_window('SPX','1937-01-01','1938-12-31')]", S, RANK,
          'In the S&P file (S&P 90 before 1957) only 1929-1932 (-86.19%, bottom 1932-06-01) fell further than 2007-2009 (-56.78%); the 1937-38 decline inside the long 1929-54 recovery was 54.5%. The Dow\'s own record before 1992 is not in the files.', ref='2009-03-09'),
    ])

# ---------------------------------------------------------------- 16 (2009 low, retrospective 2019)
add('benzinga_20190306_dow_hits_2009_crisis_low', 'benzinga.com', 'https://benzinga.com/general/education/19/03/11312055/this-day-in-market-history-dow-hits-2009-financial-crisis-low-1', 'Benzinga (This Day In Market History)', '2019-03-06', 'medium',
    'The URL gives March 2019; the column marks "this day" as the day the Dow set its crisis intraday low of 6,469.95, which the file dates Friday 2009-03-06 (the S&P 500 closed at 683.38 that day), so the piece is read as the 2019-03-06 column. "Earlier this year" is 2019 before 03-06. Lines on swine flu and box-office hits are left out.',
    "Dow Hits 2009 Financial Crisis Low On This Day In Market History (Benzinga). What happened? On this day, the Dow Jones Industrial Average hit its lowest point of the financial crisis of 2008 and 2009. Where the market was: the S&P 500 was trading at 683.38 and the Dow dipped as low as 6,469.95. In 2009, the "
    "average American income was $39,423. The market's darkest hour: in March 2009, it seemed as if nothing could stop the plummeting stock market as U.S. investors feared the entire banking industry was on the brink of collapse. Investors who feared holding stocks over the weekend continued to sell on Friday, "
    "March 9, sending the Dow to an intraday low of 6,469.95, roughly a 54.4% drop from the Dow's 2007 high point. Fortunately, that price marked the low point of the crisis for Dow investors. By mid-2010, the Dow made its way back above 10,000, and by mid-2011 it was back above 12,000. The Dow completed its "
    "round-trip back to new all-time highs in 2013 and never looked back, eclipsing 26,000 earlier this year.",
    [
        C('DJI', 'crisis_low', 'lowest point', 'flag', 'hit its lowest point of the financial crisis', "[min_low('DJI','2007-01-01','2019-03-06'), ds(ser('DJI','low').loc['2007-01-01':'2019-03-06'].idxmin())]", S, 'session extreme matches', 'The lowest intraday low after 2007 is 6,469.95 on 2009-03-06.', ref='2009-03-06', basis='intraday low'),
        C('SPX', 'level', 683.38, 'index points', 'the S&P 500 was trading at 683.38', "[close('SPX','2009-03-06'), close('SPX','2009-03-09')]", S, D2, 'The S&P 500 closed at 683.38 on 2009-03-06 (676.53 on 03-09).', ref='2009-03-06'),
        C('DJI', 'intraday_low', 6469.95, 'index points', 'the Dow dipped as low as 6,469.95', "low('DJI','2009-03-06')", S, D2, 'Session low 6,469.95 on 2009-03-06.', ref='2009-03-06', basis='intraday low'),
        C('US_INCOME', 'average', 39423, 'dollars', '$39,423', None, U, NOFILE, 'Income data are not in the files.', ref='2009-12-31'),
        C('CALENDAR', 'weekday', 'Friday, March 9', 'weekday and date', 'on Friday, March 9', "[weekday('2009-03-09'), weekday('2009-03-06'), low('DJI','2009-03-09'), low('DJI','2009-03-06')]", X, XDATE,
          'March 9, 2009 was a Monday; the low of 6,469.95 came on Friday, March 6 (the 03-09 session low was 6,516.86).', ref='2009-03-06'),
        C('DJI', 'intraday_pct_below_2007_high', 54.4, 'percent', 'roughly a 54.4% drop', "[arith('100*(1-6469.95/14198.10)'), max_high('DJI','2007-01-01','2007-12-31'), arith('100*(1-6469.95/14164.53)')]", S, ABOUT,
          '54.43% below the 2007 intraday high (14,198.10 on 2007-10-11); 54.32% below the record close of 14,164.53, also within "roughly".', q='roughly', ref='2009-03-06'),
        C('DJI', 'back_above_10000_by', 'mid-2010', 'period', 'By mid-2010, the Dow made its way back above 10,000', "[first_close_at_or_above('DJI',10000,'2009-03-10'), min_close('DJI','2010-05-01','2010-08-31'), max_close('DJI','2010-05-01','2010-08-31')]", S, 'date matches',
          'True as a "by" statement: the Dow first closed back above 10,000 on 2009-10-14 and traded on both sides of it in mid-2010 (9,686 to 11,152 from May to August).', ref='2010-06-30'),
        C('DJI', 'back_above_12000_by', 'mid-2011', 'period', 'by mid-2011 it was back above 12,000', "[first_close_at_or_above('DJI',12000,'2009-03-10'), min_close('DJI','2011-05-01','2011-07-31'), max_close('DJI','2011-05-01','2011-07-31')]", S, 'date matches',
          'The Dow first closed back above 12,000 on 2011-02-01 and was mostly above it from May to July 2011.', ref='2011-06-30'),
        C('DJI', 'new_record_year', 2013, 'year', 'new all-time highs in 2013', "first_close_at_or_above('DJI',14164.54,'2009-01-01')", S, DATE, 'The first close above the 2007 record came on 2013-03-05.', ref='2013-03-05'),
        C('DJI', 'above_26000_this_year', 26000, 'index points', 'eclipsing 26,000 earlier this year', "[max_close('DJI','2019-01-01','2019-03-06'), argmax_close('DJI','2019-01-01','2019-03-06'), first_close_at_or_above('DJI',26000)]", S, 'threshold crossing matches',
          'The Dow closed at 26,091.95 on 2019-02-25 (it first closed above 26,000 on 2018-01-17).', ref='2019-02-25'),
    ])

# ---------------------------------------------------------------- 17 (2010-05-20)
add('benzinga_20100521_stock_market_news_deepest_plunge', 'benzinga.com', 'https://benzinga.com/10/05/294477/stock-market-news-for-may-21-2010-market-news', 'Zacks (Stock Market News), on Benzinga', '2010-05-21', 'exact',
    'The title gives the date, "Stock Market News for May 21, 2010" (a Friday morning note); "Thursday" is the session of 2010-05-20, two weeks after the flash crash. Highs are judged on closes ("touched" a high read as the closing high; the intraday highs came on 2010-04-26). Sentences on single Dow stocks, breadth and volume are left out.',
    "Stock Market News for May 21, 2010 (Zacks, on Benzinga). The plunge in stocks Thursday was akin to post-Lehman days of late 2008 and early 2009. Investors were concerned that Europe's financial malaise will spread around the world and derail global economic growth. As fears swept the market, stocks took their "
    "deepest plunge in a year, falling almost into a \"correction territory.\" The Dow Jones industrial average plunged 376.36 points, or 3.6%, for its biggest point drop since February 10, 2009. The tech-heavy Nasdaq lagged with a drop of 4.1%, for its biggest single-session percentage decline since February 17, "
    "2009. Plunging stocks shaved 43 points, or 3.9%, off S&P as the index recorded its biggest one-day point drop since January 20, 2009. S&P closed below its 200-day moving average. Meanwhile, the CBOE Vix, the measure of market volatility, surged almost 30% to close at 45.79. After its March 2009 lows of "
    "6,547, the Dow has risen steadily, and touched its 2010 high of 11,045 in late April. However, the index has since lost 1,137 points, or about 10.2%, signaling a mini correction is in the works. The S&P 500 and the Nasdaq, after touching their respective year highs on April 23, are down 12% and 12.9%, "
    "respectively.",
    [
        C('SPX', 'deepest_plunge_since', 'a year', 'period', 'deepest plunge in a year', "[last_move_as_big('SPX','2010-05-20','pct','drop'), last_move_as_big('DJI','2010-05-20','pct','drop')]", S, SINCE,
          'The S&P 500\'s -3.90% was its worst day since 2009-04-20 (-4.28%), 13 months earlier; for the Dow since 2009-03-05.', ref='2010-05-20'),
        C('SPX', 'near_correction', 'almost', 'flag', 'falling almost into a "correction territory."', "[pct_below_52w_high('SPX','2010-05-20'), pct_below_52w_high('DJI','2010-05-20'), pct_below_52w_high('IXIC','2010-05-20')]", X, 'correction: a close at least 10% below the 52-week high close',
          'Not "almost": at the 2010-05-20 close the S&P 500 was 11.97% and the Dow 10.15% below their 52-week closing highs (the Nasdaq 12.89%), already past the 10% line, as the note itself says further on.', ref='2010-05-20'),
        C('DJI', 'day_change_pts', -376.36, 'points', 'plunged 376.36 points', "day_pts('DJI','2010-05-20')", S, D2, '10,444.37 to 10,068.01.', ref='2010-05-20'),
        C('DJI', 'day_change_pct', -3.6, 'percent', 'or 3.6%', "day_pct('DJI','2010-05-20')", S, D1, '-3.60%.', ref='2010-05-20'),
        C('DJI', 'biggest_point_drop_since', '2009-02-10', 'date', 'its biggest point drop since February 10, 2009', "last_move_as_big('DJI','2010-05-20','pts','drop')", S, SINCE, 'Last larger point fall: -381.99 on 2009-02-10.', ref='2010-05-20'),
        C('IXIC', 'day_change_pct', -4.1, 'percent', 'a drop of 4.1%', "day_pct('IXIC','2010-05-20')", S, D1, '-4.11%.', ref='2010-05-20'),
        C('IXIC', 'biggest_pct_drop_since', '2009-02-17', 'date', 'its biggest single-session percentage decline since February 17, 2009', "last_move_as_big('IXIC','2010-05-20','pct','drop')", S, SINCE, 'Last larger fall: -4.15% on 2009-02-17.', ref='2010-05-20'),
        C('SPX', 'day_change_pts', -43, 'points', 'shaved 43 points', "day_pts('SPX','2010-05-20')", S, INT, '-43.46 points (1,115.05 to 1,071.59).', ref='2010-05-20'),
        C('SPX', 'day_change_pct', -3.9, 'percent', 'or 3.9%, off S&P', "day_pct('SPX','2010-05-20')", S, D1, '-3.90%.', ref='2010-05-20'),
        C('SPX', 'biggest_point_drop_since', '2009-01-20', 'date', 'its biggest one-day point drop since January 20, 2009', "last_move_as_big('SPX','2010-05-20','pts','drop')", S, SINCE, 'Last larger point fall: -44.90 on 2009-01-20.', ref='2010-05-20'),
        C('SPX', 'below_200dma', True, 'flag', 'S&P closed below its 200-day moving average', "[close('SPX','2010-05-20'), ma('SPX','2010-05-20',200), ma('SPX','2010-05-19',200)]", S, 'comparison matches', '1,071.59 against a 200-session average of 1,102.49 (1,102.16 through the day before).', ref='2010-05-20'),
        C('VIX', 'day_change_pct', 30, 'percent', 'surged almost 30%', "day_pct('VIX','2010-05-20')", S, NEARLY2, '35.32 to 45.79: +29.64%.', q='almost', ref='2010-05-20'),
        C('VIX', 'level', 45.79, 'index points', 'to close at 45.79', "close('VIX','2010-05-20')", S, D2, 'CBOE close 45.79.', ref='2010-05-20'),
        C('DJI', 'march_2009_low', 6547, 'index points', 'its March 2009 lows of 6,547', "[min_close('DJI','2009-03-01','2009-03-31'), argmin_close('DJI','2009-03-01','2009-03-31')]", S, INT, 'Closing low 6,547.05 on 2009-03-09.', ref='2009-03-09'),
        C('DJI', 'high_2010', 11045, 'index points', 'its 2010 high of 11,045 in late April', "[max_close('DJI','2010-01-01','2010-05-20'), argmax_close('DJI','2010-01-01','2010-05-20'), max_high('DJI','2010-01-01','2010-05-20')]", X, 'level off by more than 1%: contradicted',
          'The 2010 high in late April was 11,205.03 at the close on 2010-04-26 (11,258.01 intraday); 11,045 is 1.4% lower, and the note\'s own 1,137 points fit 11,205.', ref='2010-04-26'),
        C('DJI', 'pts_from_2010_high', -1137, 'points', 'lost 1,137 points', "pts('DJI','2010-04-26','2010-05-20')", S, INT, '11,205.03 to 10,068.01: -1,137.02 points.', ref='2010-05-20', window='2010-04-26..2010-05-20'),
        C('DJI', 'pct_from_2010_high', -10.2, 'percent', 'or about 10.2%', "pct('DJI','2010-04-26','2010-05-20')", S, ABOUT, '-10.15%.', q='about', ref='2010-05-20', window='2010-04-26..2010-05-20'),
        C('SPX', 'year_high_date', '2010-04-23', 'date', 'touching their respective year highs on April 23', "[argmax_close(t,'2010-01-01','2010-05-20') for t in ('SPX','IXIC')]", S, DATE,
          'Both the S&P 500 (1,217.28) and the Nasdaq (2,530.15) set their 2010 closing highs on 2010-04-23 (intraday highs on 04-26).', ref='2010-04-23'),
        C('SPX', 'pct_from_year_high', -12, 'percent', 'are down 12%', "pct('SPX','2010-04-23','2010-05-20')", S, INT, '-11.97%.', ref='2010-05-20', window='2010-04-23..2010-05-20'),
        C('IXIC', 'pct_from_year_high', -12.9, 'percent', 'and 12.9%', "pct('IXIC','2010-04-23','2010-05-20')", S, D1, '-12.89%.', ref='2010-05-20', window='2010-04-23..2010-05-20'),
    ])

# ---------------------------------------------------------------- 18 (2011-08-04, top ten list)
add('thesunsfinancialdiary_20110804_ten_largest_dow_drops', 'thesunsfinancialdiary.com', 'http://www.thesunsfinancialdiary.com/investing/10-largest-drops-of-dow-jones/', "The Sun's Financial Diary (blog)", '2011-08-04', 'high',
    'The post shows no date; "today" is the 512.76-point fall of Thursday 2011-08-04, with the July jobs report "out tomorrow". The table\'s closing-value and percent columns are left out; the ranks, dates and point changes are kept. "Past two weeks" is read as the ten sessions from the 2011-07-21 close. The table gives 10/27/1997 as -554.26 (official); the file has -554.20 from rounded closes, a data-rounding difference.',
    "10 Largest Drops of Dow Jones (The Sun's Financial Diary). It was October 2008 when I last updated this list. Back then, we were at the peak of the financial crisis after the collapse of investment bank Lehman Brothers on September 16, 2008. In October 2008, stocks went up and down like crazy and three of the ten "
    "largest single day drops of the Dow Jones Industrial Average occurred in that month. Today, nearly three years later, we got a big surprise from the market, a 512.76-point drop of the Dow, the largest since December 1, 2008 when the benchmark lost 679.95 points. There was no single reason for the big sell-off "
    "today, which wiped out the remaining gains of the Dow for the year; fears of a new recession, debt worries from Europe and a potentially disastrous employment report out tomorrow made investors head to the exit. In the past two weeks, the Dow has lost more than 1,300 points, or more than 10%, putting the index "
    "in the correction territory. For the record, today's 512.76 points decline, or 4.31%, of the Dow earned it the 9th place in the largest single day losses list. Rank, date, change (points): 1, 09/29/2008, -777.68; 2, 10/15/2008, -733.08; 3, 09/17/2001, -684.81; 4, 12/01/2008, -679.95; 5, 10/09/2008, -678.91; "
    "6, 04/14/2000, -617.78; 7, 10/27/1997, -554.26; 8, 10/22/2008, -514.45; 9, 08/04/2011, -512.76; 10, 08/31/1998, -512.62.",
    [
        C('LEHMAN', 'collapse_date', '2008-09-16', 'date', 'on September 16, 2008', "[day_pts('DJI','2008-09-15'), day_pts('DJI','2008-09-16')]", U, NOFILE,
          'Corporate events are not in the files (Lehman Brothers filed for bankruptcy on Monday 2008-09-15, the day the Dow fell 504.48 points; on 09-16 it rose 141.51).', ref='2008-09-15'),
        C('DJI', 'top10_in_oct_2008', 3, 'count', 'three of the ten largest single day drops', "[d for d, v in top_moves('DJI','2011-08-04',10,'pts','drop') if d.startswith('2008-10')]", S, COUNT,
          'Among the ten largest point drops up to 2011-08-04, three fell in October 2008 (10-09, 10-15, 10-22; 10-07, -508.39, ranks eleventh).', ref='2011-08-04'),
        C('DJI', 'day_change_pts', -512.76, 'points', 'a 512.76-point drop of the Dow', "day_pts('DJI','2011-08-04')", S, D2, '11,896.44 to 11,383.68.', ref='2011-08-04'),
        C('DJI', 'largest_drop_since', ['2008-12-01', '-679.95'], 'date and points', 'the largest since December 1, 2008 when the benchmark lost 679.95 points', "last_move_as_big('DJI','2011-08-04','pts','drop')", S, SINCE, 'The last larger point drop was -679.95 on 2008-12-01.', ref='2011-08-04'),
        C('DJI', 'ytd_gain_erased', True, 'flag', 'wiped out the remaining gains of the Dow for the year', "[ytd('DJI','2011-08-04'), ytd('DJI','2011-08-03')]", S, 'sign matches', 'The Dow was up 2.75% for 2011 on 2011-08-03 and down 1.67% after 08-04.', ref='2011-08-04'),
        C('DJI', 'two_week_change_pts', -1300, 'points', 'lost more than 1,300 points', "[pts('DJI','2011-07-21','2011-08-04'), count_sessions('DJI','2011-07-21','2011-08-04')]", S, MORE, '12,724.41 on 2011-07-21 to 11,383.68: -1,340.73 points over ten sessions.', q='more than', ref='2011-08-04', window='2011-07-21..2011-08-04'),
        C('DJI', 'two_week_change_pct', -10, 'percent', 'or more than 10%', "pct('DJI','2011-07-21','2011-08-04')", S, MORE, '-10.54%.', q='more than', ref='2011-08-04', window='2011-07-21..2011-08-04'),
        C('DJI', 'correction', True, 'flag', 'putting the index in the correction territory', "[pct_below_52w_high('DJI','2011-08-04'), argmax_close('DJI','2010-08-04','2011-08-04')]", S, 'correction: a close at least 10% below the 52-week high close', '11.14% below the 2011-04-29 closing high of 12,810.54.', ref='2011-08-04'),
        C('DJI', 'day_change_pct', -4.31, 'percent', 'or 4.31%', "day_pct('DJI','2011-08-04')", S, D2, '-4.31%.', ref='2011-08-04'),
        C('DJI', 'point_drop_rank', 9, 'rank', 'the 9th place in the largest single day losses list', "move_rank('DJI','2011-08-04','pts','drop')", S, CAVEAT, 'Ninth-largest point drop in the file up to that day; no Dow fall before 1992 reached 512 points.', ref='2011-08-04'),
        C('DJI', 'top10_row', ['2008-09-29', '-777.68'], 'date and points', '1, 09/29/2008, -777.68', "day_pts('DJI','2008-09-29')", S, D2, 'Rank 1 in the file: -777.68.', ref='2008-09-29'),
        C('DJI', 'top10_row', ['2008-10-15', '-733.08'], 'date and points', '2, 10/15/2008, -733.08', "day_pts('DJI','2008-10-15')", S, D2, 'Rank 2: -733.08.', ref='2008-10-15'),
        C('DJI', 'top10_row', ['2001-09-17', '-684.81'], 'date and points', '3, 09/17/2001, -684.81', "day_pts('DJI','2001-09-17')", S, D2, 'Rank 3: -684.81.', ref='2001-09-17'),
        C('DJI', 'top10_row', ['2008-12-01', '-679.95'], 'date and points', '4, 12/01/2008, -679.95', "day_pts('DJI','2008-12-01')", S, D2, 'Rank 4: -679.95.', ref='2008-12-01'),
        C('DJI', 'top10_row', ['2008-10-09', '-678.91'], 'date and points', '5, 10/09/2008, -678.91', "day_pts('DJI','2008-10-09')", S, D2, 'Rank 5: -678.91.', ref='2008-10-09'),
        C('DJI', 'top10_row', ['2000-04-14', '-617.78'], 'date and points', '6, 04/14/2000, -617.78', "day_pts('DJI','2000-04-14')", S, D2, 'Rank 6: -617.78.', ref='2000-04-14'),
        C('DJI', 'top10_row', ['1997-10-27', '-554.26'], 'date and points', '7, 10/27/1997, -554.26', "day_pts('DJI','1997-10-27')", S, 'data rounding: the file has -554.20 against the official -554.26',
          'Rank 7: -554.20 in the file (Yahoo\'s rounded closes) against the official -554.26, treated as a rounding difference of the data.', ref='1997-10-27'),
        C('DJI', 'top10_row', ['2008-10-22', '-514.45'], 'date and points', '8, 10/22/2008, -514.45', "day_pts('DJI','2008-10-22')", S, D2, 'Rank 8: -514.45.', ref='2008-10-22'),
        C('DJI', 'top10_row', ['2011-08-04', '-512.76'], 'date and points', '9, 08/04/2011, -512.76', "top_moves('DJI','2011-08-04',10,'pts','drop')[8]", S, D2, 'Rank 9: -512.76.', ref='2011-08-04'),
        C('DJI', 'top10_row', ['1998-08-31', '-512.62'], 'date and points', '10, 08/31/1998, -512.62', "top_moves('DJI','2011-08-04',10,'pts','drop')[9]", S, D2, 'Rank 10: -512.61, 0.01 from the figure.', ref='1998-08-31'),
    ])

# ---------------------------------------------------------------- 19 (2011-08-08)
add('davemanuel_20110808_historically_how_bad_was_today', 'davemanuel.com', 'https://www.davemanuel.com/2011/08/08/historically-speaking-how-bad-was-today/', 'Dave Manuel (blog)', '2011-08-08', 'exact',
    'Dated by the URL (2011/08/08), a Monday, the first session after the S&P downgrade of Friday 2011-08-05. Ranks are counted over the files (Dow from 1992, Nasdaq from 1971, S&P 500 from 1928). "The history of the index" for the S&P 500 is read from its 1957 launch (S&P 90 before), which the post\'s own list follows. The post\'s full ranking lists are shortened to their first rows; an intraday aside is left out.',
    "Historically Speaking, How Bad Was Today? (Dave Manuel, August 8, 2011). Markets plunge after S&P downgrade: as expected, the markets were destroyed today after Standard and Poor's announced a downgrade of America's credit rating after the closing bell on Friday. The final damage ended up looking like this: "
    "DJIA, -634.76, -5.55%; NASDAQ, -174.72, -6.90%; S+P 500, -79.92, -6.66%. An awful, awful day for the markets. So how bad was today from a historical perspective? For the DJIA, today was the sixth worst day in the history of the average in terms of total point loss, after 2008-09-29 (-777.68 points), "
    "among others. In terms of total % loss, today wasn't even in the top ten (the worst day ever was 1987-10-19 when the DJIA dropped a whopping 22.61%). For the NASDAQ, today wasn't in the top ten in terms of point loss (April 14th, 2000 holds the "
    "record with a drop of 355.49 points) or percentage loss (October 19th, 1987, -11.35%). For the S&P 500, today was the 5th largest point drop in the history of the index, after 2008-09-29 (-106.85 points) among others. In terms of total percentage loss, today was just outside of the top 10, a list headed "
    "by 1987-10-19 (-20.47%).",
    [
        C('DJI', 'day_change_pts', -634.76, 'points', 'DJIA, -634.76', "day_pts('DJI','2011-08-08')", S, D2, '11,444.61 to 10,809.85.', ref='2011-08-08'),
        C('DJI', 'day_change_pct', -5.55, 'percent', '-634.76, -5.55%', "day_pct('DJI','2011-08-08')", S, D2, '-5.55%.', ref='2011-08-08'),
        C('IXIC', 'day_change_pts', -174.72, 'points', 'NASDAQ, -174.72', "day_pts('IXIC','2011-08-08')", S, D2, '2,532.41 to 2,357.69.', ref='2011-08-08'),
        C('IXIC', 'day_change_pct', -6.90, 'percent', '-174.72, -6.90%', "day_pct('IXIC','2011-08-08')", S, D2, '-6.90%.', ref='2011-08-08'),
        C('SPX', 'day_change_pts', -79.92, 'points', 'S+P 500, -79.92', "day_pts('SPX','2011-08-08')", S, D2, '1,199.38 to 1,119.46.', ref='2011-08-08'),
        C('SPX', 'day_change_pct', -6.66, 'percent', '-79.92, -6.66%', "day_pct('SPX','2011-08-08')", S, D2, '-6.66%.', ref='2011-08-08'),
        C('DJI', 'point_drop_rank', 6, 'rank', 'the sixth worst day in the history of the average in terms of total point loss', "[move_rank('DJI','2011-08-08','pts','drop'), top_moves('DJI','2011-08-08',6,'pts','drop')]", S, CAVEAT, 'Sixth-largest point drop in the file; no Dow fall before 1992 reached 634 points.', ref='2011-08-08'),
        C('DJI', 'top_point_drop_1', ['2008-09-29', '-777.68'], 'date and points', '2008-09-29 (-777.68 points)', "top_moves('DJI','2011-08-08',1,'pts','drop')", S, D2, 'Rank 1.', ref='2008-09-29'),
        C('DJI', 'pct_drop_top10', 'not in top ten', 'rank', "today wasn't even in the top ten", "[move_rank('DJI','2011-08-08','pct','drop'), top_moves('DJI','2011-08-08',10,'pct','drop')[-1]]", S, 'rank or ordering matches (the checkable part decides)',
          'Even among the file\'s days since 1992 the -5.55% fall ranks eleventh; earlier history can only push it lower.', ref='2011-08-08'),
        C('DJI', 'worst_pct_day_ever', ['1987-10-19', '-22.61'], 'date and percent', 'a whopping 22.61%', None, U, PRE92, 'The Dow file starts in 1992.', ref='1987-10-19'),
        C('IXIC', 'point_drop_top10', 'not in top ten', 'rank', "today wasn't in the top ten in terms of point loss", "[move_rank('IXIC','2011-08-08','pts','drop'), top_moves('IXIC','2011-08-08',10,'pts','drop')[-1]]", S, RANK, 'The 174.72-point fall ranks 18th in the file (tenth is -190.22 on 2000-10-25).', ref='2011-08-08'),
        C('IXIC', 'record_point_drop', ['2000-04-14', '-355.49'], 'date and points', 'April 14th, 2000 holds the record with a drop of 355.49 points', "top_moves('IXIC','2011-08-08',1,'pts','drop')", S, D2, 'Record point drop -355.49 on 2000-04-14.', ref='2000-04-14'),
        C('IXIC', 'pct_drop_top10', 'not in top ten', 'rank', 'or percentage loss', "[move_rank('IXIC','2011-08-08','pct','drop'), top_moves('IXIC','2011-08-08',10,'pct','drop')[-1]]", S, RANK, 'The -6.90% fall ranks 14th in the file (tenth is -7.23% on 2001-01-02).', ref='2011-08-08'),
        C('IXIC', 'record_pct_drop', ['1987-10-19', '-11.35'], 'date and percent', 'October 19th, 1987, -11.35%', "top_moves('IXIC','2011-08-08',1,'pct','drop')", S, D2, 'Record percentage drop -11.35% on 1987-10-19.', ref='1987-10-19'),
        C('SPX', 'point_drop_rank', 5, 'rank', 'the 5th largest point drop in the history of the index', "[move_rank('SPX','2011-08-08','pts','drop'), top_moves('SPX','2011-08-08',5,'pts','drop')]", S, RANK, 'Fifth-largest point drop in the file, behind 2008-09-29, 2008-10-15, 2000-04-14 and 2008-12-01.', ref='2011-08-08'),
        C('SPX', 'top_point_drop_1', ['2008-09-29', '-106.85'], 'date and points', '2008-09-29 (-106.85 points)', "top_moves('SPX','2011-08-08',1,'pts','drop')", S, D2, 'Rank 1.', ref='2008-09-29'),
        C('SPX', 'pct_drop_rank', 'just outside top 10', 'rank', 'today was just outside of the top 10', "[move_rank('SPX','2011-08-08','pct','drop','1957-03-04'), move_rank('SPX','2011-08-08','pct','drop')]", S, RANK,
          'Counted from the S&P 500\'s launch (1957-03-04) the -6.66% fall ranks 12th (1962-05-28, -6.68%, is 11th); over the whole file with the S&P 90 of 1928-1957 it would rank 35th.', ref='2011-08-08'),
        C('SPX', 'record_pct_drop', ['1987-10-19', '-20.47'], 'date and percent', '1987-10-19 (-20.47%)', "top_moves('SPX','2011-08-08',1,'pct','drop')", S, D2, 'Record percentage drop -20.47% on 1987-10-19.', ref='1987-10-19'),
    ])

# ---------------------------------------------------------------- 20 (2011-08-09)
add('politico_20110809_dow_closes_up_430_points', 'politico.com', 'http://www.politico.com/story/2011/08/dow-closes-up-430-points-tuesday-060927', 'Politico', '2011-08-09', 'high',
    'The URL gives August 2011; the story is the Tuesday 2011-08-09 session, the FOMC decision day. The story was updated from an early-afternoon version: its last paragraph keeps the early-afternoon figures ("as of early afternoon", "for the day" so far), judged against the session\'s range. The close figures it gives for the Nasdaq and the S&P 500 are swapped. A sentence on a 233-point see-saw after the 2:15 p.m. announcement and one on the market 15 minutes later are left out.',
    "Dow closes up 430 points Tuesday (Politico). The Fed announced that it is keeping interest rates unchanged through 2013. The Dow Jones Industrial Average gained 430 points after an extended rally in the final hours of trading, recovering from a midday swoon into negative territory after the Federal Reserve said "
    "it believes the economic recovery will continue to be slower than previously predicted. The 4 percent gain, which followed two of the biggest single-day losses in the Dow's history, came after the Fed said it plans to keep interest rates unchanged in a bid to boost the economy. The Fed announcement initially "
    "sent the Dow down 150 points before quickly recovering nearly all of its losses and then sliding again into negative territory before the late-day rally. The Nasdaq, up 53 points (4.7 percent) and the Standard & Poor's index, up 124 points (5.3 percent) joined the Dow in the afternoon advance. The day's results follows Monday's steep drop, the sixth-largest in history, spurred by the downgrade of the U.S. credit "
    "rating by Standard & Poor's. Earlier in the day, the Dow rose as much as 180 points -- 1.7 percent -- as of early afternoon after spiking as much as 240 points earlier in the day. For the day, the Nasdaq was up 1.6 percent, 39 points, while the S&P 500 was up 10 points, 0.9 percent.",
    [
        C('FEDFUNDS', 'unchanged_through', 2013, 'year', 'keeping interest rates unchanged through 2013', "[fed_range('2011-08-09'), fed_range('2013-12-31'), fed_changes('2011-08-01','2013-12-31')]", F, FC,
          'Forward guidance (the FOMC said "at least through mid-2013"). The range stayed at 0-0.25% through 2013, which does not decide a projection.', ref='2011-08-09'),
        C('DJI', 'day_change_pts', 430, 'points', 'gained 430 points', "day_pts('DJI','2011-08-09')", S, INT, '+429.92 to 11,239.77.', ref='2011-08-09'),
        C('DJI', 'midday_negative', True, 'flag', 'a midday swoon into negative territory', "session_range_pts('DJI','2011-08-09')", S, 'session extreme matches', 'The session low was 205.78 points below the previous close.', ref='2011-08-09', basis='midday'),
        C('DJI', 'day_change_pct', 4, 'percent', 'The 4 percent gain', "day_pct('DJI','2011-08-09')", S, INT, '+3.98%.', ref='2011-08-09'),
        C('DJI', 'followed_two_biggest_losses', 'two of the biggest', 'rank', "two of the biggest single-day losses in the Dow's history", "[move_rank('DJI','2011-08-04','pts','drop'), move_rank('DJI','2011-08-08','pts','drop')]", S, CAVEAT,
          'The 2011-08-04 (-512.76) and 2011-08-08 (-634.76) falls ranked ninth and sixth among point drops when they happened (both still in the top ten on 08-09).', ref='2011-08-08'),
        C('FEDFUNDS', 'held', True, 'flag', 'plans to keep interest rates unchanged in a bid', "[fomc_meetings('2011-08-01','2011-08-31'), fed_changes('2011-08-01','2011-08-31'), fed_range('2011-08-09')]", S, FED, 'The 2011-08-09 meeting left the range at 0-0.25%.', ref='2011-08-09'),
        C('DJI', 'intraday_drop_after_fed', -150, 'points', 'sent the Dow down 150 points', "session_range_pts('DJI','2011-08-09')", U, MID, 'Inside the session range (-205.78 to +434.16 points); the files do not time it.', ref='2011-08-09', basis='after 2:15 p.m.'),
        C('IXIC', 'day_change_pts', 53, 'points', 'The Nasdaq, up 53 points', "[day_pts('IXIC','2011-08-09'), day_pts('SPX','2011-08-09')]", X, 'figure belongs to another index: contradicted', 'The Nasdaq rose 124.83 points; 53 is the S&P 500\'s gain (53.07).', ref='2011-08-09'),
        C('IXIC', 'day_change_pct', 4.7, 'percent', '(4.7 percent)', "[day_pct('IXIC','2011-08-09'), day_pct('SPX','2011-08-09')]", I, PCTI, 'The Nasdaq rose 5.29%: 0.59 point off, inside the imprecise band by the numeric rule, although 4.7% is in fact the S&P 500\'s gain (4.74%) put in the wrong place.', ref='2011-08-09'),
        C('SPX', 'day_change_pts', 124, 'points', "the Standard & Poor's index, up 124 points", "[day_pts('SPX','2011-08-09'), day_pts('IXIC','2011-08-09')]", X, 'figure belongs to another index: contradicted', 'The S&P 500 rose 53.07 points; 124 is the Nasdaq\'s gain (124.83).', ref='2011-08-09'),
        C('SPX', 'day_change_pct', 5.3, 'percent', '(5.3 percent)', "[day_pct('SPX','2011-08-09'), day_pct('IXIC','2011-08-09')]", I, PCTI, 'The S&P 500 rose 4.74%: 0.56 point off, inside the imprecise band by the numeric rule, although 5.3% is in fact the Nasdaq\'s gain (5.29%).', ref='2011-08-09'),
        C('DJI', 'prev_day_point_drop_rank', 6, 'rank', 'the sixth-largest in history', "move_rank('DJI','2011-08-08','pts','drop')", S, CAVEAT, 'Sixth-largest point drop in the file; no Dow fall before 1992 reached 634 points.', ref='2011-08-08'),
        C('DJI', 'intraday_gain_pts', 180, 'points', 'the Dow rose as much as 180 points', "session_range_pts('DJI','2011-08-09')", U, MID, 'An early-afternoon extreme inside the session range (up to +434.16).', q='as much as', ref='2011-08-09', basis='early afternoon'),
        C('DJI', 'intraday_gain_pct', 1.7, 'percent', '1.7 percent', "session_range_pct('DJI','2011-08-09')", U, MID, 'Inside the session range (-1.90% to +4.02%); 180 points is 1.67% of the previous close.', ref='2011-08-09', basis='early afternoon'),
        C('DJI', 'intraday_gain_pts_earlier', 240, 'points', 'spiking as much as 240 points earlier in the day', "session_range_pts('DJI','2011-08-09')", U, MID, 'Inside the session range; the files do not time the morning high.', q='as much as', ref='2011-08-09', basis='morning'),
        C('IXIC', 'intraday_change_pct', 1.6, 'percent', 'the Nasdaq was up 1.6 percent', "[session_range_pct('IXIC','2011-08-09'), day_pct('IXIC','2011-08-09')]", U, MID,
          'An early-afternoon figure inside the session range (-1.10% to +5.34%); read as the close it would be contradicted (+5.29%).', ref='2011-08-09', basis='early afternoon'),
        C('IXIC', 'intraday_change_pts', 39, 'points', '39 points', "[session_range_pts('IXIC','2011-08-09'), day_pts('IXIC','2011-08-09')]", U, MID, 'Inside the session range (-26.04 to +125.97 points).', ref='2011-08-09', basis='early afternoon'),
        C('SPX', 'intraday_change_pts', 10, 'points', 'the S&P 500 was up 10 points', "[session_range_pts('SPX','2011-08-09'), day_pts('SPX','2011-08-09')]", U, MID, 'Inside the session range (-17.92 to +53.42 points); read as the close it would be contradicted (+53.07).', ref='2011-08-09', basis='early afternoon'),
        C('SPX', 'intraday_change_pct', 0.9, 'percent', '0.9 percent', "session_range_pct('SPX','2011-08-09')", U, MID, 'Inside the session range (-1.60% to +4.77%).', ref='2011-08-09', basis='early afternoon'),
    ])

# ---------------------------------------------------------------- 21 (2011-08-10)
add('tnj_20110810_summary_box_stocks_resume_selling', 'tnj.com', 'https://tnj.com/summary-box-stocks-resume-sell/', 'Associated Press (Summary Box), on The Network Journal', '2011-08-10', 'high',
    'The page shows no date; the figures (Dow -519.83 to 10,719.94) are those of Wednesday 2011-08-10, "the last five trading days" are 2011-08-04 to 08-10 and "Tuesday" is 2011-08-09. The 10-year yield is judged against FRED\'s end-of-day constant-maturity value. The gold lines and a sentence on French credit-default swaps are left out. The headline is taken from the page address (the excerpt opens at THE DAMAGE).',
    "Summary Box: Stocks resume sell-off (Associated Press). THE DAMAGE: The Dow Jones industrial average fell 519.83 points, or 4.6 percent, to 10,719.94. It was the Dow's ninth biggest drop in history and the third time it fell more than 500 points in the last five trading days. The blue-chip index gave up all its "
    "gains -- and then some -- from Tuesday. The S&P 500 index fell 51.77, or 4.4 percent, to 1,120.76. The Nasdaq composite fell 101.47, or 4.1 percent, to 2,381.05. THE ALTERNATIVES: The 10-year Treasury note, which "
    "has served as a haven, rose sharply. Its yield fell to 2.11 percent. Investors have bought U.S. government debt even after S&P stripped the United States of its top credit rating, AAA, last week. THE WORRIES: Investors' attention returned to the weak global economy and to Europe's debt problems. "
    "On Wednesday, worries rose that France could lose its top AAA credit rating.",
    [
        C('DJI', 'day_change_pts', -519.83, 'points', 'fell 519.83 points', "day_pts('DJI','2011-08-10')", S, D2, '11,239.77 to 10,719.94.', ref='2011-08-10'),
        C('DJI', 'day_change_pct', -4.6, 'percent', 'or 4.6 percent, to 10,719.94', "day_pct('DJI','2011-08-10')", S, D1, '-4.62%.', ref='2011-08-10'),
        C('DJI', 'level', 10719.94, 'index points', 'to 10,719.94', "close('DJI','2011-08-10')", S, D2, 'Close 10,719.94.', ref='2011-08-10'),
        C('DJI', 'point_drop_rank', 9, 'rank', "the Dow's ninth biggest drop in history", "[move_rank('DJI','2011-08-10','pts','drop'), top_moves('DJI','2011-08-10',9,'pts','drop')]", S, CAVEAT, 'Ninth-largest point drop in the file; no Dow fall before 1992 reached 519 points.', ref='2011-08-10'),
        C('DJI', 'drops_over_500_in_5_days', 3, 'count', 'the third time it fell more than 500 points in the last five trading days', "[[ds(d), v] for d, v in ser('DJI').diff().loc['2011-08-04':'2011-08-10'].round(2).items()]", S, COUNT,
          'Falls of 512.76 (08-04), 634.76 (08-08) and 519.83 (08-10) in the five sessions 08-04 to 08-10.', ref='2011-08-10', window='2011-08-04..2011-08-10'),
        C('DJI', 'gave_up_tuesday_gain', True, 'flag', "gave up all its gains -- and then some -- from Tuesday", "[day_pts('DJI','2011-08-09'), day_pts('DJI','2011-08-10'), weekday('2011-08-09')]", S, 'comparison matches', "Tuesday's +429.92 against Wednesday's -519.83.", ref='2011-08-10'),
        C('SPX', 'day_change_pts', -51.77, 'points', 'fell 51.77', "day_pts('SPX','2011-08-10')", S, D2, '1,172.53 to 1,120.76.', ref='2011-08-10'),
        C('SPX', 'day_change_pct', -4.4, 'percent', 'or 4.4 percent, to 1,120.76', "day_pct('SPX','2011-08-10')", S, D1, '-4.42%.', ref='2011-08-10'),
        C('SPX', 'level', 1120.76, 'index points', 'to 1,120.76', "close('SPX','2011-08-10')", S, D2, 'Close 1,120.76.', ref='2011-08-10'),
        C('IXIC', 'day_change_pts', -101.47, 'points', 'fell 101.47', "day_pts('IXIC','2011-08-10')", S, D2, '2,482.52 to 2,381.05.', ref='2011-08-10'),
        C('IXIC', 'day_change_pct', -4.1, 'percent', 'or 4.1 percent, to 2,381.05', "day_pct('IXIC','2011-08-10')", S, D1, '-4.09%.', ref='2011-08-10'),
        C('IXIC', 'level', 2381.05, 'index points', 'to 2,381.05', "close('IXIC','2011-08-10')", S, D2, 'Close 2,381.05.', ref='2011-08-10'),
        C('US10Y', 'yield', 2.11, 'percent', 'Its yield fell to 2.11 percent', "[rate('DGS10','2011-08-09'), rate('DGS10','2011-08-10')]", I, 'yield off by more than 0.025 but within 10%: imprecise',
          'FRED\'s end-of-day 10-year yield fell from 2.20% to 2.17% on 2011-08-10; 2.11 is 0.06 below it (probably a late-session market quote, which the files cannot check).', ref='2011-08-10', basis='end of day'),
        C('CREDIT_RATING', 'downgrade_timing', 'last week', 'period', 'stripped the United States of its top credit rating, AAA, last week', None, U, NOFILE, 'Rating actions are not in the files (S&P acted after the close on Friday 2011-08-05).', ref='2011-08-05'),
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
