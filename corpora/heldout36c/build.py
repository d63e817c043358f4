"""Build passages.jsonl and key.jsonl of this corpus from the specs below and the shared data directory.

Usage: python build.py PATH/TO/data   (or set CAPSCOPE_DATA_DIR). Outputs are written beside this file.
"""
import json, os, sys
import reference as R

HERE = os.path.dirname(os.path.abspath(__file__))

# claim spec: (ticker, metric, value, unit, qualifier, ref_date, window, comparison, basis, expr, judge, anchor, note)
# judge: 'lvl' | 'pts' | 'pct' (tolerance by the number of decimals of value), 'gt' (true > claim),
#        'ge' (true >= claim), 'about', 'eq' (same value), or 'V:<verdict>:<rule>' (decided in the note)
PASSAGES = []


def P(**kw):
    PASSAGES.append(kw)


P(id='thestreet_20000330_nasdaq_brick_wall', site='thestreet.com',
  url='https://www.thestreet.com/markets/heading-straight-for-brick-wall-nasdaq-hits-brakes-right-before-the-crash-909860',
  outlet='TheStreet.com', published='2000-03-30', conf='high',
  pnote='The page shows no date; the figures (a 186-point Nasdaq drop to about 4458, -10% in three days, quarter-end selling) match only the session of Thursday 2000-03-30 in IXIC.csv; same-day story.',
  text=("Heading Straight for Brick Wall, Nasdaq Hits Brakes Right Before the Crash. An ugly day for tech stocks became a "
        "full-blown meltdown on the Nasdaq Composite Index, which at one point dropped 289 points, and closed at 4458.15, "
        "more than 11% off its all-time closing high. Quarter-end selling turned into a technical breakdown before the index "
        "bounced off its lows in the last half-hour. The gloom spread to the Dow Jones Industrial Average, which also finished "
        "in the red after amassing a 100-point gain earlier in the day. Only the last-gasp rebound prevented this from being "
        "the worst one-day point loss in the tech-heavy index's history. The index has lost 10% of its value in the last three "
        "days alone, and today's 186.38-point drop ranks as the fifth-worst on the history of the index."),
  claims=[
   ('IXIC', 'intraday_point_change', -289, 'points', 'at one point', '2000-03-30', 'session', 'vs previous close', 'intraday low',
    "low_vs_prev('IXIC','2000-03-30')", 'pts', 'dropped 289 points', 'Session low 4355.69 against the previous close 4644.67.'),
   ('IXIC', 'close', 4458.15, 'index points', None, '2000-03-30', None, None, 'close',
    "close('IXIC','2000-03-30')", 'lvl', '4458.15', 'The file close is 4457.89; 0.26 off, within 1%.'),
   ('IXIC', 'pct_from_ath', 11, '%', 'more than', '2000-03-30', None, 'record close', 'close',
    "pct_below_record('IXIC','2000-03-30')", 'gt', 'more than 11% off', 'Record close 5048.62 on 2000-03-10; 11.70% below (11.70% also from the stated 4458.15).'),
   ('DJI', 'daily_change_sign', 'negative', None, None, '2000-03-30', 'session', 'vs previous close', 'close',
    "chg('DJI','2000-03-30')", 'V:supported:sign of the daily change', 'finished in the red', 'Dow -38.47 at 10980.25.'),
   ('DJI', 'intraday_point_change', 100, 'points', None, '2000-03-30', 'session', 'vs previous close', 'intraday high',
    "high_vs_prev('DJI','2000-03-30')", 'ge', 'a 100-point gain', 'Session high 11144.06 is 125.34 above the previous close, so a 100-point gain was reached (read as a threshold).'),
   ('IXIC', 'record_point_loss_avoided', -289, 'points', None, '2000-03-30', 'all history', 'worst earlier daily point loss', 'intraday low',
    "worst_pt_loss_before('IXIC','2000-03-30')", 'V:supported:intraday drop beyond the record close-to-close point loss', 'worst one-day point loss',
    'The worst earlier point loss was -229.46 (2000-01-04); the intraday drop of 288.98 would have beaten it, the close (-186.78) did not.'),
   ('IXIC', 'pct_change', -10, '%', None, '2000-03-30', 'last three days', '2000-03-27 close', 'close',
    "pct_between('IXIC','2000-03-27','2000-03-30')", 'pct', 'lost 10% of its value', 'Three sessions from the 2000-03-27 close: -10.10%.'),
   ('IXIC', 'point_change', -186.38, 'points', None, '2000-03-30', 'session', 'vs previous close', 'close',
    "chg('IXIC','2000-03-30')", 'pts', '186.38-point drop', 'File change -186.78; 0.40 off (the close was probably taken before the final print).'),
   ('IXIC', 'rank_point_loss', 5, 'rank', None, '2000-03-30', 'all history', 'all daily point changes', 'close',
    "rank_pt_loss('IXIC','2000-03-30')", 'eq', 'fifth-worst', 'Rank among all IXIC daily point changes up to that day.'),
  ])

P(id='baltimoresun_20000404_nasdaq_record_point_plunge', site='articles.baltimoresun.com',
  url='http://articles.baltimoresun.com/2000-04-04/business/0004060315_1_composite-index-investors-stock-exchange-composite',
  outlet='The Baltimore Sun', published='2000-04-04', conf='exact',
  pnote='Date in the URL and byline; "yesterday" is Monday 2000-04-03.',
  text=("Nasdaq plunges record 7.6%. Impending ruling on Microsoft sparks slide of 349 points. Wall Street, April 04, 2000. "
        "Worries about Microsoft Corp. and the technology sector sent the Nasdaq composite index plummeting a record 349.15 "
        "points yesterday, while the Dow Jones industrial average shot up more than 300 points on one of the most \"bizarre\" "
        "days on Wall Street, an analyst said. The tech-heavy Nasdaq suffered its largest point loss ever, sliding 7.64 percent "
        "to 4,223.68. The loss surpassed a 229.46 point decline Jan. 4. The Dow rocketed 300.1 points, or 2.75 percent, to "
        "11,221, as investors put money into \"Old Economy\" stocks."),
  claims=[
   ('IXIC', 'pct_change', -7.6, '%', None, '2000-04-03', 'session', 'vs previous close', 'close',
    "pct('IXIC','2000-04-03')", 'pct', 'record 7.6%', '-7.635%. "record" holds for points only: 1987-10-19 (-11.35%) was a bigger percentage drop.'),
   ('IXIC', 'point_change', -349, 'points', None, '2000-04-03', 'session', 'vs previous close', 'close',
    "chg('IXIC','2000-04-03')", 'pts', 'slide of 349 points', '-349.15.'),
   ('IXIC', 'record_point_loss', -349.15, 'points', None, '2000-04-03', 'all history', 'worst earlier daily point loss', 'close',
    "worst_pt_loss_before('IXIC','2000-04-03')", 'V:supported:record (larger than every earlier daily point loss)', 'a record 349.15', 'Change -349.15 against the earlier worst -229.46.'),
   ('DJI', 'point_change', 300, 'points', 'more than', '2000-04-03', 'session', 'vs previous close', 'close',
    "chg('DJI','2000-04-03')", 'gt', 'more than 300 points', '+300.01.'),
   ('IXIC', 'pct_change', -7.64, '%', None, '2000-04-03', 'session', 'vs previous close', 'close',
    "pct('IXIC','2000-04-03')", 'pct', '7.64 percent', '-7.635%.'),
   ('IXIC', 'close', 4223.68, 'index points', None, '2000-04-03', None, None, 'close',
    "close('IXIC','2000-04-03')", 'lvl', '4,223.68', ''),
   ('IXIC', 'point_change', -229.46, 'points', None, '2000-01-04', 'session', 'vs previous close', 'close',
    "chg('IXIC','2000-01-04')", 'pts', '229.46 point decline Jan. 4', 'The earlier record point loss, 2000-01-04.'),
   ('DJI', 'point_change', 300.1, 'points', None, '2000-04-03', 'session', 'vs previous close', 'close',
    "chg('DJI','2000-04-03')", 'pts', '300.1 points', 'File change +300.01: the printed 300.1 looks like a dropped digit; 0.09 off the 1-decimal tolerance.'),
   ('DJI', 'pct_change', 2.75, '%', None, '2000-04-03', 'session', 'vs previous close', 'close',
    "pct('DJI','2000-04-03')", 'pct', '2.75 percent', '+2.747%.'),
   ('DJI', 'close', 11221, 'index points', None, '2000-04-03', None, None, 'close',
    "close('DJI','2000-04-03')", 'lvl', '11,221', 'File close 11221.93: a truncated figure (11,222 rounded).'),
  ])

