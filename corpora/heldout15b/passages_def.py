# Passage and claim definitions for corpora/heldout15b.
# Each claim: dict(t, m, v, u, q, rd, w, cmp, b, expr, verdict, rule, note, a, detail)
# expr is a reference.py expression (None when nothing in the files computes it).

def C(t, m, v, u, rd, expr, verdict, rule, note, a, q=None, w=None, cmp=None, b='close', detail=''):
    return dict(t=t, m=m, v=v, u=u, q=q, rd=rd, w=w, cmp=cmp, b=b, expr=expr, verdict=verdict,
                rule=rule, note=note, a=a, detail=detail)

TOL1 = 'unhedged 1-decimal figure: |true - claim| <= 0.07'
TOL2 = 'unhedged 2-decimal figure: |true - claim| <= 0.025'
TOLI = 'unhedged integer: |true - claim| <= 0.5'
NOTF = 'series not in the files'

P = []

# ---------------------------------------------------------------- 1
P.append(dict(
 id='cnbc_20141210_oil_slide_dow_worst_since_oct9',
 source=dict(site='cnbc.com', url='https://www.cnbc.com/2014/12/10/us-stocks.html', original_outlet='CNBC'),
 published='2014-12-10', published_confidence='exact',
 published_note='Date in the URL; the text describes the Wednesday 2014-12-10 session.',
 text=("Stocks close down 1.5% on oil decline; Energy drops 3%. "
       "U.S. stocks ended sharply lower on Wednesday, extending the week's losses, after crude slid to a fresh "
       "five-year low and OPEC trimmed its demand outlook for next year. The Dow Jones Industrial Average had its "
       "worst day since Oct. 9. At its worst the index was down more than 280 points; it then pared some of that to trade "
       "about 270 points lower. Energy led the decliners in the S&P 500, falling more than 3 percent in the hour "
       "before the close. Crude futures for January delivery settled down $2.88, or 4.5 percent, at $60.94 a barrel, "
       "the lowest since July 2009. The CBOE Volatility Index, Wall Street's fear gauge known as the VIX, spiked "
       "23 percent to 18.39."),
 claims=[
  C('DJI','daily_pct_change',-1.5,'percent','2014-12-10',"pct('DJI','2014-12-10')",'supported',TOL1,
    "Headline says 'Stocks close down 1.5%'. Keyed on the Dow (-1.51%); the S&P 500 fell 1.64% and the Nasdaq 1.73%, which would be imprecise readings.",
    'Stocks close down 1.5%'),
  C('DJI','worst_day_since','2014-10-09','date','2014-12-10',"last_drop_as_big('DJI','2014-12-10')",'supported',
    'worst since X: X must be the last day with a drop at least as large',
    'Dow -1.51% on 2014-12-10; the last larger drop was 2014-10-09 (-1.97%).', 'worst day since Oct. 9', cmp='since'),
  C('DJI','intraday_point_change',-280,'points','2014-12-10',"intraday_low_chg('DJI','2014-12-10')",'supported',
    'more than: true > claim (session extreme)',
    'Session low 17,508.10 against the previous close 17,801.20: down 293.10 points at the low.',
    'down more than 280 points', q='more than', b='intraday low'),
  C('DJI','point_change',-270,'points','2014-12-10',"chg('DJI','2014-12-10')",'unverifiable',
    'mid-session figure inside the session range',
    "'to trade about 270 points lower' is a mid-session level; it lies inside the session's range (-293.10 to -3.57). The close, -268.05, would also fit 'about 270'.",
    'about 270 points lower', q='about', b='afternoon'),
  C('SPX_ENERGY','intraday_pct_change',-3,'percent','2014-12-10',None,'unverifiable',NOTF,
    'S&P 500 energy sector index not in the files; XLE (proxy only) has no intraday timing.',
    'falling more than 3 percent in the hour', q='more than', b='afternoon'),
  C('CL','price_and_change',60.94,'USD','2014-12-10',None,'unverifiable',NOTF,
    'WTI crude futures (settle, change, five-year low) are not in the files.', '$60.94 a barrel'),
  C('VIX','daily_pct_change',23,'percent','2014-12-10',"pct('VIX','2014-12-10')",'imprecise',
    'outside the integer tolerance, |error| <= max(2 pp, 10%)',
    'VIX closed 18.53, up 24.45% from 14.89; 23 percent is 1.45 pp low (the figure may be a pre-settlement print).',
    'spiked 23 percent'),
  C('VIX','close',18.39,'index points','2014-12-10',"close('VIX','2014-12-10')",'imprecise',
    'level outside the 2-decimal tolerance but within 1%',
    'CBOE official close 18.53; 18.39 is 0.14 (0.8%) low, probably an earlier print.', 'to 18.39'),
 ]))

# ---------------------------------------------------------------- 2
P.append(dict(
 id='philly_20151202_oil_below_40_stocks_sink',
 source=dict(site='philly.com', url='http://www.philly.com/philly/business/homepage/20151203_Oil_drops_below__40__dampens_markets.html?betaPreview=redesign',
             original_outlet='Associated Press (via Philadelphia Inquirer / philly.com)'),
 published='2015-12-03', published_confidence='exact',
 published_note='Date 20151203 in the URL (next-morning paper); the figures are the Wednesday 2015-12-02 session.',
 text=("NEW YORK - Stocks fell Wednesday as a steep slide in oil pulled energy companies down. U.S. crude settled "
       "below $40 a barrel for the first time since August. The Dow Jones industrial average fell 158.67 points, "
       "or 0.9 percent, to 17,729.68. The Nasdaq composite lost 33.08 points, or 0.6 percent, to 5,123.22. The "
       "Standard & Poor's 500 index fell 23.12 points, or 1.1 percent, to 2,079.51. Energy stocks in the S&P 500 "
       "sank 3.1 percent against a 1.1 percent drop for the broader market. Investors also weighed the European "
       "Central Bank meeting on Thursday, and the Federal Reserve is likely to raise rates for the first time in "
       "nine years at its mid-December policy meeting; the consensus is that the Fed will move at its Dec. 15-16 meeting."),
 claims=[
  C('DJI','point_change',-158.67,'points','2015-12-02',"chg('DJI','2015-12-02')",'supported',TOL2,'Close 17,729.68 vs 17,888.35.','fell 158.67 points'),
  C('DJI','daily_pct_change',-0.9,'percent','2015-12-02',"pct('DJI','2015-12-02')",'supported',TOL1,'-0.887%.','or 0.9 percent'),
  C('DJI','close',17729.68,'index points','2015-12-02',"close('DJI','2015-12-02')",'supported',TOL2,'','17,729.68'),
  C('IXIC','point_change',-33.08,'points','2015-12-02',"chg('IXIC','2015-12-02')",'supported',TOL2,'File: -33.09 (rounding of the closes).','lost 33.08 points'),
  C('IXIC','daily_pct_change',-0.6,'percent','2015-12-02',"pct('IXIC','2015-12-02')",'supported',TOL1,'-0.642%.','or 0.6 percent'),
  C('IXIC','close',5123.22,'index points','2015-12-02',"close('IXIC','2015-12-02')",'supported',TOL2,'','5,123.22'),
  C('SPX','point_change',-23.12,'points','2015-12-02',"chg('SPX','2015-12-02')",'supported',TOL2,'','fell 23.12 points'),
  C('SPX','daily_pct_change',-1.1,'percent','2015-12-02',"pct('SPX','2015-12-02')",'supported',TOL1,
    "-1.100%. The same figure is repeated as 'a 1.1 percent drop for the broader market'.",'or 1.1 percent, to 2,079.51'),
  C('SPX','close',2079.51,'index points','2015-12-02',"close('SPX','2015-12-02')",'supported',TOL2,'','2,079.51'),
  C('SPX_ENERGY','daily_pct_change',-3.1,'percent','2015-12-02',None,'unverifiable',NOTF,
    'S&P 500 energy sector index not in the files (XLE is a proxy only).','sank 3.1 percent'),
  C('CL','price_level',40,'USD','2015-12-02',None,'unverifiable',NOTF,'WTI crude not in the files.','below $40 a barrel'),
  C('FEDFUNDS','fomc_meeting_date','2015-12-16','date','2015-12-02',"is_fomc_day('2015-12-16')",'supported',
    'FOMC calendar in FOMC_meetings.csv',
    'FOMC_meetings.csv lists a scheduled decision on 2015-12-16 (two-day meeting Dec. 15-16).','Dec. 15-16 meeting'),
  C('FEDFUNDS','rate_decision_forecast',None,'text','2015-12-16',"fomc_changes('2015-12-16','2015-12-16')",'forecast',
    'projection; never judged against what happened',
    "'is likely to raise rates for the first time in nine years' is an expectation. For information: the target upper bound rose from 0.25 to 0.50 on 2015-12-16.",
    'is likely to raise rates for the first time in nine years', b='n/a'),
 ]))

