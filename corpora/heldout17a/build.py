"""Build script for corpora/heldout17a: passages, claims, key (via reference.py recipes)."""
import json, os, sys, importlib.util

OUT = os.path.dirname(os.path.abspath(__file__))
DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR', 'data')

P = []   # passages


def passage(pid, site, url, outlet, published, conf, note, text):
    P.append(dict(id=pid, source=dict(site=site, url=url, original_outlet=outlet), published=published,
                  published_confidence=conf, published_note=note, text_kind='condensed_close_paraphrase',
                  text=text, claims=[]))


def C(t, metric, value, unit, anchor, recipe=None, q=None, ref=None, window=None, comparison=None,
      basis='close', kind=None, v=None, rule=None, note='', detail=''):
    P[-1]['claims'].append(dict(t=t, metric=metric, value=value, unit=unit, anchor=anchor, recipe=recipe, q=q,
                                ref=ref, window=window, comparison=comparison, basis=basis, kind=kind, v=v,
                                rule=rule, note=note, detail=detail))
# ---------------------------------------------------------------- P1
passage('ap_19980828_dow_357_point_drop', 'amarillo.com (Amarillo Globe-News)',
        'http://amarillo.com/stories/082898/new_crisis.shtml', 'Associated Press', '1998-08-28', 'exact',
        'Page posted Friday, August 28, 1998 (date in URL and on page); the story reports Thursday\'s session, 1998-08-27.',
        "Russia's crisis, uncertainty in Japan send Dow tumbling. NEW YORK (AP) - The Dow tumbled 357.36 points Thursday, "
        "stretching Wall Street's summer slide to 12.6 percent, as Russia's deepening crisis and doubts about a Japanese "
        "recovery shook stock markets around the world. The 4.2 percent drop to 8,165.99 points was a new low in a decline "
        "that has pulled the Dow Jones industrial average 1,171 points below a record 9,337.97 set July 17. It was the first "
        "time since October's steep sell-off that the Dow finished a day more than 10 percent below its previous high, a loss "
        "usually called a \"market correction.\" The drop was also the third largest in a single session, behind 554.26 points "
        "lost Oct. 27 and 508 points lost in the \"Black Monday\" crash of Oct. 19, 1987; in percentage terms it was far smaller "
        "than the 22.6 percent drop on Black Monday. The Dow, which at the July peak boasted an 18.1 percent gain for 1998, "
        "is now just 3.3 percent higher for the year.")
R = '1998-08-27'
C('DJI', 'daily_change_points', '-357.36', 'points', 'tumbled 357.36 points', "chg('DJI','1998-08-27')", ref=R, window='1d', kind='points')
C('DJI', 'pct_from_high', '12.6', 'percent', 'summer slide to 12.6 percent', "pct_below_record('DJI','1998-08-27')", ref=R,
  window='since the 1998-07-17 record', comparison='record close 9337.97', kind='pct',
  note='Read as the distance of the close from the July 17 record close (a drawdown, positive = below).')
C('DJI', 'daily_change_pct', '-4.2', 'percent', 'The 4.2 percent drop', "pct('DJI','1998-08-27')", ref=R, window='1d', kind='pct')
C('DJI', 'close', '8165.99', 'index points', '8,165.99', "close('DJI','1998-08-27')", ref=R, kind='level')
C('DJI', 'points_from_high', '1171', 'points', '1,171 points below', "pts_below_record('DJI','1998-08-27')", ref=R,
  comparison='record close 9337.97', kind='points',
  note='True distance 1,171.98 points: the text truncates it (a truncated figure is imprecise by the dev conventions).')
C('DJI', 'record_close', [9337.97, '1998-07-17'], 'index points, date', 'a record 9,337.97 set July 17',
  "record_before('DJI','1998-08-27')", ref=R, v='supported', rule='record: highest earlier close and its date')
C('DJI', 'first_close_10pct_below_high_since', 'October (1997)', 'month', "first time since October's steep sell-off",
  "last_dd_over('DJI','1998-08-27',0.10)", ref=R, comparison='close more than 10% below the running record close',
  v='supported', rule='since X: X names the last episode with a close more than 10% below the record',
  note='The 1997 episode began with the October 27 drop and its last close more than 10% below the record was 1997-11-12; no close from 1997-11-13 to 1998-08-26 was 10% or more below the record. "October\'s steep sell-off" names that episode, so the claim holds. A strict day reading (X = October 1997, true last day 1997-11-12) would make X earlier than the true date.')
C('DJI', 'point_drop_rank', 3, 'rank', 'third largest in a single session', "point_drop_rank('DJI','1998-08-27')", ref=R,
  window='all history', v='unverifiable', rule='rank needs history before the file start',
  note='The Dow file starts 1992-01-02: there the drop ranks 2nd (behind 1997-10-27). The claimed 3rd place rests on the 1987-10-19 drop of 508 points, before the file; it cannot be checked that no other pre-1992 drop was larger.')
C('DJI', 'daily_change_points', -554.26, 'points', '554.26 points', "chg('DJI','1997-10-27')", ref='1997-10-27', window='1d',
  v='supported', rule='within tolerance after the known rounding of the data',
  note='The file gives -554.20 for 1997-10-27 (Yahoo\'s rounded closes) against the official -554.26; as in the dev key this is treated as a rounding difference of the data.')
C('DJI', 'daily_change_points', -508, 'points', '508 points lost', None, ref='1987-10-19', window='1d', v='unverifiable',
  rule='history before the file starts', note='1987-10-19 is before the Dow file (1992-01-02).')
C('DJI', 'daily_change_pct', -22.6, 'percent', '22.6 percent drop on Black Monday', None, ref='1987-10-19', window='1d',
  v='unverifiable', rule='history before the file starts', note='1987-10-19 is before the Dow file (1992-01-02).')
C('DJI', 'ytd_pct', '18.1', 'percent', '18.1 percent gain for 1998', "pct_change('DJI','1997-12-31','1998-07-17')", ref='1998-07-17',
  window='YTD at the 1998-07-17 peak', kind='pct')
C('DJI', 'ytd_pct', '3.3', 'percent', '3.3 percent higher for the year', "ytd('DJI','1998-08-27')", ref=R, window='YTD', kind='pct')

# ---------------------------------------------------------------- P2
passage('bloomberg_19991230_rut_first_record_20_months', 'sun-sentinel.com (South Florida Sun-Sentinel)',
        'http://articles.sun-sentinel.com/1999-12-30/business/9912291160_1_small-stocks-nasdaq-composite-index-stock-market',
        'Bloomberg News', '1999-12-30', 'exact',
        'Dated December 30, 1999 on the page and in the URL; the story reports Wednesday\'s session, 1999-12-29.',
        "Tech Rally Big Boost For Russell. December 30, 1999 | Bloomberg News. The Russell 2000 Index set its first record in "
        "20 months as this year's rally in computer and telecommunications stocks lifted the benchmark for small-capitalization "
        "companies to a high. The index rose 8.53, or 1.8 percent, to 497.01, above its closing record of 491.41 on April 21, 1998, "
        "and its intraday peak of 492.28, set April 22, 1998. The Russell index is up 18 percent for the year, helped by stocks "
        "such as network-switch maker Ancor Communications. \"It's not a pure small-cap rally -- it's a technology rally,\" said "
        "Steven DeSanctis, small-cap strategist at Prudential Securities. Through the end of November, the Russell 2000 was up "
        "8.9 percent, and technology companies accounted for 8.5 percentage points of that, he said. At Wednesday's close the "
        "Russell 2000 Technology Index had doubled. Small stocks still trail the big companies: the Standard & Poor's 500 Index "
        "has returned 19 percent this year, the Dow Jones industrial average is ahead by 25 percent and the Nasdaq Composite "
        "Index has surged 84 percent. The Russell 2000 hasn't outperformed the S&P 500 since 1993.")
R = '1999-12-29'
C('RUT', 'record_close', True, 'flag', 'set its first record', "is_record_close('RUT','1999-12-29')", ref=R, v='supported',
  rule='record: close above every earlier close in the file')
C('RUT', 'months_since_last_record', 20, 'months', 'first record in 20 months', "months_between('1998-04-21','1999-12-29')", ref=R,
  v='supported', rule='count: months from the previous record close (1998-04-21) to this one')
C('RUT', 'daily_change_points', '8.53', 'points', 'rose 8.53', "chg('RUT','1999-12-29')", ref=R, window='1d', kind='points')
C('RUT', 'daily_change_pct', '1.8', 'percent', 'or 1.8 percent', "pct('RUT','1999-12-29')", ref=R, window='1d', kind='pct',
  note='True 1.746%, within the one-decimal tolerance.')
C('RUT', 'close', '497.01', 'index points', 'to 497.01', "close('RUT','1999-12-29')", ref=R, kind='level')
C('RUT', 'previous_record_close', [491.41, '1998-04-21'], 'index points, date', 'closing record of 491.41 on April 21, 1998',
  "record_before('RUT','1999-12-29')", ref=R, v='supported', rule='record: highest earlier close and its date')
C('RUT', 'previous_intraday_record', [492.28, '1998-04-22'], 'index points, date', 'intraday peak of 492.28, set April 22, 1998',
  "intraday_record_before('RUT','1999-12-29')", ref=R, basis='intraday high', v='supported',
  rule='intraday record: highest earlier session high and its date')
C('RUT', 'ytd_pct', '18', 'percent', 'up 18 percent for the year', "ytd('RUT','1999-12-29')", ref=R, window='YTD', kind='pct')
C('RUT', 'return_pct', '8.9', 'percent', 'was up 8.9 percent', "pct_change('RUT','1998-12-31','1999-11-30')", ref='1999-11-30',
  window='1998-12-31 to 1999-11-30', kind='pct',
  note='Price change through the November 30 close is 7.61%. A total-return reading (about 1 point of dividends) would come close but cannot be computed from a price index; on the price basis the figure is imprecise.')
C('RUT_TECH', 'contribution_pp', 8.5, 'percentage points', '8.5 percentage points', None, ref='1999-11-30', v='unverifiable',
  rule='series not in the files', note='Sector contributions to the Russell 2000 are not in the files.')
C('RUT_TECH', 'ytd_pct', 100, 'percent', 'Technology Index had doubled', None, ref=R, v='unverifiable',
  rule='series not in the files', note='The Russell 2000 Technology Index is not in the files.')
C('SPX', 'ytd_pct', '19', 'percent', 'has returned 19 percent this year', "ytd('SPX','1999-12-29')", ref=R, window='YTD', kind='pct',
  note='Price change 19.06%. "Returned" could mean total return (about 1.2 points more), which a price index cannot give; the price figure matches.')