P(id='computerworld_20000414_dow_nasdaq_wipeouts', site='computerworld.com.au',
  url='https://www2.computerworld.com.au/article/print/94961/dow_nasdaq_wipeouts_set_records/',
  outlet='Computerworld (IDG)', published='2000-04-14', conf='exact',
  pnote='Dateline "SAN FRANCISCO (04/14/2000)"; same-day story about Friday 2000-04-14 (a session the dev corpus also covers, from another outlet).',
  text=("Dow, Nasdaq Wipeouts Set Records. SAN FRANCISCO (04/14/2000) - The stock market took a severe loss today as the "
        "Nasdaq and the Dow each suffered their largest point drops ever. The Nasdaq fell 355.72, a whopping 9.67 percent, to "
        "3321.06. The Dow dropped 616.23 points, or 5.64 percent, to 10307.32. The nosedive caps four previous days of losses "
        "for the Nasdaq, bringing it to its lowest level in months; the index is down 32 percent from its all-time high, far "
        "beyond the 20 percent figure used to define a bear market. Inflation fears sparked the morning's fall after a rising "
        "consumer price index. Federal Reserve Chairman Alan Greenspan won't make a decision on rates until early next month, "
        "but there is talk of a raise of 0.5 percent, a jump that would bring rates to their highest levels in five years."),
  claims=[
   ('IXIC', 'record_point_loss', -355.72, 'points', None, '2000-04-14', 'all history', 'worst earlier daily point loss', 'close',
    "worst_pt_loss_before('IXIC','2000-04-14')", 'V:supported:record (larger than every earlier daily point loss)', 'largest point drops ever', 'Nasdaq -355.49 against the earlier worst -349.15 (2000-04-03); Dow -617.78 against -554.20 (1997-10-27) in a file that starts 1992 (pre-1992 drops were smaller, 508 points in 1987). Both records hold.'),
   ('IXIC', 'point_change', -355.72, 'points', None, '2000-04-14', 'session', 'vs previous close', 'close',
    "chg('IXIC','2000-04-14')", 'pts', 'fell 355.72', 'File change -355.49 (early tallies differed).'),
   ('IXIC', 'pct_change', -9.67, '%', None, '2000-04-14', 'session', 'vs previous close', 'close',
    "pct('IXIC','2000-04-14')", 'pct', '9.67 percent', '-9.669%.'),
   ('IXIC', 'close', 3321.06, 'index points', None, '2000-04-14', None, None, 'close',
    "close('IXIC','2000-04-14')", 'lvl', '3321.06', 'File close 3321.29.'),
   ('DJI', 'point_change', -616.23, 'points', None, '2000-04-14', 'session', 'vs previous close', 'close',
    "chg('DJI','2000-04-14')", 'pts', '616.23 points', 'File change -617.78 (official -617.78); 616.23 was an early tally.'),
   ('DJI', 'pct_change', -5.64, '%', None, '2000-04-14', 'session', 'vs previous close', 'close',
    "pct('DJI','2000-04-14')", 'pct', '5.64 percent', '-5.655%.'),
   ('DJI', 'close', 10307.32, 'index points', None, '2000-04-14', None, None, 'close',
    "close('DJI','2000-04-14')", 'lvl', '10307.32', 'File close 10305.77.'),
   ('IXIC', 'down_streak_before', 4, 'sessions', None, '2000-04-14', 'previous sessions', None, 'close',
    "down_streak_before('IXIC','2000-04-14')", 'eq', 'four previous days of losses', 'Losses 2000-04-10 to 2000-04-13.'),
   ('IXIC', 'pct_from_ath', 32, '%', None, '2000-04-14', None, 'record close', 'close',
    "pct_below_record('IXIC','2000-04-14')", 'pct', 'down 32 percent', '34.21% below the 5048.62 record close (34.2% also with the stated 3321.06); the intraday record 5132.52 gives more. Outside tolerance, within 2.2 pp.'),
   ('FEDFUNDS', 'next_fomc_decision', 'early next month', None, None, '2000-04-14', None, None, None,
    "fomc_after('2000-04-14')", 'V:contradicted:wrong date', 'early next month', 'The next FOMC decision was 2000-05-16, the middle of May, not early in the month.'),
   ('FEDFUNDS', 'hypothetical_hike', 0.5, 'pp', None, '2000-04-14', None, None, None,
    'None', 'V:not_checkable:conditional / hypothetical', 'talk of a raise of 0.5 percent', 'Talk of a possible move and what it "would" do; not a present fact.'),
  ])

P(id='thestreet_20010924_averages_snap_back', site='thestreet.com',
  url='https://www.thestreet.com/markets/major-averages-snap-back-to-close-higher-10001447',
  outlet='TheStreet.com', published='2001-09-24', conf='high',
  pnote='"Updated from 3:22 p.m. EDT", Monday after the first post-9/11 week; the figures fit only Monday 2001-09-24 in the files.',
  text=("Major Averages Snap Back to Close Higher. U.S. stocks closed sharply higher Monday after mostly strong sessions "
        "overseas. The Dow Jones Industrial Average rose 367.63 points, or 4.5%, to 8603.44, and recorded the fifth-biggest "
        "point gain in the history of the average. The Nasdaq was up 75.92 points, or 5.3%, to 1499.11, and the S&P 500 gained "
        "37.63 points, or 3.9%, to 1003.43, on heavy volume. U.S. equities are coming off their worst weekly percentage decline "
        "since World War II, having lost more than 14% of their value over five sessions; the Nasdaq was off more than 16% on "
        "the week."),
  claims=[
   ('DJI', 'point_change', 367.63, 'points', None, '2001-09-24', 'session', 'vs previous close', 'close',
    "chg('DJI','2001-09-24')", 'pts', '367.63 points', 'File change +368.05 (official).'),
   ('DJI', 'pct_change', 4.5, '%', None, '2001-09-24', 'session', 'vs previous close', 'close',
    "pct('DJI','2001-09-24')", 'pct', '4.5%', '+4.469%.'),
   ('DJI', 'close', 8603.44, 'index points', None, '2001-09-24', None, None, 'close',
    "close('DJI','2001-09-24')", 'lvl', '8603.44', 'File close 8603.86.'),
   ('DJI', 'rank_point_gain', 5, 'rank', None, '2001-09-24', 'all history', 'all daily point changes', 'close',
    "rank_pt_gain('DJI','2001-09-24')", 'eq', 'fifth-biggest', 'Rank among DJI daily point gains in a file from 1992; earlier gains were all smaller than 368 points, so the rank holds for the whole history.'),
   ('IXIC', 'point_change', 75.92, 'points', None, '2001-09-24', 'session', 'vs previous close', 'close',
    "chg('IXIC','2001-09-24')", 'pts', '75.92 points', 'File change +76.21.'),
   ('IXIC', 'pct_change', 5.3, '%', None, '2001-09-24', 'session', 'vs previous close', 'close',
    "pct('IXIC','2001-09-24')", 'pct', '5.3%', '+5.355%.'),
   ('IXIC', 'close', 1499.11, 'index points', None, '2001-09-24', None, None, 'close',
    "close('IXIC','2001-09-24')", 'lvl', '1499.11', 'File close 1499.40.'),
   ('SPX', 'point_change', 37.63, 'points', None, '2001-09-24', 'session', 'vs previous close', 'close',
    "chg('SPX','2001-09-24')", 'pts', '37.63 points', '+37.65.'),
   ('SPX', 'pct_change', 3.9, '%', None, '2001-09-24', 'session', 'vs previous close', 'close',
    "pct('SPX','2001-09-24')", 'pct', '3.9%', '+3.898%.'),
   ('SPX', 'close', 1003.43, 'index points', None, '2001-09-24', None, None, 'close',
    "close('SPX','2001-09-24')", 'lvl', '1003.43', 'File close 1003.45.'),
   ('DJI', 'worst_week_since', 'World War II', None, None, '2001-09-21', 'week', None, 'close',
    'None', 'V:unverifiable:history before the file starts', 'since World War II', 'The Dow file starts 1992. (GSPC, whose history is longer, fell 11.6% that week.)'),
   ('DJI', 'week_pct_change', -14, '%', 'more than', '2001-09-21', 'five sessions 2001-09-17..21', '2001-09-10 close', 'close',
    "pct_between('DJI','2001-09-10','2001-09-21')", 'gt', 'more than 14%', '-14.26% for the Dow; read as the Dow ("U.S. equities"); the S&P 500 lost 11.6%.'),
   ('IXIC', 'week_pct_change', -16, '%', 'more than', '2001-09-21', 'week 2001-09-17..21', '2001-09-10 close', 'close',
    "pct_between('IXIC','2001-09-10','2001-09-21')", 'gt', 'more than 16%', '-16.05%.'),
  ])

P(id='heraldnet_20031211_dow_closes_over_10000', site='heraldnet.com',
  url='https://www.heraldnet.com/business/dow-jones-closes-over-10000/',
  outlet='The (Everett) Herald, from Associated Press', published='2003-12-11', conf='medium',
  pnote='No date on the page; the story is about Thursday 2003-12-11 (Dow 10,008.16 in DJI.csv). Published that evening or the next morning.',
  text=("NEW YORK - The Dow Jones industrial average closed just above 10,000 Thursday, a milestone not seen in 18 months. "
        "Stocks gained on a better-than-expected retail sales report, then sprinted higher late on a Federal Reserve suggestion "
        "that rates weren't going up soon. The Dow closed up 86.30, or 0.9 percent, at 10,008.16. The last time the index "
        "closed above 10,000 was May 24, 2002, when the Dow stood at 10,104.26. The Nasdaq composite index climbed 37.67, or "
        "2 percent, to 1,942.32. The Standard & Poor's 500 index gained 12.16, or 1.2 percent, to 1,071.21. The milestone marked "
        "a comeback from the Dow's five-year low of 7,286.27 on Oct. 9, 2002. The blue chips had crossed the 10,000 mark "
        "Tuesday for all of one minute in intraday trading, and last week the Nasdaq brushed the 2,000 milestone."),
  claims=[
   ('DJI', 'point_change', 86.30, 'points', None, '2003-12-11', 'session', 'vs previous close', 'close',
    "chg('DJI','2003-12-11')", 'pts', 'up 86.30', ''),
   ('DJI', 'pct_change', 0.9, '%', None, '2003-12-11', 'session', 'vs previous close', 'close',
    "pct('DJI','2003-12-11')", 'pct', '0.9 percent', '+0.870%.'),
   ('DJI', 'close', 10008.16, 'index points', None, '2003-12-11', None, None, 'close',
    "close('DJI','2003-12-11')", 'lvl', '10,008.16', ''),
   ('DJI', 'last_close_above', '2002-05-24', 'date', None, '2003-12-11', None, 'close above 10,000', 'close',
    "last_close_above('DJI','2003-12-11',10000)", 'eq', 'May 24, 2002', 'Last earlier close above 10,000; 18 months before ("not seen in 18 months" holds).'),
   ('DJI', 'close', 10104.26, 'index points', None, '2002-05-24', None, None, 'close',
    "close('DJI','2002-05-24')", 'lvl', '10,104.26', ''),
   ('IXIC', 'point_change', 37.67, 'points', None, '2003-12-11', 'session', 'vs previous close', 'close',
    "chg('IXIC','2003-12-11')", 'pts', 'climbed 37.67', ''),
   ('IXIC', 'pct_change', 2, '%', None, '2003-12-11', 'session', 'vs previous close', 'close',
    "pct('IXIC','2003-12-11')", 'pct', '37.67, or 2 percent', '+1.978%.'),
   ('IXIC', 'close', 1942.32, 'index points', None, '2003-12-11', None, None, 'close',
    "close('IXIC','2003-12-11')", 'lvl', '1,942.32', ''),
   ('SPX', 'point_change', 12.16, 'points', None, '2003-12-11', 'session', 'vs previous close', 'close',
    "chg('SPX','2003-12-11')", 'pts', 'gained 12.16', ''),
   ('SPX', 'pct_change', 1.2, '%', None, '2003-12-11', 'session', 'vs previous close', 'close',
    "pct('SPX','2003-12-11')", 'pct', '1.2 percent', '+1.148%.'),
   ('SPX', 'close', 1071.21, 'index points', None, '2003-12-11', None, None, 'close',
    "close('SPX','2003-12-11')", 'lvl', '1,071.21', ''),
   ('DJI', 'close', 7286.27, 'index points', None, '2002-10-09', None, None, 'close',
    "close('DJI','2002-10-09')", 'lvl', '7,286.27', 'The 2002-10-09 close.'),
   ('DJI', 'lowest_since', 'five-year low', None, None, '2002-10-09', None, None, 'close',
    "last_close_le('DJI','2002-10-09')", 'V:supported:lowest since X (X = last session at least as low)', 'five-year low', 'Lowest close since 1997-10-27, five years earlier.'),
   ('DJI', 'intraday_above', 10000, 'index points', None, '2003-12-09', 'session', None, 'intraday high',
    "max_high('DJI','2003-12-09','2003-12-09')", 'gt', 'crossed the 10,000 mark', 'Tuesday 2003-12-09 high 10003.12 (close 9923.42).'),
   ('IXIC', 'intraday_touch', 2000, 'index points', None, '2003-12-05', 'last week 2003-12-01..05', None, 'intraday high',
    "max_high('IXIC','2003-12-01','2003-12-05')", 'ge', 'brushed the 2,000 milestone', 'Highest intraday level of the week 2000.92 (2003-12-03).'),
  ])