# ---------------------------------------------------------------- 3
P.append(dict(
 id='businessinsider_20151228_holiday_week_modest_selloff',
 source=dict(site='businessinsider.in', url='https://businessinsider.in/stocks-fall-oil-tumbles-heres-what-you-need-to-know/articleshow/50361028.cms',
             original_outlet='Business Insider (Sam Ro)'),
 published='2015-12-28', published_confidence='high',
 published_note="Monday after the photo caption dated Dec. 26, 2015; the scoreboard matches the 2015-12-28 closes (a late-afternoon post).",
 text=("STOCKS FALL, OIL TUMBLES. Markets opened the holiday-shortened week with a modest sell-off; a NYSE floor "
       "governor called the afternoon 'dead'. The scoreboard: Dow: 17,528.2, -23.9, (-0.1%); S&P 500: 2,056.5, -4.4, "
       "(-0.2%); Nasdaq: 5,040.9, -7.5, (-0.1%). Brent crude dropped 3.4% to $36.62 per barrel, near its lowest "
       "levels in a decade. The Dallas Fed's general business activity index collapsed to -20.1 in December from "
       "-4.9 in November. Valeant was down 9.5% in early trading."),
 claims=[
  C('DJI','close',17528.2,'index points','2015-12-28',"close('DJI','2015-12-28')",'supported',TOL1,'17,528.27.','17,528.2'),
  C('DJI','point_change',-23.9,'points','2015-12-28',"chg('DJI','2015-12-28')",'supported',TOL1,'-23.90.','-23.9'),
  C('DJI','daily_pct_change',-0.1,'percent','2015-12-28',"pct('DJI','2015-12-28')",'supported',TOL1,'-0.136%.','(-0.1%); S&P'),
  C('SPX','close',2056.5,'index points','2015-12-28',"close('SPX','2015-12-28')",'supported',TOL1,'2,056.50.','2,056.5'),
  C('SPX','point_change',-4.4,'points','2015-12-28',"chg('SPX','2015-12-28')",'imprecise','truncated figure outside the 1-decimal tolerance',
    'True change -4.49 (2,060.99 to 2,056.50); -4.4 is truncated.','-4.4'),
  C('SPX','daily_pct_change',-0.2,'percent','2015-12-28',"pct('SPX','2015-12-28')",'supported',TOL1,'-0.218%.','(-0.2%)'),
  C('IXIC','close',5040.9,'index points','2015-12-28',"close('IXIC','2015-12-28')",'imprecise','truncated level outside the 1-decimal tolerance, within 1%',
    'Close 5,040.99; 5,040.9 is truncated (0.09 off).','Nasdaq: 5,040.9'),
  C('IXIC','point_change',-7.5,'points','2015-12-28',"chg('IXIC','2015-12-28')",'supported',TOL1,'-7.50.','Nasdaq: 5,040.9, -7.5'),
  C('IXIC','daily_pct_change',-0.1,'percent','2015-12-28',"pct('IXIC','2015-12-28')",'supported',TOL1,'-0.149%.','-7.5, (-0.1%)'),
  C('BRENT','daily_pct_change',-3.4,'percent','2015-12-28',None,'unverifiable',NOTF,'Brent crude not in the files.','dropped 3.4%'),
  C('US_DALLAS_FED','survey_index',-20.1,'index','2015-12',None,'unverifiable',NOTF,'Dallas Fed manufacturing survey not in the files.','-20.1'),
 ]))

# ---------------------------------------------------------------- 4
P.append(dict(
 id='gleaner_20160120_oil_tumbles_dow_565_swing',
 source=dict(site='gleanerjm.com', url='http://cmslocal.gleanerjm.com/article/business/20160120/oil-tumbles-again',
             original_outlet='Associated Press (via The Gleaner, Jamaica)'),
 published='2016-01-20', published_confidence='exact',
 published_note='Date 20160120 in the URL; the text describes the Wednesday 2016-01-20 session.',
 text=("Oil tumbles again. U.S. stocks slumped Wednesday as oil had its worst one-day drop since September and the "
       "Standard & Poor's 500 index sank to its lowest level in almost two years. U.S. crude lost US$1.91, or "
       "6.7 per cent, to US$26.55 a barrel in New York. Stocks opened sharply lower after heavy selling overseas; "
       "at one point the Dow Jones industrial average fell as much as 565 points. After a late recovery, the Dow "
       "closed down 249.28 points, or 1.6 per cent, to 15,766.74. The S&P 500 index fell 22 points, or 1.2 per cent, "
       "to 1,859.33, its lowest closing price since April 2014. The Nasdaq composite, which briefly turned positive "
       "in the afternoon, lost 5.26 points, or 0.1 per cent, to 4,471.69. That leaves the Dow the lowest it's been since "
       "August; the Nasdaq is at its lowest since October 2014."),
 claims=[
  C('SPX','lowest_since','almost two years','text','2016-01-20',"lowest_since('SPX','2016-01-20')",'supported',
    'lowest since X: X must be the last session with a close at least as low',
    'Last close at or below 1,859.33 was 2014-04-15 (21 months earlier): almost two years.','lowest level in almost two years', q='almost', cmp='since'),
  C('DJI','intraday_point_change',-565,'points','2016-01-20',"intraday_low_chg('DJI','2016-01-20')",'supported',
    'as much as: within one unit of the last stated digit',
    'Session low 15,450.56 vs previous close 16,016.02: -565.46.','as much as 565 points', q='as much as', b='intraday low'),
  C('DJI','point_change',-249.28,'points','2016-01-20',"chg('DJI','2016-01-20')",'supported',TOL2,'','down 249.28 points'),
  C('DJI','daily_pct_change',-1.6,'percent','2016-01-20',"pct('DJI','2016-01-20')",'supported',TOL1,'-1.556%.','or 1.6 per cent'),
  C('DJI','close',15766.74,'index points','2016-01-20',"close('DJI','2016-01-20')",'supported',TOL2,'','15,766.74'),
  C('SPX','point_change',-22,'points','2016-01-20',"chg('SPX','2016-01-20')",'supported',TOLI,'-22.00.','fell 22 points'),
  C('SPX','daily_pct_change',-1.2,'percent','2016-01-20',"pct('SPX','2016-01-20')",'supported',TOL1,'-1.169%.','or 1.2 per cent'),
  C('SPX','close',1859.33,'index points','2016-01-20',"close('SPX','2016-01-20')",'supported',TOL2,'','1,859.33'),
  C('SPX','lowest_close_since','2014-04','month','2016-01-20',"lowest_since('SPX','2016-01-20')",'supported',
    'lowest since X: X must be the last session with a close at least as low',
    'Last close at or below 1,859.33: 2014-04-15 (1,842.98).','lowest closing price since April 2014', cmp='since'),
  C('IXIC','point_change',-5.26,'points','2016-01-20',"chg('IXIC','2016-01-20')",'supported',TOL2,'','lost 5.26 points'),
  C('IXIC','daily_pct_change',-0.1,'percent','2016-01-20',"pct('IXIC','2016-01-20')",'supported',TOL1,'-0.117%.','or 0.1 per cent'),
  C('IXIC','close',4471.69,'index points','2016-01-20',"close('IXIC','2016-01-20')",'supported',TOL2,'','4,471.69'),
  C('DJI','lowest_close_since','2015-08','month','2016-01-20',"lowest_since('DJI','2016-01-20')",'supported',
    'lowest since X: X must be the last session with a close at least as low',
    'Last Dow close at or below 15,766.74: 2015-08-25 (15,666.44).','the lowest it\'s been since August', cmp='since'),
  C('IXIC','lowest_close_since','2014-10','month','2016-01-20',"lowest_since('IXIC','2016-01-20')",'supported',
    'lowest since X: X must be the last session with a close at least as low',
    'Last Nasdaq close at or below 4,471.69: 2014-10-23.','lowest since October 2014', cmp='since'),
  C('CL','daily_pct_change',-6.7,'percent','2016-01-20',None,'unverifiable',NOTF,'WTI crude not in the files.','6.7 per cent'),
 ]))