C('DJI', 'ytd_pct', '25', 'percent', 'ahead by 25 percent', "ytd('DJI','1999-12-29')", ref=R, window='YTD', kind='pct')
C('IXIC', 'ytd_pct', '84', 'percent', 'surged 84 percent', "ytd('IXIC','1999-12-29')", ref=R, window='YTD', kind='pct')
C('RUT', 'last_year_outperformed_SPX', 1993, 'year', "hasn't outperformed the S&P 500 since 1993",
  "last_outperform_year('RUT','SPX',1999)", ref=R, comparison='SPX calendar-year price return', v='supported',
  rule='since X: last calendar year with a better price return than the S&P 500',
  note='Price returns: 1993 RUT +17.0% vs SPX +7.1%; RUT trailed in every year 1994-1998. For 1999 to date RUT is +17.8% vs +19.1%.')

# ---------------------------------------------------------------- P3
passage('cnet_20010821_fed_seventh_cut_selloff', 'cnet.com (CNET News.com)',
        'https://www.cnet.com/tech/tech-industry/markets-nosedive-after-rate-cut/', 'CNET News.com', '2001-08-21', 'high',
        'No date in the stored text; the seventh 2001 cut, from 3.75% to 3.5%, was decided on 2001-08-21 (FOMC_meetings.csv) and every closing figure matches that session.',
        "Markets nosedive after rate cut. Tech stocks took a dive after the Federal Reserve cut interest rates for the seventh "
        "time this year, citing continued weakness in the economy. The Nasdaq composite index fell 2.66 percent, or 50.05 points, "
        "to close at 1,831.30, after idling in positive territory before the Fed's announcement. The Dow Jones industrial average "
        "fell 1.44 percent, or 145.93 points, to 10,174.14. The Fed, worried about the sluggish economy, lowered the federal funds "
        "rate 25 basis points to 3.5 percent, a seven-year low. Stocks turned negative after the central bank cut the rate banks "
        "charge each other for overnight loans from 3.75 percent to 3.5 percent--its lowest level since spring 1994. Earlier in "
        "the day, Goldman Sachs's chief investment strategist Abby Joseph Cohen cut her year-end target for the S&P 500 index to "
        "1,500 from 1,550.")
R = '2001-08-21'
C('FEDFUNDS', 'rate_cut_count_ytd', 7, 'count', 'seventh time this year', "fed_cuts_in_year(2001,'2001-08-21')", ref=R,
  window='2001 to date', v='supported', rule='count of DFEDTAR decreases in 2001 up to the decision',
  note='Cuts on 2001-01-03, 01-31, 03-20, 04-18, 05-15, 06-27 and 08-21.')
C('IXIC', 'daily_change_pct', '-2.66', 'percent', 'fell 2.66 percent', "pct('IXIC','2001-08-21')", ref=R, window='1d', kind='pct')
C('IXIC', 'daily_change_points', '-50.05', 'points', 'or 50.05 points', "chg('IXIC','2001-08-21')", ref=R, window='1d', kind='points')
C('IXIC', 'close', '1831.30', 'index points', 'close at 1,831.30', "close('IXIC','2001-08-21')", ref=R, kind='level')
C('DJI', 'daily_change_pct', '-1.44', 'percent', 'fell 1.44 percent', "pct('DJI','2001-08-21')", ref=R, window='1d', kind='pct',
  note='True -1.414%. 145.93 / 10,174.14 = 1.434%: the figure seems to divide by the new close instead of the previous one.')
C('DJI', 'daily_change_points', '-145.93', 'points', 'or 145.93 points', "chg('DJI','2001-08-21')", ref=R, window='1d', kind='points')
C('DJI', 'close', '10174.14', 'index points', 'to 10,174.14', "close('DJI','2001-08-21')", ref=R, kind='level')
C('FEDFUNDS', 'target_change', [3.75, 3.5], 'percent (before, after)', 'lowered the federal funds rate 25 basis points to 3.5 percent',
  "[fed_target('2001-08-20'), fed_target('2001-08-21')]", ref=R, v='supported', rule='DFEDTAR before and after the decision',
  note='DFEDTAR changes on 2001-08-21, the decision day (FOMC_meetings.csv).')
C('FEDFUNDS', 'lowest_since', '1994 (seven years)', 'years', 'a seven-year low', "fed_last_at_or_below('2001-08-21',3.5)", ref=R,
  v='supported', rule='since X: last day with a target at or below 3.5%',
  note='The target was last at or below 3.5% on 1994-04-17 (3.5% until the 1994-04-18 rise to 3.75%): 7.3 years earlier.')
C('FEDFUNDS', 'lowest_since', 'spring 1994', 'season', 'its lowest level since spring 1994', "fed_last_at_or_below('2001-08-21',3.5)", ref=R,
  v='supported', rule='since X: last day with a target at or below 3.5%', note='Last day at 3.5% or lower: 1994-04-17, in spring 1994.')
C('SPX', 'year_end_target', 1500, 'index points', 'to 1,500 from 1,550', None, ref='2001-12-31', v='forecast',
  rule='projection or target', note='A strategist\'s year-end target; not judged against the outcome.')

# ---------------------------------------------------------------- P4
passage('ap_20020702_nasdaq_below_post_sept11_low', 'washingtontimes.com (The Washington Times)',
        'https://www.washingtontimes.com/news/2002/jul/2/20020702-032922-9077r/', 'Associated Press', '2002-07-02', 'exact',
        'The Washington Times, Tuesday, July 2, 2002 (on the page and in the URL); "yesterday" is Monday 2002-07-01.',
        "NEW YORK (AP) Growing worries about accounting scandals and the health of corporate America sent stocks sharply lower "
        "again yesterday. The tech-heavy Nasdaq Composite Index finished under its post-September 11 closing low, while the Dow "
        "Jones industrials tumbled more than 130 points. The Nasdaq also recorded its lowest close in five years. Wary investors "
        "ignored an upbeat report on manufacturing and focused on bad company news. The Nasdaq fell 59.41, or 4.1 percent, to "
        "1,403.80. Its post-September 11 closing low was 1,423.19, reached Sept. 21. Yesterday's Nasdaq close was the index's "
        "lowest since June 10, 1997, when it ended at 1,401.69. So far this year, the Nasdaq is down 28 percent. The Standard & "
        "Poor's 500 index dropped 21.17, or 2.1 percent, to 968.65, less than 3 points above its Sept. 21 close. The S&P is off "
        "16 percent for the year. On the economic side, the Institute for Supply Management said its index of business activity "
        "rose to 56.2 percent in June from 55.7 percent in May.")
R = '2002-07-01'
C('IXIC', 'close_below_prior_low', True, 'flag', 'finished under its post-September 11 closing low',
  "min_close('IXIC','2001-09-11','2002-06-28')", ref=R, comparison='lowest close 2001-09-17..2002-06-28', v='supported',
  rule='low: close below every close since the 9/11 reopening', note='Lowest earlier close 1,423.19 (2001-09-21); 1,403.80 is below it.')
C('DJI', 'daily_change_points', '-130', 'points', 'tumbled more than 130 points', "chg('DJI','2002-07-01')", q='more than', ref=R,
  window='1d', kind='points', note='True -133.47 points.')
C('IXIC', 'lowest_since', 'five years', 'years', 'lowest close in five years', "lowest_since('IXIC','2002-07-01')", ref=R,
  v='supported', rule='lowest since X: last close at or below this one', note='Last lower close 1997-06-10, 5.06 years earlier.')
C('IXIC', 'daily_change_points', '-59.41', 'points', 'The Nasdaq fell 59.41', "chg('IXIC','2002-07-01')", ref=R, window='1d', kind='points')
C('IXIC', 'daily_change_pct', '-4.1', 'percent', 'or 4.1 percent', "pct('IXIC','2002-07-01')", ref=R, window='1d', kind='pct')
C('IXIC', 'close', '1403.80', 'index points', '1,403.80', "close('IXIC','2002-07-01')", ref=R, kind='level')
C('IXIC', 'post_sept11_closing_low', [1423.19, '2001-09-21'], 'index points, date', '1,423.19, reached Sept. 21',
  "min_close('IXIC','2001-09-11','2002-06-28')", ref=R, v='supported', rule='low: lowest close in the window and its date')
C('IXIC', 'lowest_since', '1997-06-10', 'date', 'lowest since June 10, 1997', "lowest_since('IXIC','2002-07-01')", ref=R,
  v='supported', rule='lowest since X: X is the last close at or below this one')
C('IXIC', 'close', '1401.69', 'index points', 'ended at 1,401.69', "close('IXIC','1997-06-10')", ref='1997-06-10', kind='level')
C('IXIC', 'ytd_pct', '-28', 'percent', 'the Nasdaq is down 28 percent', "ytd('IXIC','2002-07-01')", ref=R, window='YTD', kind='pct')
C('SPX', 'daily_change_points', '-21.17', 'points', 'dropped 21.17', "chg('SPX','2002-07-01')", ref=R, window='1d', kind='points')
C('SPX', 'daily_change_pct', '-2.1', 'percent', 'or 2.1 percent', "pct('SPX','2002-07-01')", ref=R, window='1d', kind='pct')
C('SPX', 'close', '968.65', 'index points', 'to 968.65', "close('SPX','2002-07-01')", ref=R, kind='level')
C('SPX', 'points_above_prior_close', '3', 'points', 'less than 3 points above its Sept. 21 close',
  "pts_change('SPX','2001-09-21','2002-07-01')", q='less than', ref=R, comparison='2001-09-21 close 965.80', kind='points')
C('SPX', 'ytd_pct', '-16', 'percent', 'off 16 percent for the year', "ytd('SPX','2002-07-01')", ref=R, window='YTD', kind='pct',
  note='True -15.63%, within the integer tolerance.')
C('US_ISM', 'index_level', 56.2, 'index', 'rose to 56.2 percent in June', None, ref='2002-06', v='unverifiable',
  rule='series not in the files', note='The ISM manufacturing index is not in the files.')

# ---------------------------------------------------------------- P5
passage('newsday_20020930_dow_four_year_low_quarter', 'tech.mit.edu (The Tech, MIT)',
        'http://tech.mit.edu/V122/N44/long_4_44.44w.html', 'Newsday', '2002-10-01', 'medium',
        'The Tech vol. 122 no. 44 reprints a Newsday story about "Monday", the last session of the third quarter, 2002-09-30; publication the next day is assumed from the issue. The headline says "4th Quarter" although the quarter that ended was the third.',
        "Dow Jones Hits Four-Year Low As 4th Quarter Draws to Close. By Pradnya Joshi, NEWSDAY -- new york. If you thought your "
        "last fund statement was ugly, wait for this quarter's. The stock market closed one of its worst quarters ever Monday, "
        "with the Dow Jones industrial average and the Standard & Poor's 500 Index posting their biggest percentage losses over a "
        "three-month period since 1987. The Dow closed at 7591.93 Monday, a new four-year low. The 30-stock index lost 109.52 "
        "points on the day, and for the three months ending Monday it dropped 17.87 percent, its worst showing since it lost "
        "25.32 percent in the fourth quarter of 1987. The Standard & Poor's 500 Index ended at 815.29, down 12.08 points. The "
        "S&P 500 is above its bear-market low at the close on July 23 but is still down more than 17.6 percent for the quarter. "
        "Only 31 stocks in the index ended the quarter above their end-of-June prices, said Howard Silverblatt of Standard & "
        "Poor's. The tech-heavy Nasdaq composite index fell 27.07 points Monday to close at 1172.09. That index is down nearly "
        "40 percent since the beginning of this year.")