P(id='thestreet_20060103_fed_minutes_rally', site='thestreet.com',
  url='https://www.thestreet.com/markets/fed-minutes-wake-up-bulls-10259757',
  outlet='TheStreet.com', published='2006-01-03', conf='high',
  pnote='"Updated from 4:08 p.m. EST", Tuesday, the first session of 2006, when the Dec. 13 FOMC minutes came out; figures match 2006-01-03.',
  text=("Fed Minutes Wake Up Bulls. Stocks had their best day in months Tuesday as traders cheered minutes from the last "
        "Federal Reserve meeting suggesting rates might be peaking. After being down more than 30 points earlier, the Dow Jones "
        "Industrial Average closed up 129.91 points, or 1.21%, to 10,847.41. The S&P 500 surged 20.51 points, or 1.64%, to "
        "1268.80. The Nasdaq Composite added 38.42 points, or 1.74%, to 2243.74. For the Dow, it was the best single-day point "
        "gain since Oct. 28. For the S&P and Nasdaq, it was the best performance since April. Though the Dec. 13 Fed meeting "
        "ended with another quarter-point rise in fed funds, members thought the policy outlook was becoming less certain."),
  claims=[
   ('DJI', 'intraday_point_change', -30, 'points', 'more than', '2006-01-03', 'session', 'vs previous close', 'intraday low',
    "low_vs_prev('DJI','2006-01-03')", 'V:supported:bound claim, session extreme beyond the bound', 'down more than 30 points', 'Session low 33.05 below the previous close.'),
   ('DJI', 'point_change', 129.91, 'points', None, '2006-01-03', 'session', 'vs previous close', 'close',
    "chg('DJI','2006-01-03')", 'pts', 'up 129.91 points', ''),
   ('DJI', 'pct_change', 1.21, '%', None, '2006-01-03', 'session', 'vs previous close', 'close',
    "pct('DJI','2006-01-03')", 'pct', '1.21%', '+1.212%.'),
   ('DJI', 'close', 10847.41, 'index points', None, '2006-01-03', None, None, 'close',
    "close('DJI','2006-01-03')", 'lvl', '10,847.41', ''),
   ('SPX', 'point_change', 20.51, 'points', None, '2006-01-03', 'session', 'vs previous close', 'close',
    "chg('SPX','2006-01-03')", 'pts', '20.51 points', ''),
   ('SPX', 'pct_change', 1.64, '%', None, '2006-01-03', 'session', 'vs previous close', 'close',
    "pct('SPX','2006-01-03')", 'pct', '1.64%', '+1.643%.'),
   ('SPX', 'close', 1268.80, 'index points', None, '2006-01-03', None, None, 'close',
    "close('SPX','2006-01-03')", 'lvl', '1268.80', ''),
   ('IXIC', 'point_change', 38.42, 'points', None, '2006-01-03', 'session', 'vs previous close', 'close',
    "chg('IXIC','2006-01-03')", 'pts', '38.42 points', ''),
   ('IXIC', 'pct_change', 1.74, '%', None, '2006-01-03', 'session', 'vs previous close', 'close',
    "pct('IXIC','2006-01-03')", 'pct', '1.74%', '+1.742%.'),
   ('IXIC', 'close', 2243.74, 'index points', None, '2006-01-03', None, None, 'close',
    "close('IXIC','2006-01-03')", 'lvl', '2243.74', ''),
   ('DJI', 'best_point_gain_since', '2005-10-28', 'date', None, '2006-01-03', None, 'last point gain at least as large', 'close',
    "last_gain_ge('DJI','2006-01-03')", 'eq', 'since Oct. 28', 'Last earlier point gain >= 129.91: 2005-10-28 (+172.82).'),
   ('SPX', 'best_pct_gain_since', 'April 2005', 'month', None, '2006-01-03', None, 'last percentage gain at least as large', 'close',
    "last_gain_ge('SPX','2006-01-03',True)", 'V:contradicted:biggest since X, X earlier than the true date', 'best performance since April',
    'Last earlier S&P 500 percentage gain >= 1.643%: 2005-10-28 (+1.69%), not April (in points also 2005-10-28). An earlier X overstates the gap.'),
   ('IXIC', 'best_pct_gain_since', 'April 2005', 'month', None, '2006-01-03', None, 'last percentage gain at least as large', 'close',
    "last_gain_ge('IXIC','2006-01-03',True)", 'V:contradicted:biggest since X, X earlier than the true date', 'For the S&P and Nasdaq',
    'Last earlier Nasdaq percentage gain >= 1.742%: 2005-07-08, not April.'),
   ('FEDFUNDS', 'rate_change', 0.25, 'pp', None, '2005-12-13', 'FOMC decision', None, None,
    "fedtar_change('2005-12-12','2005-12-14')", 'pts', 'another quarter-point rise', 'DFEDTAR 4.00 -> 4.25 around the 2005-12-13 decision (a scheduled meeting in FOMC_meetings.csv).'),
  ])

P(id='irishexaminer_20060106_dow_up_77', site='irishexaminer.com',
  url='https://www.irishexaminer.com/business/arid-30238338.html',
  outlet='Irish Examiner, from Associated Press', published='2006-01-06', conf='medium',
  pnote='No date on the page; the December jobs report came out Friday 2006-01-06 and the closes match that session.',
  text=("Dow up 77 as US stocks soar. Wall Street extended its New Year's rally today as investors read a slowdown in "
        "monthly hiring as a sign the Fed's rate increases are ending. The major indexes surged this week, finishing at their "
        "highest levels since mid-2001. The Dow gained 77.16, or 0.71%, to 10,959.31. The Dow advanced 165 points - the "
        "average has not closed above 11,000 since June 7, 2001, before the September 11 attacks. Broader stock indicators had "
        "their best finish since May 2001. The S&P 500 was up 11.97, or 0.94%, at 1,285.45, and the Nasdaq climbed 28.75, or "
        "1.26%, to close at 2,305.62."),
  claims=[
   ('DJI', 'point_change', 77.16, 'points', None, '2006-01-06', 'session', 'vs previous close', 'close',
    "chg('DJI','2006-01-06')", 'pts', 'gained 77.16', ''),
   ('DJI', 'pct_change', 0.71, '%', None, '2006-01-06', 'session', 'vs previous close', 'close',
    "pct('DJI','2006-01-06')", 'pct', '0.71%', '+0.709%.'),
   ('DJI', 'close', 10959.31, 'index points', None, '2006-01-06', None, None, 'close',
    "close('DJI','2006-01-06')", 'lvl', '10,959.31', ''),
   ('DJI', 'point_change', 165, 'points', None, '2006-01-06', 'unstated', None, 'close',
    "pts_between('DJI','2005-12-30','2006-01-06')", 'V:unverifiable:unstated window', 'advanced 165 points',
    'No window is given; the week (and 2006 so far) is +241.81, and no session-to-date window ending 2006-01-06 gives 165. Probably a garbled weekly figure.'),
   ('DJI', 'last_close_ge', '2001-06-07', 'date', None, '2006-01-06', None, 'close at or above 11,000', 'close',
    "last_close_ge('DJI','2006-01-06',11000)", 'eq', 'since June 7, 2001', ''),
   ('SPX', 'highest_since', 'May 2001', 'month', None, '2006-01-06', None, 'last close at least as high', 'close',
    "last_close_ge('SPX','2006-01-06')", 'V:supported:highest since X', 'best finish since May 2001', 'S&P 500: last close >= 1285.45 was 2001-05-24; Nasdaq: 2001-05-22 (both May 2001; "highest levels since mid-2001" agrees).'),
   ('SPX', 'point_change', 11.97, 'points', None, '2006-01-06', 'session', 'vs previous close', 'close',
    "chg('SPX','2006-01-06')", 'pts', 'up 11.97', ''),
   ('SPX', 'pct_change', 0.94, '%', None, '2006-01-06', 'session', 'vs previous close', 'close',
    "pct('SPX','2006-01-06')", 'pct', '0.94%', ''),
   ('SPX', 'close', 1285.45, 'index points', None, '2006-01-06', None, None, 'close',
    "close('SPX','2006-01-06')", 'lvl', '1,285.45', ''),
   ('IXIC', 'point_change', 28.75, 'points', None, '2006-01-06', 'session', 'vs previous close', 'close',
    "chg('IXIC','2006-01-06')", 'pts', 'climbed 28.75', ''),
   ('IXIC', 'pct_change', 1.26, '%', None, '2006-01-06', 'session', 'vs previous close', 'close',
    "pct('IXIC','2006-01-06')", 'pct', '1.26%', ''),
   ('IXIC', 'close', 2305.62, 'index points', None, '2006-01-06', None, None, 'close',
    "close('IXIC','2006-01-06')", 'lvl', '2,305.62', ''),
  ])