# ---------------------------------------------------------------- 5
P.append(dict(
 id='usatoday_20160202_dow_down_296_oil_below_30',
 source=dict(site='macsurfer.com (redirect to usatoday.com)', url='https://www.macsurfer.com/redir.php?u=963026', original_outlet='USA Today (Adam Shell)'),
 published='2016-02-02', published_confidence='high',
 published_note='Tuesday after a photo caption dated Feb. 1, 2016; an earlier version of the story is dated February 2, 2016 elsewhere; closes match 2016-02-02.',
 text=("Dow down 296; oil off 5.5% and back below $30. Stocks fell hard Tuesday, with the Dow down almost 300 points, "
       "as another slide in oil put energy shares on the defensive in what has been a difficult start to 2016. "
       "A Baird strategist noted a 97% correlation between oil and equity prices since the start of the "
       "year. West Texas Intermediate lost $1.74, or 5.5%, to $29.88 a barrel. The 30-stock Dow closed "
       "down 296 points, or 1.8%, at 16,154. The Standard & Poor's 500 index was 1.9% lower and the Nasdaq composite "
       "dropped 2.2%. The weak start follows the worst January for the Dow and S&P 500 since 2009. On the first day of "
       "February stocks treaded water, with the Dow and S&P 500 down fractionally and the Nasdaq eking out a small "
       "gain. With today's drop, the Dow is off 7.3% for 2016; the Nasdaq is down 9.8%."),
 claims=[
  C('DJI','point_change',-300,'points','2016-02-02',"chg('DJI','2016-02-02')",'supported',
    "nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit; unit 2% for round numbers >= 100",
    '-295.64; with a unit of 6 points, 294 <= 295.64 <= 303.','down almost 300 points', q='almost'),
  C('DJI','point_change',-296,'points','2016-02-02',"chg('DJI','2016-02-02')",'supported',TOLI,'-295.64.','closed down 296 points'),
  C('DJI','daily_pct_change',-1.8,'percent','2016-02-02',"pct('DJI','2016-02-02')",'supported',TOL1,'-1.797%.','or 1.8%'),
  C('DJI','close',16154,'index points','2016-02-02',"close('DJI','2016-02-02')",'supported',TOLI,'16,153.54.','at 16,154'),
  C('SPX','daily_pct_change',-1.9,'percent','2016-02-02',"pct('SPX','2016-02-02')",'supported',TOL1,'-1.874%.','1.9% lower'),
  C('IXIC','daily_pct_change',-2.2,'percent','2016-02-02',"pct('IXIC','2016-02-02')",'supported',TOL1,'-2.238%.','dropped 2.2%'),
  C('DJI','worst_january_since',2009,'year','2016-01',"worst_month_since('DJI',2016,1)",'supported',
    'worst since X: X must be the last year with a January at least as bad',
    'Dow January 2016 -5.50%; last January at least as bad: 2009 (-8.84%).','worst January for the Dow and S&P 500 since 2009', cmp='since', w='January 2016'),
  C('SPX','worst_january_since',2009,'year','2016-01',"worst_month_since('SPX',2016,1)",'supported',
    'worst since X: X must be the last year with a January at least as bad',
    'S&P 500 January 2016 -5.07%; last January at least as bad: 2009 (-8.57%). Same anchor as the Dow claim.','the Dow and S&P 500 since 2009', cmp='since', w='January 2016'),
  C('DJI','daily_pct_change','down fractionally','text','2016-02-01',"pct('DJI','2016-02-01')",'supported',
    'sign and size consistent', 'Dow -0.10% on 2016-02-01.','with the Dow and S&P 500 down fractionally'),
  C('SPX','daily_pct_change','down fractionally','text','2016-02-01',"pct('SPX','2016-02-01')",'supported',
    'sign and size consistent', 'S&P 500 -0.04% on 2016-02-01.','down fractionally'),
  C('IXIC','daily_pct_change','small gain','text','2016-02-01',"pct('IXIC','2016-02-01')",'supported',
    'sign and size consistent', 'Nasdaq +0.14% on 2016-02-01.','eking out a small gain'),
  C('DJI','ytd_pct_change',-7.3,'percent','2016-02-02',"ytd('DJI','2016-02-02')",'supported',TOL1,'-7.30% from the 2015 close 17,425.03.','off 7.3% for 2016', w='YTD'),
  C('IXIC','ytd_pct_change',-9.8,'percent','2016-02-02',"ytd('IXIC','2016-02-02')",'supported',TOL1,'-9.79% from 5,007.41.','down 9.8%', w='YTD'),
  C('CL','daily_change',-1.74,'USD','2016-02-02',None,'unverifiable',NOTF,'WTI crude not in the files.','$29.88 a barrel'),
  C('QUOTE','correlation',97,'percent','2016-01',None,'unverifiable',NOTF,
    'Quoted strategist statistic on the oil/equity correlation since the start of the year; oil prices are not in the files.','97% correlation', w='YTD'),
 ]))

