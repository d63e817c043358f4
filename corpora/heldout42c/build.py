"""Build passages.jsonl, key.jsonl and recipes.json of this corpus (heldout42c: the Fed, rates and the stock market).

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
YLDS = 'yield: FRED end-of-day constant maturity, within 0.025 of the 2-decimal figure'
TRUNC = 'truncated figure (unhedged, off by more than the tolerance but within the imprecise band): imprecise'
LVLI = 'index level off by more than the tolerance but within 1%: imprecise'
PTSI = 'point change off by more than the tolerance but within 20%: imprecise'
LVLX = 'index level off by more than 1%: contradicted'
WRONGDATE = 'wrong date: contradicted'
BOUND = 'bound claim on a session extreme: supported when the extreme satisfies it'

# ---------------------------------------------------------------- 1
add('pionline_20010418_fed_surprise_half_point_cut', 'pionline.com',
    'https://www.pionline.com/article/20010418/ONLINE/104180701/the-federal-reserve-surprised-the-stock-markets-today-cutting',
    'Pensions & Investments', '2001-04-18', 'exact',
    'The URL carries 20010418 and the text says "today"; 2001-04-18 was a Wednesday and an unscheduled FOMC conference call (FOMC_meetings.csv). The closing figures are marked "preliminary" by the article and are judged against the final closes in the files.',
    "Fed surprise lifts stocks (Pensions & Investments, April 18, 2001). The Federal Reserve surprised the stock markets today, cutting short-term interest rates 50 basis points. "
    "The cut puts the federal funds rate at 4.5%, the lowest since August 1994. The Fed said the erosion in corporate profits and rising uncertainty about the business outlook warranted an adjustment "
    "before its next policy-setting meeting May 15. The markets responded with huge gains: the Dow Jones industrial average closed up 398.91, or 3.89%, at 10,615.64; the S&P 500 rose 46.38, or 3.89%, "
    "closing at 1,238.19; and the Nasdaq composite was up 156.41, or 8.13%, to close at 2,079.63. All numbers are preliminary. The Fed's action has resulted in a steeper yield curve, with long-term "
    "interest rates not dropping that much, suggesting the economy is near its bottom, said Casey Colton of American Century.",
    [
        C('FEDFUNDS', 'unscheduled_move', True, 'flag', 'surprised the stock markets today', "[fomc_meetings('2001-03-21','2001-05-14'), fomc_meetings('2001-04-18','2001-04-18')]", S, FED,
          'The 2001-04-18 move came on an unscheduled conference call between the 2001-03-20 and 2001-05-15 meetings (FOMC_meetings.csv notes it as unscheduled).', ref='2001-04-18'),
        C('FEDFUNDS', 'target_change_bp', -50, 'basis points', 'cutting short-term interest rates 50 basis points', "dfedtar_changes('2001-03-21','2001-04-30')", S, FED,
          'DFEDTAR went from 5.00% to 4.50% on 2001-04-18: a 50 basis-point cut.', ref='2001-04-18'),
        C('FEDFUNDS', 'target', 4.5, 'percent', 'puts the federal funds rate at 4.5%', "fed_upper('2001-04-18')", S, FED, 'DFEDTAR is 4.50% from 2001-04-18.', ref='2001-04-18'),
        C('FEDFUNDS', 'lowest_since', '1994-08', 'month', 'the lowest since August 1994', "dfedtar_changes('1994-01-01','2001-04-18')[3:5]", S, SINCE,
          'The target was 4.25% from 1994-05-17 and rose to 4.75% on 1994-08-16; it never fell to 4.50% or below again until 2001-04-18, so August 1994 is the last month with a target as low.', ref='2001-04-18'),
        C('FEDFUNDS', 'next_meeting', '2001-05-15', 'date', 'next policy-setting meeting May 15', "fomc_meetings('2001-04-19','2001-06-30')[0]", S, FED, 'The next FOMC decision day was 2001-05-15.', ref='2001-05-15'),
        C('DJI', 'day_change_pts', 398.91, 'points', 'closed up 398.91', "day_pts('DJI','2001-04-18')", I, PTSI,
          'The file has +399.10 (10,216.73 to 10,615.83); the preliminary 398.91 is 0.19 point short, outside the 2-decimal tolerance but within 20%.', q='preliminary', ref='2001-04-18'),
        C('DJI', 'day_change_pct', 3.89, 'percent', 'or 3.89%, at 10,615.64', "day_pct('DJI','2001-04-18')", S, D2, 'The Dow rose 3.91% in the file; 3.89% is within 0.025.', q='preliminary', ref='2001-04-18'),
        C('DJI', 'level', 10615.64, 'index points', '10,615.64', "close('DJI','2001-04-18')", I, LVLI, 'The Dow closed at 10,615.83 in the file; the preliminary 10,615.64 is 0.19 point off (well within 1%).', q='preliminary', ref='2001-04-18'),
        C('SPX', 'day_change_pts', 46.38, 'points', 'rose 46.38', "day_pts('SPX','2001-04-18')", I, PTSI, 'The S&P 500 rose 46.35 points in the file; 46.38 is 0.03 off, outside the 0.025 tolerance, within 20%.', q='preliminary', ref='2001-04-18'),
        C('SPX', 'day_change_pct', 3.89, 'percent', 'or 3.89%, closing', "day_pct('SPX','2001-04-18')", S, D2, 'The S&P 500 rose 3.89%.', q='preliminary', ref='2001-04-18'),
        C('SPX', 'level', 1238.19, 'index points', '1,238.19', "close('SPX','2001-04-18')", I, LVLI, 'The S&P 500 closed at 1,238.16; the preliminary 1,238.19 is 0.03 off, outside the 0.025 tolerance for levels, within 1%.', q='preliminary', ref='2001-04-18'),
        C('IXIC', 'day_change_pts', 156.41, 'points', 'up 156.41', "day_pts('IXIC','2001-04-18')", I, PTSI, 'The Nasdaq rose 156.22 points in the file; the preliminary 156.41 is 0.19 off, within 20%.', q='preliminary', ref='2001-04-18'),
        C('IXIC', 'day_change_pct', 8.13, 'percent', '8.13%', "day_pct('IXIC','2001-04-18')", S, D2, 'The Nasdaq rose 8.12%; 8.13 is within 0.025.', q='preliminary', ref='2001-04-18'),
        C('IXIC', 'level', 2079.63, 'index points', '2,079.63', "close('IXIC','2001-04-18')", I, LVLI, 'The Nasdaq closed at 2,079.44; the preliminary 2,079.63 is 0.19 off, within 1%.', q='preliminary', ref='2001-04-18'),
    ])

# ---------------------------------------------------------------- 2
add('augusta_20040908_bond_yields_fall_greenspan', 'chronicle.augusta.com',
    'http://chronicle.augusta.com/stories/2004/09/09/fin_427978.shtml',
    'Associated Press (on the Augusta Chronicle)', '2004-09-09', 'exact',
    'The page says "Originally created 09/09/04"; the bond and stock figures are for Wednesday 2004-09-08 (Greenspan\'s testimony), compared with Tuesday 2004-09-07. Bond quotes are Moneyline Telerate late-afternoon yields, judged against FRED end-of-day values within 0.025.',
    "Bond yields fall on Greenspan's comments (AP, originally created 09/09/04). NEW YORK -- Bond prices rose Wednesday after Federal Reserve Chairman Alan Greenspan's latest comments on the economy. "
    "The yield on the benchmark 10-year Treasury note fell to 4.16 percent from 4.24 percent on Tuesday. The 30-year bond yielded 4.96 percent, down from 5.01 percent. "
    "Greenspan told Congress that \"on the whole, the expansion has regained some traction,\" which could set the stage for the Fed to raise short-term interest rates for the third time this year when policymakers meet again on Sept. 21. "
    "On Wall Street, the Dow Jones industrial average fell 29 to 10,313. The Standard & Poor's 500 index declined 5 to 1,116, while the Nasdaq composite index lost 8 to close at 1,851. "
    "The benchmark 2-year note yielded 2.48 percent, down from 2.56 percent on Tuesday. Three-month bill yields were 1.64 percent. The federal funds rate, the interest on overnight loans between banks, declined to 1.50 percent from 1.56 percent.",
    [
        C('US10Y', 'yield', 4.16, 'percent', '10-year Treasury note fell to 4.16 percent', "rate('DGS10','2004-09-08')", S, YLDS, 'FRED 10-year: 4.18 on 2004-09-08; 4.16 is 0.02 off, within 0.025 (afternoon Telerate quote).', ref='2004-09-08', basis='end of day'),
        C('US10Y', 'yield_prev', 4.24, 'percent', 'from 4.24 percent on Tuesday', "rate('DGS10','2004-09-07')", S, YLDS, 'FRED 10-year: 4.26 on Tuesday 2004-09-07; 4.24 is 0.02 off.', ref='2004-09-07', basis='end of day'),
        C('US30Y', 'yield', 4.96, 'percent', 'yielded 4.96 percent', None, U, NOFILE, 'The 30-year yield is not in the files.', ref='2004-09-08'),
        C('US30Y', 'yield_prev', 5.01, 'percent', 'down from 5.01 percent', None, U, NOFILE, 'The 30-year yield is not in the files.', ref='2004-09-07'),
        C('FEDFUNDS', 'hikes_this_year', 2, 'count', 'for the third time this year', "dfedtar_changes('2004-01-01','2004-09-08')", S, FED,
          'DFEDTAR rose on 2004-06-30 and 2004-08-10: two hikes so far in 2004, so a September move would be the third (it came on 2004-09-21).', ref='2004-09-08'),
        C('FEDFUNDS', 'next_meeting', '2004-09-21', 'date', 'meet again on Sept. 21', "fomc_meetings('2004-09-09','2004-12-31')[0]", S, FED, 'The next FOMC decision day was 2004-09-21.', ref='2004-09-21'),
        C('DJI', 'day_change_pts', -29, 'points', 'fell 29 to 10,313', "day_pts('DJI','2004-09-08')", S, INT, 'The Dow fell 29.43 points.', ref='2004-09-08'),
        C('DJI', 'level', 10313, 'index points', 'to 10,313', "close('DJI','2004-09-08')", S, INT, 'The Dow closed at 10,313.36.', ref='2004-09-08'),
        C('SPX', 'day_change_pts', -5, 'points', 'declined 5 to 1,116', "day_pts('SPX','2004-09-08')", S, INT, 'The S&P 500 fell 5.03 points to 1,116.27.', ref='2004-09-08'),
        C('SPX', 'level', 1116, 'index points', 'to 1,116,', "close('SPX','2004-09-08')", S, INT, 'The S&P 500 closed at 1,116.27.', ref='2004-09-08'),
        C('IXIC', 'day_change_pts', -8, 'points', 'lost 8 to close at 1,851', "day_pts('IXIC','2004-09-08')", S, INT, 'The Nasdaq fell 7.92 points to 1,850.64 (1,851 rounded).', ref='2004-09-08'),
        C('IXIC', 'level', 1851, 'index points', 'close at 1,851', "close('IXIC','2004-09-08')", S, INT, 'The Nasdaq closed at 1,850.64.', ref='2004-09-08'),
        C('US2Y', 'yield', 2.48, 'percent', 'yielded 2.48 percent', "rate('DGS2','2004-09-08')", S, YLDS, 'FRED 2-year: 2.50 on 2004-09-08; 2.48 is 0.02 off.', ref='2004-09-08', basis='end of day'),
        C('US2Y', 'yield_prev', 2.56, 'percent', 'down from 2.56 percent', "rate('DGS2','2004-09-07')", S, YLDS, 'FRED 2-year: 2.58 on 2004-09-07; 2.56 is 0.02 off.', ref='2004-09-07', basis='end of day'),
        C('US3M', 'yield', 1.64, 'percent', 'Three-month bill yields were 1.64 percent', None, U, NOFILE, 'Bill yields are not in the files.', ref='2004-09-08'),
        C('FEDFUNDS', 'market_rate', 1.5, 'percent', 'declined to 1.50 percent from 1.56 percent', "[rate('DFF','2004-09-07'), rate('DFF','2004-09-08')]", U, INTRA,
          'This is the Telerate trading rate for overnight funds at a moment of the day, not the daily effective rate; DFF (a volume-weighted daily figure) was 1.54 on 2004-09-07 and 1.51 on 2004-09-08, close to both figures but not the same measure.', ref='2004-09-08'),
    ])

# ---------------------------------------------------------------- 3
add('nysun_20060629_fed_17th_hike_stocks_surge', 'nysun.com',
    'https://www.nysun.com/article/business-fed-raises-interest-rate-stocks-surge-217-points',
    'The New York Sun (Bloomberg News copy)', '2006-06-30', 'medium',
    'The archive page carries no date. The decision described (a 17th straight quarter-point rise to 5.25%, a two-day meeting, next meeting in August) is the FOMC decision of Thursday 2006-06-29; the Sun was a morning paper, so the piece most likely ran on 2006-06-30. The stock move is the 2006-06-29 session. The excerpt stored for the page breaks off mid-sentence; the passage stops there.',
    "Fed Raises Interest Rate, Stocks Surge 217 Points (The New York Sun). The Federal Reserve raised its overnight lending rate between banks by a quarter-point to 5.25% and said further increases depend on the prospects for growth and inflation. "
    "Chairman Ben Bernanke is trying to contain a jump in prices without choking the expansion. The housing market is softening, with applications for mortgages dropping to the lowest in more than two years, and analysts predict growth will slow from last quarter's annual pace of 5.6%. "
    "The dollar fell by the most in four weeks against the yen and Treasury notes jumped. Stocks surged as traders scaled back bets that the Fed will lift rates again in August, when policy makers next meet. "
    "The FOMC's unanimous decision lifted the overnight lending rate between banks by a 17th straight quarter-point.",
    [
        C('DJI', 'day_change_pts', 217, 'points', 'Stocks Surge 217 Points', "day_pts('DJI','2006-06-29')", S, INT, 'The Dow rose 217.24 points on 2006-06-29 (the headline\'s "stocks" figure is the Dow\'s).', ref='2006-06-29'),
        C('FEDFUNDS', 'target', 5.25, 'percent', 'by a quarter-point to 5.25%', "dfedtar_changes('2006-06-01','2006-06-30')", S, FED, 'DFEDTAR rose from 5.00% to 5.25% on 2006-06-29.', ref='2006-06-29'),
        C('US_MORTGAGE_APPS', 'lowest_since', 'more than two years', 'period', 'lowest in more than two years', None, U, NOFILE, 'Mortgage applications are not in the files.', ref='2006-06-29'),
        C('US_GDP', 'annualized_growth', 5.6, 'percent', 'annual pace of 5.6%', None, U, NOFILE, 'GDP is not in the files.', ref='2006-06-29'),
        C('USDJPY', 'biggest_drop_since', 'four weeks', 'period', 'by the most in four weeks against the yen', None, U, NOFILE, 'Currencies are not in the files.', ref='2006-06-29'),
        C('FEDFUNDS', 'next_meeting', 'August', 'month', 'again in August, when policy makers next meet', "fomc_meetings('2006-06-30','2006-09-30')", S, FED, 'The next FOMC decision day was 2006-08-08.', ref='2006-08-08'),
        C('FEDFUNDS', 'consecutive_hikes', 17, 'count', 'by a 17th straight quarter-point', "[len(dfedtar_changes('2004-06-01','2006-06-29')), dfedtar_changes('2004-06-01','2006-06-29')[0], dfedtar_changes('2003-01-01','2004-06-29')]", S, COUNT,
          'DFEDTAR rose 17 times in quarter-point steps from 2004-06-30 (1.25%) to 2006-06-29 (5.25%); the change before that was the 2003-06-25 cut to 1.00%.', ref='2006-06-29', window='2004-06-30..2006-06-29'),
    ])

# ---------------------------------------------------------------- 4
add('bizjournals_20080318_fed_cut_relief_rally', 'upstart.bizjournals.com',
    'http://upstart.bizjournals.com/news-markets/top-5/2008/03/18/Fed-Cuts-Rates.html',
    'Upstart Business Journal (American City Business Journals), citing Bloomberg News', '2008-03-18', 'exact',
    'Dated "March 18, 2008, 2:00pm EDT" with a 2008/03/18 URL (a Tuesday, FOMC decision day); the closing figures show the item was updated after the close of 2008-03-18.',
    "Relief Rally (Jeffrey Cane, March 18, 2008). Investors, buoyed earlier in the day by resilient results from Lehman Brothers and Goldman Sachs, welcomed the Federal Reserve's cut in interest rates even though it was not quite as big as expected. "
    "Stocks had their biggest rally since October 2002. The Dow Jones industrials surged 420.41 points, or 3.5 percent. It was its fourth-biggest point gain ever. The S&P 500 gained 54.14 points, or 4.2 percent. "
    "Today's rate cut comes after an unusually aggressive campaign of monetary easing. Last summer, when the credit crunch exploded into a global crisis, the Fed's target for the federal funds rate was 5.25 percent. "
    "When the year began, it was at 4.25 percent. Now it is at 2.25 percent, much less than the annual rate of inflation.",
    [
        C('SPX', 'biggest_gain_since', '2002-10', 'month', 'biggest rally since October 2002', "[day_pct('SPX','2008-03-18'), last_gain_as_big('SPX','2008-03-18')]", S, SINCE,
          'The S&P 500 rose 4.24%, its largest daily gain since 2002-10-15 (+4.73%). For the Dow (+3.51%) the last larger gain was 2008-03-11 (+3.55%), a week earlier; "stocks" is read as the S&P 500, the broad market.', ref='2008-03-18'),
        C('DJI', 'day_change_pts', 420.41, 'points', 'surged 420.41 points', "day_pts('DJI','2008-03-18')", S, D2, 'The Dow rose 420.41 points to 12,392.66.', ref='2008-03-18'),
        C('DJI', 'day_change_pct', 3.5, 'percent', 'or 3.5 percent. It was', "day_pct('DJI','2008-03-18')", S, D1, 'The Dow rose 3.51%.', ref='2008-03-18'),
        C('DJI', 'point_gain_rank', 4, 'rank', "fourth-biggest point gain ever", "int((ser('DJI').diff().loc[:'2008-03-18'] >= day_pts('DJI','2008-03-18') - 0.001).sum())", S, RANK,
          'Only three daily point gains in the file were larger before 2008-03-18 (2000-03-16 +499.19, 2002-07-24 +488.95, 2002-07-29 +447.49); the file starts in 1992, but no earlier Dow gain came near 420 points.', ref='2008-03-18'),
        C('SPX', 'day_change_pts', 54.14, 'points', 'gained 54.14 points', "day_pts('SPX','2008-03-18')", S, D2, 'The S&P 500 rose 54.14 points to 1,330.74.', ref='2008-03-18'),
        C('SPX', 'day_change_pct', 4.2, 'percent', 'or 4.2 percent. Today', "day_pct('SPX','2008-03-18')", S, D1, 'The S&P 500 rose 4.24%.', ref='2008-03-18'),
        C('FEDFUNDS', 'target_summer_2007', 5.25, 'percent', 'federal funds rate was 5.25 percent', "fed_upper('2007-08-09')", S, FED, 'DFEDTAR was 5.25% through the summer of 2007 (until the 2007-09-18 cut).', ref='2007-08-09'),
        C('FEDFUNDS', 'target_start_2008', 4.25, 'percent', 'it was at 4.25 percent', "fed_upper('2008-01-01')", S, FED, 'DFEDTAR was 4.25% on 2008-01-01 (since 2007-12-11).', ref='2008-01-01'),
        C('FEDFUNDS', 'target', 2.25, 'percent', 'Now it is at 2.25 percent', "dfedtar_changes('2008-03-01','2008-03-31')", S, FED, 'DFEDTAR fell from 3.00% to 2.25% on 2008-03-18.', ref='2008-03-18'),
        C('US_CPI', 'inflation_above_rate', True, 'flag', 'much less than the annual rate of inflation', None, U, NOFILE, 'Inflation data are not in the files.', ref='2008-03-18'),
    ])

# ---------------------------------------------------------------- 5
add('benzinga_20211028_dow_11_percent_2008_lookback', 'benzinga.com',
    'https://www.benzinga.com/general/education/21/10/23711421/-dow-gains-11-on-this-day-in-2008-on-interest-rate-cut-optimism',
    'Benzinga', '2021-10-28', 'high',
    'The URL carries 21/10 and the piece looks back "on this date" at 2008-10-28, so it ran on 2021-10-28. The session described is Tuesday 2008-10-28; "the six months leading up to Oct. 28" is read as the 2008-04-28 close to the 2008-10-27 close (the note gives the reading to the 2008-10-28 close).',
    "Dow Gains 11% On This Day In 2008 On Interest Rate Cut Optimism (Benzinga). What Happened: On Oct. 28, 2008, the Dow and S&P 500 each gained roughly 11% on optimism surrounding another potential Federal Reserve interest rate cut. "
    "Where The Market Was: The Dow Jones Industrial Average traded at 9,065.12, and the S&P 500 finished the day at 940.51. What Else Was Going On: General Motors reported a $38.7-billion loss for 2007, crude oil prices hit an all-time high of $147 per barrel. "
    "Mortgage Crisis Bounce: In the six months leading up to Oct. 28, 2008, the S&P 500 was down 39.2% and the Dow was down 36.4%. Interest rates peaked at 5.25% in June 2006, but the Fed began cutting rates in response to the downturn in the housing market beginning in September 2007. "
    "On Oct. 8, 2008, the Fed cut interest rates from 2% to 1.5%. The day following the big rally, the Fed again cut interest rates to 1% on Oct. 9, 2008. In December 2008, the Fed cut interest rates to an unprecedented target range of between zero and 0.25%. "
    "The stock market wouldn't reach its ultimate financial crisis bottom until March 2009.",
    [
        C('DJI,SPX', 'day_change_pct', 11, 'percent', 'the Dow and S&P 500 each gained roughly 11%', "[day_pct('DJI','2008-10-28'), day_pct('SPX','2008-10-28')]", S, ABOUT,
          'The Dow rose 10.88% and the S&P 500 10.79% on 2008-10-28: both within one unit of 11 (the claim covers both indexes).', q='roughly', ref='2008-10-28'),
        C('DJI', 'level', 9065.12, 'index points', 'traded at 9,065.12', "close('DJI','2008-10-28')", S, D2, 'The Dow closed at 9,065.12 on 2008-10-28 ("traded at" is its close).', ref='2008-10-28'),
        C('SPX', 'level', 940.51, 'index points', 'finished the day at 940.51', "close('SPX','2008-10-28')", S, D2, 'The S&P 500 closed at 940.51.', ref='2008-10-28'),
        C('GM', 'annual_loss', 38.7, 'billion USD', '$38.7-billion loss', None, U, NOFILE, 'Company results are not in the files.', ref='2008-02-12'),
        C('WTI', 'record_high', 147, 'USD per barrel', 'all-time high of $147 per barrel', None, U, NOFILE, 'Oil prices are not in the files.', ref='2008-07-11'),
        C('SPX', 'change_6m', -39.2, 'percent', 'the S&P 500 was down 39.2%', "[pct('SPX','2008-04-28','2008-10-27'), pct('SPX','2008-04-28','2008-10-28')]", S, D1,
          'From the 2008-04-28 close to the 2008-10-27 close (the day before the rally) the S&P 500 fell 39.21%; to the 2008-10-28 close, -32.65%.', ref='2008-10-27', window='2008-04-28..2008-10-27'),
        C('DJI', 'change_6m', -36.4, 'percent', 'the Dow was down 36.4%', "[pct('DJI','2008-04-28','2008-10-27'), pct('DJI','2008-04-28','2008-10-28')]", I, TRUNC,
          'Over the same window the Dow fell 36.48%: 36.4 is a truncated figure, 0.08 off (the 1-decimal tolerance is 0.07); to the 2008-10-28 close, -29.57%.', ref='2008-10-27', window='2008-04-28..2008-10-27'),
        C('FEDFUNDS', 'peak', ['5.25', '2006-06'], 'percent, month', 'peaked at 5.25% in June 2006', "[dfedtar_changes('2006-01-01','2007-12-31')[3:5]]", S, FED, 'DFEDTAR reached 5.25% on 2006-06-29 and stayed there until the 2007-09-18 cut.', ref='2006-06-29'),
        C('FEDFUNDS', 'first_cut', '2007-09', 'month', 'beginning in September 2007', "dfedtar_changes('2006-07-01','2007-12-31')[0]", S, FED, 'The first cut of the cycle was 2007-09-18 (5.25% to 4.75%).', ref='2007-09-18'),
        C('FEDFUNDS', 'cut', ['2008-10-08', 2.0, 1.5], 'date, percent', 'On Oct. 8, 2008, the Fed cut interest rates from 2% to 1.5%', "dfedtar_changes('2008-05-01','2008-10-08')", S, FED, 'DFEDTAR fell from 2.00% to 1.50% on 2008-10-08 (an unscheduled coordinated cut).', ref='2008-10-08'),
        C('FEDFUNDS', 'cut_date', '2008-10-09', 'date', 'to 1% on Oct. 9, 2008', "dfedtar_changes('2008-10-09','2008-11-30')", X, WRONGDATE,
          'The cut to 1.00% came on 2008-10-29, the day after the rally (so "the day following the big rally" is right), not on Oct. 9; nothing changed on 2008-10-09.', ref='2008-10-29'),
        C('FEDFUNDS', 'range', [0, 0.25], 'percent', 'between zero and 0.25%', "[fomc_meetings('2008-12-01','2008-12-31'), fed_range('2008-12-16')]", S, FED, 'The 2008-12-16 decision set a 0-0.25% range (DFEDTARL/DFEDTARU from 2008-12-16).', ref='2008-12-16'),
        C('SPX', 'bottom', '2009-03', 'month', 'until March 2009', "argmin_close('SPX','2007-10-01','2012-12-31')", S, DATE, 'The S&P 500\'s lowest close of the crisis was 2009-03-09.', ref='2009-03-09'),
    ])

# ---------------------------------------------------------------- 6
add('investing_20161214_fed_hike_dow_nasdaq_dip', 'investing.com',
    'https://investing.com/news/economy-news/dow,-nasdaq-dip-as-traders-await-fed-decision-447777',
    'Investing.com', '2016-12-14', 'high',
    'The page gives no date; the closing levels are those of Wednesday 2016-12-14, the day of the FOMC decision (the first after the 2016-11-08 election), and the story was updated after the close that day. The 11:41 a.m. figures are mid-session and judged against the 2016-12-14 session ranges.',
    "Dow, Nasdaq dip as traders await Fed decision (Investing.com). The Dow Jones Industrial Average closed at 19792.53 today, down 0.60%, as traders reacted to the Federal Reserve increasing short-term interest rates by 0.25%. "
    "The Nasdaq also closed down at 5436.67, down 0.50%, or 27.16. The S&P 500 closed down as well at 2253.28. The rate increase was the only hike in interest rates this year and the second since June 2006. "
    "The Dow Jones Industrial Average and the NASDAQ composite were down by 0.16% and 0.11%, respectively, by 11:41 Eastern as traders anticipated the decision. "
    "Today's meeting marked the Fed's first conference since the election of Donald Trump. The U.S. economy has averaged about 1% to 2% growth during the Obama presidency.",
    [
        C('DJI', 'level', 19792.53, 'index points', 'closed at 19792.53 today', "close('DJI','2016-12-14')", S, D2, 'The Dow closed at 19,792.53.', ref='2016-12-14'),
        C('DJI', 'day_change_pct', -0.6, 'percent', 'down 0.60%, as traders', "day_pct('DJI','2016-12-14')", S, D2, 'The Dow fell 0.60% (118.68 points).', ref='2016-12-14'),
        C('FEDFUNDS', 'target_change', 0.25, 'percent', 'increasing short-term interest rates by 0.25%', "fed_changes('2016-12-01','2016-12-31')", S, FED, 'The range rose to 0.50%-0.75% (upper bound 0.75 from 0.50), effective 2016-12-15.', ref='2016-12-14'),
        C('IXIC', 'level', 5436.67, 'index points', 'closed down at 5436.67', "close('IXIC','2016-12-14')", S, D2, 'The Nasdaq closed at 5,436.67.', ref='2016-12-14'),
        C('IXIC', 'day_change_pct', -0.5, 'percent', 'down 0.50%, or 27.16', "day_pct('IXIC','2016-12-14')", S, D2, 'The Nasdaq fell 0.50%.', ref='2016-12-14'),
        C('IXIC', 'day_change_pts', -27.16, 'points', 'or 27.16', "day_pts('IXIC','2016-12-14')", S, D2, 'The Nasdaq fell 27.16 points.', ref='2016-12-14'),
        C('SPX', 'level', 2253.28, 'index points', 'at 2253.28', "close('SPX','2016-12-14')", S, D2, 'The S&P 500 closed at 2,253.28.', ref='2016-12-14'),
        C('FEDFUNDS', 'hikes_this_year', 1, 'count', 'the only hike in interest rates this year', "fed_changes('2016-01-01','2016-12-31')", S, FED, 'The only change of 2016 was this hike (effective 2016-12-15).', ref='2016-12-14'),
        C('FEDFUNDS', 'hikes_since', [2, '2006-06'], 'count, month', 'the second since June 2006', "[dfedtar_changes('2006-06-01','2008-12-15')[0], fed_changes('2008-12-17','2016-12-31')]", S, FED,
          'The last hike before the 2015-16 cycle was 2006-06-29 (to 5.25%); since then the only hikes were 2015-12-16 and 2016-12-14.', ref='2016-12-14', window='2006-06-29..2016-12-14'),
        C('DJI', 'day_change_pct', -0.16, 'percent', 'down by 0.16% and 0.11%', "session_range_pct('DJI','2016-12-14')", U, MID, 'At 11:41 a.m.; the Dow ranged from -0.82% to +0.28% on the session.', ref='2016-12-14', basis='11:41 a.m.'),
        C('IXIC', 'day_change_pct', -0.11, 'percent', 'respectively, by 11:41 Eastern', "session_range_pct('IXIC','2016-12-14')", U, MID, 'At 11:41 a.m.; the Nasdaq ranged from -0.70% to +0.23% on the session.', ref='2016-12-14', basis='11:41 a.m.'),
        C('FEDFUNDS', 'first_meeting_since_election', True, 'flag', "first conference since the election of Donald Trump", "fomc_meetings('2016-11-01','2016-12-14')", S, FED,
          'FOMC meetings: 2016-11-02 (before the 2016-11-08 election) and 2016-12-14, the first after it.', ref='2016-12-14'),
        C('US_GDP', 'average_growth', '1-2', 'percent', 'about 1% to 2% growth', None, U, NOFILE, 'GDP is not in the files.', q='about', ref='2016-12-14'),
    ])

# ---------------------------------------------------------------- 7
add('landsbergbennett_20180926_stocks_lower_third_hike', 'landsbergbennett.com',
    'https://www.landsbergbennett.com/market-commentary-wednesday-september-26-2018/',
    'Landsberg Bennett Private Wealth Management (daily market commentary)', '2018-09-26', 'exact',
    'The URL names "Wednesday, September 26, 2018", the FOMC decision day (the range became effective 2018-09-27). Rounded index figures are judged as integers.',
    "Market Commentary, Wednesday, September 26, 2018. Stocks finished lower Wednesday. The Dow fell 106 points to 26385, while the S&P 500 lost 9 points to 2905. The Nasdaq Composite fell 17 points to 7990. "
    "The major averages climbed to session highs after the afternoon Federal Reserve decision but retreated during Fed Chair Jerome Powell's press conference. As expected, policymakers voted to raise interest rates by 25 basis points for the third time this year, "
    "lifting the federal funds rate to a target range of 2.00% - 2.25%. The yield on the benchmark 10-year note dipped four basis points to 3.05%. Seven of 11 S&P 500 sectors closed in negative territory. "
    "Alexion Pharmaceuticals gained 5.1% to $135.59. WTI crude slipped to $71.79/barrel and COMEX gold declined to $1,193.80/ounce. Mortgage applications climbed 2.9% in the most recent week, and new home sales increased 3.5% in August after falling 1.6% in July.",
    [
        C('DJI', 'day_change_pts', -106, 'points', 'The Dow fell 106 points', "day_pts('DJI','2018-09-26')", I, TRUNC, 'The Dow fell 106.93 points: 106 is truncated (0.93 off, more than 0.5), within 20%.', ref='2018-09-26'),
        C('DJI', 'level', 26385, 'index points', 'to 26385', "close('DJI','2018-09-26')", S, INT, 'The Dow closed at 26,385.28.', ref='2018-09-26'),
        C('SPX', 'day_change_pts', -9, 'points', 'lost 9 points', "day_pts('SPX','2018-09-26')", I, TRUNC, 'The S&P 500 fell 9.59 points: 9 is truncated (0.59 off), within 20%.', ref='2018-09-26'),
        C('SPX', 'level', 2905, 'index points', 'to 2905', "close('SPX','2018-09-26')", I, LVLI, 'The S&P 500 closed at 2,905.97: 2905 is truncated (0.97 off), within 1%.', ref='2018-09-26'),
        C('IXIC', 'day_change_pts', -17, 'points', 'fell 17 points', "day_pts('IXIC','2018-09-26')", S, INT, 'The Nasdaq fell 17.10 points.', ref='2018-09-26'),
        C('IXIC', 'level', 7990, 'index points', 'to 7990', "close('IXIC','2018-09-26')", S, INT, 'The Nasdaq closed at 7,990.37.', ref='2018-09-26'),
        C('FEDFUNDS', 'hikes_this_year', 3, 'count', 'for the third time this year', "fed_changes('2018-01-01','2018-09-30')", S, FED, 'Range changes effective 2018-03-22, 2018-06-14 and 2018-09-27: the third of 2018.', ref='2018-09-26'),
        C('FEDFUNDS', 'range', [2.0, 2.25], 'percent', 'target range of 2.00% - 2.25%', "fed_range('2018-09-27')", S, FED, 'DFEDTARL/DFEDTARU: 2.00%-2.25% from 2018-09-27.', ref='2018-09-26'),
        C('US10Y', 'change_bp', -4, 'basis points', 'dipped four basis points', "rate_change_bp('DGS10','2018-09-25','2018-09-26')", S, YLD, 'FRED 10-year: 3.10 to 3.06, -4 basis points.', ref='2018-09-26', basis='end of day'),
        C('US10Y', 'yield', 3.05, 'percent', 'to 3.05%', "rate('DGS10','2018-09-26')", S, YLDS, 'FRED 10-year: 3.06 on 2018-09-26; 3.05 is 0.01 off.', ref='2018-09-26', basis='end of day'),
        C('SPX_SECTORS', 'sectors_lower', 7, 'count', 'Seven of 11 S&P 500 sectors', None, U, NOFILE, 'Sector indexes are not in the files.', ref='2018-09-26'),
        C('ALXN', 'day_change_pct', 5.1, 'percent', 'gained 5.1% to $135.59', None, U, NOFILE, 'Single stocks are not in the files.', ref='2018-09-26'),
        C('WTI', 'price', 71.79, 'USD per barrel', '$71.79/barrel', None, U, NOFILE, 'Oil prices are not in the files.', ref='2018-09-26'),
        C('GOLD', 'price', 1193.8, 'USD per ounce', '$1,193.80/ounce', None, U, NOFILE, 'Gold prices are not in the files.', ref='2018-09-26'),
        C('US_MORTGAGE_APPS', 'weekly_change_pct', 2.9, 'percent', 'climbed 2.9%', None, U, NOFILE, 'Mortgage applications are not in the files.', ref='2018-09-26'),
        C('US_NEW_HOME_SALES', 'monthly_change_pct', 3.5, 'percent', 'increased 3.5% in August', None, U, NOFILE, 'Housing data are not in the files.', ref='2018-09-26'),
        C('US_NEW_HOME_SALES', 'monthly_change_pct_prev', -1.6, 'percent', 'after falling 1.6% in July', None, U, NOFILE, 'Housing data are not in the files.', ref='2018-08-23'),
    ])

# ---------------------------------------------------------------- 8
add('siasat_20181220_stocks_lower_after_fourth_hike', 'siasat.com',
    'https://www.siasat.com/news/us-stocks-close-lower-after-fed-decision-1448191/amp/',
    'Xinhua via IANS, on Siasat', '2018-12-21', 'medium',
    'The page gives no date. The closing figures are those of Thursday 2018-12-20 ("on Thursday"), the day after the 2018-12-19 FOMC decision; an IANS item datelined New York would appear in India on 2018-12-21.',
    "US stocks close lower after Fed decision (IANS/Xinhua). New York: US stocks closed lower as investors digested the central bank's latest rate hike decision. The Dow Jones Industrial Average on Thursday was down 464.06 points, or 1.99 per cent, to 22,859.60. "
    "The S&P 500 fell 39.54 points, or 1.58 per cent, to 2,467.42. The Nasdaq Composite Index fell 108.42 points, or 1.63 per cent, to 6,528.41. "
    "The US Federal Reserve on Wednesday raised short-term interest rates by a quarter of a percentage point but signalled a slower pace of rate hikes next year. The Committee decided to raise the target range for the federal funds rate to 2-1/4 to 2-1/2 per cent, the Fed said after a two-day policy meeting. "
    "It marked the Fed's fourth rate hike this year and the ninth such move since late 2015. The Fed said economic activity has been rising at a strong rate since the last policy meeting in November.",
    [
        C('DJI', 'day_change_pts', -464.06, 'points', 'down 464.06 points', "day_pts('DJI','2018-12-20')", S, D2, 'The Dow fell 464.06 points on Thursday 2018-12-20.', ref='2018-12-20'),
        C('DJI', 'day_change_pct', -1.99, 'percent', 'or 1.99 per cent', "day_pct('DJI','2018-12-20')", S, D2, 'The Dow fell 1.99%.', ref='2018-12-20'),
        C('DJI', 'level', 22859.6, 'index points', 'to 22,859.60', "close('DJI','2018-12-20')", S, D2, 'The Dow closed at 22,859.60.', ref='2018-12-20'),
        C('SPX', 'day_change_pts', -39.54, 'points', 'fell 39.54 points', "day_pts('SPX','2018-12-20')", S, D2, 'The S&P 500 fell 39.54 points.', ref='2018-12-20'),
        C('SPX', 'day_change_pct', -1.58, 'percent', 'or 1.58 per cent', "day_pct('SPX','2018-12-20')", S, D2, 'The S&P 500 fell 1.58%.', ref='2018-12-20'),
        C('SPX', 'level', 2467.42, 'index points', 'to 2,467.42', "close('SPX','2018-12-20')", S, D2, 'The S&P 500 closed at 2,467.42.', ref='2018-12-20'),
        C('IXIC', 'day_change_pts', -108.42, 'points', 'fell 108.42 points', "day_pts('IXIC','2018-12-20')", S, D2, 'The Nasdaq fell 108.42 points.', ref='2018-12-20'),
        C('IXIC', 'day_change_pct', -1.63, 'percent', 'or 1.63 per cent', "day_pct('IXIC','2018-12-20')", S, D2, 'The Nasdaq fell 1.63%.', ref='2018-12-20'),
        C('IXIC', 'level', 6528.41, 'index points', 'to 6,528.41', "close('IXIC','2018-12-20')", S, D2, 'The Nasdaq closed at 6,528.41.', ref='2018-12-20'),
        C('FEDFUNDS', 'hike_day', '2018-12-19', 'date', 'on Wednesday raised short-term interest rates by a quarter of a percentage point', "[fomc_meetings('2018-12-01','2018-12-31'), fed_changes('2018-12-01','2018-12-31'), weekday('2018-12-19')]", S, FED,
          'The decision came on Wednesday 2018-12-19; the upper bound rose from 2.25 to 2.50 effective 2018-12-20.', ref='2018-12-19'),
        C('FEDFUNDS', 'range', [2.25, 2.5], 'percent', '2-1/4 to 2-1/2 per cent', "fed_range('2018-12-20')", S, FED, 'DFEDTARL/DFEDTARU: 2.25%-2.50% from 2018-12-20.', ref='2018-12-19'),
        C('FEDFUNDS', 'hikes_this_year', 4, 'count', "fourth rate hike this year", "len(fed_changes('2018-01-01','2018-12-31'))", S, COUNT, 'Four range increases in 2018 (effective 03-22, 06-14, 09-27, 12-20).', ref='2018-12-19'),
        C('FEDFUNDS', 'hikes_since_2015', 9, 'count', 'the ninth such move since late 2015', "len(fed_changes('2015-12-01','2018-12-31'))", S, COUNT, 'Nine increases from 2015-12-16 to 2018-12-19 (1 in 2015, 1 in 2016, 3 in 2017, 4 in 2018).', ref='2018-12-19', window='2015-12-16..2018-12-19'),
        C('FEDFUNDS', 'last_meeting', '2018-11', 'month', 'the last policy meeting in November', "fomc_meetings('2018-10-01','2018-12-18')", S, FED, 'The previous FOMC meeting ended 2018-11-08.', ref='2018-11-08'),
    ])

# ---------------------------------------------------------------- 9
add('nypost_20190731_dow_tanks_powell_adjustment', 'gamestartup.netlify.app (mirror of nypost.com)',
    'https://gamestartup.netlify.app/host-https-nypost.com/2019/07/31/dow-jones-tanks-as-fed-chairman-raises-doubts-on-further-rate-cuts',
    'New York Post', '2019-07-31', 'exact',
    'The mirrored nypost.com URL carries 2019/07/31, a Wednesday and FOMC decision day (the new range became effective 2019-08-01).',
    "Dow Jones tanks as Fed chairman raises doubts on further rate cuts (New York Post, 2019/07/31). The stock market plunged Wednesday despite the Fed announcing its first interest rate cut in a decade, as Fed Chairman Jerome Powell signaled that the quarter-point cut was an \"adjustment\" and not the beginning of a \"lengthy cutting cycle.\" "
    "Powell's remarks were enough to send the Dow Jones industrial average down more than 400 points in afternoon trades. The Dow recovered to end the day at 26,864.27, down 330.75 points. Meanwhile, the S&P 500 and Nasdaq were off 1.1% and 1.2%, respectively. "
    "\"Powell's comment that this rate cut is a 'mid-cycle adjustment' was not dovish enough for a market that thinks there will be two more rate cuts this year,\" said Quincy Krosby of Prudential Financial. The Fed also said it is halting its balance sheet reduction, two months earlier than planned.",
    [
        C('FEDFUNDS', 'first_cut_since', 'a decade', 'period', 'its first interest rate cut in a decade', "[last_fed_cut_before('2019-07-31'), fed_changes('2019-07-01','2019-08-31')]", S, FED,
          'The previous cut was the 2008-12-16 move to 0-0.25%, 10.6 years earlier; the 2019-07-31 cut took the upper bound from 2.50 to 2.25 (effective 2019-08-01).', ref='2019-07-31'),
        C('FEDFUNDS', 'cut_size', 0.25, 'percent', 'the quarter-point cut', "fed_changes('2019-07-01','2019-08-31')", S, FED, 'The range fell by a quarter point to 2.00%-2.25%.', ref='2019-07-31'),
        C('DJI', 'intraday_drop_pts', 400, 'points', 'down more than 400 points in afternoon trades', "session_range_pts('DJI','2019-07-31')", S, BOUND,
          'The Dow\'s session low was 478.42 points below the previous close, so at some point of the afternoon it was down more than 400 points.', q='more than', ref='2019-07-31', basis='afternoon'),
        C('DJI', 'level', 26864.27, 'index points', 'end the day at 26,864.27', "close('DJI','2019-07-31')", S, D2, 'The Dow closed at 26,864.27.', ref='2019-07-31'),
        C('DJI', 'day_change_pts', -330.75, 'points', 'down 330.75 points', "day_pts('DJI','2019-07-31')", I, PTSI, 'The Dow fell 333.75 points (27,198.02 to 26,864.27); 330.75 is 3 points off, within 20% (a digit slip).', ref='2019-07-31'),
        C('SPX,IXIC', 'day_change_pct', [-1.1, -1.2], 'percent', 'off 1.1% and 1.2%, respectively', "[day_pct('SPX','2019-07-31'), day_pct('IXIC','2019-07-31')]", S, D1, 'The S&P 500 fell 1.09% and the Nasdaq 1.19%.', ref='2019-07-31'),
        C('QUOTE', 'cuts_expected', 2, 'count', 'two more rate cuts this year', None, N, QUOTE, 'A quoted view of market expectations (the futures odds for 2019 meetings are not in the files).', ref='2019-07-31'),
        C('FED_BALANCE_SHEET', 'runoff_end_early', 'two months', 'period', 'two months earlier than planned', None, U, NOFILE, 'The balance sheet is not in the files.', ref='2019-07-31'),
    ])

# ---------------------------------------------------------------- 10
add('sputnik_20190731_dow_worst_day_since_may_cut', 'sputnikglobe.com',
    'https://sputnikglobe.com/amp/20190731/dow-drops-more-than-300-points-after-fed-cuts-interest-rates-1076421795.html',
    'Sputnik', '2019-07-31', 'exact',
    'The URL carries 20190731; the session is Wednesday 2019-07-31, the FOMC decision day.',
    "Dow Drops More Than 300 Points After Fed Cuts Interest Rates (Sputnik, 2019-07-31). Following a decision by the US Federal Reserve to cut interest rates Wednesday for the first time in 11 years, US stocks declined rapidly. "
    "The Dow Jones Industrial Average fell by 1.23% at the closing bell Wednesday, losing 333.75 points - its worst day since May. The S&P 500 dropped 1.1% and the Nasdaq Composite 1.2%. "
    "The US central bank reduced rates by 25 basis points, to a base range of 2-2.25%. It was the first time the Fed cut interest rates since the 2008 financial crisis, when it rapidly slashed rates to zero. "
    "The most recent data show the US economy expanded by 2.1% in the second quarter.",
    [
        C('DJI', 'day_change_pts', -300, 'points', 'Dow Drops More Than 300 Points', "day_pts('DJI','2019-07-31')", S, MORE, 'The Dow fell 333.75 points.', q='more than', ref='2019-07-31'),
        C('FEDFUNDS', 'first_cut_since', '11 years', 'period', 'for the first time in 11 years', "[last_fed_cut_before('2019-07-31'), years_between('2008-12-16','2019-07-31')]", S, FED,
          'The previous cut was 2008-12-16, 10.6 years earlier (the eleventh year since; "11 years" counts from the 2008 calendar year).', ref='2019-07-31'),
        C('DJI', 'day_change_pct', -1.23, 'percent', 'fell by 1.23%', "day_pct('DJI','2019-07-31')", S, D2, 'The Dow fell 1.23%.', ref='2019-07-31'),
        C('DJI', 'day_change_pts', -333.75, 'points', 'losing 333.75 points', "day_pts('DJI','2019-07-31')", S, D2, 'The Dow fell 333.75 points.', ref='2019-07-31'),
        C('DJI', 'worst_day_since', '2019-05', 'month', 'its worst day since May', "last_drop_as_big('DJI','2019-07-31')", S, SINCE, 'The last Dow drop at least as large in percent was 2019-05-31 (-1.41%).', ref='2019-07-31'),
        C('SPX', 'day_change_pct', -1.1, 'percent', 'The S&P 500 dropped 1.1%', "day_pct('SPX','2019-07-31')", S, D1, 'The S&P 500 fell 1.09%.', ref='2019-07-31'),
        C('IXIC', 'day_change_pct', -1.2, 'percent', 'the Nasdaq Composite 1.2%', "day_pct('IXIC','2019-07-31')", S, D1, 'The Nasdaq fell 1.19%.', ref='2019-07-31'),
        C('FEDFUNDS', 'range', [2.0, 2.25], 'percent', 'to a base range of 2-2.25%', "[fed_range('2019-07-31'), fed_range('2019-08-01')]", S, FED, 'The range went from 2.25%-2.50% to 2.00%-2.25% (effective 2019-08-01).', ref='2019-07-31'),
        C('FEDFUNDS', 'previous_cut_to_zero', '2008', 'year', 'since the 2008 financial crisis, when it rapidly slashed rates to zero', "[last_fed_cut_before('2019-07-31'), fed_range('2008-12-16')]", S, FED, 'The last cut before 2019 was 2008-12-16, to 0-0.25%.', ref='2008-12-16'),
        C('US_GDP', 'q2_growth', 2.1, 'percent', 'expanded by 2.1%', None, U, NOFILE, 'GDP is not in the files.', ref='2019-07-26'),
    ])

# ---------------------------------------------------------------- 11
add('abcaction_20210317_sp_dow_records_fed_near_zero', 'abcaction.news',
    'https://abcaction.news/the-sp-500-ends-at-a-record-high-after-the-fed-projects-a-stronger-economy.html',
    'Reuters (machine-reworded copy on abcaction.news)', '2021-03-17', 'high',
    'The page gives no date. The closing figures are those of Wednesday 2021-03-17, an FOMC decision day (the Fed projected a rapid 2021 recovery and kept its range at 0-0.25%); the story was written after that close. The "1.6374%" ten-year yield is an afternoon quote after the statement.',
    "The S&P 500 ends at a record high after the Fed projects a stronger economy (Reuters). The S&P 500 and Dow Jones Industrial Average closed at record highs on Wednesday after the Fed predicted a rapid economic recovery from the coronavirus pandemic and said it would keep its interest rate close to zero. "
    "Following the Fed's statement, the ten-year Treasury yield fell to 1.6374%. The Dow Jones Industrial Average rose 0.58% to 33,015.37 points, while the S&P 500 gained 0.29% to 3,974.12. The Nasdaq Composite rose 0.4% to 13,525.20. "
    "The Nasdaq remains about 4% below its record close on February 12th. Amazon.com rose 1.4% and Tesla added 3.7%. Six of the 11 S&P 500 sector indices rose. McDonald's gained 1.9%.",
    [
        C('SPX', 'record_close', True, 'flag', 'The S&P 500 and Dow Jones Industrial Average closed at record highs', "[is_record_close('SPX','2021-03-17'), is_record_close('DJI','2021-03-17')]", S, REC,
          'Both the S&P 500 (3,974.12) and the Dow (33,015.37) closed above every earlier close on 2021-03-17 (the claim covers both).', ref='2021-03-17'),
        C('FEDFUNDS', 'range', [0, 0.25], 'percent', 'keep its interest rate close to zero', "fed_range('2021-03-18')", S, FED, 'The range stayed at 0-0.25%.', ref='2021-03-17'),
        C('US10Y', 'yield', 1.6374, 'percent', 'fell to 1.6374%', "[rate('DGS10','2021-03-16'), rate('DGS10','2021-03-17')]", U, INTRA, 'An intraday yield after the statement; FRED\'s end-of-day 10-year was 1.62 on 2021-03-16 and 1.63 on 2021-03-17.', ref='2021-03-17', basis='afternoon'),
        C('DJI', 'day_change_pct', 0.58, 'percent', 'rose 0.58%', "day_pct('DJI','2021-03-17')", S, D2, 'The Dow rose 0.58%.', ref='2021-03-17'),
        C('DJI', 'level', 33015.37, 'index points', '33,015.37', "close('DJI','2021-03-17')", S, D2, 'The Dow closed at 33,015.37.', ref='2021-03-17'),
        C('SPX', 'day_change_pct', 0.29, 'percent', 'gained 0.29%', "day_pct('SPX','2021-03-17')", S, D2, 'The S&P 500 rose 0.29%.', ref='2021-03-17'),
        C('SPX', 'level', 3974.12, 'index points', '3,974.12', "close('SPX','2021-03-17')", S, D2, 'The S&P 500 closed at 3,974.12.', ref='2021-03-17'),
        C('IXIC', 'day_change_pct', 0.4, 'percent', 'rose 0.4% to 13,525.20', "day_pct('IXIC','2021-03-17')", S, D1, 'The Nasdaq rose 0.40%.', ref='2021-03-17'),
        C('IXIC', 'level', 13525.2, 'index points', '13,525.20', "close('IXIC','2021-03-17')", S, D2, 'The Nasdaq closed at 13,525.20.', ref='2021-03-17'),
        C('IXIC', 'pct_from_ath', 4, 'percent', 'about 4% below its record close', "pct_below_record('IXIC','2021-03-17')", S, ABOUT, 'The Nasdaq was 4.05% below its record close.', q='about', ref='2021-03-17'),
        C('IXIC', 'record_date', '2021-02-12', 'date', 'record close on February 12th', "record_close_upto('IXIC','2021-03-17')", S, DATE, 'The Nasdaq\'s record close was 14,095.47 on 2021-02-12.', ref='2021-02-12'),
        C('AMZN,TSLA', 'day_change_pct', [1.4, 3.7], 'percent', 'Amazon.com rose 1.4% and Tesla added 3.7%', None, U, NOFILE, 'Single stocks are not in the files.', ref='2021-03-17'),
        C('SPX_SECTORS', 'sectors_higher', 6, 'count', 'Six of the 11 S&P 500 sector indices rose', None, U, NOFILE, 'Sector indexes are not in the files (the sector SPDRs have only adjusted closes here and never decide a verdict).', ref='2021-03-17'),
        C('MCD', 'day_change_pct', 1.9, 'percent', "McDonald's gained 1.9%", None, U, NOFILE, 'Single stocks are not in the files.', ref='2021-03-17'),
    ])

# ---------------------------------------------------------------- 12
add('arkansasonline_20210827_records_powell_jackson_hole', 'arkansasonline.com',
    'https://www.arkansasonline.com/news/2021/aug/28/stocks-rise-after-fed-boss-gives-interest-rate/',
    'Associated Press (on the Arkansas Democrat-Gazette)', '2021-08-28', 'exact',
    'The URL carries 2021/aug/28 (a Saturday); the session described is Friday 2021-08-27 (Powell\'s Jackson Hole speech); "set on Wednesday" is 2021-08-25.',
    "Stocks rise after Fed boss gives interest-rate assurance (AP, Aug. 28, 2021). NEW YORK -- Wall Street rallied to records on Friday after the head of the Federal Reserve said it's still far from pulling interest rates off the record low that's helped markets soar, even if it does begin dialing back its support for the economy later this year. "
    "The S&P 500 rose 39.37, or 0.9%, to 4,509.37 to top its previous all-time high set on Wednesday. The Dow Jones Industrial Average climbed 242.68 points, or 0.7%, to 34,455.80, and the Nasdaq composite gained 183.69, or 1.2%, to 15,129.50. "
    "Fed Chairman Jerome Powell said the economy has met one big milestone the central bank required to slow the $120 billion in bond purchases it's making each month.",
    [
        C('FEDFUNDS', 'range_record_low', [0, 0.25], 'percent', 'off the record low', "[fed_range('2021-08-27'), fed_range('2008-12-16')]", S, FED, 'The range was 0-0.25%, the lowest ever set (as in 2008-2015).', ref='2021-08-27'),
        C('SPX', 'day_change_pts', 39.37, 'points', 'rose 39.37', "day_pts('SPX','2021-08-27')", S, D2, 'The S&P 500 rose 39.37 points.', ref='2021-08-27'),
        C('SPX', 'day_change_pct', 0.9, 'percent', 'or 0.9%, to 4,509.37', "day_pct('SPX','2021-08-27')", S, D1, 'The S&P 500 rose 0.88%.', ref='2021-08-27'),
        C('SPX', 'level', 4509.37, 'index points', '4,509.37', "close('SPX','2021-08-27')", S, D2, 'The S&P 500 closed at 4,509.37.', ref='2021-08-27'),
        C('SPX', 'record_close', True, 'flag', 'to top its previous all-time high', "is_record_close('SPX','2021-08-27')", S, REC, 'A record close.', ref='2021-08-27'),
        C('SPX', 'previous_record_date', 'Wednesday', 'weekday', 'set on Wednesday', "[record_close_upto('SPX','2021-08-26'), weekday('2021-08-25')]", S, DATE, 'The previous record close was 4,496.19 on Wednesday 2021-08-25.', ref='2021-08-25'),
        C('DJI', 'day_change_pts', 242.68, 'points', 'climbed 242.68 points', "day_pts('DJI','2021-08-27')", S, D2, 'The Dow rose 242.68 points.', ref='2021-08-27'),
        C('DJI', 'day_change_pct', 0.7, 'percent', 'or 0.7%, to 34,455.80', "day_pct('DJI','2021-08-27')", S, D1, 'The Dow rose 0.69%.', ref='2021-08-27'),
        C('DJI', 'level', 34455.8, 'index points', '34,455.80', "close('DJI','2021-08-27')", X, LVLX, 'The Dow closed at 35,455.80: the printed 34,455.80 is 1,000 points (2.8%) low, a typo for 35,455.80.', ref='2021-08-27'),
        C('IXIC', 'day_change_pts', 183.69, 'points', 'gained 183.69', "day_pts('IXIC','2021-08-27')", S, D2, 'The Nasdaq rose 183.69 points.', ref='2021-08-27'),
        C('IXIC', 'day_change_pct', 1.2, 'percent', 'or 1.2%, to 15,129.50', "day_pct('IXIC','2021-08-27')", S, D1, 'The Nasdaq rose 1.23%.', ref='2021-08-27'),
        C('IXIC', 'level', 15129.5, 'index points', '15,129.50', "close('IXIC','2021-08-27')", S, D2, 'The Nasdaq closed at 15,129.50.', ref='2021-08-27'),
        C('IXIC', 'record_close', True, 'flag', 'Wall Street rallied to records', "[is_record_close('SPX','2021-08-27'), is_record_close('IXIC','2021-08-27'), is_record_close('DJI','2021-08-27')]", S, REC,
          'The S&P 500 and the Nasdaq closed at records on 2021-08-27 (the Dow did not), so "records" holds for the indexes that set them.', ref='2021-08-27'),
        C('FED_BALANCE_SHEET', 'monthly_purchases', 120, 'billion USD', '$120 billion in bond purchases', None, U, NOFILE, 'Fed asset purchases are not in the files.', ref='2021-08-27'),
    ])

# ---------------------------------------------------------------- 13
add('newser_20220615_stocks_rally_biggest_hike_since_1994', 'newser.com (image CDN host)',
    'https://img2-azcdn.newser.com/story/321803/stocks-rally-after-feds-big-rate-hike.html',
    'Newser (summarizing the Associated Press)', '2022-06-15', 'high',
    'The page gives no date; the closing figures are those of Wednesday 2022-06-15, the day of the 75 basis-point FOMC decision (range 1.50%-1.75% effective 2022-06-16).',
    "Stocks Rally After Fed's Big Rate Hike (Newser). Stocks rallied in a roller-coaster day of trading on Wall Street Wednesday after the Federal Reserve hiked interest rates by the biggest margin since 1994. "
    "The increase of three-quarters of a percentage point was three times as big as the central bank usually makes. The S&P 500 rose 54.51 points, or 1.5%, to 3,789.99. The Dow Jones Industrial Average rose 303.70 points, or 1%, to 30,668.53. "
    "The Nasdaq rose 270.81 points, or 2.5%, to 11,099.15. Treasury yields were sharply lower as investors struggled to digest the third interest-rate hike of the year. Powell said the Fed may consider an increase of either half a point or three-quarters of a point at its next meeting in July. "
    "The Fed is fighting the worst inflation in four decades.",
    [
        C('FEDFUNDS', 'biggest_hike_since', '1994', 'year', 'the biggest margin since 1994', "[fed_changes('2022-06-01','2022-06-30'), dfedtar_changes('1994-11-01','1994-11-30'), dfedtar_changes('1995-01-01','2008-12-15')[:1]]", S, SINCE,
          'The upper bound rose 0.75 (1.00 to 1.75); the last hike at least that large was 1994-11-15 (+75 bp to 5.50%); 1995-2008 moves were at most 50 bp.', ref='2022-06-15'),
        C('FEDFUNDS', 'hike_size', 0.75, 'percent', 'three-quarters of a percentage point was', "fed_changes('2022-05-01','2022-06-30')", S, FED, 'The upper bound went from 1.00 to 1.75, effective 2022-06-16.', ref='2022-06-15'),
        C('GENERIC', 'usual_move', 3, 'ratio', 'three times as big as the central bank usually makes', None, N, QUOTE, 'A generic statement about the Fed\'s usual quarter-point step.', ref='2022-06-15'),
        C('SPX', 'day_change_pts', 54.51, 'points', 'rose 54.51 points', "day_pts('SPX','2022-06-15')", S, D2, 'The S&P 500 rose 54.51 points.', ref='2022-06-15'),
        C('SPX', 'day_change_pct', 1.5, 'percent', 'or 1.5%, to 3,789.99', "day_pct('SPX','2022-06-15')", S, D1, 'The S&P 500 rose 1.46%.', ref='2022-06-15'),
        C('SPX', 'level', 3789.99, 'index points', '3,789.99', "close('SPX','2022-06-15')", S, D2, 'The S&P 500 closed at 3,789.99.', ref='2022-06-15'),
        C('DJI', 'day_change_pts', 303.7, 'points', 'rose 303.70 points', "day_pts('DJI','2022-06-15')", S, D2, 'The Dow rose 303.70 points.', ref='2022-06-15'),
        C('DJI', 'day_change_pct', 1, 'percent', 'or 1%, to 30,668.53', "day_pct('DJI','2022-06-15')", S, INT, 'The Dow rose 1.00%.', ref='2022-06-15'),
        C('DJI', 'level', 30668.53, 'index points', '30,668.53', "close('DJI','2022-06-15')", S, D2, 'The Dow closed at 30,668.53.', ref='2022-06-15'),
        C('IXIC', 'day_change_pts', 270.81, 'points', 'rose 270.81 points', "day_pts('IXIC','2022-06-15')", S, D2, 'The Nasdaq rose 270.80 points in the file (a rounding difference of 0.01).', ref='2022-06-15'),
        C('IXIC', 'day_change_pct', 2.5, 'percent', 'or 2.5%, to 11,099.15', "day_pct('IXIC','2022-06-15')", S, D1, 'The Nasdaq rose 2.50%.', ref='2022-06-15'),
        C('IXIC', 'level', 11099.15, 'index points', '11,099.15', "close('IXIC','2022-06-15')", S, D2, 'The Nasdaq closed at 11,099.15.', ref='2022-06-15'),
        C('US10Y', 'direction', 'down', 'direction', 'Treasury yields were sharply lower', "[rate_change_bp('DGS10','2022-06-14','2022-06-15'), rate_change_bp('DGS2','2022-06-14','2022-06-15')]", S, YLD,
          'FRED: the 10-year fell from 3.49 to 3.33 (-16 bp) and the 2-year from 3.45 to 3.20 (-25 bp), end of day.', ref='2022-06-15', basis='end of day'),
        C('FEDFUNDS', 'hikes_this_year', 3, 'count', 'the third interest-rate hike of the year', "fed_changes('2022-01-01','2022-06-30')", S, FED, 'Hikes effective 2022-03-17, 2022-05-05 and 2022-06-16: the third of 2022.', ref='2022-06-15'),
        C('FEDFUNDS', 'next_meeting', 'July', 'month', 'at its next meeting in July', "fomc_meetings('2022-06-16','2022-08-31')", S, FED, 'The next FOMC decision day was 2022-07-27 (the size of that hike is a forecast, not judged).', ref='2022-07-27'),
        C('US_CPI', 'highest_since', 'four decades', 'period', 'the worst inflation in four decades', None, U, NOFILE, 'Inflation data are not in the files.', ref='2022-06-15'),
    ])

# ---------------------------------------------------------------- 14
add('baystreet_20220504_equities_surge_half_point_hike', 'baystreet.ca',
    'https://www.baystreet.ca/amp/articles/Market_Updates_us.aspx?articleid=77096',
    'Baystreet.ca', '2022-05-04', 'high',
    'The page gives no date; the closing figures are those of Wednesday 2022-05-04, the day of the 50 basis-point FOMC decision (range 0.75%-1.00% effective 2022-05-05); the ADP report for April came out that morning.',
    "Equities Surge in Fed Decision (Baystreet.ca). Stocks jumped on Wednesday in a relief rally after the Federal Reserve raised rates by a widely anticipated half percentage point and Chairman Jerome Powell ruled out getting even more aggressive. "
    "The Dow Jones Industrials hurtled 932.77 points, or 2.8%, to 34,061.06. The S&P 500 grabbed 124.69 points, or 3%, to 4,300.17. The NASDAQ Composite leaped 401.1 points, or 3.2%, to 12,964.86. "
    "The central bank hiked its benchmark interest rate 50 basis points, the biggest hike since 2000 for the Fed. Home Depot and Caterpillar rose about 3%. Lyft plummeted 29% and rival Uber dropped 8%. "
    "The ADP private payrolls report showed an increase of 247,000 for April, well below the 390,000 Dow Jones estimate. Treasury prices jumped, with yields falling to 2.92% from Tuesday's 2.98%.",
    [
        C('DJI', 'day_change_pts', 932.77, 'points', 'hurtled 932.77 points', "day_pts('DJI','2022-05-04')", I, PTSI, 'The Dow rose 932.27 points (33,128.79 to 34,061.06): 932.77 is 0.50 point off, a digit slip, within 20%. The level and percent are right.', ref='2022-05-04'),
        C('DJI', 'day_change_pct', 2.8, 'percent', 'or 2.8%, to 34,061.06', "day_pct('DJI','2022-05-04')", S, D1, 'The Dow rose 2.81%.', ref='2022-05-04'),
        C('DJI', 'level', 34061.06, 'index points', '34,061.06', "close('DJI','2022-05-04')", S, D2, 'The Dow closed at 34,061.06.', ref='2022-05-04'),
        C('SPX', 'day_change_pts', 124.69, 'points', 'grabbed 124.69 points', "day_pts('SPX','2022-05-04')", S, D2, 'The S&P 500 rose 124.69 points.', ref='2022-05-04'),
        C('SPX', 'day_change_pct', 3, 'percent', 'or 3%, to 4,300.17', "day_pct('SPX','2022-05-04')", S, INT, 'The S&P 500 rose 2.99%.', ref='2022-05-04'),
        C('SPX', 'level', 4300.17, 'index points', '4,300.17', "close('SPX','2022-05-04')", S, D2, 'The S&P 500 closed at 4,300.17.', ref='2022-05-04'),
        C('IXIC', 'day_change_pts', 401.1, 'points', 'leaped 401.1 points', "day_pts('IXIC','2022-05-04')", S, D1, 'The Nasdaq rose 401.10 points.', ref='2022-05-04'),
        C('IXIC', 'day_change_pct', 3.2, 'percent', 'or 3.2%, to 12,964.86', "day_pct('IXIC','2022-05-04')", S, D1, 'The Nasdaq rose 3.19%.', ref='2022-05-04'),
        C('IXIC', 'level', 12964.86, 'index points', '12,964.86', "close('IXIC','2022-05-04')", S, D2, 'The Nasdaq closed at 12,964.86.', ref='2022-05-04'),
        C('FEDFUNDS', 'hike_size_bp', 50, 'basis points', 'hiked its benchmark interest rate 50 basis points', "fed_changes('2022-04-01','2022-05-31')", S, FED, 'The upper bound rose from 0.50 to 1.00, effective 2022-05-05.', ref='2022-05-04'),
        C('FEDFUNDS', 'biggest_hike_since', '2000', 'year', 'the biggest hike since 2000', "[dfedtar_changes('2000-05-01','2000-05-31'), dfedtar_changes('2000-06-01','2008-12-15')[:2]]", S, SINCE,
          'The last hike at least as large was 2000-05-16 (+50 bp to 6.50%); every hike from 2004 to 2006 and 2015 to 2018 was 25 bp.', ref='2022-05-04'),
        C('HD,CAT', 'day_change_pct', 3, 'percent', 'Home Depot and Caterpillar rose about 3%', None, U, NOFILE, 'Single stocks are not in the files.', q='about', ref='2022-05-04'),
        C('LYFT', 'day_change_pct', -29, 'percent', 'Lyft plummeted 29%', None, U, NOFILE, 'Single stocks are not in the files.', ref='2022-05-04'),
        C('UBER', 'day_change_pct', -8, 'percent', 'Uber dropped 8%', None, U, NOFILE, 'Single stocks are not in the files.', ref='2022-05-04'),
        C('ADP_PAYROLLS', 'monthly_change', 247000, 'jobs', 'an increase of 247,000 for April', None, U, NOFILE, 'Payroll data are not in the files.', ref='2022-05-04'),
        C('ADP_PAYROLLS', 'consensus', 390000, 'jobs', 'the 390,000 Dow Jones estimate', None, U, NOFILE, 'Forecasts are not in the files.', ref='2022-05-04'),
        C('US10Y', 'yield', 2.92, 'percent', 'yields falling to 2.92%', "rate('DGS10','2022-05-04')", S, YLDS, 'FRED 10-year: 2.93 on 2022-05-04; 2.92 is 0.01 off.', ref='2022-05-04', basis='end of day'),
        C('US10Y', 'yield_prev', 2.98, 'percent', "from Tuesday's 2.98%", "rate('DGS10','2022-05-03')", S, YLDS, 'FRED 10-year: 2.97 on Tuesday 2022-05-03; 2.98 is 0.01 off.', ref='2022-05-03', basis='end of day'),
    ])

# ---------------------------------------------------------------- 15
add('spotedcrypto_20240320_three_records_fed_three_cuts', 'spotedcrypto.com',
    'https://spotedcrypto.com/blockchain-crypto-cryptocurrency-rallied-fed-maintain-rate-cuts',
    'SpotedCrypto (market recap)', '2024-03-21', 'medium',
    'The page gives no date. The figures are those of Wednesday 2024-03-20, the FOMC decision day at which the range stayed at 5.25%-5.50% and the dot plot kept three 2024 cuts; a recap of the close was most likely posted that evening or on 2024-03-21.',
    "Stocks hit record highs on news that the Fed maintained its \"three rate cuts this year\" outlook, while crypto markets rallied. On the New York Stock Exchange, the Dow Jones 30 industrial average closed up 401.37 points, or 1.03%, at 39,512.13, while the Standard & Poor's 500 index rose 46.11 points, or 0.89%, to 5224.62. "
    "The tech-heavy Nasdaq Composite Index gained 202.62 points, or 1.25%, to close at 16,369.41. The three major indexes hit record closing highs for the day. "
    "The Federal Reserve concluded its two-day meeting, leaving its benchmark interest rate unchanged at 5.25% to 5.50%. In its dot plot, the Fed maintained its expectation of three rate cuts this year, as it did at the end of last year. "
    "Sector-wise, nine of the 11 sectors rose.",
    [
        C('FEDFUNDS', 'dot_plot_cuts', 3, 'count', 'its expectation of three rate cuts this year', None, F, FC, 'A projection (the dot plot), not judged against what happened.', ref='2024-03-20'),
        C('DJI', 'day_change_pts', 401.37, 'points', 'closed up 401.37 points', "day_pts('DJI','2024-03-20')", S, D2, 'The Dow rose 401.37 points.', ref='2024-03-20'),
        C('DJI', 'day_change_pct', 1.03, 'percent', 'or 1.03%, at 39,512.13', "day_pct('DJI','2024-03-20')", S, D2, 'The Dow rose 1.03%.', ref='2024-03-20'),
        C('DJI', 'level', 39512.13, 'index points', '39,512.13', "close('DJI','2024-03-20')", S, D2, 'The Dow closed at 39,512.13.', ref='2024-03-20'),
        C('SPX', 'day_change_pts', 46.11, 'points', 'rose 46.11 points', "day_pts('SPX','2024-03-20')", S, D2, 'The S&P 500 rose 46.11 points.', ref='2024-03-20'),
        C('SPX', 'day_change_pct', 0.89, 'percent', 'or 0.89%, to 5224.62', "day_pct('SPX','2024-03-20')", S, D2, 'The S&P 500 rose 0.89%.', ref='2024-03-20'),
        C('SPX', 'level', 5224.62, 'index points', 'to 5224.62', "close('SPX','2024-03-20')", S, D2, 'The S&P 500 closed at 5,224.62.', ref='2024-03-20'),
        C('IXIC', 'day_change_pts', 202.62, 'points', 'gained 202.62 points', "day_pts('IXIC','2024-03-20')", S, D2, 'The Nasdaq rose 202.62 points.', ref='2024-03-20'),
        C('IXIC', 'day_change_pct', 1.25, 'percent', 'or 1.25%, to close', "day_pct('IXIC','2024-03-20')", S, D2, 'The Nasdaq rose 1.25%.', ref='2024-03-20'),
        C('IXIC', 'level', 16369.41, 'index points', '16,369.41', "close('IXIC','2024-03-20')", S, D2, 'The Nasdaq closed at 16,369.41.', ref='2024-03-20'),
        C('DJI,SPX,IXIC', 'record_close', True, 'flag', 'The three major indexes hit record closing highs', "[is_record_close('DJI','2024-03-20'), is_record_close('SPX','2024-03-20'), is_record_close('IXIC','2024-03-20')]", S, REC,
          'All three closed above every earlier close on 2024-03-20 (the Nasdaq\'s previous record close was 2024-03-01).', ref='2024-03-20'),
        C('FEDFUNDS', 'range', [5.25, 5.5], 'percent', 'unchanged at 5.25% to 5.50%', "[fed_range('2024-03-19'), fed_range('2024-03-21'), fed_changes('2024-03-01','2024-03-31')]", S, FED, 'The range stayed at 5.25%-5.50%.', ref='2024-03-20'),
        C('FEDFUNDS', 'dot_plot_cuts_prev', 3, 'count', 'as it did at the end of last year', None, U, NOFILE, 'Past dot plots are not in the files (the December 2023 median did show three 2024 cuts).', ref='2023-12-13'),
        C('SPX_SECTORS', 'sectors_higher', 9, 'count', 'nine of the 11 sectors rose', None, U, NOFILE, 'Sector indexes are not in the files.', ref='2024-03-20'),
    ])

# ---------------------------------------------------------------- 16
add('mtnewswires_20251210_dow_best_day_two_weeks_fed_cut', 'fixedincome.fidelity.com',
    'https://fixedincome.fidelity.com/ftgw/fi/FINewsArticle?id=202512101702MIDNIGHTUSEQUITY_A3521642',
    'MT Newswires (on Fidelity)', '2025-12-10', 'exact',
    'Dated "12/10/25 05:02 PM EST" on the page; the session is Wednesday 2025-12-10, the FOMC decision day (range 3.50%-3.75% effective 2025-12-11). Yield changes are late-afternoon quotes, judged against FRED end-of-day values.',
    "Dow Logs Best Day in 2 Weeks After Fed Rate Cut (MT Newswires, 12/10/2025). The Dow Jones Industrial Average notched its biggest single-day gain in about two weeks on Wednesday, advancing along with Wall Street's other major equity benchmarks after the Federal Reserve cut interest rates. "
    "The Dow climbed 1.1% to 48,057.8, marking its best day since Nov. 25. The S&P 500 gained 0.7% to end at 6,886.7, while the Nasdaq Composite edged up 0.3% to 23,654.2. "
    "The Fed reduced its benchmark lending rate by 25 basis points Wednesday, delivering a third straight cut of the same size. Three FOMC members dissented from the majority. "
    "US Treasury yields were lower, with the two-year rate falling 7.7 basis points to 3.55% and the 10-year rate down 4.3 basis points at 4.15%. "
    "The committee's Summary of Economic Projections continued to show the median federal funds rate at 3.4% at the end of 2026, unchanged from September. The 2027 and 2028 rate outlooks were also maintained at 3.1% each.",
    [
        C('DJI', 'best_day_since', 'about two weeks', 'period', 'biggest single-day gain in about two weeks', "[last_gain_as_big('DJI','2025-12-10'), days_between('2025-11-25','2025-12-10')]", S, SINCE,
          'The last Dow gain at least as large was 2025-11-25, 15 days (two weeks and a day) earlier.', q='about', ref='2025-12-10'),
        C('DJI', 'day_change_pct', 1.1, 'percent', 'The Dow climbed 1.1%', "day_pct('DJI','2025-12-10')", S, D1, 'The Dow rose 1.05%; 1.1 is the rounded figure (0.05 off, within 0.07).', ref='2025-12-10'),
        C('DJI', 'level', 48057.8, 'index points', 'to 48,057.8', "close('DJI','2025-12-10')", S, D1, 'The Dow closed at 48,057.75.', ref='2025-12-10'),
        C('DJI', 'best_day_since_date', '2025-11-25', 'date', 'best day since Nov. 25', "last_gain_as_big('DJI','2025-12-10')", S, SINCE, 'The last Dow gain at least as large (in percent) was 2025-11-25.', ref='2025-12-10'),
        C('SPX', 'day_change_pct', 0.7, 'percent', 'gained 0.7% to end at 6,886.7', "day_pct('SPX','2025-12-10')", S, D1, 'The S&P 500 rose 0.67%.', ref='2025-12-10'),
        C('SPX', 'level', 6886.7, 'index points', 'end at 6,886.7', "close('SPX','2025-12-10')", S, D1, 'The S&P 500 closed at 6,886.68.', ref='2025-12-10'),
        C('IXIC', 'day_change_pct', 0.3, 'percent', 'edged up 0.3%', "day_pct('IXIC','2025-12-10')", S, D1, 'The Nasdaq rose 0.33%.', ref='2025-12-10'),
        C('IXIC', 'level', 23654.2, 'index points', '23,654.2', "close('IXIC','2025-12-10')", S, D1, 'The Nasdaq closed at 23,654.15 (23,654.16 in other sources).', ref='2025-12-10'),
        C('FEDFUNDS', 'consecutive_cuts', 3, 'count', 'a third straight cut of the same size', "[fomc_meetings('2025-09-01','2025-12-10'), fed_changes('2025-01-01','2025-12-31')]", S, FED,
          'Quarter-point cuts at the 2025-09-17, 2025-10-29 and 2025-12-10 meetings (effective 09-18, 10-30, 12-11): three in a row, 25 basis points each.', ref='2025-12-10'),
        C('FOMC_VOTES', 'dissents', 3, 'count', 'Three FOMC members dissented', None, U, NOFILE, 'Votes are not in the files.', ref='2025-12-10'),
        C('US2Y', 'change_bp', -7.7, 'basis points', 'falling 7.7 basis points', "rate_change_bp('DGS2','2025-12-09','2025-12-10')", S, YLD,
          'FRED 2-year: 3.61 to 3.54, -7 bp at FRED\'s whole-basis-point precision (a true change between about 6 and 8 bp); -7.7 is within it.', ref='2025-12-10', basis='end of day'),
        C('US2Y', 'yield', 3.55, 'percent', 'to 3.55%', "rate('DGS2','2025-12-10')", S, YLDS, 'FRED 2-year: 3.54; 3.55 is 0.01 off.', ref='2025-12-10', basis='end of day'),
        C('US10Y', 'change_bp', -4.3, 'basis points', 'down 4.3 basis points', "rate_change_bp('DGS10','2025-12-09','2025-12-10')", S, YLD,
          'FRED 10-year: 4.18 to 4.13, -5 bp at whole-basis-point precision (about 4 to 6 bp); -4.3 is within it.', ref='2025-12-10', basis='end of day'),
        C('US10Y', 'yield', 4.15, 'percent', 'at 4.15%', "rate('DGS10','2025-12-10')", S, YLDS, 'FRED 10-year: 4.13; 4.15 is 0.02 off, within 0.025 (a later quote).', ref='2025-12-10', basis='end of day'),
        C('FEDFUNDS', 'sep_median_2026', 3.4, 'percent', 'median federal funds rate at 3.4%', None, F, FC, 'A projection.', ref='2026-12-31'),
        C('FEDFUNDS', 'sep_median_2027_2028', 3.1, 'percent', 'maintained at 3.1% each', None, F, FC, 'Projections.', ref='2027-12-31'),
    ])

# ---------------------------------------------------------------- 17
add('schaeffers_20251210_stocks_finish_higher_fed_cut', 'finviz.com',
    'https://finviz.com/news/251128/stocks-finish-firmly-higher-after-fed-cuts-rates',
    "Schaeffer's Investment Research (on Finviz)", '2025-12-10', 'high',
    'The page gives no date (251128 is Finviz\'s item number, not a date); the third 2025 cut to 3.50%-3.75%, the Dow\'s 497-point gain and the Russell 2000 record close fix the session as Wednesday 2025-12-10, and the item is a closing wrap of that day.',
    "Stocks Finish Firmly Higher After Fed Cuts Rates (Schaeffer's). The Dow carried its gains through the close, finishing up 497 points after the Federal Reserve cut interest rates by 25 basis points for the third -- and final -- time this year. "
    "The target range is now 3.50% - 3.75%. According to the central bank's dot plot, the Fed projects one rate cut in 2026, though the CME Fedwatch tool is pricing in a 68% chance of two rate cuts next year. "
    "Bank stocks surged, with the S&P 500 finishing just shy of an all-time peak, while the Russell 2000 Index (RUT) managed to eke out a record close. The Nasdaq shook off its midday losses to settle in the black as well. "
    "Cracker Barrel stock hit roughly 16-year lows before turning higher. January-dated West Texas Intermediate crude added 21 cents, or 0.4%, to close at $58.46 per barrel. February-dated gold closed up 0.2% at $4,242.50 per ounce.",
    [
        C('DJI', 'day_change_pts', 497, 'points', 'finishing up 497 points', "day_pts('DJI','2025-12-10')", S, INT, 'The Dow rose 497.46 points.', ref='2025-12-10'),
        C('FEDFUNDS', 'cuts_this_year', 3, 'count', 'for the third -- and final -- time this year', "[fed_changes('2025-01-01','2025-12-31'), fomc_meetings('2025-12-11','2025-12-31')]", S, FED,
          'Three 2025 cuts (effective 09-18, 10-30, 12-11) and no FOMC meeting left in 2025 after 2025-12-10.', ref='2025-12-10'),
        C('FEDFUNDS', 'range', [3.5, 3.75], 'percent', 'The target range is now 3.50% - 3.75%', "fed_range('2025-12-11')", S, FED, 'DFEDTARL/DFEDTARU: 3.50%-3.75% from 2025-12-11.', ref='2025-12-10'),
        C('FEDFUNDS', 'dot_plot_cuts_2026', 1, 'count', 'projects one rate cut in 2026', None, F, FC, 'A projection.', ref='2026-12-31'),
        C('FEDFUNDS', 'fedwatch_two_cuts_2026', 68, 'percent', "pricing in a 68% chance of two rate cuts", None, U, 'futures-implied odds for meetings without futures in the files: unverifiable',
          'ZQ_futures.csv holds contracts from July 2026 only, on dates from 2026; the December 2025 odds cannot be recomputed.', ref='2025-12-10'),
        C('SPX', 'near_record_close', True, 'flag', 'finishing just shy of an all-time peak', "[record_close_upto('SPX','2025-12-09'), close('SPX','2025-12-10'), pct_below_record('SPX','2025-12-10')]", S, REC,
          'The S&P 500 closed at 6,886.68, 0.06% below its 6,890.89 record close of 2025-10-28: not a record, just shy of it.', ref='2025-12-10'),
        C('RUT', 'record_close', True, 'flag', 'managed to eke out a record close', "[is_record_close('RUT','2025-12-10'), record_close_upto('RUT','2025-12-09')]", S, REC,
          'The Russell 2000 closed at 2,559.61, above its previous record close of 2,531.16 (2025-12-04).', ref='2025-12-10'),
        C('IXIC', 'midday_loss_then_gain', True, 'flag', 'shook off its midday losses to settle in the black', "[session_range_pts('IXIC','2025-12-10'), day_pts('IXIC','2025-12-10')]", S, BOUND,
          'The Nasdaq traded as much as 141 points below the previous close during the session and closed up 77.66 points.', ref='2025-12-10'),
        C('CBRL', 'lowest_since', 'roughly 16 years', 'period', 'roughly 16-year lows', None, U, NOFILE, 'Single stocks are not in the files.', q='roughly', ref='2025-12-10'),
        C('WTI', 'day_change', [0.21, 0.4, 58.46], 'USD, percent, USD per barrel', 'added 21 cents, or 0.4%, to close at $58.46', None, U, NOFILE, 'Oil prices are not in the files.', ref='2025-12-10'),
        C('GOLD', 'day_change', [0.2, 4242.5], 'percent, USD per ounce', 'closed up 0.2% at $4,242.50', None, U, NOFILE, 'Gold prices are not in the files.', ref='2025-12-10'),
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