P(id='mercurynews_20061229_barn_burner_year', site='mercurynews.com',
  url='https://www.mercurynews.com/2006/12/29/barn-burner-year-for-stocks-puts-dow-near-record-high/',
  outlet='San Jose Mercury News (with Associated Press)', published='2006-12-29', conf='exact',
  pnote='Date in the URL; the last session of 2006, Friday 2006-12-29 (another corpus covers the same day from another outlet).',
  text=("Wall Street closed the year today with the Dow Jones industrial average near its record high and the Nasdaq near "
        "its highest point since the dot-com boom. All three indexes fell today: the Nasdaq fell 10.28, or 0.4 percent, to "
        "2,415.29; the Dow dropped 38.37, or 0.3 percent, to 12,463.15; the Standard & Poor's 500 index fell 6.43, or 0.5 percent, "
        "to 1,418.30. For 2006 as a whole, the Dow was up 16.3 percent, the Nasdaq climbed 9.5 percent and the S&P 500 gained "
        "13.6 percent. \"This was a barn-burner of a year, and I expect reasonably solid results over the course of 2007,\" a "
        "JPMorgan strategist said. The Dow closed above 12,000 for the first time in October and logged a series of record "
        "closing highs - the latest Wednesday, when it finished at 12,510.57."),
  claims=[
   ('IXIC', 'point_change', -10.28, 'points', None, '2006-12-29', 'session', 'vs previous close', 'close',
    "chg('IXIC','2006-12-29')", 'pts', 'fell 10.28', ''),
   ('IXIC', 'pct_change', -0.4, '%', None, '2006-12-29', 'session', 'vs previous close', 'close',
    "pct('IXIC','2006-12-29')", 'pct', '0.4 percent', ''),
   ('IXIC', 'close', 2415.29, 'index points', None, '2006-12-29', None, None, 'close',
    "close('IXIC','2006-12-29')", 'lvl', '2,415.29', ''),
   ('DJI', 'point_change', -38.37, 'points', None, '2006-12-29', 'session', 'vs previous close', 'close',
    "chg('DJI','2006-12-29')", 'pts', 'dropped 38.37', ''),
   ('DJI', 'pct_change', -0.3, '%', None, '2006-12-29', 'session', 'vs previous close', 'close',
    "pct('DJI','2006-12-29')", 'pct', '0.3 percent', ''),
   ('DJI', 'close', 12463.15, 'index points', None, '2006-12-29', None, None, 'close',
    "close('DJI','2006-12-29')", 'lvl', '12,463.15', ''),
   ('SPX', 'point_change', -6.43, 'points', None, '2006-12-29', 'session', 'vs previous close', 'close',
    "chg('SPX','2006-12-29')", 'pts', 'fell 6.43', ''),
   ('SPX', 'pct_change', -0.5, '%', None, '2006-12-29', 'session', 'vs previous close', 'close',
    "pct('SPX','2006-12-29')", 'pct', '0.5 percent', '-0.451%.'),
   ('SPX', 'close', 1418.30, 'index points', None, '2006-12-29', None, None, 'close',
    "close('SPX','2006-12-29')", 'lvl', '1,418.30', ''),
   ('DJI', 'ytd_pct', 16.3, '%', None, '2006-12-29', 'year 2006', '2005-12-30 close', 'close',
    "ytd('DJI','2006-12-29')", 'pct', '16.3 percent', '+16.288%.'),
   ('IXIC', 'ytd_pct', 9.5, '%', None, '2006-12-29', 'year 2006', '2005-12-30 close', 'close',
    "ytd('IXIC','2006-12-29')", 'pct', '9.5 percent', '+9.521%.'),
   ('SPX', 'ytd_pct', 13.6, '%', None, '2006-12-29', 'year 2006', '2005-12-30 close', 'close',
    "ytd('SPX','2006-12-29')", 'pct', '13.6 percent', '+13.619% (price index).'),
   ('QUOTE', 'outlook', None, None, None, '2006-12-29', '2007', None, None,
    'None', 'V:forecast:projection', 'reasonably solid results', 'A strategist\'s expectation for 2007.'),
   ('DJI', 'first_close_above', '2006-10', 'month', None, '2006-10-19', None, 'first close above 12,000', 'close',
    "first_close_above('DJI',12000,'1992-01-01')", 'V:supported:first close above a level', 'for the first time in October', 'First close above 12,000: 2006-10-19.'),
   ('DJI', 'record_close', 12510.57, 'index points', None, '2006-12-27', None, 'every earlier close', 'close',
    "close('DJI','2006-12-27')", 'lvl', '12,510.57', 'Wednesday 2006-12-27 close 12510.57, a record (above every earlier close in the file; is_record_close(DJI, 2006-12-27) is True).'),
  ])

P(id='csmonitor_20110823_dow_best_gain_two_weeks', site='csmonitor.com',
  url='https://csmonitor.com/layout/set/amphtml/Business/Latest-News-Wires/2011/0823/Stocks-jump-Dow-notches-best-gain-in-2-weeks',
  outlet='Christian Science Monitor, from Associated Press', published='2011-08-23', conf='exact',
  pnote='Date in the URL and on the page; Tuesday 2011-08-23, the day of the East Coast earthquake.',
  text=("Stocks jump; Dow notches best gain in 2 weeks. The Dow sank 60 points immediately following the earthquake that "
        "shook much of the East Coast, but it quickly bounced back. August 23, 2011. The Dow Jones industrial average is closing "
        "with its biggest gain in nearly two weeks as investors picked up beaten-down stocks after recession fears pounded the "
        "market over the last month. The Dow rose 322 points, or 3 percent, to close at 11,177. That's its best day since it "
        "jumped 423 points Aug. 11. The S&P 500 index rose 39 points, or 3.4 percent, to 1,162. The Nasdaq rose 101 points, or "
        "4.3 percent, to 2,446."),
  claims=[
   ('DJI', 'intraday_point_change', -60, 'points', None, '2011-08-23', 'after the earthquake (early afternoon)', 'level before the quake', 'mid-session',
    'None', 'V:unverifiable:mid-session figure', 'sank 60 points', 'A drop from the level it stood at when the quake hit, not from the previous close (the session low was only 0.22 below the previous close); the files have no intraday path.'),
   ('DJI', 'point_change', 322, 'points', None, '2011-08-23', 'session', 'vs previous close', 'close',
    "chg('DJI','2011-08-23')", 'pts', 'rose 322 points', '+322.11.'),
   ('DJI', 'pct_change', 3, '%', None, '2011-08-23', 'session', 'vs previous close', 'close',
    "pct('DJI','2011-08-23')", 'pct', 'or 3 percent', '+2.967%.'),
   ('DJI', 'close', 11177, 'index points', None, '2011-08-23', None, None, 'close',
    "close('DJI','2011-08-23')", 'lvl', '11,177', '11176.76.'),
   ('DJI', 'best_point_gain_since', '2011-08-11', 'date', None, '2011-08-23', None, 'last point gain at least as large', 'close',
    "last_gain_ge('DJI','2011-08-23')", 'eq', 'best day since', 'Also the "nearly two weeks" of the headline and lead.'),
   ('DJI', 'point_change', 423, 'points', None, '2011-08-11', 'session', 'vs previous close', 'close',
    "chg('DJI','2011-08-11')", 'pts', 'jumped 423 points', '+423.37.'),
   ('SPX', 'point_change', 39, 'points', None, '2011-08-23', 'session', 'vs previous close', 'close',
    "chg('SPX','2011-08-23')", 'pts', 'rose 39 points', '+38.53.'),
   ('SPX', 'pct_change', 3.4, '%', None, '2011-08-23', 'session', 'vs previous close', 'close',
    "pct('SPX','2011-08-23')", 'pct', '3.4 percent', '+3.428%.'),
   ('SPX', 'close', 1162, 'index points', None, '2011-08-23', None, None, 'close',
    "close('SPX','2011-08-23')", 'lvl', '1,162', '1162.35.'),
   ('IXIC', 'point_change', 101, 'points', None, '2011-08-23', 'session', 'vs previous close', 'close',
    "chg('IXIC','2011-08-23')", 'pts', 'rose 101 points', '+100.68.'),
   ('IXIC', 'pct_change', 4.3, '%', None, '2011-08-23', 'session', 'vs previous close', 'close',
    "pct('IXIC','2011-08-23')", 'pct', '4.3 percent', '+4.293%.'),
   ('IXIC', 'close', 2446, 'index points', None, '2011-08-23', None, None, 'close',
    "close('IXIC','2011-08-23')", 'lvl', '2,446', '2446.06.'),
  ])