R = '2002-09-30'
C('SPX', 'worst_quarter_since', '1987', 'year', 'biggest percentage losses over a three-month period since 1987',
  "worst_quarter_since('SPX','1988-01-01','2002-06-30')", ref=R, window='calendar quarter', v='supported',
  rule='worst since X: no quarter between X and now fell as much',
  note='S&P 500 Q3 2002 -17.63%; the worst quarter from Q1 1988 to Q2 2002 was -14.98% (Q3 2001), and Q4 1987 fell 23.2%. The Dow half of the sentence is the 25.32% claim below (history before 1992).')
C('DJI', 'close', '7591.93', 'index points', 'The Dow closed at 7591.93', "close('DJI','2002-09-30')", ref=R, kind='level')
C('DJI', 'lowest_since', 'four years', 'years', 'a new four-year low', "lowest_since('DJI','2002-09-30')", ref=R, v='supported',
  rule='lowest since X: last close at or below this one', note='Last lower close 1998-08-31 (7,539.07), 4.1 years earlier.')
C('DJI', 'daily_change_points', '-109.52', 'points', 'lost 109.52 points', "chg('DJI','2002-09-30')", ref=R, window='1d', kind='points')
C('DJI', 'qtd_pct', '-17.87', 'percent', 'dropped 17.87 percent', "qtd('DJI','2002-09-30')", ref=R, window='Q3 2002', kind='pct')
C('DJI', 'worst_quarter_since', 'Q4 1987 (-25.32%)', 'quarter', 'lost 25.32 percent in the fourth quarter of 1987', None, ref=R,
  window='calendar quarter', v='unverifiable', rule='history before the file starts',
  note='The Dow file starts 1992-01-02, so Q4 1987 and the quarters of 1988-1991 cannot be checked. From 1992 on, Q3 2002 (-17.87%) is the worst quarter in the file (next: Q3 2001, -15.76%).')
C('SPX', 'close', '815.29', 'index points', 'ended at 815.29', "close('SPX','2002-09-30')", ref=R, kind='level',
  note='File close 815.28.')
C('SPX', 'daily_change_points', '-12.08', 'points', 'down 12.08 points', "chg('SPX','2002-09-30')", ref=R, window='1d', kind='points',
  note='File change -12.09.')
C('SPX', 'above_prior_low', True, 'flag', 'above its bear-market low at the close on July 23',
  "min_close('SPX','2002-01-01','2002-09-30')", ref=R, comparison='lowest close of 2002 to date', v='supported',
  rule='low: lowest close and its date; the close is above it', note='Lowest 2002 close to date 797.70 on 2002-07-23; 815.28 is above it.')
C('SPX', 'qtd_pct', '-17.6', 'percent', 'down more than 17.6 percent for the quarter', "qtd('SPX','2002-09-30')", q='more than',
  ref=R, window='Q3 2002', kind='pct')
C('SPX_BREADTH', 'count', 31, 'stocks', 'Only 31 stocks', None, ref=R, v='unverifiable', rule='series not in the files',
  note='Constituent data are not in the files.')
C('IXIC', 'daily_change_points', '-27.07', 'points', 'fell 27.07 points', "chg('IXIC','2002-09-30')", ref=R, window='1d', kind='points',
  note='File change -27.10 (Yahoo IXIC history); 0.03 off, beyond the 2-decimal tolerance.')
C('IXIC', 'close', '1172.09', 'index points', 'close at 1172.09', "close('IXIC','2002-09-30')", ref=R, kind='level',
  note='File close 1,172.06; 0.03 off, beyond the 2-decimal tolerance.')
C('IXIC', 'ytd_pct', '-40', 'percent', 'down nearly 40 percent', "ytd('IXIC','2002-09-30')", q='nearly', ref=R, window='YTD', kind='pct')

# ---------------------------------------------------------------- P6
passage('plansponsor_20021231_markets_rocked_2002', 'plansponsor.com (PLANSPONSOR)',
        'https://www.plansponsor.com/financial-markets-rocked-again-in-02/?layout=print', 'PLANSPONSOR (citing Reuters)', '2002-12-31', 'exact',
        'Dated December 31, 2002 in the text; written before the last session closed and says figures are "as of the market close on December 30", so 2002-12-30 is used (the note gives the December 31 reading).',
        "Financial Markets Rocked Again In '02. December 31, 2002 (PLANSPONSOR.com) - Equity markets took another beating in "
        "2002 as the Dow Jones industrial average and the Standard & Poor's 500 index posted their first three-year string of "
        "declines since 1939-1941, according to a Reuters report. In 2002, the S&P 500 index fell almost 24%, and it is down "
        "almost 43% from its all-time high of 1,527.46 on March 24, 2000. As of the market close on December 30, the S&P 500 had "
        "shed about $2.42 trillion in value this year. The Dow ended December down 7%, its worst December since 1931, according "
        "to markethistory.com. For the year, the Dow slumped almost 17%, its sharpest decline in 25 years, and it is now off "
        "about 29% from a record peak of 11,722.98 set on January 14, 2000. The Nasdaq Composite Index, down more than 31% this "
        "year, is now off more than 73% from its high of 5,048.62 set March 10, 2000. All three major gauges reached multiyear "
        "lows on October 9, when the Nasdaq slid to a six-year low, while the Dow and S&P 500 hit five-year lows. Since then the "
        "Dow has rebounded about 14%, while the S&P 500 has risen approximately 11% and the Nasdaq is up almost 17%.")
R = '2002-12-30'
C('SPX', 'negative_year_streak_since', '1939-1941', 'years', 'first three-year string of declines since 1939-1941',
  "negative_years_run_before('SPX',2000)", ref=R, window='calendar years 2000-2002', v='supported',
  rule='since X: last earlier run of three negative calendar years',
  note='GSPC (the S&P 90 before 1957) last fell three years running in 1939-1941; 2000, 2001 and 2002 (to Dec 30) are all negative. The Dow half is the next claim.')
C('DJI', 'negative_year_streak_since', '1939-1941', 'years', 'Dow Jones industrial average and the Standard & Poor', None, ref=R,
  window='calendar years 2000-2002', v='unverifiable', rule='history before the file starts',
  note='The Dow fell in 2000, 2001 and 2002 in the file, but the 1942-1991 years needed for "first since 1939-1941" are before the Dow file (1992).')
C('SPX', 'ytd_pct', '-24', 'percent', 'fell almost 24%', "ytd('SPX','2002-12-30')", q='almost', ref=R, window='YTD', kind='pct',
  note='-23.40% to Dec 30 (-23.37% to Dec 31).')
C('SPX', 'pct_from_ath', '43', 'percent', 'almost 43% from its all-time high', "pct_below_record('SPX','2002-12-30')", q='almost', ref=R,
  comparison='record close 1527.46', kind='pct')
C('SPX', 'record_close', [1527.46, '2000-03-24'], 'index points, date', '1,527.46 on March 24, 2000', "record_before('SPX','2002-12-30')",
  ref=R, v='supported', rule='record: highest earlier close and its date')
C('SPX', 'market_value_loss', 2.42, 'trillion USD', '$2.42 trillion', None, ref=R, window='YTD', v='unverifiable',
  rule='series not in the files', note='Market capitalisation is not in the files.')
C('DJI', 'mtd_pct', '-7', 'percent', 'The Dow ended December down 7%', "mtd('DJI','2002-12-30')", ref=R, window='December 2002 to Dec 30',
  kind='pct', note='-6.33% to Dec 30 (-6.2% for the full month). Outside the integer tolerance.')
C('DJI', 'worst_december_since', 1931, 'year', 'its worst December since 1931', None, ref=R, v='unverifiable',
  rule='history before the file starts', note='Needs Dow Decembers 1932-1991; the file starts 1992.')
C('DJI', 'ytd_pct', '-17', 'percent', 'slumped almost 17%', "ytd('DJI','2002-12-30')", q='almost', ref=R, window='YTD', kind='pct')
C('DJI', 'worst_year_since', '25 years', 'years', 'its sharpest decline in 25 years', None, ref=R, v='unverifiable',
  rule='history before the file starts', note='Needs Dow annual returns back to 1977; the file starts 1992 (2002 is the worst year in the file).')
C('DJI', 'pct_from_ath', '29', 'percent', 'off about 29% from a record peak', "pct_below_record('DJI','2002-12-30')", q='about', ref=R,
  comparison='record close 11722.98', kind='pct')
C('DJI', 'record_close', [11722.98, '2000-01-14'], 'index points, date', '11,722.98 set on January 14, 2000', "record_before('DJI','2002-12-30')",
  ref=R, v='supported', rule='record: highest earlier close and its date')
C('IXIC', 'ytd_pct', '-31', 'percent', 'down more than 31% this year', "ytd('IXIC','2002-12-30')", q='more than', ref=R, window='YTD', kind='pct')
C('IXIC', 'pct_from_ath', '73', 'percent', 'off more than 73% from its high', "pct_below_record('IXIC','2002-12-30')", q='more than', ref=R,
  comparison='record close 5048.62', kind='pct')
C('IXIC', 'record_close', [5048.62, '2000-03-10'], 'index points, date', '5,048.62 set March 10, 2000', "record_before('IXIC','2002-12-30')",
  ref=R, v='supported', rule='record: highest earlier close and its date')
C('IXIC', 'lowest_since', 'six years', 'years', 'the Nasdaq slid to a six-year low', "lowest_since('IXIC','2002-10-09')", ref='2002-10-09',
  v='supported', rule='lowest since X: last close at or below this one', note='Last lower close 1996-08-01, 6.2 years earlier.')
C('DJI', 'lowest_since', 'five years', 'years', 'the Dow and S&P 500 hit five-year lows', "lowest_since('DJI','2002-10-09')", ref='2002-10-09',
  v='supported', rule='lowest since X: last close at or below this one', note='Last lower close 1997-10-27, 4.95 years earlier.')
C('SPX', 'lowest_since', 'five years', 'years', 'five-year lows', "lowest_since('SPX','2002-10-09')", ref='2002-10-09',
  v='supported', rule='lowest since X: last close at or below this one', note='Last lower close 1997-04-28, 5.45 years earlier.')
C('DJI', 'return_pct', '14', 'percent', 'rebounded about 14%', "pct_change('DJI','2002-10-09','2002-12-30')", q='about', ref=R,
  window='since 2002-10-09 close', kind='pct')
C('SPX', 'return_pct', '11', 'percent', 'risen approximately 11%', "pct_change('SPX','2002-10-09','2002-12-30')", q='approximately', ref=R,
  window='since 2002-10-09 close', kind='pct',
  note='+13.21% from the Oct 9 close to Dec 30 (+13.27% to Dec 31; more from the Oct 10 intraday low). More than 2 points off.')