# ---------------------------------------------------------------- 6
P.append(dict(
 id='usatoday_20160209_choppy_tuesday_nasdaq_from_record',
 source=dict(site='macsurfer.com (redirect to usatoday.com)', url='http://macsurfer.com/redir.php?u=964188', original_outlet='USA Today (Adam Shell)'),
 published='2016-02-09', published_confidence='high',
 published_note='Tuesday after a photo caption dated Feb. 8, 2016; the closes match 2016-02-09. The year-to-date and from-record figures are as of the Monday 2016-02-08 close ("heading into Tuesday").',
 text=("Stocks close slightly lower as oil plunges below $28 a barrel. Choppy trading Tuesday left stocks a bit lower "
       "amid another steep fall in oil and global turmoil that saw Japanese shares drop more than 5% overnight. The "
       "Dow Jones industrial average fell 12.67 points, or 0.1%, to 16,014.38, after tumbling 140 points at the open "
       "and then recovering and rising about 30 points. The Standard & Poor's 500 index fell 1.23, or 0.1%, to "
       "1852.21 and the Nasdaq composite index dropped 14.99, or 0.4%, to 4268.76. U.S. benchmark crude fell 5.6% to "
       "$27.94 a barrel. Going into Tuesday's session, the Dow was down 8% in 2016, the S&P 500 off 9.3% and the "
       "Nasdaq 14.5% lower. The Nasdaq composite, down 17.9% from its July record, is flirting with a bear market "
       "(a drop of 20% or more)."),
 claims=[
  C('DJI','point_change',-12.67,'points','2016-02-09',"chg('DJI','2016-02-09')",'supported',TOL2,'','fell 12.67 points'),
  C('DJI','daily_pct_change',-0.1,'percent','2016-02-09',"pct('DJI','2016-02-09')",'supported',TOL1,'-0.079%.','or 0.1%, to 16,014.38'),
  C('DJI','close',16014.38,'index points','2016-02-09',"close('DJI','2016-02-09')",'supported',TOL2,'','16,014.38'),
  C('DJI','intraday_point_change',-140,'points','2016-02-09',"chg('DJI','2016-02-09')",'unverifiable',
    'mid-session figure inside the session range',
    "'tumbling 140 points at the open': computed_value is the close-basis change (-12.67); the session ran from -145.94 (low) to +109.57 (high) against the previous close, so -140 lies inside the range; the time of the move is not in the files.",
    'tumbling 140 points at the open', b='just after the open'),
  C('DJI','intraday_point_change',30,'points','2016-02-09',"chg('DJI','2016-02-09')",'unverifiable',
    'mid-session figure inside the session range',
    "computed_value is the close-basis change (-12.67); the session high was +109.57 and the low -145.94 vs the previous close, so a rise of 'about 30 points' lies inside the range.",
    'rising about 30 points', q='about', b='afternoon'),
  C('SPX','point_change',-1.23,'points','2016-02-09',"chg('SPX','2016-02-09')",'supported',TOL2,'','fell 1.23'),
  C('SPX','daily_pct_change',-0.1,'percent','2016-02-09',"pct('SPX','2016-02-09')",'supported',TOL1,'-0.066%.','or 0.1%, to 1852.21'),
  C('SPX','close',1852.21,'index points','2016-02-09',"close('SPX','2016-02-09')",'supported',TOL2,'','1852.21'),
  C('IXIC','point_change',-14.99,'points','2016-02-09',"chg('IXIC','2016-02-09')",'supported',TOL2,'','dropped 14.99'),
  C('IXIC','daily_pct_change',-0.4,'percent','2016-02-09',"pct('IXIC','2016-02-09')",'supported',TOL1,'-0.350% (0.05 off, inside 0.07).','or 0.4%'),
  C('IXIC','close',4268.76,'index points','2016-02-09',"close('IXIC','2016-02-09')",'supported',TOL2,'','4268.76'),
  C('DJI','ytd_pct_change',-8,'percent','2016-02-08',"ytd('DJI','2016-02-08')",'supported',TOLI,'-8.02% at the 2016-02-08 close.','the Dow was down 8% in 2016', w='YTD'),
  C('SPX','ytd_pct_change',-9.3,'percent','2016-02-08',"ytd('SPX','2016-02-08')",'supported',TOL1,'-9.32%.','off 9.3%', w='YTD'),
  C('IXIC','ytd_pct_change',-14.5,'percent','2016-02-08',"ytd('IXIC','2016-02-08')",'supported',TOL1,'-14.45%.','14.5% lower', w='YTD'),
  C('IXIC','pct_from_ath',17.9,'percent','2016-02-08',"pct_from_record('IXIC','2016-02-08')",'supported',TOL1,
    'Record close 5,218.86 on 2015-07-20 (July); 4,283.75 is 17.92% below. Using the Tuesday close 4,268.76 gives 18.20% (imprecise reading).',
    'down 17.9% from its July record'),
  C('CL','daily_pct_change',-5.6,'percent','2016-02-09',None,'unverifiable',NOTF,'WTI crude not in the files.','fell 5.6%'),
  C('NIKKEI','daily_pct_change',-5,'percent','2016-02-09',None,'unverifiable',NOTF,'Japanese stock indexes are not in the files.','more than 5% overnight', q='more than'),
 ]))

# ---------------------------------------------------------------- 7
P.append(dict(
 id='usatoday_20170822_puny_gains_small_stocks',
 source=dict(site='pressreader.com', url='http://www.pressreader.com/usa/usa-today-us-edition/20170823/281900183332654', original_outlet='USA Today (Adam Shell)'),
 published='2017-08-23', published_confidence='exact',
 published_note="Print edition of 2017-08-23 (date in the URL); 'Tuesday' is the 2017-08-22 session, and 'the prior two trading days' are 2017-08-18 and 2017-08-21.",
 text=("Investors' angst: Puny gains for small stocks. One of Wall Street's biggest worries lately is what the meager "
       "gains of an index of small-company stocks say about the broader market and the 8-year-old bull market. The "
       "Russell 2000 index of small stocks, which had surged after President Trump's election, has been the weak "
       "link of 2017's rally. Before Tuesday's rebound, which pushed the Russell 2000 up 1.1% in 2017, the index had "
       "dipped into negative territory for the year in the prior two trading days. Compare that with the Dow's year-to-date gain of 10.8%, the large-company Standard & Poor's 500's nearly 10% gain and "
       "17% rise for the Nasdaq. A Strategas analyst said investors need to be mindful of the weakness out of small caps."),
 claims=[
  C('RUT','ytd_pct_change',1.1,'percent','2017-08-22',"ytd('RUT','2017-08-22')",'supported',TOL1,
    'RUT 1,371.54 vs the 2016 close 1,357.13: +1.06% YTD. (The daily gain that Tuesday was also +1.08%; both readings fit.)',
    'pushed the Russell 2000 up 1.1% in 2017', w='YTD'),
  C('RUT','ytd_pct_change','negative','text','2017-08-21',"[ytd('RUT','2017-08-18'), ytd('RUT','2017-08-21')]",'supported',
    'sign check on closes / session lows',
    'YTD at the close: +0.05% on 2017-08-18 and -0.02% on 2017-08-21. Only the second close was negative; both sessions traded below 1,357.13 intraday (lows 1,349.35 and 1,351.20), so the index did dip into negative territory in each of the two days.',
    'dipped into negative territory for the year'),
  C('DJI','ytd_pct_change',10.8,'percent','2017-08-22',"ytd('DJI','2017-08-22')",'supported',TOL1,'+10.81% at the 2017-08-22 close (+9.82% a day earlier).',"Dow's year-to-date gain of 10.8%", w='YTD'),
  C('SPX','ytd_pct_change',10,'percent','2017-08-22',"ytd('SPX','2017-08-22')",'supported',
    'nearly: claim - 1 unit <= true <= claim + 0.5 unit','+9.54%.','nearly 10% gain', q='nearly', w='YTD'),
  C('IXIC','ytd_pct_change',17,'percent','2017-08-22',"ytd('IXIC','2017-08-22')",'supported',TOLI,'+16.99%.','17% rise for the Nasdaq', w='YTD'),
  C('SPX','bull_market_age_years',8,'years','2017-08-22',"low_date_in('SPX','2009-01-01','2009-12-31')",'supported',
    'age from the bear-market low close', 'The bull market dates from the 2009-03-09 closing low: 8 years 5 months old.','8-year-old bull market'),
  C('QUOTE','opinion',None,'text','2017-08-22',None,'not_checkable','quoted opinion','Analyst comment.','mindful of the weakness out of small caps', b='n/a'),
 ]))