P(id='westhawaiitoday_20120228_dow_misses_13000', site='westhawaiitoday.com',
  url='https://westhawaiitoday.com/2012/02/28/features/close-but-not-quite-for-the-dow-in-push-for-13000/amp',
  outlet='West Hawaii Today, from Associated Press', published='2012-02-28', conf='exact',
  pnote='Date in the URL; next-morning paper about Monday 2012-02-27 (other corpora have pages published 2012-02-28, possibly about the same session).',
  text=("Close but not quite for the Dow in push for 13,000. BY JOSHUA FREED, THE ASSOCIATED PRESS. The Dow Jones industrial "
        "average narrowly missed 13,000. Again. A burst of selling at the closing bell left the average about 19 points shy of "
        "the mark after it hovered near the milestone most of the afternoon. The Dow broke through 13,000 several times last "
        "week but hasn't closed above that level since May 19, 2008, four months before the fall of Lehman Brothers. For the "
        "day, the Dow lost 1.44 points and closed at 12,981.51. The Standard & Poor's 500 index rose 1.85 points to 1,367.59, "
        "a 31/2-year high. The Nasdaq composite index rose 2.41 points to close at 2,966.16, its highest since December 2000. "
        "The Dow fell 100 points at the open Monday, then climbed back above 13,000 after a report on pending home sales. "
        "Financial stocks led the gainers, rising 0.9 percent as a group."),
  claims=[
   ('DJI', 'distance_to_level', 19, 'points', 'about', '2012-02-27', None, '13,000', 'close',
    "round(13000-close('DJI','2012-02-27'),2)", 'about', 'about 19 points shy', '18.49 below 13,000.'),
   ('DJI', 'intraday_above_days', 'several times', None, None, '2012-02-24', 'last week 2012-02-21..24', '13,000', 'intraday high',
    "days_high_above('DJI','2012-02-21','2012-02-24',13000)", 'V:supported:intraday level reached', 'several times last', 'Highs above 13,000 on 2 of the 4 sessions; each crossing inside a day cannot be counted, so "several times" is taken as satisfied.'),
   ('DJI', 'last_close_above', '2008-05-19', 'date', None, '2012-02-27', None, 'close above 13,000', 'close',
    "last_close_above('DJI','2012-02-27',13000)", 'eq', 'May 19, 2008', ''),
   ('DJI', 'point_change', -1.44, 'points', None, '2012-02-27', 'session', 'vs previous close', 'close',
    "chg('DJI','2012-02-27')", 'pts', 'lost 1.44 points', ''),
   ('DJI', 'close', 12981.51, 'index points', None, '2012-02-27', None, None, 'close',
    "close('DJI','2012-02-27')", 'lvl', '12,981.51', ''),
   ('SPX', 'point_change', 1.85, 'points', None, '2012-02-27', 'session', 'vs previous close', 'close',
    "chg('SPX','2012-02-27')", 'pts', 'rose 1.85 points', ''),
   ('SPX', 'close', 1367.59, 'index points', None, '2012-02-27', None, None, 'close',
    "close('SPX','2012-02-27')", 'lvl', '1,367.59', ''),
   ('SPX', 'highest_since', '3 1/2 years', None, None, '2012-02-27', None, 'last close at least as high', 'close',
    "last_close_ge('SPX','2012-02-27')", 'V:supported:highest since X', '31/2-year high', 'Last close >= 1367.59 was 2008-06-05, 3.7 years earlier ("3 1/2" as printed, the fraction lost its space).'),
   ('IXIC', 'point_change', 2.41, 'points', None, '2012-02-27', 'session', 'vs previous close', 'close',
    "chg('IXIC','2012-02-27')", 'pts', 'rose 2.41 points', ''),
   ('IXIC', 'close', 2966.16, 'index points', None, '2012-02-27', None, None, 'close',
    "close('IXIC','2012-02-27')", 'lvl', '2,966.16', ''),
   ('IXIC', 'highest_since', 'December 2000', 'month', None, '2012-02-27', None, 'last close at least as high', 'close',
    "last_close_ge('IXIC','2012-02-27')", 'V:supported:highest since X', 'highest since December 2000', 'Last close >= 2966.16 was 2000-12-11.'),
   ('DJI', 'intraday_point_change', -100, 'points', None, '2012-02-27', 'at the open', 'vs previous close', 'just after the open',
    "low_vs_prev('DJI','2012-02-27')", 'V:unverifiable:mid-session figure inside the session range', 'fell 100 points at the open', 'Session low 100.36 below the previous close, so the figure lies inside the range; the time of the low is not in the files.'),
   ('SPX_FINANCIALS', 'pct_change', 0.9, '%', None, '2012-02-27', 'session', None, 'close',
    'None', 'V:unverifiable:series not in the files', 'rising 0.9 percent', 'S&P 500 financials sector index is not in the files (XLF has only adj_close here and never decides).'),
  ])

P(id='abcnews_20121107_dow_worst_drop_of_year', site='abcnews.go.com',
  url='http://abcnews.go.com/blogs/business/2012/11/dow-suffers-worst-drop-of-the-year/',
  outlet='ABC News', published='2012-11-07', conf='high',
  pnote='URL gives 2012-11; the day after the 2012 election (Wednesday 2012-11-07) per the text and the closes (another corpus covers the same session from another outlet).',
  text=("Dow Suffers Worst Drop of the Year. The Dow Jones Industrial Average had the biggest point drop since November 2011, "
        "closing at 12,932.73, down 312.95 points, or 2.4 percent. The S&P 500 also dropped 2.4 percent to 1,394.54 while the "
        "Nasdaq Composite fell 2.5 percent to 2,937.29. Stocks opened lower Wednesday on worries about the fiscal cliff and "
        "Europe. Four years ago, the day after President Obama's election, the Dow dropped 486 points, more than 5 percent, to "
        "settle at 9139.27. The Dow was 40 percent higher since then. Even with today's drop, the Dow was still up 6 percent for "
        "the year."),
  claims=[
   ('DJI', 'biggest_point_drop_since', 'November 2011', 'month', None, '2012-11-07', None, 'last point loss at least as large', 'close',
    "last_loss_ge('DJI','2012-11-07')", 'V:supported:biggest since X', 'since November 2011', 'Last earlier point loss >= 312.95: 2011-11-09 (-389.24). Also the worst drop of 2012 (headline).'),
   ('DJI', 'close', 12932.73, 'index points', None, '2012-11-07', None, None, 'close',
    "close('DJI','2012-11-07')", 'lvl', '12,932.73', ''),
   ('DJI', 'point_change', -312.95, 'points', None, '2012-11-07', 'session', 'vs previous close', 'close',
    "chg('DJI','2012-11-07')", 'pts', '312.95 points', ''),
   ('DJI', 'pct_change', -2.4, '%', None, '2012-11-07', 'session', 'vs previous close', 'close',
    "pct('DJI','2012-11-07')", 'pct', 'or 2.4 percent', '-2.363%.'),
   ('SPX', 'pct_change', -2.4, '%', None, '2012-11-07', 'session', 'vs previous close', 'close',
    "pct('SPX','2012-11-07')", 'pct', 'also dropped 2.4 percent', '-2.371%.'),
   ('SPX', 'close', 1394.54, 'index points', None, '2012-11-07', None, None, 'close',
    "close('SPX','2012-11-07')", 'lvl', '1,394.54', 'File close 1394.53.'),
   ('IXIC', 'pct_change', -2.5, '%', None, '2012-11-07', 'session', 'vs previous close', 'close',
    "pct('IXIC','2012-11-07')", 'pct', 'fell 2.5 percent', '-2.478%.'),
   ('IXIC', 'close', 2937.29, 'index points', None, '2012-11-07', None, None, 'close',
    "close('IXIC','2012-11-07')", 'lvl', '2,937.29', ''),
   ('DJI', 'point_change', -486, 'points', None, '2008-11-05', 'session', 'vs previous close', 'close',
    "chg('DJI','2008-11-05')", 'pts', 'dropped 486 points', '-486.01 on 2008-11-05.'),
   ('DJI', 'pct_change', -5, '%', 'more than', '2008-11-05', 'session', 'vs previous close', 'close',
    "pct('DJI','2008-11-05')", 'gt', 'more than 5 percent', '-5.049%.'),
   ('DJI', 'close', 9139.27, 'index points', None, '2008-11-05', None, None, 'close',
    "close('DJI','2008-11-05')", 'lvl', '9139.27', ''),
   ('DJI', 'pct_change', 40, '%', None, '2012-11-07', 'since 2008-11-05', '2008-11-05 close', 'close',
    "pct_between('DJI','2008-11-05','2012-11-07')", 'pct', '40 percent higher', '+41.51% at the 2012-11-07 close (+44.9% at the previous close); outside the integer tolerance, within 2 pp.'),
   ('DJI', 'ytd_pct', 6, '%', None, '2012-11-07', 'year to date', '2011-12-30 close', 'close',
    "ytd('DJI','2012-11-07')", 'pct', 'up 6 percent for', '+5.854%.'),
  ])