C('IXIC', 'return_pct', '17', 'percent', 'the Nasdaq is up almost 17%', "pct_change('IXIC','2002-10-09','2002-12-30')", q='almost', ref=R,
  window='since 2002-10-09 close', kind='pct', note='+20.23% from the Oct 9 close to Dec 30. More than 2 points off.')

# ---------------------------------------------------------------- P7
passage('djindexes_200307_july_markets_measure', 'mondovisione.com (Mondo Visione)',
        'https://mondovisione.com/media-and-resources/news/july-2003-markets-measure-preliminary-report-a-monthly-report-from-dow-jones-ind',
        'Dow Jones Indexes / STOXX Ltd. (press release)', '2003-07', 'medium',
        'A preliminary monthly report whose results are "as of U.S. markets close on July 29, 2003"; issued on July 29 or 30 (day not on the stored page). All claims use the 2003-07-29 close.',
        "July 2003 Markets Measure Preliminary Report, a monthly report from Dow Jones Indexes. Dow Jones Industrial Average posts "
        "2.4% gain in July. The U.S. blue-chip Dow Jones Industrial Average rose 2.43% in July, closing at 9204.46, according to "
        "preliminary monthly figures from Dow Jones Indexes and STOXX Ltd. (All index results are as of the U.S. markets close on "
        "July 29, 2003.) The Dow Jones Industrial Average is up 10.34% for the year. Despite ending the month in positive territory, "
        "the average recorded 10 days of negative performance, the most down days since March this year. Measuring Europe, the Dow "
        "Jones STOXX 50 index is up 1.33% for July, closing at 2427.56. In the U.S., the Basic Materials sector was the biggest "
        "winner in July with a 6.74% gain, while the Dow Jones Utilities sector posted the biggest loss, dropping 5.68%.")
R = '2003-07-29'
C('DJI', 'mtd_pct', '2.4', 'percent', 'posts 2.4% gain in July', "mtd('DJI','2003-07-29')", ref=R, window='July 2003 to Jul 29', kind='pct',
  note='Month-to-date to the July 29 close; the full month (to July 31) was +2.76%.')
C('DJI', 'mtd_pct', '2.43', 'percent', 'rose 2.43% in July', "mtd('DJI','2003-07-29')", ref=R, window='July 2003 to Jul 29', kind='pct',
  note='"In July" means month to date as of the July 29 close (+2.437%); the full-month figure would be +2.76%.')
C('DJI', 'close', '9204.46', 'index points', 'closing at 9204.46', "close('DJI','2003-07-29')", ref=R, kind='level')
C('DJI', 'ytd_pct', '10.34', 'percent', 'up 10.34% for the year', "ytd('DJI','2003-07-29')", ref=R, window='YTD', kind='pct')
C('DJI', 'down_days_count', '10', 'sessions', '10 days of negative performance', "count_down_days('DJI','2003-07-01','2003-07-29')", ref=R,
  window='July 1-29, 2003', kind='count')
C('DJI', 'most_down_days_since', 'March 2003', 'month', 'the most down days since March this year',
  "[month_down_days('DJI',2003,m) for m in (3,4,5,6)]", ref=R, window='calendar months', v='contradicted',
  rule='since X: X must be the last month with at least as many down days',
  note='Down days by month: March 10, April 9, May 10, June 8. May 2003 had as many down days (10) as July to the 29th, so the last month with at least as many is May, not March (an earlier X is contradicted).')
C('STOXX50', 'mtd_pct', 1.33, 'percent', 'up 1.33% for July', None, ref=R, v='unverifiable', rule='series not in the files',
  note='European indexes are not in the files.')
C('DJ_BASIC_MATERIALS', 'mtd_pct', 6.74, 'percent', 'a 6.74% gain', None, ref=R, v='unverifiable', rule='series not in the files',
  note='Dow Jones U.S. sector indexes are not in the files (XLB would only be a proxy and has no usable price column here).')

# ---------------------------------------------------------------- P8
passage('djnewswires_20040401_dow_revamp_midmorning', 'si.frajer.net (Silicon Investor message board repost)',
        'https://si.frajer.net/readreplies.aspx?msgid=19976378&subjectid=6674', 'Dow Jones Newswires (via COMTEX)', '2004-04-01', 'exact',
        'Dateline "NEW YORK, Apr 01, 2004" and time stamp 10:07 AM EST: a mid-morning update of the 2004-04-01 session.',
        "US Stocks Mixed; DJIA Will Revamp Its Stock Membership -- 10:07 AM EST. NEW YORK, Apr 01, 2004 (Dow Jones Newswires) -- "
        "The Dow Jones Industrial Average is lower Thursday, the same day it said it is removing three members to make room for "
        "Verizon Communications, Pfizer and American International Group. The Dow Jones Industrial Average is off 9.41, or 0.1%, "
        "to 10349, the Nasdaq Composite has gained 8, or 0.4%, to 2002 and the Standard & Poor's 500 Index has advanced 3.08, or "
        "0.3%, to 1129.29. The Russell 2000 Index of small stocks is ahead 2.73, or 0.5%, to 593.03 and the Standard & Poor's "
        "SmallCap 600 Index has risen 1.36, or 0.5%, to 288. American International Group is up 1.20, or 1.7%, to 72.57 on word it "
        "will join the average.")
R = '2004-04-01'
MS = 'Mid-session figure (10:07 a.m.): unverifiable unless outside the session range.'
C('DJI', 'intraday_change_points', -9.41, 'points', 'off 9.41', "session_range('DJI','2004-04-01')", ref=R, window='1d',
  basis='10:07 a.m.', v='unverifiable', rule='mid-session figure inside the session range',
  note=MS + ' Implied level 10,348.29 is inside the 10,342.59-10,419.04 range (close +15.63).')
C('DJI', 'intraday_level', 10349, 'index points', 'to 10349', "session_range('DJI','2004-04-01')", ref=R, basis='10:07 a.m.',
  v='unverifiable', rule='mid-session figure inside the session range', note=MS + ' Range 10,342.59-10,419.04.')
C('IXIC', 'intraday_change_points', 8, 'points', 'has gained 8', "session_range('IXIC','2004-04-01')", ref=R, window='1d', basis='10:07 a.m.',
  v='unverifiable', rule='mid-session figure inside the session range', note=MS + ' Implied level about 2,002 is inside 1,996.45-2,019.09.')
C('IXIC', 'intraday_level', 2002, 'index points', 'to 2002', "session_range('IXIC','2004-04-01')", ref=R, basis='10:07 a.m.',
  v='unverifiable', rule='mid-session figure inside the session range', note=MS + ' Range 1,996.45-2,019.09.')
C('SPX', 'intraday_change_points', 3.08, 'points', 'advanced 3.08', "session_range('SPX','2004-04-01')", ref=R, window='1d', basis='10:07 a.m.',
  v='unverifiable', rule='mid-session figure inside the session range', note=MS + ' Implied level 1,129.29 is inside 1,126.20-1,135.67.')
C('SPX', 'intraday_level', 1129.29, 'index points', 'to 1129.29', "session_range('SPX','2004-04-01')", ref=R, basis='10:07 a.m.',
  v='unverifiable', rule='mid-session figure inside the session range', note=MS + ' Range 1,126.20-1,135.67.')
C('RUT', 'intraday_change_points', 2.73, 'points', 'ahead 2.73', "session_range('RUT','2004-04-01')", ref=R, window='1d', basis='10:07 a.m.',
  v='unverifiable', rule='mid-session figure inside the session range', note=MS + ' Implied level 593.04 is inside 590.31-596.15 (close 595.32, +5.01).')
C('RUT', 'intraday_level', 593.03, 'index points', 'to 593.03', "session_range('RUT','2004-04-01')", ref=R, basis='10:07 a.m.',
  v='unverifiable', rule='mid-session figure inside the session range', note=MS + ' Range 590.31-596.15.')
C('SP600', 'intraday_level', 288, 'index points', 'to 288', None, ref=R, basis='10:07 a.m.', v='unverifiable',
  rule='series not in the files', note='The S&P SmallCap 600 is not in the files.')

# ---------------------------------------------------------------- P9
passage('ap_20041124_pre_holiday_gains', 'washingtontimes.com (The Washington Times)',
        'https://www.washingtontimes.com/news/2004/nov/24/20041124-095234-8716r/', 'Associated Press', '2004-11-24', 'exact',
        'Page and URL dated Wednesday, November 24, 2004, and the text says "yesterday". Every closing figure matches Wednesday 2004-11-24, not Tuesday 11-23 (Dow +3.18 to 10,492.60 that day); the Wednesday oil-inventory report and "pre-holiday trading" also point to 11-24. The key uses 2004-11-24 and the notes give the Tuesday reading.',
        "NEW YORK (AP) - Stocks edged up yesterday in thin trading before the holiday, helped by an oil-inventory report that beat "
        "expectations and by upbeat jobless data. Government figures showed demand for petroleum flat and heating-oil supplies "
        "slightly higher, although light crude later traded at $49.44 a barrel, up 50 cents, in New York. First-time jobless claims "
        "fell to 323,000 last week from 334,000, the Labor Department said. The Dow Jones Industrial Average gained 27.71, or "
        "0.26 percent, to 10,520.31. Broader indicators were modestly higher: the Standard & Poor's 500 index was up 4.82, or "
        "0.41 percent, at 1,181.76, and the Nasdaq Composite Index gained 18.26, or 0.88 percent, to 2,102.54.")
R = '2004-11-24'
TN = ' Judged on 2004-11-24, the session the figures describe; against Tuesday 2004-11-23 ("yesterday" from the page date) it would be contradicted.'
C('CRUDE_OIL', 'price', 49.44, 'USD per barrel', '$49.44 a barrel', None, ref=R, v='unverifiable', rule='series not in the files',
  note='Oil futures are not in the files.')
C('US_JOBLESS_CLAIMS', 'count', 323000, 'claims', '323,000', None, ref=R, v='unverifiable', rule='series not in the files',
  note='Jobless claims are not in the files.')
C('DJI', 'daily_change_points', '27.71', 'points', 'gained 27.71', "chg('DJI','2004-11-24')", ref=R, window='1d', kind='points', note=TN.strip())
C('DJI', 'daily_change_pct', '0.26', 'percent', '0.26 percent', "pct('DJI','2004-11-24')", ref=R, window='1d', kind='pct', note=TN.strip())
C('DJI', 'close', '10520.31', 'index points', 'to 10,520.31', "close('DJI','2004-11-24')", ref=R, kind='level', note=TN.strip())
C('SPX', 'daily_change_points', '4.82', 'points', 'was up 4.82', "chg('SPX','2004-11-24')", ref=R, window='1d', kind='points', note=TN.strip())
C('SPX', 'daily_change_pct', '0.41', 'percent', '0.41 percent', "pct('SPX','2004-11-24')", ref=R, window='1d', kind='pct', note=TN.strip())
C('SPX', 'close', '1181.76', 'index points', 'at 1,181.76', "close('SPX','2004-11-24')", ref=R, kind='level', note=TN.strip())
C('IXIC', 'daily_change_points', '18.26', 'points', 'gained 18.26', "chg('IXIC','2004-11-24')", ref=R, window='1d', kind='points', note=TN.strip())
C('IXIC', 'daily_change_pct', '0.88', 'percent', '0.88 percent', "pct('IXIC','2004-11-24')", ref=R, window='1d', kind='pct', note=TN.strip())
C('IXIC', 'close', '2102.54', 'index points', 'to 2,102.54', "close('IXIC','2004-11-24')", ref=R, kind='level', note=TN.strip())