# ---------------------------------------------------------------- 8
P.append(dict(
 id='cbsnews_20180102_nasdaq_7000_russell',
 source=dict(site='cbsnews.com', url='https://cbsnews.com/amp/news/nasdaq-stars-as-stocks-start-2018-with-new-highs', original_outlet='CBS News / Associated Press'),
 published='2018-01-02', published_confidence='high',
 published_note="First trading day of 2018 ('Tuesday', 'start 2018'); the closes match 2018-01-02.",
 text=("Nasdaq stars as stocks start 2018 with new highs. NEW YORK - The new year shares something with the old one: "
       "record closes on Wall Street. Tuesday's trading ended with the Nasdaq Composite finishing above 7,000 for the "
       "first time ever, at 7,007. The S&P 500, too, set its latest record close, at 2,696. The Nasdaq composite "
       "jumped 104 points, or 1.5 percent; it crossed its last major milestone, 6,000, in April, less than nine "
       "months ago. The S&P 500 index rose 22 points, or 0.8 percent. The Dow Jones industrial average climbed 105 "
       "points, or 0.4 percent, to end at 24,824. The Russell 2000 index of smaller company stocks gained 15 points, "
       "or 0.9 percent, to close at 1,550. Last year the S&P 500's technology sector surged almost 37 percent."),
 claims=[
  C('IXIC','first_close_above',7000,'index points','2018-01-02',"first_close_above('IXIC',7000)",'supported',
    'first close above a level','First Nasdaq close above 7,000 in the file: 2018-01-02 (7,006.90).','above 7,000 for the first time ever'),
  C('IXIC','close',7007,'index points','2018-01-02',"close('IXIC','2018-01-02')",'supported',TOLI,'7,006.90.','at 7,007'),
  C('SPX','record_close',True,'flag','2018-01-02',"is_record_close('SPX','2018-01-02')",'supported',
    'records: above every earlier close','2,695.81 above the previous record 2,690.16 (2017-12-18).','latest record close'),
  C('SPX','close',2696,'index points','2018-01-02',"close('SPX','2018-01-02')",'supported',TOLI,'2,695.81.','at 2,696'),
  C('IXIC','point_change',104,'points','2018-01-02',"chg('IXIC','2018-01-02')",'supported',TOLI,'+103.51.','jumped 104 points'),
  C('IXIC','daily_pct_change',1.5,'percent','2018-01-02',"pct('IXIC','2018-01-02')",'supported',TOL1,'+1.499%.','or 1.5 percent'),
  C('IXIC','first_close_above',6000,'month','2017-04',"first_close_above('IXIC',6000)",'supported',
    'first close above a level','First close above 6,000: 2017-04-25, i.e. April and about 8 months before 2018-01-02 (less than nine months).','6,000, in April'),
  C('SPX','point_change',22,'points','2018-01-02',"chg('SPX','2018-01-02')",'supported',TOLI,'+22.20.','rose 22 points'),
  C('SPX','daily_pct_change',0.8,'percent','2018-01-02',"pct('SPX','2018-01-02')",'supported',TOL1,'+0.830%.','or 0.8 percent'),
  C('DJI','point_change',105,'points','2018-01-02',"chg('DJI','2018-01-02')",'supported',TOLI,'+104.79.','climbed 105 points'),
  C('DJI','daily_pct_change',0.4,'percent','2018-01-02',"pct('DJI','2018-01-02')",'supported',TOL1,'+0.424%.','or 0.4 percent'),
  C('DJI','close',24824,'index points','2018-01-02',"close('DJI','2018-01-02')",'supported',TOLI,'24,824.01.','24,824'),
  C('RUT','point_change',15,'points','2018-01-02',"chg('RUT','2018-01-02')",'supported',TOLI,'+14.50 (exactly at the 0.5 limit).','gained 15 points'),
  C('RUT','daily_pct_change',0.9,'percent','2018-01-02',"pct('RUT','2018-01-02')",'supported',TOL1,'+0.944%.','or 0.9 percent'),
  C('RUT','close',1550,'index points','2018-01-02',"close('RUT','2018-01-02')",'supported',TOLI,'1,550.01.','close at 1,550'),
  C('SPX_TECH','year_pct_change',37,'percent','2017',None,'unverifiable',NOTF,
    'S&P 500 technology sector index not in the files (XLK total return is a proxy only).','almost 37 percent', q='almost', w='2017'),
 ]))

# ---------------------------------------------------------------- 9
P.append(dict(
 id='ppd_20180105_three_indexes_record_first_week',
 source=dict(site='peoplespunditdaily.com', url='https://www.peoplespunditdaily.com/news/markets/2018/01/05/dow-sp-500-nasdaq-close-record-highs-first-week-2018/amp/', original_outlet="People's Pundit Daily"),
 published='2018-01-05', published_confidence='exact',
 published_note='Date in the URL; Friday 2018-01-05 session and the week from the 2017-12-29 close.',
 text=("Dow, S&P 500 and Nasdaq close at record highs after first week of 2018. All 3 major U.S. stock market indexes "
       "ended the first week of 2018 at record highs, and the Dow passed a 1,000-point milestone at the fastest pace "
       "in its history. On Friday, the Dow rallied 220.74 points (0.88%) to close at 25,295.87, a new record high; "
       "for the week it gained 2.33%. Last year the 30-member blue-chip index soared 25.08%, notching 71 record "
       "closes and crossing five 1,000-point marks. Going from 24,000 to 25,000 took only 23 trading days, beating "
       "the previous 24-day record set in 1999, on the way to 11,000, and matched in March 2017 when it hit 21,000. The Nasdaq Composite was up 58.64 points (0.83%) on Friday to end the week at 7,136.56, a gain "
       "of 3.38%. The S&P 500 rose 19.16 points (0.70%) to finish the week at 2,743.15, a 2.60% gain. Unemployment "
       "held at a 17-year low of 4.1%, while the economy added just 148,000 jobs."),
 claims=[
  C('DJI, SPX, IXIC','record_close',True,'flags','2018-01-05',"[is_record_close(t,'2018-01-05') for t in ['DJI','SPX','IXIC']]",'supported',
    'records: above every earlier close','All three closed above every earlier close on 2018-01-05.','All 3 major U.S. stock market indexes'),
  C('DJI','point_change',220.74,'points','2018-01-05',"chg('DJI','2018-01-05')",'supported',TOL2,'+220.738.','rallied 220.74 points'),
  C('DJI','daily_pct_change',0.88,'percent','2018-01-05',"pct('DJI','2018-01-05')",'supported',TOL2,'+0.880%.','(0.88%)'),
  C('DJI','close',25295.87,'index points','2018-01-05',"close('DJI','2018-01-05')",'supported',TOL2,'','25,295.87'),
  C('DJI','week_pct_change',2.33,'percent','2018-01-05',"pct_between('DJI','2017-12-29','2018-01-05')",'supported',TOL2,'24,719.22 to 25,295.87: +2.333%.','gained 2.33%', w='week'),
  C('DJI','thousand_marks_crossed',5,'count','2017',"thousand_marks_crossed('DJI',2017)",'supported','counts: exact',
    '20,000, 21,000, 22,000, 23,000 and 24,000 were first closed above in 2017.','five 1,000-point marks', w='2017'),
  C('DJI','record_closes_count',71,'count','2017',"count_record_closes('DJI',2017)",'supported','counts: exact','71 closes above every earlier close in 2017.','71 record closes', w='2017'),
  C('DJI','year_pct_change',25.08,'percent','2017',"year_return('DJI',2017)",'supported',TOL2,'19,762.60 to 24,719.22: +25.081%.','soared 25.08%', w='2017'),
  C('DJI','sessions_between_milestones',23,'sessions','2018-01-04',"sessions_between('DJI',first_close_above('DJI',24000),first_close_above('DJI',25000))",'supported',
    'sessions between two dates = index difference','First close above 24,000 on 2017-11-30, above 25,000 on 2018-01-04: 23 sessions.','took only 23 trading days'),
  C('DJI','sessions_between_milestones',24,'sessions','1999-05-03',"sessions_between('DJI',first_close_above('DJI',10000),first_close_above('DJI',11000))",'supported',
    'sessions between two dates = index difference','10,000 (1999-03-29) to 11,000 (1999-05-03): 24 sessions; no earlier 1,000-point climb in the file was faster.','previous 24-day record set in 1999'),
  C('DJI','sessions_between_milestones',24,'sessions','2017-03-01',"sessions_between('DJI',first_close_above('DJI',20000),first_close_above('DJI',21000))",'supported',
    'sessions between two dates = index difference','20,000 (2017-01-25) to 21,000 (2017-03-01): 24 sessions, in March 2017.','matched in March 2017'),
  C('IXIC','point_change',58.64,'points','2018-01-05',"chg('IXIC','2018-01-05')",'supported',TOL2,'File +58.65.','up 58.64 points'),
  C('IXIC','daily_pct_change',0.83,'percent','2018-01-05',"pct('IXIC','2018-01-05')",'supported',TOL2,'+0.829%.','(0.83%)'),
  C('IXIC','close',7136.56,'index points','2018-01-05',"close('IXIC','2018-01-05')",'supported',TOL2,'','7,136.56'),
  C('IXIC','week_pct_change',3.38,'percent','2018-01-05',"pct_between('IXIC','2017-12-29','2018-01-05')",'supported',TOL2,'+3.378%.','a gain of 3.38%', w='week'),
  C('SPX','point_change',19.16,'points','2018-01-05',"chg('SPX','2018-01-05')",'supported',TOL2,'','rose 19.16 points'),
  C('SPX','daily_pct_change',0.70,'percent','2018-01-05',"pct('SPX','2018-01-05')",'supported',TOL2,'+0.703%.','(0.70%)'),
  C('SPX','close',2743.15,'index points','2018-01-05',"close('SPX','2018-01-05')",'supported',TOL2,'','2,743.15'),
  C('SPX','week_pct_change',2.60,'percent','2018-01-05',"pct_between('SPX','2017-12-29','2018-01-05')",'supported',TOL2,'+2.601%.','a 2.60% gain', w='week'),
  C('US_JOBS','unemployment_rate',4.1,'percent','2017-12',None,'unverifiable',NOTF,'Labor-market figures (4.1%, 148,000 jobs) are not in the files.','17-year low of 4.1%'),
 ]))