P(id='latimes_19981225_stocks_mixed_yields_month_high', site='latimes.com',
  url='https://www.latimes.com/archives/la-xpm-1998-dec-25-fi-57443-story.html',
  outlet='Los Angeles Times, from Bloomberg News', published='1998-12-25', conf='exact',
  pnote='Date in the URL (la-xpm-1998-dec-25); the story is about Thursday 1998-12-24, a shortened Christmas Eve session.',
  text=("Stocks Mixed; Bond Yields at 1-Month High. From Bloomberg News. U.S. stocks were mixed Thursday on the slowest "
        "trading day of the year, as high-yielding Dow stocks such as 3M rose while Cisco Systems and other big gainers of the "
        "recent rally slipped. Bond prices fell for a fourth straight session after reports pointed to a buoyant economy. The "
        "benchmark 30-year Treasury yield rose to 5.21%, its highest level since Nov. 23, from 5.19% on Wednesday. The yield on "
        "two-year notes rose to 4.75%, from 4.69% on Wednesday. The Dow rose 15.96 points, or 0.2%, to 9,217.99. The Standard "
        "& Poor's 500 index fell 2.27 points, or 0.2%, to 1,226.27. The Nasdaq composite index dropped 9.51 points, or 0.4%, "
        "to 2,163.03. With just four sessions left in 1998, the Dow is up 16.6% on the year."),
  claims=[
   ('US30Y', 'yield', 5.21, '%', None, '1998-12-24', None, None, 'end of day',
    'None', 'V:unverifiable:series not in the files', 'rose to 5.21%', 'No 30-year yield in the files (DGS10 and DGS2 only); the "since Nov. 23" and the 5.19% cannot be checked either.'),
   ('US2Y', 'yield', 4.75, '%', None, '1998-12-24', None, None, 'end of day',
    "float(S('DGS2').value.loc[T('1998-12-24')])", 'V:imprecise:yield outside the 2-decimal tolerance, within 1% (index-level rule applied)', 'rose to 4.75%', 'FRED DGS2 4.78 on 1998-12-24 (a constant-maturity series; the page quotes the on-the-run note): 0.03 off the 2-decimal tolerance.'),
   ('US2Y', 'yield', 4.69, '%', None, '1998-12-23', None, None, 'end of day',
    "float(S('DGS2').value.loc[T('1998-12-23')])", 'V:imprecise:yield outside the 2-decimal tolerance, within 1% (index-level rule applied)', 'from 4.69%', 'FRED DGS2 4.73 on 1998-12-23.'),
   ('DJI', 'point_change', 15.96, 'points', None, '1998-12-24', 'session', 'vs previous close', 'close',
    "chg('DJI','1998-12-24')", 'pts', 'rose 15.96 points', ''),
   ('DJI', 'pct_change', 0.2, '%', None, '1998-12-24', 'session', 'vs previous close', 'close',
    "pct('DJI','1998-12-24')", 'pct', '15.96 points, or 0.2%', '+0.173%.'),
   ('DJI', 'close', 9217.99, 'index points', None, '1998-12-24', None, None, 'close',
    "close('DJI','1998-12-24')", 'lvl', '9,217.99', ''),
   ('SPX', 'point_change', -2.27, 'points', None, '1998-12-24', 'session', 'vs previous close', 'close',
    "chg('SPX','1998-12-24')", 'pts', 'fell 2.27 points', ''),
   ('SPX', 'pct_change', -0.2, '%', None, '1998-12-24', 'session', 'vs previous close', 'close',
    "pct('SPX','1998-12-24')", 'pct', '2.27 points, or 0.2%', '-0.185%.'),
   ('SPX', 'close', 1226.27, 'index points', None, '1998-12-24', None, None, 'close',
    "close('SPX','1998-12-24')", 'lvl', '1,226.27', ''),
   ('IXIC', 'point_change', -9.51, 'points', None, '1998-12-24', 'session', 'vs previous close', 'close',
    "chg('IXIC','1998-12-24')", 'pts', 'dropped 9.51 points', 'File change -9.50.'),
   ('IXIC', 'pct_change', -0.4, '%', None, '1998-12-24', 'session', 'vs previous close', 'close',
    "pct('IXIC','1998-12-24')", 'pct', 'or 0.4%', '-0.437%.'),
   ('IXIC', 'close', 2163.03, 'index points', None, '1998-12-24', None, None, 'close',
    "close('IXIC','1998-12-24')", 'lvl', '2,163.03', 'File close 2163.04.'),
   ('DJI', 'sessions_left_in_year', 4, 'sessions', None, '1998-12-24', None, None, None,
    "int(((S('DJI').index > T('1998-12-24')) & (S('DJI').index <= T('1998-12-31'))).sum())", 'eq', 'four sessions left', '1998-12-28 to 1998-12-31.'),
   ('DJI', 'ytd_pct', 16.6, '%', None, '1998-12-24', 'year to date', '1997-12-31 close', 'close',
    "ytd('DJI','1998-12-24')", 'pct', 'up 16.6%', '+16.561%.'),
  ])

P(id='tampabay_20010317_worst_week_fed_meeting', site='tampabay.com',
  url='https://www.tampabay.com/archive/2001/03/17/wall-street-running-red-with-losses/',
  outlet='St. Petersburg Times', published='2001-03-17', conf='exact',
  pnote='Date in the URL; Saturday paper about Friday 2001-03-16 and the week ended that day.',
  text=("Wall Street running red with losses. As the market ends one of its worst weeks ever, attention shifts to Tuesday's "
        "Fed meeting. The Dow Jones Industrial Average tumbled 207.87, or 2.1 percent, to 9,823.41 on Friday. For the week, the "
        "Dow lost a record 821.21, eclipsing the 805.71 the blue chips lost during the week ended April 14, 2000. The Nasdaq "
        "Composite Index dropped 49.80 points, or 2.6 percent, to 1,890.91, and was off 7.9 percent for the week. The tech index "
        "fell below 2,000 this week for the first time since late 1998 and is down 62.5 percent from its March 2000 high. It was "
        "its worst weekly showing since December, when it fell more than 8 percent in two separate weeks. The S&P 500 index fell "
        "23.03 points, or 2 percent, to 1,150.53, down 6.7 percent for the week. It is now off 24.7 percent from its March 2000 "
        "high. The Dow's decline from its January 2000 peak is now 16.2 percent. A likely Fed rate cut Tuesday would be the third "
        "since January."),
  claims=[
   ('DJI', 'point_change', -207.87, 'points', None, '2001-03-16', 'session', 'vs previous close', 'close',
    "chg('DJI','2001-03-16')", 'pts', 'tumbled 207.87', ''),
   ('DJI', 'pct_change', -2.1, '%', None, '2001-03-16', 'session', 'vs previous close', 'close',
    "pct('DJI','2001-03-16')", 'pct', '207.87, or 2.1 percent', '-2.072%.'),
   ('DJI', 'close', 9823.41, 'index points', None, '2001-03-16', None, None, 'close',
    "close('DJI','2001-03-16')", 'lvl', '9,823.41', ''),
   ('DJI', 'week_point_change', -821.21, 'points', None, '2001-03-16', 'week', '2001-03-09 close', 'close',
    "pts_between('DJI','2001-03-09','2001-03-16')", 'pts', 'lost a record 821.21', 'Also a record weekly point loss in a file from 1992 (earlier weeks were smaller in points).'),
   ('DJI', 'week_point_change', -805.71, 'points', None, '2000-04-14', 'week', '2000-04-07 close', 'close',
    "pts_between('DJI','2000-04-07','2000-04-14')", 'pts', 'the 805.71', 'The earlier record week, ended 2000-04-14.'),
   ('IXIC', 'point_change', -49.80, 'points', None, '2001-03-16', 'session', 'vs previous close', 'close',
    "chg('IXIC','2001-03-16')", 'pts', 'dropped 49.80 points', ''),
   ('IXIC', 'pct_change', -2.6, '%', None, '2001-03-16', 'session', 'vs previous close', 'close',
    "pct('IXIC','2001-03-16')", 'pct', 'or 2.6 percent', '-2.566%.'),
   ('IXIC', 'close', 1890.91, 'index points', None, '2001-03-16', None, None, 'close',
    "close('IXIC','2001-03-16')", 'lvl', '1,890.91', ''),
   ('IXIC', 'week_pct_change', -7.9, '%', None, '2001-03-16', 'week', '2001-03-09 close', 'close',
    "pct_between('IXIC','2001-03-09','2001-03-16')", 'pct', 'off 7.9 percent', '-7.885%.'),
   ('IXIC', 'below_level_first_since', 'late 1998', None, None, '2001-03-12', None, 'close below 2,000', 'close',
    "str(S('IXIC').close[(S('IXIC').index < T('2001-03-12')) & (S('IXIC').close < 2000)].index[-1].date())", 'V:supported:first since X', 'first time since late 1998', 'Last earlier close below 2,000: 1998-12-14.'),
   ('IXIC', 'pct_from_ath', 62.5, '%', None, '2001-03-16', None, 'record close (March 2000)', 'close',
    "pct_below_record('IXIC','2001-03-16')", 'pct', 'down 62.5 percent', '62.546% below the 5048.62 close of 2000-03-10.'),
   ('IXIC', 'worst_week_since', 'December 2000', 'month', None, '2001-03-16', None, 'last week with a loss at least as large', 'close',
    "str((S('IXIC').close.resample('W-FRI').last().pct_change()[lambda w: (w.index < T('2001-03-16')) & (w <= -0.07885)]).index[-1].date())", 'V:supported:worst since X', 'worst weekly showing since December', 'Last earlier week at least as bad: week ended 2000-12-15 (-9.05%).'),
   ('IXIC', 'weeks_down_more_than_8pct', 2, 'weeks', 'more than', '2000-12-29', 'December 2000', None, 'close',
    "int(((S('IXIC').close.resample('W-FRI').last().pct_change() * 100)['2000-12-01':'2000-12-29'] < -8).sum())", 'eq', 'more than 8 percent in two separate weeks', 'Weeks ended 2000-12-01 (-8.92%) and 2000-12-15 (-9.05%).'),
   ('SPX', 'point_change', -23.03, 'points', None, '2001-03-16', 'session', 'vs previous close', 'close',
    "chg('SPX','2001-03-16')", 'pts', 'fell 23.03 points', ''),
   ('SPX', 'pct_change', -2, '%', None, '2001-03-16', 'session', 'vs previous close', 'close',
    "pct('SPX','2001-03-16')", 'pct', 'or 2 percent', '-1.962%.'),
   ('SPX', 'close', 1150.53, 'index points', None, '2001-03-16', None, None, 'close',
    "close('SPX','2001-03-16')", 'lvl', '1,150.53', ''),
   ('SPX', 'week_pct_change', -6.7, '%', None, '2001-03-16', 'week', '2001-03-09 close', 'close',
    "pct_between('SPX','2001-03-09','2001-03-16')", 'pct', 'down 6.7 percent', '-6.720%.'),
   ('SPX', 'pct_from_ath', 24.7, '%', None, '2001-03-16', None, 'record close (March 2000)', 'close',
    "pct_below_record('SPX','2001-03-16')", 'pct', 'off 24.7 percent', 'Record close 1527.46 on 2000-03-24.'),
   ('DJI', 'pct_from_ath', 16.2, '%', None, '2001-03-16', None, 'record close (January 2000)', 'close',
    "pct_below_record('DJI','2001-03-16')", 'pct', '16.2 percent', 'Record close 11722.98 on 2000-01-14.'),
   ('FEDFUNDS', 'expected_cut', 'third since January', None, None, '2001-03-20', None, None, None,
    'None', 'V:forecast:projection', 'would be the third', 'An expected decision; the two earlier 2001 cuts (Jan. 3, Jan. 31) are consistent with "third".'),
  ])