# ---------------------------------------------------------------- P10
passage('washpost_20051230_lackluster_year', 'washingtonpost.com (The Washington Post)',
        'http://www.washingtonpost.com/wp-dyn/content/article/2005/12/30/AR2005123001151_pf.html', 'The Washington Post', '2005-12-30', 'exact',
        'Friday, December 30, 2005, 6:03 PM, after the last session of 2005.',
        "Closing Bell Rings on Lackluster Year. By Jerry Knight, Washington Post Staff Writer, Friday, December 30, 2005. The "
        "market's year ended today with a dull clunk of the closing bell, capping one of its most listless years. The Nasdaq Stock Market "
        "composite index gained just 1.4 percent over the past 12 months -- the smallest annual move since that index was "
        "invented. The Dow Jones industrial average was down 0.6 percent for the year. The Standard & Poor's 500 stock index "
        "recorded a 3 percent gain, which means the average stock did better than either the blue-chip Dow or the tech-heavy "
        "Nasdaq. Still, 3 percent -- 4.5 counting dividends paid by the S&P stocks -- was a thin reward when investors could "
        "earn more than 4 percent on certificates of deposit or government bonds. In today's trading the Dow fell 67 points to "
        "10,717.50, the S&P slipped 6 points to 1,248.29 and the Nasdaq composite dropped 13 points to 2,205.32.")
R = '2005-12-30'
C('IXIC', 'year_pct', '1.4', 'percent', 'gained just 1.4 percent', "ytd('IXIC','2005-12-30')", ref=R, window='2005', kind='pct')
C('IXIC', 'smallest_annual_move_since_inception', True, 'flag', 'the smallest annual move since that index was invented',
  "smallest_abs_year_move('IXIC',1972,2005)", ref=R, window='calendar years 1972-2005', v='supported',
  rule='rank: smallest absolute calendar-year change among all full years in the file',
  note='IXIC starts 1971-02-05 (base 100 on 1971-02-05); among full years 1972-2005 the smallest absolute change is 2005 (+1.37%).')
C('DJI', 'year_pct', '-0.6', 'percent', 'down 0.6 percent for the year', "ytd('DJI','2005-12-30')", ref=R, window='2005', kind='pct')
C('SPX', 'year_pct', '3', 'percent', 'recorded a 3 percent gain', "ytd('SPX','2005-12-30')", ref=R, window='2005', kind='pct')
C('SPX', 'ordering', ['SPX', 'IXIC', 'DJI'], 'order', 'did better than either the blue-chip Dow or the tech-heavy',
  "[ytd('SPX','2005-12-30'), ytd('IXIC','2005-12-30'), ytd('DJI','2005-12-30')]", ref=R, window='2005', v='supported',
  rule='ordering of 2005 price changes', note='S&P 500 +3.00% > Nasdaq +1.37% > Dow -0.61%.')
C('SPX', 'total_return_pct', 4.5, 'percent', '4.5 counting dividends', None, ref=R, window='2005', v='unverifiable',
  rule='total return where only a price index exists', note='GSPC has no total-return series (SPY adj_close is only a proxy).')
C('US10Y', 'yield', '4', 'percent', 'more than 4 percent on certificates of deposit or government bonds', "fred('DGS10','2005-12-30')", q='more than',
  ref=R, basis='end of day', kind='pct', note='DGS10 4.39% on 2005-12-30 (DGS2 4.41%); CD rates are not in the files, the bond part decides.')
C('DJI', 'daily_change_points', '-67', 'points', 'the Dow fell 67 points', "chg('DJI','2005-12-30')", ref=R, window='1d', kind='points')
C('DJI', 'close', '10717.50', 'index points', '10,717.50', "close('DJI','2005-12-30')", ref=R, kind='level')
C('SPX', 'daily_change_points', '-6', 'points', 'slipped 6 points', "chg('SPX','2005-12-30')", ref=R, window='1d', kind='points')
C('SPX', 'close', '1248.29', 'index points', 'to 1,248.29', "close('SPX','2005-12-30')", ref=R, kind='level')
C('IXIC', 'daily_change_points', '-13', 'points', 'dropped 13 points', "chg('IXIC','2005-12-30')", ref=R, window='1d', kind='points')
C('IXIC', 'close', '2205.32', 'index points', 'to 2,205.32', "close('IXIC','2005-12-30')", ref=R, kind='level')

# ---------------------------------------------------------------- P11
passage('jewishexponent_20060112_2005_review_small_caps', 'jewishexponent.com (Jewish Exponent)',
        'http://www.jewishexponent.com/2005-a-very-good-year', 'Jewish Exponent (JE Feature)', '2006-01-12', 'exact',
        'Dated January 12, 2006 on the page; a review of calendar 2005 ending with the 2005-12-30 session.',
        "2005: A Very Good Year? January 12, 2006, by Craig G. Langweiler. With a new year under way, it is a good time to look "
        "back at the numbers. The S&P 500 stock index was up 4.9 percent in 2005, less than half the 10.4 percent average return "
        "of the last 50 years (1956-2005). Over that half-century the S&P 500 produced a positive return in 38 years and fell in "
        "the other 12. All numbers are total-return results. Both mid-cap stocks (the S&P 400 Midcap Index) and small caps (the "
        "Russell 2000) reached all-time highs in 2005: midcaps were up 12.6 percent for the year after peaking on Dec. 14, and "
        "small caps were up 4.6 percent after hitting their apex on Dec. 2, both total-return figures. Over the last 243 months "
        "through Dec. 31, the S&P 500 covered 5,111 trading days, with 2,735 days up (54 percent of the time) and 2,376 days "
        "down. The small-cap Russell 2000 trailed the large-cap S&P 500 by .3 percent in 2005, but over the last 10 years "
        "(1996-2005) it has beaten the S&P 500 by .2 percent compounded per year.")
R = '2005-12-30'
C('SPX', 'total_return_pct', 4.9, 'percent', 'up 4.9 percent in 2005', None, ref=R, window='2005', v='unverifiable',
  rule='total return where only a price index exists', note='Price change 2005: +3.00%; dividends are not in GSPC.')
C('SPX', 'avg_total_return_pct', 10.4, 'percent', '10.4 percent average return', None, ref=R, window='1956-2005', v='unverifiable',
  rule='total return where only a price index exists', note='A total-return average; GSPC is a price index.')
C('SPX', 'positive_years', 38, 'years', 'positive return in 38 years', "positive_years('SPX',1956,2005)", ref=R, window='1956-2005',
  v='unverifiable', rule='total return where only a price index exists',
  note='The text says all figures are total returns. On the price basis 36 of the 50 years were positive (years such as 1994 are negative in price but positive with dividends), so the price count cannot decide it.')
C('RUT', 'record_in_year', True, 'flag', 'small caps (the Russell 2000) reached all-time highs in 2005',
  "is_record_close('RUT','2005-12-02')", ref='2005-12-02', window='2005', v='supported',
  rule='record: close above every earlier close in the file', note='2005-12-02 close 690.57 is an all-time closing high.')
C('RUT', 'peak_date', '2005-12-02', 'date', 'hitting their apex on Dec. 2', "max_close('RUT','2005-01-01','2005-12-30')", ref=R,
  window='2005', v='supported', rule='highest close of 2005 and its date')
C('RUT', 'total_return_pct', 4.6, 'percent', 'small caps were up 4.6 percent', None, ref=R, window='2005', v='unverifiable',
  rule='total return where only a price index exists', note='Price change 2005: +3.32%.')
C('SP400', 'total_return_pct', 12.6, 'percent', 'midcaps were up 12.6 percent', None, ref=R, window='2005', v='unverifiable',
  rule='series not in the files', note='The S&P 400 Midcap index is not in the files.')
C('SPX', 'session_count', '5111', 'sessions', '5,111 trading days', "sessions_between('SPX','1985-10-01','2005-12-30')", ref=R,
  window='243 months, Oct 1985 - Dec 2005', kind='count', note='Sessions 1985-10-01..2005-12-30 in GSPC.')
C('SPX', 'up_days', '2735', 'sessions', '2,735 days up', "up_days('SPX','1985-10-01','2005-12-30')", ref=R,
  window='243 months, Oct 1985 - Dec 2005', kind='count')
C('SPX', 'down_days', '2376', 'sessions', '2,376 days', "count_down_days('SPX','1985-10-01','2005-12-30')", ref=R,
  window='243 months, Oct 1985 - Dec 2005', kind='count',
  note='2,370 down closes and 6 unchanged ones: the text counts unchanged days as down (2,735 + 2,376 = 5,111).')
C('RUT', 'relative_return_pp', -0.3, 'percentage points', 'trailed the large-cap S&P 500 by .3 percent', None, ref=R, window='2005',
  comparison='SPX', v='unverifiable', rule='total return where only a price index exists',
  note='Stated on a total-return basis (4.6% vs 4.9%). On price, the Russell 2000 (+3.32%) beat the S&P 500 (+3.00%).')
C('RUT', 'relative_annualized_pp', 0.2, 'percentage points per year', 'beaten the S&P 500 by .2 percent compounded per year', None, ref=R,
  window='1996-2005', comparison='SPX', v='unverifiable', rule='total return where only a price index exists',
  note='A total-return comparison; the files hold price indexes only.')

# ---------------------------------------------------------------- P12
passage('ritholtz_20060517_ytd_index_performance', 'ritholtz.com (The Big Picture)',
        'https://ritholtz.com/2006/05/ytd-index-performance', 'The Big Picture (Barry Ritholtz)', '2006-05-17', 'medium',
        'The URL gives May 2006 only. The "recent" levels (Dow 11,303, S&P 1,281, Russell 729, NDX 1,608, Composite 2,209, QQQQ 39.57) all lie inside the 2006-05-17 session ranges and not inside those of neighbouring days, and a comment expects an options-expiration rally "tomorrow" (Friday May 19 was expiration, so the Thursday comment fits a Wednesday post). The recent figures are intraday; the year-end figures are 2005-12-30 closes.',
        "YTD Index Performance. A surprise in the numbers: the big-cap tech stocks of the Nasdaq 100 are negative for the year. "
        "A few indices punched into Excel give this. The Nasdaq 100 (NDX) is down -2.26%; the Qs are off -2.08%; the Nasdaq "
        "Composite is a few ticks above flat; utilities are also off -2.00%. The Dow has gained 5.46% and the S&P 500 is up 2.62%. "
        "The big winners are the Russell 2000, up 8.29%, and the Dow Transports, up 13.08%. My table, year-end 2005 close and "
        "recent price: QQQQ 40.41 and 39.57; NDX 1645.2 and 1608; Nasdaq Composite 2205.3 and 2209; Dow 10717.5 and 11303; "
        "S&P 500 1248.29 and 1281; Russell 2000 673.22 and 729; Transports 4196.03 and 4745.")