# ---------------------------------------------------------------- 10
P.append(dict(
 id='usatoday_20181231_dow_2018_worst_since_2008',
 source=dict(site='pressreader.com', url='http://www.pressreader.com/usa/usa-today-us-edition/20190102/281505047346908', original_outlet='USA Today (Adam Shell)'),
 published='2019-01-02', published_confidence='exact',
 published_note="Print edition of 2019-01-02 (date in the URL) about the New Year's Eve session, Monday 2018-12-31, and the year 2018; the Christmas Eve figure is 2018-12-24.",
 text=("Dow's 2018 decline largest since 2008. Index suffers bruising 5.6 percent loss despite 265-point New Year's "
       "Eve rally. Stocks ended a rough 2018 with gains on the last day but still posted the biggest annual loss in "
       "10 years. Even after rallying 265 points in the last session of the year, the Dow Jones Industrial Average "
       "ended 2018 with a loss of 5.6 percent, its worst decline since a 33.8 percent drop in 2008. The broad "
       "Standard & Poor's 500 stock index, for its part, fell 6.2 percent in 2018, its worst performance in a "
       "decade. Monday's gains notwithstanding, the S&P 500 still had its biggest December decline since 1931 and narrowly dodged its first bear market "
       "since 2009. The market suffered two corrections - drops of 10 percent or more from prior highs. On Christmas "
       "Eve the benchmark came within two-tenths of a percentage point of falling 20 percent from its peak on a "
       "closing basis. Because of that narrow miss, the bull market that began in March 2009 survived."),
 claims=[
  C('DJI','point_change',265,'points','2018-12-31',"chg('DJI','2018-12-31')",'supported',TOLI,'+265.06.','265-point'),
  C('DJI','year_pct_change',-5.6,'percent','2018',"year_return('DJI',2018)",'supported',TOL1,'24,719.22 to 23,327.46: -5.63%.','loss of 5.6 percent', w='2018'),
  C('DJI','worst_year_since',2008,'year','2018',"worst_year_since('DJI',2018)",'supported','worst since X: last year at least as bad','No year 2009-2017 was worse than -5.63%; 2008 was -33.84%.','worst decline since', cmp='since', w='2018'),
  C('DJI','year_pct_change',-33.8,'percent','2008',"year_return('DJI',2008)",'supported',TOL1,'13,264.82 to 8,776.39: -33.84%.','33.8 percent drop in 2008', w='2008'),
  C('SPX','year_pct_change',-6.2,'percent','2018',"year_return('SPX',2018)",'supported',TOL1,'2,673.61 to 2,506.85: -6.24%.','fell 6.2 percent in 2018', w='2018'),
  C('SPX','worst_year_since',2008,'year','2018',"worst_year_since('SPX',2018)",'supported','worst since X: last year at least as bad','Last year at least as bad: 2008 (a decade).','worst performance in a decade', cmp='since', w='2018'),
  C('SPX','worst_december_since',1931,'year','2018-12',"worst_month_since('SPX',2018,12)",'supported','worst since X: last December at least as bad',
    'December 2018 -9.18%; the last December at least as bad is 1931 (-14.53%, S&P 90 era of the file).','biggest December decline since 1931', cmp='since', w='December 2018'),
  C('SPX','max_drawdown',20,'percent','2018',"max_drawdown_in_year('SPX',2018)",'supported','bear market = close at least 20% below the record',
    'Deepest closing drawdown in 2018: 19.78% (2018-12-24), so no bear market on a closing basis.','narrowly dodged its first bear market since 2009', cmp='below'),
  C('SPX','corrections_count',2,'count','2018',"corrections_in_year('SPX',2018)",'supported','correction: close at least 10% below the 52-week high closing peak; counted per peak',
    'Corrections from the 2018-01-26 peak (February) and from the 2018-09-20 peak (October-December).','two corrections', w='2018'),
  C('SPX','pct_from_ath_shortfall',0.2,'percentage points','2018-12-24',"round(20-pct_from_record('SPX','2018-12-24'),4)",'supported',TOL1,
    '2,351.10 was 19.78% below the 2,930.75 record: 0.22 pp short of 20%.','within two-tenths of a percentage point', q='within'),
  C('SPX','bull_market_start','2009-03','month','2009-03-09',"low_date_in('SPX','2009-01-01','2009-12-31')",'supported','date check',
    'Closing low 2009-03-09.','began in March 2009'),
 ]))

# ---------------------------------------------------------------- 11
P.append(dict(
 id='axios_20200527_russell_second_3pct_day',
 source=dict(site='axios.com', url='https://www.axios.com/small-indexes-stock-market-0569dc3a-5fe2-4c3b-88c7-9dcfee7a6fbf.html', original_outlet='Axios'),
 published='2020-05-28', published_confidence='high',
 published_note="Page dated 2020-05-28; 'Wednesday' is 2020-05-27 and the preceding day 2020-05-26.",
 text=("Although it still trails the S&P 500 and the other major U.S. stock indexes by a wide margin year to date, "
       "the Russell 2000, home to many of the country's smallest listed companies, has outrun the broader market's "
       "rebound since March 23. The Russell 2000 rose 3.1% on Wednesday for its second straight day of gains over "
       "3%, a sign that investors are growing more bullish on the U.S. economy."),
 claims=[
  C('RUT','ytd_vs_SPX','trails','text','2020-05-27',"[ytd('RUT','2020-05-27'), ytd('SPX','2020-05-27'), ytd('DJI','2020-05-27'), ytd('IXIC','2020-05-27')]",'supported',
    'ordering check','YTD: RUT -13.91%, S&P 500 -6.02%, Dow -10.48%, Nasdaq +4.90%: the Russell trails all three.','trails the S&P 500', w='YTD'),
  C('RUT','pct_change_vs_SPX','outpaced','text','2020-05-27',"[pct_between('RUT','2020-03-23','2020-05-27'), pct_between('SPX','2020-03-23','2020-05-27')]",'supported',
    'ordering check','From the 2020-03-23 close: RUT +43.29% vs S&P 500 +35.70%.','since March 23', w='since 2020-03-23'),
  C('RUT','daily_pct_change',3.1,'percent','2020-05-27',"pct('RUT','2020-05-27')",'supported',TOL1,'+3.108%.','rose 3.1% on Wednesday'),
  C('RUT','streak_days_over_3pct',2,'sessions','2020-05-27',"pct('RUT','2020-05-26')",'contradicted','streak on daily closes',
    'Tuesday 2020-05-26 gain was +2.77%, not over 3%; only Wednesday cleared 3%.','second straight day of gains over'),
 ]))