P(id='bbc_20020710_dow_plunges_below_9000', site='news.bbc.co.uk',
  url='http://news.bbc.co.uk/2/hi/business/2120833.stm',
  outlet='BBC News', published='2002-07-10', conf='exact',
  pnote='Page stamp "Wednesday, 10 July, 2002, 23:55 GMT"; same-day story about 2002-07-10.',
  text=("Dow plunges below 9,000. The Dow Jones index of leading US shares has lost more than 3% as investors failed to recover "
        "their nerve after a string of corporate scandals. The index fell below the symbolic 9,000 level early in the session, "
        "and had its largest one-day loss since September 2001. It finally closed down about 284 points at 8,811 points, "
        "pressured by news of a criminal investigation at Qwest. The Dow last closed below 9,000 on 2 October. Before the "
        "attacks of 11 September, the Dow had not finished lower than 9,000 since December 1998, when it stood at 8,790."),
  claims=[
   ('DJI', 'pct_change', -3, '%', 'more than', '2002-07-10', 'session', 'vs previous close', 'close',
    "pct('DJI','2002-07-10')", 'gt', 'more than 3%', '-3.107%.'),
   ('DJI', 'biggest_point_drop_since', 'September 2001', 'month', None, '2002-07-10', None, 'last point loss at least as large', 'close',
    "last_loss_ge('DJI','2002-07-10')", 'V:supported:biggest since X', 'since September 2001', 'Last earlier point loss >= 282.59: 2001-09-20 (-382.92).'),
   ('DJI', 'point_change', -284, 'points', 'about', '2002-07-10', 'session', 'vs previous close', 'close',
    "chg('DJI','2002-07-10')", 'about', 'about 284 points', 'File change -282.59; 1.41 off, outside "about" (one unit).'),
   ('DJI', 'close', 8811, 'index points', 'about', '2002-07-10', None, None, 'close',
    "close('DJI','2002-07-10')", 'about', '8,811', 'File close 8813.50; 2.5 off (hedge "about" read as applying to the level too).'),
   ('DJI', 'last_close_below', '2001-10-02', 'date', None, '2002-07-10', None, 'close below 9,000', 'close',
    "str(S('DJI').close[(S('DJI').index < T('2002-07-10')) & (S('DJI').close < 9000)].index[-1].date())", 'eq', 'on 2 October', '2001-10-02 close 8950.59.'),
   ('DJI', 'last_close_below_pre911', '1998-12', 'month', None, '2001-09-10', None, 'close below 9,000 before 2001-09-11', 'close',
    "str(S('DJI').close[(S('DJI').index < T('2001-09-11')) & (S('DJI').close < 9000)].index[-1].date())", 'V:supported:last date (month as written)', 'since December 1998', 'Last sub-9,000 close before the attacks: 1998-12-21.'),
   ('DJI', 'close', 8790, 'index points', None, '1998-12-21', None, 'last sub-9,000 close before 2001-09-11', 'close',
    "close('DJI','1998-12-21')", 'V:contradicted:wrong level for the session described', 'stood at 8,790', 'The last sub-9,000 close, 1998-12-21, was 8988.85 (2.2% away); 8,790.60 was the close of 1998-12-16, an earlier December day.'),
  ])

P(id='ljworld_20050305_dow_sp_three_year_high', site='ljworld.com',
  url='http://www2.ljworld.com/news/2005/mar/05/dow_sp_surge/',
  outlet='Lawrence Journal-World, from Associated Press', published='2005-03-05', conf='exact',
  pnote='Date in the URL; Saturday paper about Friday 2005-03-04 (February jobs report).',
  text=("Dow, S&P surge to 3-year high on upbeat job report. A surprisingly strong jobs report energized Wall Street on Friday. "
        "The Dow Jones industrial average and Standard & Poor's 500 index both reached 3 1/2-year highs on the news. The Dow "
        "rose 107.52, or 1 percent, to 10,940.55, its best showing since closing at 10,948.38 on June 12, 2001. The S&P 500 "
        "was up 11.65, or 1 percent, at 1,222.12, the best closing level since the index finished at 1,234.45 on July 3, 2001. "
        "The Nasdaq composite index still lagged but gained 12.21, or 0.6 percent, to 2,070.61, its best close since Feb. 16. "
        "For the week, the Dow rose 0.98 percent, the S&P 500 was up 0.89 percent and the Nasdaq climbed 0.25 percent."),
  claims=[
   ('DJI', 'point_change', 107.52, 'points', None, '2005-03-04', 'session', 'vs previous close', 'close',
    "chg('DJI','2005-03-04')", 'pts', 'rose 107.52', ''),
   ('DJI', 'pct_change', 1, '%', None, '2005-03-04', 'session', 'vs previous close', 'close',
    "pct('DJI','2005-03-04')", 'pct', '107.52, or 1 percent', '+0.993%.'),
   ('DJI', 'close', 10940.55, 'index points', None, '2005-03-04', None, None, 'close',
    "close('DJI','2005-03-04')", 'lvl', '10,940.55', ''),
   ('DJI', 'highest_since', '2001-06-12', 'date', None, '2005-03-04', None, 'last close at least as high', 'close',
    "last_close_ge('DJI','2005-03-04')", 'eq', 'June 12, 2001', 'Also the "3 1/2-year high".'),
   ('DJI', 'close', 10948.38, 'index points', None, '2001-06-12', None, None, 'close',
    "close('DJI','2001-06-12')", 'lvl', '10,948.38', ''),
   ('SPX', 'point_change', 11.65, 'points', None, '2005-03-04', 'session', 'vs previous close', 'close',
    "chg('SPX','2005-03-04')", 'pts', 'up 11.65', ''),
   ('SPX', 'pct_change', 1, '%', None, '2005-03-04', 'session', 'vs previous close', 'close',
    "pct('SPX','2005-03-04')", 'pct', '11.65, or 1 percent', '+0.962%.'),
   ('SPX', 'close', 1222.12, 'index points', None, '2005-03-04', None, None, 'close',
    "close('SPX','2005-03-04')", 'lvl', '1,222.12', ''),
   ('SPX', 'highest_since', '2001-07-03', 'date', None, '2005-03-04', None, 'last close at least as high', 'close',
    "last_close_ge('SPX','2005-03-04')", 'eq', 'July 3, 2001', ''),
   ('SPX', 'close', 1234.45, 'index points', None, '2001-07-03', None, None, 'close',
    "close('SPX','2001-07-03')", 'lvl', '1,234.45', ''),
   ('IXIC', 'point_change', 12.21, 'points', None, '2005-03-04', 'session', 'vs previous close', 'close',
    "chg('IXIC','2005-03-04')", 'pts', 'gained 12.21', ''),
   ('IXIC', 'pct_change', 0.6, '%', None, '2005-03-04', 'session', 'vs previous close', 'close',
    "pct('IXIC','2005-03-04')", 'pct', '0.6 percent', '+0.593%.'),
   ('IXIC', 'close', 2070.61, 'index points', None, '2005-03-04', None, None, 'close',
    "close('IXIC','2005-03-04')", 'lvl', '2,070.61', ''),
   ('IXIC', 'highest_since', 'Feb. 16', 'date', None, '2005-03-04', None, 'last close at least as high', 'close',
    "last_close_ge('IXIC','2005-03-04')", 'V:contradicted:highest since X, X earlier than the true date', 'since Feb. 16', 'The Nasdaq closed higher three sessions earlier, 2071.25 on 2005-03-01; "since Feb. 16" (2087.43) overstates the gap.'),
   ('DJI', 'week_pct_change', 0.98, '%', None, '2005-03-04', 'week', '2005-02-25 close', 'close',
    "pct_between('DJI','2005-02-25','2005-03-04')", 'pct', '0.98 percent', '+0.913% from the 10841.60 close of 2005-02-25.'),
   ('SPX', 'week_pct_change', 0.89, '%', None, '2005-03-04', 'week', '2005-02-25 close', 'close',
    "pct_between('SPX','2005-02-25','2005-03-04')", 'pct', '0.89 percent', '+0.887%.'),
   ('IXIC', 'week_pct_change', 0.25, '%', None, '2005-03-04', 'week', '2005-02-25 close', 'close',
    "pct_between('IXIC','2005-02-25','2005-03-04')", 'pct', '0.25 percent', '+0.252%.'),
  ])