R = '2006-05-17'
Y = '2005-12-30'
AR = 'A percentage computed from levels the passage itself states is judged on that arithmetic (year-end close from the file, recent level as stated).'
C('NDX', 'ytd_pct', '-2.26', 'percent', 'is down -2.26%', "pct_vs_level('NDX','2005-12-30',1608)", ref=R, window='YTD', basis='intraday (stated level)',
  kind='pct', note=AR + ' Close-basis YTD on 2006-05-17: -2.81%.')
C('QQQ', 'ytd_pct', '-2.08', 'percent', 'the Qs are off -2.08%', "pct_vs_level('QQQ','2005-12-30',39.57)", ref=R, window='YTD',
  basis='intraday (stated level)', kind='pct', note=AR + ' QQQ price (not dividend-adjusted) close 2005-12-30 40.41.')
C('IXIC', 'ytd_pct', 'a few ticks above flat', 'qualitative', 'a few ticks above flat', "pct_vs_level('IXIC','2005-12-30',2209)", ref=R, window='YTD',
  basis='intraday (stated level)', v='supported', rule='direction and size from the stated levels', note=AR + ' 2,209 / 2,205.32 = +0.17%: slightly above flat.')
C('DJI', 'ytd_pct', '5.46', 'percent', 'The Dow has gained 5.46%', "pct_vs_level('DJI','2005-12-30',11303)", ref=R, window='YTD',
  basis='intraday (stated level)', kind='pct', note=AR)
C('SPX', 'ytd_pct', '2.62', 'percent', 'the S&P 500 is up 2.62%', "pct_vs_level('SPX','2005-12-30',1281)", ref=R, window='YTD',
  basis='intraday (stated level)', kind='pct', note=AR)
C('RUT', 'ytd_pct', '8.29', 'percent', 'the Russell 2000, up 8.29%', "pct_vs_level('RUT','2005-12-30',729)", ref=R, window='YTD',
  basis='intraday (stated level)', kind='pct', note=AR + ' Close-basis YTD on 2006-05-17: +7.81%.')
C('DJ_TRANSPORTS', 'ytd_pct', 13.08, 'percent', 'up 13.08%', None, ref=R, window='YTD', v='unverifiable', rule='series not in the files',
  note='The Dow Jones Transportation Average is not in the files.')
C('QQQ', 'close', '40.41', 'USD', 'QQQQ 40.41', "close('QQQ','2005-12-30')", ref=Y, kind='level')
C('NDX', 'close', '1645.2', 'index points', 'NDX 1645.2', "close('NDX','2005-12-30')", ref=Y, kind='level')
C('DJI', 'close', '10717.5', 'index points', 'Dow 10717.5', "close('DJI','2005-12-30')", ref=Y, kind='level')
C('RUT', 'close', '673.22', 'index points', 'Russell 2000 673.22', "close('RUT','2005-12-30')", ref=Y, kind='level')
C('NDX', 'intraday_level', 1608, 'index points', 'and 1608', "session_range('NDX','2006-05-17')", ref=R, basis='intraday', v='unverifiable',
  rule='mid-session figure inside the session range', note='Range 1,595.62-1,618.85 on 2006-05-17.')
C('DJI', 'intraday_level', 11303, 'index points', 'and 11303', "session_range('DJI','2006-05-17')", ref=R, basis='intraday', v='unverifiable',
  rule='mid-session figure inside the session range', note='Range 11,174.38-11,410.13 on 2006-05-17.')
C('RUT', 'intraday_level', 729, 'index points', 'and 729', "session_range('RUT','2006-05-17')", ref=R, basis='intraday', v='unverifiable',
  rule='mid-session figure inside the session range', note='Range 723.77-737.45 on 2006-05-17.')

# ---------------------------------------------------------------- P13
passage('ap_20081216_fed_zero_range_rally', 'wkyt.com (WKYT-TV)', 'http://www.wkyt.com/home/headlines/36236329.html', 'Associated Press',
        '2008-12-16', 'high', 'No date in the stored text (AP copyright 2008); the Fed\'s move to a 0-0.25% range was decided on 2008-12-16 and the closing figures match that session.',
        "Stocks Soar On Fed Rate Cut. NEW YORK (AP) - Stock prices closed sharply higher on Wall Street. The Dow Jones industrial "
        "average rose 359 points to 8,924.14. Gainers on the New York Stock Exchange outnumbered losers by a nearly 6-to-1 margin. "
        "The Nasdaq Composite Index gained 81 points at 1,589.89, and the S&P 500 Stock Index was up 44 points at 913.18. Volume "
        "on the New York Stock Exchange came to 5.6 billion shares. Investors, caught off guard, piled in after the Federal Reserve's "
        "historic move to a record-low range for its key rate target and its promise to use \"all available tools\". Stocks were "
        "already up more than 1 percent ahead of the announcement and climbed further after it. Buying of long-term government "
        "bonds pushed yields to record lows. The Fed lowered its target for the rate at which "
        "banks lend each other money to a range of zero to one-quarter of a percent; many analysts had expected a smaller cut.")
R = '2008-12-16'
TR = 'The text truncates the point change (a truncated figure is imprecise by the dev conventions).'
C('DJI', 'daily_change_points', '359', 'points', 'rose 359 points', "chg('DJI','2008-12-16')", ref=R, window='1d', kind='points',
  note=TR + ' True +359.61.')
C('DJI', 'close', '8924.14', 'index points', 'to 8,924.14', "close('DJI','2008-12-16')", ref=R, kind='level')
C('NYSE', 'advance_decline_ratio', 6, 'ratio', 'nearly 6-to-1 margin', None, ref=R, q='nearly', v='unverifiable', rule='series not in the files',
  note='NYSE breadth is not in the files.')
C('IXIC', 'daily_change_points', '81', 'points', 'gained 81 points', "chg('IXIC','2008-12-16')", ref=R, window='1d', kind='points',
  note=TR + ' True +81.55.')
C('IXIC', 'close', '1589.89', 'index points', 'at 1,589.89', "close('IXIC','2008-12-16')", ref=R, kind='level')
C('SPX', 'daily_change_points', '44', 'points', 'was up 44 points', "chg('SPX','2008-12-16')", ref=R, window='1d', kind='points',
  note=TR + ' True +44.61.')
C('SPX', 'close', '913.18', 'index points', 'at 913.18', "close('SPX','2008-12-16')", ref=R, kind='level')
C('NYSE', 'volume', 5.6, 'billion shares', '5.6 billion shares', None, ref=R, v='unverifiable', rule='series not in the files',
  note='NYSE volume is not in the files.')
C('FEDFUNDS', 'record_low_target', True, 'flag', 'record-low range', "fed_record_low_range('2008-12-16')", ref=R, v='supported',
  rule='record: upper bound below every earlier target', note='Upper bound 0.25% against a DFEDTAR minimum of 1.00% since 1982.')
C('SPX', 'intraday_change_pct', 1, 'percent', 'already up more than 1 percent ahead of the announcement', "session_range('SPX','2008-12-16')",
  q='more than', ref=R, basis='afternoon, before 2:15 p.m.', v='unverifiable', rule='mid-session figure inside the session range',
  note='"Stocks" read as the S&P 500. Session range 871.53-914.66 (+0.3% to +5.3% on the 868.57 previous close) contains the claim; the level at the time of the announcement is not in the files.')
C('US10Y', 'record_low_yield', True, 'flag', 'pushed yields to record lows', "fred_is_record_low('DGS10','2008-12-16')", ref=R,
  basis='end of day', v='supported', rule='record: end-of-day yield below every earlier DGS10 value',
  note='DGS10 2.37% on 2008-12-16, below every earlier value since 1962. Read on the 10-year constant-maturity yield.')
C('FEDFUNDS', 'target_range', [0.0, 0.25], 'percent', 'a range of zero to one-quarter of a percent', "fed_target('2008-12-16')", ref=R,
  v='supported', rule='DFEDTARL/DFEDTARU on the effective date', note='DFEDTARU/L start on 2008-12-16 (FOMC_meetings.csv).')

# ---------------------------------------------------------------- P14
passage('cnbc_20100820_dow_sp_second_weekly_loss', 'cnbc.com', 'https://www.cnbc.com/id/38791122', 'CNBC', '2010-08-20', 'high',
        'No date in the stored text. Its Friday close (Dow 10,213.62, S&P 1,071.69) and every distance are those of Friday 2010-08-20, so the piece is that evening\'s weekly summary.',
        "Dow and S&P Down for Second Week, NASDAQ Up. After triple-digit swings in the Dow this week, the major US indexes ended "
        "mixed on Friday, with the NASDAQ posting a weekly gain. What follows is a summary of the week's statistics. Dow Jones "
        "Industrial Average: the Dow ended down -89.53 or -0.87% for the week, logging 2 weeks of consecutive losses. 23 of the "
        "Dow 30 components declined for the week. On a weekly basis, the Dow has finished in negative territory 45% of the time "
        "this year. Both on Tuesday and Thursday the Dow closed up/down by more than 100 points. The Dow has had triple-digit moves "
        "(+/-) 57 times this year versus 36 trading sessions in 2009 for the same period. On Friday, the Dow closed at 10,213.62, "
        "its lowest closing value since July 21, 2010, when it closed at 10,120.53. The Dow is off by -3,950.91 or -27.89% from the "
        "market peak on October 9, 2007 of 14,164.53. The Dow is up 3666.57 points or 56% from its bear market low of 6,547.05 "
        "reached on March 9, 2009. The Dow is off by -991.41 or -8.85% from its 2010 closing high of 11,205.03 reached on April 26, "
        "and up 527.14 or 5.44% from its 2010 closing low of 9686.48 reached on July 2. S&P 500: the S&P 500 ended down -7.56 or "
        "-0.7% for the week, also its second straight weekly loss. On a weekly basis the S&P has finished in negative territory "
        "48% of the time this year. The S&P has had double-digit moves (+/-) 60 times this year versus 79 trading sessions in 2009 "
        "for the same period. On Friday the S&P closed at 1,071.69, its lowest closing value since July 21, 2010, when it closed at "
        "1,069.59.")
R = '2010-08-20'
C('IXIC', 'weekly_change_pct', True, 'flag (up)', 'NASDAQ Up', "week_change('IXIC','2010-08-20')", ref=R, window='week', v='supported',
  rule='week: Friday close against the previous Friday close', note='Nasdaq +6.28 points (+0.29%) for the week.')