# ---------------------------------------------------------------- 12
P.append(dict(
 id='kiplinger_20210114_small_caps_roar_jobless_claims',
 source=dict(site='kiplinger.com', url='https://www.kiplinger.com/investing/stocks/602080/stock-market-today-011421-small-caps-roar-despite-lousy-unemployment-data', original_outlet="Kiplinger"),
 published='2021-01-14', published_confidence='exact',
 published_note="Date 011421 in the URL; Thursday 2021-01-14 session.",
 text=("Stock Market Today: Small Caps Roar Despite Lousy Unemployment Data. A jump in weekly jobless claims undid "
       "recent progress and pressed on blue chips, but the Russell 2000 set fresh records once again. Initial claims "
       "for the week ended Jan. 9 rose to 965,000 from 784,000, worse than forecast; Barclays said that leaves them at "
       "their highest level since late August. While the major blue-chip indices "
       "gave up ground, small-cap stocks extended their red-hot 2021. The Dow Jones Industrial Average lost 0.2% to "
       "30,991, with Intel the best of its 30 components and Visa the worst."),
 claims=[
  C('RUT','record_close',True,'flag','2021-01-14',"is_record_close('RUT','2021-01-14')",'supported','records: above every earlier close',
    "2,155.35 above the previous record close 2,127.96 of 2021-01-12 ('once again').",'set fresh records once again'),
  C('SPX, IXIC','daily_pct_change','down','text','2021-01-14',"[pct('SPX','2021-01-14'), pct('IXIC','2021-01-14')]",'supported','sign check',
    'S&P 500 -0.38%, Nasdaq -0.12% (and the Dow -0.22%).','major blue-chip indices gave up ground'),
  C('RUT','ytd_pct_change','red-hot','text','2021-01-14',"ytd('RUT','2021-01-14')",'supported','sign and size consistent',
    'RUT +9.14% in the first two weeks of 2021.','red-hot 2021', w='YTD'),
  C('DJI','daily_pct_change',-0.2,'percent','2021-01-14',"pct('DJI','2021-01-14')",'supported',TOL1,'-0.222%.','lost 0.2%'),
  C('DJI','close',30991,'index points','2021-01-14',"close('DJI','2021-01-14')",'supported',TOLI,'30,991.52.','30,991'),
  C('US_CLAIMS','initial_jobless_claims',965000,'count','2021-01-09',None,'unverifiable',NOTF,'Weekly jobless claims are not in the files.','965,000'),
 ]))

# ---------------------------------------------------------------- 13
P.append(dict(
 id='investingchannel_202411_russell_all_time_high_claim',
 source=dict(site='investingchannel.com', url='https://investingchannel.com/article/641908/russell-2000-hits-all-time-high-as-small-cap-stocks-rally', original_outlet='InvestingChannel'),
 published='2024-11', published_confidence='medium',
 published_note="No date on the page; it reports the Monday 2024-11-25 close as the latest, so it was written on 2024-11-25 or 26. The trading day described is 2024-11-25.",
 text=("Russell 2000 hits all-time high as small-cap stocks rally. The Russell 2000 index of small-cap stocks has hit "
       "an all-time high. On Nov. 25 the gauge closed at 2,442.03, a record for the index, whose members are mostly "
       "companies valued at $10 billion U.S. or less; the piece calls it the first new all-time closing high for the "
       "index since 2021. The Russell 2,000 has now gained 10% in the last month, including a 6% gain over the past week, "
       "riding the rally that followed Donald Trump's election on Nov. 5. The S&P 500 has increased 3% in the past "
       "month, trailing the Russell 2000. Year to date the small-cap index has risen 21%, its best showing since "
       "2021."),
 claims=[
  C('RUT','intraday_record',True,'flag','2024-11-25',"is_record_high('RUT','2024-11-25')",'supported','intraday record: above every earlier high',
    'Session high 2,466.49 above the 2021-11-08 intraday record 2,458.86.','has hit an all-time high', b='intraday high'),
  C('RUT','close',2442.03,'index points','2024-11-25',"close('RUT','2024-11-25')",'supported',TOL2,'','2,442.03'),
  C('RUT','record_close',True,'flag','2024-11-25',"record_close_before('RUT','2024-11-25')",'contradicted','records: above every earlier close',
    'The record close is still 2,442.74 (2021-11-08); 2,442.03 is 0.71 point short, so it is not a record close.','a record for the index'),
  C('RUT','first_record_close_since',2021,'year','2024-11-25',"is_record_close('RUT','2024-11-25')",'contradicted','records: above every earlier close',
    'No close above 2,442.74 had occurred by 2024-11-25 (the first came in September 2025).','first new all-time closing high', cmp='since'),
  C('RUT','pct_change',10,'percent','2024-11-25',"pct_between('RUT','2024-10-25','2024-11-25')",'imprecise','outside the integer tolerance, within max(2 pp, 10%)',
    "One calendar month back (2024-10-25 close): +10.60%. From 2024-10-24 it is +10.05% (supported reading).",'gained 10% in the last month', w='1 month'),
  C('RUT','pct_change',6,'percent','2024-11-25',"pct_between('RUT','2024-11-18','2024-11-25')",'supported',TOLI,
    'From the 2024-11-18 close: +5.88%. (The Friday-to-Friday week to 2024-11-22 was +4.46%.)','6% gain over the past week', w='1 week'),
  C('SPX','pct_change',3,'percent','2024-11-25',"pct_between('SPX','2024-10-25','2024-11-25')",'supported',TOLI,'+3.09% from 2024-10-25.','increased 3% in the past month', w='1 month'),
  C('RUT','ytd_pct_change',21,'percent','2024-11-25',"ytd('RUT','2024-11-25')",'imprecise','outside the integer tolerance, within max(2 pp, 10%)',
    '2,027.07 to 2,442.03: +20.47% (0.53 pp short of 21).','has risen 21%', w='YTD'),
  C('RUT','best_year_since',2021,'year','2024-11-25',"best_year_since_for_value('RUT',ytd('RUT','2024-11-25'),2024)",'imprecise',
    "since X later than the true date (understated)",
    'A 20.47% gain beats every calendar year 2020-2023 (2020 +18.36%, 2021 +13.69%); the last year at least as good was 2019 (+23.72%). True but understated.','best showing since 2021', cmp='since'),
 ]))

# ---------------------------------------------------------------- 14
P.append(dict(
 id='bloomberg_20250403_russell_bear_tariffs',
 source=dict(site='nas-community.com', url='https://nas-community.com/news/19645', original_outlet='Bloomberg'),
 published='2025-04-03', published_confidence='high',
 published_note="Thursday of the tariff announcement week (the announcement 'Wednesday' was 2025-04-02); the 6.6% plunge matches the 2025-04-03 close.",
 text=("Russell 2000 Enters Bear Market With Small Caps Stung by Tariffs. (Bloomberg) -- The small-cap revival that "
       "many expected from Donald Trump's America First agenda has become a rout for the shares most tied to the "
       "U.S. economy. On Thursday the Russell 2000 Index plunged 6.6%, leaving it down nearly 22% from its all-time "
       "high reached in late 2021, a record it came within a whisker of in November, after Trump's reelection. "
       "The president's tariff announcement Wednesday shook markets worldwide. Since the high in late November the "
       "slide has been led by energy, technology and consumer discretionary, sectors that have each lost over a "
       "quarter of their market value; all eleven sectors are in the red over that span."),
 claims=[
  C('RUT','daily_pct_change',-6.6,'percent','2025-04-03',"pct('RUT','2025-04-03')",'supported',TOL1,'-6.591%.','plunged 6.6%'),
  C('RUT','pct_from_ath',22,'percent','2025-04-03',"pct_from_record('RUT','2025-04-03')",'supported','nearly: claim - 1 unit <= true <= claim + 0.5 unit',
    '1,910.55 is 21.79% below the 2,442.74 record close. (Against the intraday record 2,466.49 of 2024-11-25 it is 22.54%, just outside.)','down nearly 22%', q='nearly'),
  C('RUT','record_close_date','2021-11','month','2025-04-03',"record_close_date_before('RUT','2025-04-03')",'supported','date check',
    'Record close 2,442.74 on 2021-11-08 (late 2021). The intraday record, however, was set on 2024-11-25.','all-time high reached in late 2021'),
  C('RUT','pct_below_record_nov2024',0.03,'percent','2024-11-25',"pct_from_record('RUT','2024-11-25')",'supported','qualitative: within a whisker',
    'Best November 2024 close 2,442.03 (2024-11-25), 0.03% below the record close.','within a whisker of in November'),
  C('RUT_SECTORS','sector_pct_change',-25,'percent','2025-04-03',None,'unverifiable',NOTF,'Russell 2000 sector indexes are not in the files.','lost over a quarter of their market value', q='over'),
 ]))