P(id='cnbc_20091029_dow_best_day_since_july', site='cnbc.com',
  url='http://www.cnbc.com/id/33538872',
  outlet='CNBC', published='2009-10-29', conf='high',
  pnote='No date shown; the third-quarter GDP report (3.5%) came out Thursday 2009-10-29 and the closes match that session.',
  text=("Dow Jumps 2%, Its Best Day Since July. Stocks rallied Thursday, rebounding from the prior session's rout, after reports "
        "showed the economy grew more than expected last quarter and jobless claims fell. The Dow Jones Industrial Average gained "
        "199.89, or 2.1 percent, to close at 9,962.58 - its best day since July, though still about 40 points from the 10,000 "
        "mark. The Nasdaq advanced 1.8 percent and the S&P 500 jumped 2.3 percent. The CBOE volatility index fell more than 11 "
        "percent to 24.76. The economy grew at a 3.5 percent clip in the third quarter."),
  claims=[
   ('DJI', 'pct_change', 2, '%', None, '2009-10-29', 'session', 'vs previous close', 'close',
    "pct('DJI','2009-10-29')", 'pct', 'Jumps 2%', '+2.047%.'),
   ('DJI', 'point_change', 199.89, 'points', None, '2009-10-29', 'session', 'vs previous close', 'close',
    "chg('DJI','2009-10-29')", 'pts', 'gained 199.89', ''),
   ('DJI', 'pct_change', 2.1, '%', None, '2009-10-29', 'session', 'vs previous close', 'close',
    "pct('DJI','2009-10-29')", 'pct', '2.1 percent', ''),
   ('DJI', 'close', 9962.58, 'index points', None, '2009-10-29', None, None, 'close',
    "close('DJI','2009-10-29')", 'lvl', '9,962.58', ''),
   ('DJI', 'best_day_since', 'July 2009', 'month', None, '2009-10-29', None, 'last gain at least as large', 'close',
    "last_gain_ge('DJI','2009-10-29',True)", 'V:supported:biggest since X', 'best day since July', 'Percent basis: 2009-07-23; point basis: 2009-07-15. July either way.'),
   ('DJI', 'distance_to_level', 40, 'points', 'about', '2009-10-29', None, '10,000', 'close',
    "round(10000-close('DJI','2009-10-29'),2)", 'about', 'about 40 points', '37.42 below 10,000: 2.58 off, outside one unit of the last digit; reading the unit of "40" as 10 would support it.'),
   ('IXIC', 'pct_change', 1.8, '%', None, '2009-10-29', 'session', 'vs previous close', 'close',
    "pct('IXIC','2009-10-29')", 'pct', 'advanced 1.8 percent', '+1.842%.'),
   ('SPX', 'pct_change', 2.3, '%', None, '2009-10-29', 'session', 'vs previous close', 'close',
    "pct('SPX','2009-10-29')", 'pct', 'jumped 2.3 percent', '+2.252%.'),
   ('VIX', 'pct_change', -11, '%', 'more than', '2009-10-29', 'session', 'vs previous close', 'close',
    "pct('VIX','2009-10-29')", 'gt', 'more than 11', '-11.286%.'),
   ('VIX', 'close', 24.76, 'index points', None, '2009-10-29', None, None, 'close',
    "close('VIX','2009-10-29')", 'lvl', '24.76', ''),
   ('US_GDP', 'growth_rate', 3.5, '%', None, '2009-10-29', 'Q3 2009 annualized', None, None,
    'None', 'V:unverifiable:series not in the files', '3.5 percent clip', 'GDP is not in the files.'),
  ])

P(id='nypost_20100610_dow_back_over_10000', site='nypost.com',
  url='http://nyp.st/1hUy7BA?share=url',
  outlet='New York Post (Dow Jones Newswires text)', published='2010-06-10', conf='high',
  pnote='Short link without a date; Thursday with an ECB growth-forecast upgrade and BP rebound: the closes match 2010-06-10.',
  text=("Dow surges to close over 10,000. Rising hopes for global growth sparked a jump in stocks Thursday, putting the Dow Jones "
        "Industrial Average back above 10,000 for the first time in a week. The average ended with a 273.35-point gain, up 2.8 "
        "percent, at 10,172.60, the biggest one-day rise since May 27. The Nasdaq Composite Index jumped 2.8 percent. The S&P 500 "
        "leapt 3 percent, led by a 4.9 percent gain in its energy sector."),
  claims=[
   ('DJI', 'above_level_first_since', 'a week', None, None, '2010-06-10', None, 'last close above 10,000', 'close',
    "last_close_above('DJI','2010-06-10',10000)", 'V:supported:first since X', 'first time in a week', 'Last earlier close above 10,000: 2010-06-03, one week before.'),
   ('DJI', 'point_change', 273.35, 'points', None, '2010-06-10', 'session', 'vs previous close', 'close',
    "chg('DJI','2010-06-10')", 'pts', '273.35-point gain', 'File change +273.28; 0.07 off the 2-decimal tolerance (a late print).'),
   ('DJI', 'pct_change', 2.8, '%', None, '2010-06-10', 'session', 'vs previous close', 'close',
    "pct('DJI','2010-06-10')", 'pct', 'up 2.8', '+2.761%.'),
   ('DJI', 'close', 10172.60, 'index points', None, '2010-06-10', None, None, 'close',
    "close('DJI','2010-06-10')", 'lvl', '10,172.60', 'File close 10172.53.'),
   ('DJI', 'biggest_gain_since', '2010-05-27', 'date', None, '2010-06-10', None, 'last point gain at least as large', 'close',
    "last_gain_ge('DJI','2010-06-10')", 'eq', 'since May 27', '+284.54 on 2010-05-27 (also the percentage basis).'),
   ('IXIC', 'pct_change', 2.8, '%', None, '2010-06-10', 'session', 'vs previous close', 'close',
    "pct('IXIC','2010-06-10')", 'pct', 'jumped 2.8 percent', '+2.773%.'),
   ('SPX', 'pct_change', 3, '%', None, '2010-06-10', 'session', 'vs previous close', 'close',
    "pct('SPX','2010-06-10')", 'pct', 'leapt 3 percent', '+2.951%.'),
   ('SPX_ENERGY', 'pct_change', 4.9, '%', None, '2010-06-10', 'session', None, 'close',
    'None', 'V:unverifiable:series not in the files', '4.9 percent gain', 'S&P 500 energy sector index not in the files (XLE is a proxy only).'),
  ])


def decimals(v):
    s = str(v)
    return len(s.split('.')[1]) if '.' in s else 0


def decimals_from_anchor(anchor, v):
    import re
    for tok in re.findall(r'[0-9][0-9,]*(?:\.[0-9]+)?', anchor or ''):
        try:
            if abs(float(tok.replace(',', '')) - abs(float(v))) < 1e-9:
                return len(tok.split('.')[1]) if '.' in tok else 0
        except (TypeError, ValueError):
            pass
    return decimals(v)


def judge(kind, claimed, comp, qualifier, anchor=None):
    if kind.startswith('V:'):
        _, v, rule = kind.split(':', 2)
        return v, rule
    if kind == 'eq':
        return ('supported', 'exact match') if str(comp) == str(claimed) else ('contradicted', 'wrong value')
    c = abs(float(claimed)) if kind in ('pts', 'pct', 'lvl', 'about') else float(claimed)
    t = abs(float(comp)) if kind in ('pts', 'pct', 'lvl', 'about') else float(comp)
    if kind == 'gt':
        return ('supported', 'more than: true > claim') if abs(t) > abs(c) else ('contradicted', 'bound not met')
    if kind == 'ge':
        return ('supported', 'at least: true >= claim') if abs(t) >= abs(c) else ('contradicted', 'bound not met')
    d = decimals_from_anchor(anchor, claimed)
    unit = 10 ** -d
    if kind == 'about':
        return ('supported', 'about: within one unit of the last digit') if abs(t - c) <= unit + 0.02 else ('imprecise', 'about: outside one unit')
    tol = {0: 0.5, 1: 0.07, 2: 0.025 if kind == 'lvl' else 0.025}.get(d, 0.025)
    err = abs(t - c)
    if err <= tol:
        return 'supported', 'within tolerance (%s dp)' % d
    if kind == 'lvl':
        return ('imprecise', 'index level within 1%') if err <= 0.01 * t else ('contradicted', 'index level off by more than 1%')
    if kind == 'pts':
        return ('imprecise', 'point change within 20%') if err <= 0.2 * t else ('contradicted', 'point change off by more than 20%')
    if kind == 'pct':
        return ('imprecise', 'percent within max(2 pp, 10%) and 20%') if err <= 0.2 * t and err <= max(2, 0.1 * t) else ('contradicted', 'percent too far off')
    raise ValueError(kind)


def main():
    if not R.data_dir():
        sys.exit('give the data directory as argv[1] or CAPSCOPE_DATA_DIR')
    pl, kl = [], []
    for p in sorted(PASSAGES, key=lambda p: p['published']):
        claims = []
        for i, c in enumerate(p['claims']):
            tk, metric, val, unit, qual, ref, win, comp_, basis, expr, kind, anchor, note = c
            cv = None if expr == 'None' else eval(expr, vars(R))
            verdict, rule = judge(kind, val, cv, qual, anchor)
            assert p["text"].count(anchor) == 1, (p["id"], anchor)
            claims.append(dict(index_or_ticker=tk, metric=metric, value=val, unit=unit, qualifier=qual, ref_date=ref,
                               window=win, comparison=comp_, basis=basis))
            kl.append(dict(passage_id=p['id'], claim_index=i, index_or_ticker=tk, metric=metric, claimed_value=val,
                           qualifier=qual, ref_date_used=ref, computed_value=cv,
                           computed_detail=(note + ' ' if note else '') + 'reference.py: ' + expr,
                           verdict=verdict, rule=rule, note=note, anchor_text=anchor))
        pl.append(dict(id=p['id'], source=dict(site=p['site'], url=p['url'], original_outlet=p['outlet']),
                       published=p['published'], published_confidence=p['conf'], published_note=p['pnote'],
                       text_kind='condensed_close_paraphrase', text=p['text'], claims=claims))
    with open(os.path.join(HERE, 'passages.jsonl'), 'w') as f:
        for x in pl:
            f.write(json.dumps(x, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'key.jsonl'), 'w') as f:
        for x in kl:
            f.write(json.dumps(x, ensure_ascii=False) + '\n')
    print(len(pl), 'passages', len(kl), 'claims')


if __name__ == '__main__':
    main()