C('DJI', 'weekly_change_points', '-89.53', 'points', 'ended down -89.53', "week_change('DJI','2010-08-20')[0]", ref=R, window='week', kind='points')
C('DJI', 'weekly_change_pct', '-0.87', 'percent', 'or -0.87% for the week', "week_change('DJI','2010-08-20')[1]", ref=R, window='week', kind='pct')
C('DJI', 'weekly_loss_streak', 2, 'weeks', 'logging 2 weeks of consecutive losses',
  "[week_change('DJI','2010-08-06')[1], week_change('DJI','2010-08-13')[1], week_change('DJI','2010-08-20')[1]]", ref=R, window='weeks',
  v='supported', rule='streak of weekly closes', note='Weeks ending Aug 13 (-3.29%) and Aug 20 (-0.87%) fell; the week ending Aug 6 rose (+1.79%).')
C('DJI_COMPONENTS', 'count', 23, 'stocks', '23 of the', None, ref=R, v='unverifiable', rule='series not in the files',
  note='Component prices are not in the files.')
C('DJI', 'negative_week_share', '45', 'percent', 'negative territory 45% of the time', "weekly_negative_share('DJI','2010-01-08','2010-08-20')",
  ref=R, window='weeks of 2010', kind='pct', note='15 of 33 weeks (45.5%); the first week is measured from the 2009-12-31 close.')
C('DJI', 'daily_moves_over_100', [True, True], 'flags', 'the Dow closed up/down by more than 100 points',
  "[chg('DJI','2010-08-17'), chg('DJI','2010-08-19')]", ref=R, v='supported', rule='daily change beyond 100 points on both days',
  note='Tuesday +103.84, Thursday -144.33.')
C('DJI', 'triple_digit_days', '57', 'sessions', '57 times this year', "count_abs_moves_over('DJI','2010-01-04','2010-08-20',100)", ref=R,
  window='2010 to Aug 20', kind='count', note='58 sessions with a close-to-close move above 100 points (one off; a count to Thursday would also be 58 or fewer depending on the day counted).')
C('DJI', 'triple_digit_days', '36', 'sessions', 'versus 36 trading sessions in 2009', "count_abs_moves_over('DJI','2009-01-02','2009-08-20',100)",
  ref='2009-08-20', window='2009-01-02 to 2009-08-20', kind='count',
  note='The file has 69 such sessions in the same 2009 period; the S&P figure for 2009 (79) does match, so the Dow 2009 count is wrong.')
C('DJI', 'close', '10213.62', 'index points', 'the Dow closed at 10,213.62', "close('DJI','2010-08-20')", ref=R, kind='level')
C('DJI', 'lowest_since', '2010-07-21', 'date', 'its lowest closing value since July 21, 2010, when it closed at 10,120.53',
  "lowest_since('DJI','2010-08-20')", ref=R, v='supported', rule='lowest since X: X is the last close at or below this one')
C('DJI', 'close', '10120.53', 'index points', '10,120.53', "close('DJI','2010-07-21')", ref='2010-07-21', kind='level')
C('DJI', 'points_from_ath', '3950.91', 'points', '-3,950.91', "pts_below_record('DJI','2010-08-20')", ref=R, comparison='record close 14164.53',
  kind='points')
C('DJI', 'pct_from_ath', '27.89', 'percent', '-27.89%', "pct_below_record('DJI','2010-08-20')", ref=R, comparison='record close 14164.53', kind='pct')
C('DJI', 'record_close', [14164.53, '2007-10-09'], 'index points, date', 'October 9, 2007 of 14,164.53', "record_before('DJI','2010-08-20')",
  ref=R, v='supported', rule='record: highest earlier close and its date')
C('DJI', 'points_from_low', '3666.57', 'points', '3666.57 points', "pts_change('DJI','2009-03-09','2010-08-20')", ref=R,
  window='since 2009-03-09 close', kind='points')
C('DJI', 'pct_from_low', '56', 'percent', 'or 56% from', "pct_change('DJI','2009-03-09','2010-08-20')", ref=R, window='since 2009-03-09 close', kind='pct')
C('DJI', 'bear_market_low', [6547.05, '2009-03-09'], 'index points, date', '6,547.05', "min_close('DJI','2007-10-09','2010-08-20')", ref=R,
  v='supported', rule='low: lowest close since the 2007 peak and its date')
C('DJI', 'year_high', [11205.03, '2010-04-26'], 'index points, date', '11,205.03 reached on April 26', "max_close('DJI','2010-01-01','2010-08-20')",
  ref=R, v='supported', rule='highest 2010 close and its date', note='Distance -991.41 points (-8.85%) follows from these closes.')
C('DJI', 'pct_from_year_high', '-8.85', 'percent', '-8.85%', "pct_change('DJI','2010-04-26','2010-08-20')", ref=R, window='since 2010-04-26', kind='pct')
C('DJI', 'year_low', [9686.48, '2010-07-02'], 'index points, date', '9686.48 reached on July 2', "min_close('DJI','2010-01-01','2010-08-20')",
  ref=R, v='supported', rule='lowest 2010 close and its date')
C('DJI', 'pct_from_year_low', '5.44', 'percent', '5.44%', "pct_change('DJI','2010-07-02','2010-08-20')", ref=R, window='since 2010-07-02', kind='pct')
C('SPX', 'weekly_change_points', '-7.56', 'points', 'ended down -7.56', "week_change('SPX','2010-08-20')[0]", ref=R, window='week', kind='points')
C('SPX', 'negative_week_share', '48', 'percent', 'S&P has finished in negative territory 48%', "weekly_negative_share('SPX','2010-01-08','2010-08-20')",
  ref=R, window='weeks of 2010', kind='pct', note='16 of 33 weeks (48.5%).')
C('SPX', 'double_digit_days', '60', 'sessions', '60 times this year', "count_abs_moves_over('SPX','2010-01-04','2010-08-20',10)", ref=R,
  window='2010 to Aug 20', kind='count')
C('SPX', 'double_digit_days', '79', 'sessions', 'versus 79 trading sessions', "count_abs_moves_over('SPX','2009-01-02','2009-08-20',10)",
  ref='2009-08-20', window='2009-01-02 to 2009-08-20', kind='count')
C('SPX', 'close', '1071.69', 'index points', 'the S&P closed at 1,071.69', "close('SPX','2010-08-20')", ref=R, kind='level')
C('SPX', 'lowest_since', '2010-07-21', 'date', 'when it closed at 1,069.59', "lowest_since('SPX','2010-08-20')", ref=R, v='supported',
  rule='lowest since X: X is the last close at or below this one', note='2010-07-21 close 1,069.59 matches the stated level.')

# ---------------------------------------------------------------- P15
passage('ap_20121113_fiscal_cliff_home_depot', 'westhawaiitoday.com (West Hawaii Today)', 'https://westhawaiitoday.com/?p=97228',
        'Associated Press', '2012-11-14', 'medium',
        'No date in the stored text; it reports "Tuesday" and every close matches Tuesday 2012-11-13. Publication in the next morning\'s paper is assumed.',
        "Stocks ended lower Tuesday after see-sawing on worries over the \"fiscal cliff\" and Greece; a jump in Home Depot limited "
        "the loss of the Dow Jones industrial average. The Dow "
        "closed down 58.90 points, or 0.5 percent, at 12,756.18. Home Depot, which beat forecasts for its fiscal third quarter, "
        "jumped 3.6 percent. After a lower open on Europe's delay of Greek aid, the Dow was positive within "
        "the first hour and climbed through the morning, gaining as much as 83 points, before sliding steadily into the red "
        "from around 2 p.m. The Standard & Poor's 500 index lost 5.50 points, or 0.4 percent, to "
        "1,374.53. The Nasdaq composite index fell 20.37 points, or 0.7 percent, to 2,883.89. Worries about the fiscal cliff pushed "
        "U.S. stocks to one of their worst weekly losses of the year last week, after voters re-elected President Barack Obama and "
        "a deeply divided Congress.")
R = '2012-11-13'
C('DJI', 'daily_change_points', '-58.90', 'points', 'closed down 58.90 points', "chg('DJI','2012-11-13')", ref=R, window='1d', kind='points')
C('DJI', 'daily_change_pct', '-0.5', 'percent', 'or 0.5 percent', "pct('DJI','2012-11-13')", ref=R, window='1d', kind='pct')
C('DJI', 'close', '12756.18', 'index points', 'at 12,756.18', "close('DJI','2012-11-13')", ref=R, kind='level')
C('HD', 'daily_change_pct', 3.6, 'percent', 'jumped 3.6 percent', None, ref=R, v='unverifiable', rule='series not in the files',
  note='Single-stock prices are not in the files.')
C('DJI', 'intraday_max_gain_points', '83', 'points', 'gaining as much as 83 points', "intraday_max_gain('DJI','2012-11-13')", q='as much as',
  ref=R, basis='intraday high', kind='points', note='Session high 12,898.25 against the 12,815.08 previous close: +83.17.')
C('SPX', 'daily_change_points', '-5.50', 'points', 'lost 5.50 points', "chg('SPX','2012-11-13')", ref=R, window='1d', kind='points')
C('SPX', 'daily_change_pct', '-0.4', 'percent', 'or 0.4 percent', "pct('SPX','2012-11-13')", ref=R, window='1d', kind='pct')
C('SPX', 'close', '1374.53', 'index points', 'to 1,374.53', "close('SPX','2012-11-13')", ref=R, kind='level')
C('IXIC', 'daily_change_points', '-20.37', 'points', 'fell 20.37 points', "chg('IXIC','2012-11-13')", ref=R, window='1d', kind='points')
C('IXIC', 'daily_change_pct', '-0.7', 'percent', 'or 0.7 percent', "pct('IXIC','2012-11-13')", ref=R, window='1d', kind='pct')
C('IXIC', 'close', '2883.89', 'index points', 'to 2,883.89', "close('IXIC','2012-11-13')", ref=R, kind='level')
C('SPX', 'weekly_loss_rank', 'one of the worst of 2012', 'rank', 'one of their worst weekly losses of the year',
  "weekly_loss_rank('SPX','2012-11-09',2012)", ref='2012-11-09', window='week ending 2012-11-09', v='supported',
  rule='rank of the weekly loss among 2012 weeks to date',
  note='S&P 500 -2.43% in the week to Nov 9: the 4th-worst week of 2012 so far (the Dow\'s -2.12% ranks 3rd). "One of the worst" is a loose rank that a top-4 place satisfies.')

# ---------------------------------------------------------------- P16
passage('abcnews_20110126_dow_briefly_tops_12000', 'abcnews.go.com (ABC News)',
        'http://abcnews.go.com/Business/dow-jones-industrial-average-tops-12000/story?id=12767029', 'ABC News', '2011-01-26', 'exact',
        'Dated January 26, 2011 on the page; updated after that day\'s close.',
        "Dow Briefly Tops 12,000, Closes at 11,985. Milestone reached on good news about jobless claims and new-home sales. ABC "
        "News, January 26, 2011. As snow piled up on Wall Street, traders marked Jan. 26 as a \"big, round number day.\" The Dow "
        "Jones Industrial Average briefly passed the 12,000 mark for the first time since the summer of 2008, and at the end of the "
        "day it closed at 11,985.30, up 0.07 percent. At 10:15 a.m. the big board showed the Dow crossing the 12K mark as upbeat "
        "news on new-home sales and unemployment claims put traders in a buying mood. Investors had not seen the milestone number "
        "on the big board since June 17, 2008. The Dow is still 18 percent below its all-time high close of 14,164.53 in October "
        "2007. In the depths of the crisis in early March 2009 the Dow bottomed out at approximately 6,547, and it has jumped 83 "
        "percent since then. \"We think there's considerably more room for the market to go,\" said Randy Bateman of Huntington "
        "Situs Fund, who said 13,000 isn't out of the realm of possibility this year.")