# ---------------------------------------------------------------- 15
P.append(dict(
 id='comtex_20251210_russell_intraday_record_rate_cuts',
 source=dict(site='pr.comtex.com', url='https://pr.comtex.com/?p=806784', original_outlet='COMTEX syndication (same text on MENAFN)'),
 published='2025-12-11', published_confidence='exact',
 published_note='COMTEX stamp 2025-12-11T10:20:45 on the page; the session described is Wednesday 2025-12-10 (an FOMC decision day).',
 text=("Russell 2000 index hits new highs as small-cap stocks rally. Having lagged mid and large caps for more than "
       "a decade, the Russell 2000 is once more setting all-time highs. On Dec. 10, the Russell 2000 reached an all-time "
       "intraday high of 2,576.31 before closing just shy of its record 2,576.31. Analysts credit Federal Reserve rate "
       "cuts and a rotation out of mega-cap technology. The Russell 2000 has now risen 14% since August, ahead of the "
       "S&P 500's 6.9% gain and the Nasdaq Composite index's 10.3% rise over the same period. Smaller industrial and "
       "manufacturing names have climbed while the U.S. central bank delivered three 25-basis point rate cuts in a "
       "row, and many analysts expect further gains from small-cap stocks in the first half of 2026. Up 15% on the "
       "year, the index is having its strongest showing in about a decade."),
 claims=[
  C('RUT','intraday_high',2576.31,'index points','2025-12-10',"high('RUT','2025-12-10')",'supported',TOL2,'Session high 2,576.31.','intraday high of 2,576.31', b='intraday high'),
  C('RUT','intraday_record',True,'flag','2025-12-10',"is_record_high('RUT','2025-12-10')",'supported','intraday record: above every earlier high',
    'Previous intraday record 2,541.77 (2025-12-09).','reached an all-time', b='intraday high'),
  C('RUT','close_vs_record','just shy','text','2025-12-10',"is_record_close('RUT','2025-12-10')",'contradicted','records: above every earlier close',
    'The close, 2,559.61, was itself a record close (previous 2,531.16 on 2025-12-04); it was 16.70 below the intraday high, not shy of the closing record. The repeated 2,576.31 is the intraday high.',
    'closing just shy of its record'),
  C('RUT','pct_change',14,'percent','2025-12-10',"pct_between('RUT','2025-07-31','2025-12-10')",'imprecise','outside the integer tolerance, within max(2 pp, 10%)',
    "'Since August' from the last July close (2025-07-31): +15.73%. From the end-of-August close it is +8.16%; no start date fits all three figures.",'risen 14% since August', w='since August'),
  C('SPX','pct_change',6.9,'percent','2025-12-10',"pct_between('SPX','2025-07-31','2025-12-10')",'contradicted','error above 20% of the true value',
    'From 2025-07-31: +8.63%; 6.9 is 1.73 pp (20.1%) short. (From the end-of-August close: +6.60%.)',"S&P 500's 6.9% gain", w='since August'),
  C('IXIC','pct_change',10.3,'percent','2025-12-10',"pct_between('IXIC','2025-07-31','2025-12-10')",'imprecise','within max(2 pp, 10%) and 20%',
    'From 2025-07-31: +11.99%. (From the end-of-August close: +10.25%.)',"10.3% rise", w='since August'),
  C('FEDFUNDS','rate_changes',[-25,-25,-25],'basis points','2025-12-10',"[c[1] for c in fomc_changes('2025-09-01','2025-12-10')]",'supported','FOMC calendar and DFEDTARU changes',
    'Cuts of 25 bp decided 2025-09-17, 2025-10-29 and 2025-12-10 (upper bound 4.50 to 3.75).','three 25-basis point rate cuts in a row'),
  C('RUT','forecast',None,'text','2026-H1',None,'forecast','projection; never judged','Analysts\' expectation for the first half of 2026.','expect further gains from small-cap stocks', b='n/a'),
  C('RUT','ytd_pct_change',15,'percent','2025-12-10',"ytd('RUT','2025-12-10')",'supported',TOLI,'2,230.16 to 2,559.61: +14.77%.','Up 15% on the year', w='YTD'),
  C('RUT','best_year_since','about a decade','text','2025-12-10',"best_year_since_for_value('RUT',ytd('RUT','2025-12-10'),2025)",'contradicted','best since X: X must be the last year at least as good',
    'A 14.77% gain is below 2023 (+15.09%), 2020 (+18.36%) and 2019 (+23.72%) calendar-year price returns; it is the best only since 2023.','strongest showing in about a decade', q='about', cmp='since'),
 ]))

# ---------------------------------------------------------------- 16
P.append(dict(
 id='wordupnews_20260123_small_caps_streak_broken',
 source=dict(site='wordupnews.com', url='https://wordupnews.com/?p=100024', original_outlet='unclear (reads like a Wall Street Journal markets item)'),
 published='2026-01-23', published_confidence='medium',
 published_note="No date on the page; 'to end the week' with Thursday as the last day of the streak places the drop on Friday 2026-01-23, which the files confirm (RUT -1.83%).",
 text=("Small Caps Break Their Winning Streak. The small-cap index fell 1.8%, lagging both the S&P 500 and the other "
       "major U.S. benchmarks. Until that end-of-week drubbing, the Russell 2000 had, as of Thursday, outdone the "
       "broad-based S&P 500 for 14 straight trading sessions, its longest streak of outperformance since 1996. Small "
       "caps tend to lead when investors are upbeat about growth."),
 claims=[
  C('RUT','daily_pct_change',-1.8,'percent','2026-01-23',"pct('RUT','2026-01-23')",'supported',TOL1,'-1.825%.','fell 1.8%'),
  C('RUT','daily_pct_change_vs_others','trailing','text','2026-01-23',"[pct(t,'2026-01-23') for t in ['RUT','SPX','DJI','IXIC']]",'supported','ordering check',
    'RUT -1.83% vs S&P 500 +0.03%, Dow -0.58%, Nasdaq +0.28%.','lagging both the S&P 500'),
  C('RUT','rel_streak_vs_SPX',14,'sessions','2026-01-22',"rel_streak('RUT','SPX','2026-01-22')",'supported','streaks use daily closes',
    'RUT beat the S&P 500 on each of the 14 sessions 2026-01-02 to 2026-01-22.','14 straight trading sessions'),
  C('RUT','longest_rel_streak_since',1996,'year','2026-01-22',"last_rel_streak_at_least('RUT','SPX','2026-01-01',14)",'supported','longest since X: last streak at least as long',
    'The last run of 14 or more sessions of RUT outperformance ended 1996-05-07.','longest streak of outperformance since 1996', cmp='since'),
  C('GENERIC','rule_of_thumb',None,'text','2026-01-23',None,'not_checkable','generic statement','Rule of thumb about small caps.','Small caps tend to lead', b='n/a'),
 ]))