R = '2011-01-26'
C('DJI', 'intraday_above_level', True, 'flag', 'Dow Briefly Tops 12,000', "high('DJI','2011-01-26')", ref=R, basis='intraday high',
  comparison='12,000', v='supported', rule='intraday: session high at or above the level', note='Session high 12,020.52.')
C('DJI', 'close', '11985', 'index points', 'Closes at 11,985', "close('DJI','2011-01-26')", ref=R, kind='level',
  note='Headline figure without decimals; file close 11,985.44.')
C('DJI', 'first_time_since', 'summer 2008', 'season', 'for the first time since the summer of 2008', "last_high_at_or_above('DJI','2011-01-26',12000)",
  ref=R, basis='intraday high', v='supported', rule='since X: last session with a high at or above 12,000',
  note='Last earlier session with a high of 12,000 or more: 2008-06-20 (last close above 12,000: 2008-06-19), in the summer of 2008 loosely read (the solstice was June 20).')
C('DJI', 'close', '11985.30', 'index points', 'closed at 11,985.30', "close('DJI','2011-01-26')", ref=R, kind='level',
  note='File close 11,985.44: 0.14 off, beyond the 2-decimal tolerance (probably an early tally).')
C('DJI', 'daily_change_pct', '0.07', 'percent', 'up 0.07 percent', "pct('DJI','2011-01-26')", ref=R, window='1d', kind='pct')
C('DJI', 'intraday_level', 12000, 'index points', 'At 10:15 a.m.', "session_range('DJI','2011-01-26')", ref=R, basis='10:15 a.m.',
  v='unverifiable', rule='mid-session figure inside the session range', note='12,000 lies inside the 11,961.83-12,020.52 range; the time of the crossing cannot be checked.')
C('DJI', 'last_seen_since', '2008-06-17', 'date', 'since June 17, 2008', "last_high_at_or_above('DJI','2011-01-26',12000)", ref=R,
  basis='intraday high', v='contradicted', rule='since X: X must be the last session at or above the level, or the first one after it',
  note='The Dow traded at or above 12,000 on 2008-06-18, 06-19 and 06-20 (closes above 12,000 through 06-19), so June 17 is too early: an earlier X is contradicted. The first-time-since-summer claim above is supported.')
C('DJI', 'pct_from_ath', '18', 'percent', 'still 18 percent below', "pct_below_record('DJI','2011-01-26')", ref=R, comparison='record close 14164.53',
  kind='pct', note='11,985.44 is 15.38% below 14,164.53 (15.3% for the 12,000 level); 2.6 points off is beyond the imprecise band.')
C('DJI', 'record_close', [14164.53, '2007-10-09'], 'index points, date', 'all-time high close of 14,164.53', "record_before('DJI','2011-01-26')",
  ref=R, v='supported', rule='record: highest earlier close and its date')
C('DJI', 'bear_market_low', '6547', 'index points', 'approximately 6,547', "min_close('DJI','2009-01-01','2009-12-31')[0]", q='approximately',
  ref='2009-03-09', kind='level', note='Lowest close 6,547.05 on 2009-03-09 (early March).')
C('DJI', 'pct_from_low', '83', 'percent', 'jumped 83', "pct_change('DJI','2009-03-09','2011-01-26')", ref=R, window='since 2009-03-09 close', kind='pct')
C('QUOTE', 'forecast_level', 13000, 'index points', "13,000 isn't out of the realm", None, ref='2011-12-31', v='forecast',
  rule='projection or target', note='A fund manager\'s view of a possible 2011 level; not judged.')

# =============================================================== key generation
HEDGE_ABOUT = {'about', 'approximately', 'roughly', 'around'}
HEDGE_NEARLY = {'nearly', 'almost'}


def _num(s):
    s = str(s)
    dp = len(s.split('.')[1]) if '.' in s else 0
    return float(s), dp


def _imprecise_ok(kind, err, true):
    a = abs(true)
    if kind == 'pct':
        return err <= 0.2 * a and err <= max(2.0, 0.1 * a)
    if kind == 'level':
        return err <= 0.01 * a
    return err <= 0.2 * a


def judge(kind, s, q, true):
    val, dp = _num(s)
    unit = 10 ** (-dp)
    if q is None:
        tol = {0: 0.5, 1: 0.07}.get(dp, 0.025)
        err = abs(true - val)
        if (val < 0) != (true < 0) and val != 0 and abs(true) > tol:
            return 'contradicted', 'unhedged figure with the wrong sign'
        if err <= tol + 1e-9:
            return 'supported', f'unhedged {dp}-decimal figure: |true - claim| <= {tol}'
        ok = _imprecise_ok(kind, err, true)
        return ('imprecise' if ok else 'contradicted'), (f'unhedged {dp}-decimal figure outside {tol}; ' +
                ('within the imprecise band' if ok else 'beyond the imprecise band'))
    a, v = abs(true), abs(val)
    if q in HEDGE_ABOUT or q == 'as much as':
        tol = unit + 0.02
        if abs(a - v) <= tol + 1e-9:
            return 'supported', f'"{q}": within one unit of the last stated digit (+0.02)'
    elif q in HEDGE_NEARLY:
        if dp == 0 and v >= 100 and v % 10 == 0:
            unit = 0.02 * v
        if v - unit - 1e-9 <= a <= v + 0.5 * unit + 1e-9:
            return 'supported', f'"{q}": claim - 1 unit <= true <= claim + 0.5 unit'
    elif q == 'more than':
        if a > v:
            return 'supported', '"more than": true > claim'
    elif q == 'less than':
        if a < v:
            return 'supported', '"less than": true < claim'
    err = abs(a - v)
    ok = _imprecise_ok(kind, err, a)
    return ('imprecise' if ok else 'contradicted'), f'"{q}" not satisfied; ' + ('within the imprecise band' if ok else 'beyond the imprecise band')


# write reference.py
recipes = []
for p in P:
    for i, c in enumerate(p['claims']):
        if c['recipe']:
            recipes.append((p['id'], i, c['recipe']))
helpers = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'helpers.py')).read()
ref_src = '''#!/usr/bin/env python3
"""reference.py for corpora/heldout17a: recomputes every computed_value of key.jsonl from the CSV files.

Usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]   (or set CAPSCOPE_DATA_DIR)
Prints every recomputed value and a last line "N recipes, N key records, N mismatches"; exits 1 on any mismatch.
Needs pandas only. Each RECIPES row is (passage_id, claim_index, expression over the helpers below).
"""
''' + helpers + '''


RECIPES = [
''' + ''.join(f'    ({pid!r}, {i}, {e!r}),\n' for pid, i, e in recipes) + ''']


def evaluate(expr):
    return json.loads(json.dumps(eval(expr)))


def _same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool) and not isinstance(b, bool):
        return abs(a - b) <= 1e-6
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return a == b


def main():
    global DATA_DIR
    args = sys.argv[1:]
    DATA_DIR = args[0] if args else os.environ.get('CAPSCOPE_DATA_DIR')
    if not DATA_DIR:
        sys.exit('usage: python reference.py PATH/TO/data [PATH/TO/key.jsonl]  (or set CAPSCOPE_DATA_DIR)')
    key_path = args[1] if len(args) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'key.jsonl')
    key = [json.loads(l) for l in open(key_path) if l.strip()]
    table = {(pid, i): e for pid, i, e in RECIPES}
    mism = 0
    for k in key:
        e = table.get((k['passage_id'], k['claim_index']))
        if e is None:
            ok = k['computed_value'] is None
            got = None
        else:
            got = evaluate(e)
            ok = _same(got, k['computed_value'])
        if not ok:
            mism += 1
        print(f"{'ok ' if ok else 'MISMATCH'} {k['passage_id']}#{k['claim_index']}: {got!r} (key {k['computed_value']!r})" + (f'  <- {e}' if e else ''))
    used = sum(1 for k in key if (k['passage_id'], k['claim_index']) in table)
    print(f'{len(RECIPES)} recipes, {len(key)} key records, {mism} mismatches')
    sys.exit(1 if mism or used != len(RECIPES) else 0)


if __name__ == '__main__':
    main()
'''
open(os.path.join(OUT, 'reference.py'), 'w').write(ref_src)

spec = importlib.util.spec_from_file_location('reference', os.path.join(OUT, 'reference.py'))
ref = importlib.util.module_from_spec(spec); spec.loader.exec_module(ref)
ref.DATA_DIR = DATA

key, problems = [], []
for p in P:
    for i, c in enumerate(p['claims']):
        cv = ref.evaluate(c['recipe']) if c['recipe'] else None
        verdict, rule = c['v'], c['rule']
        if verdict is None:
            verdict, auto_rule = judge(c['kind'], c['value'], c['q'], cv)
            rule = rule or auto_rule
        val = c['value']
        if c['kind'] and isinstance(val, str):
            val = _num(val)[0]
        if p['text'].count(c['anchor']) != 1:
            problems.append(f"anchor {p['id']}#{i}: {c['anchor']!r} occurs {p['text'].count(c['anchor'])} times")
        detail = (c['detail'] + '; ' if c['detail'] else '') + (f'computed {json.dumps(cv)}; reference.py: {c["recipe"]}' if c['recipe']
                                                                else 'nothing in the files computes it')
        p['claims'][i] = dict(index_or_ticker=c['t'], metric=c['metric'], value=val, unit=c['unit'], qualifier=c['q'], ref_date=c['ref'],
                              window=c['window'], comparison=c['comparison'], basis=c['basis'])
        key.append(dict(passage_id=p['id'], claim_index=i, index_or_ticker=c['t'], metric=c['metric'], claimed_value=val,
                        qualifier=c['q'], ref_date_used=c['ref'], computed_value=cv, computed_detail=detail, verdict=verdict,
                        rule=rule, note=c['note'], anchor_text=c['anchor']))

with open(os.path.join(OUT, 'passages.jsonl'), 'w') as f:
    for p in P:
        f.write(json.dumps(p, ensure_ascii=False) + '\n')
with open(os.path.join(OUT, 'key.jsonl'), 'w') as f:
    for k in key:
        f.write(json.dumps(k, ensure_ascii=False) + '\n')

for k in key:
    print(f"{k['passage_id'][:34]:34} {k['claim_index']:2} {k['index_or_ticker']:9} {str(k['claimed_value'])[:22]:22} {str(k['computed_value'])[:28]:28} {k['verdict']}")
print('\n'.join(problems) or 'anchors ok')
print(json.dumps(dict(n_pass=len(P), n_claims=len(key))))
