"""Hand verdicts: (passage_id, claim_index) -> (verdict, rule, note). Used by build.py."""
S = 'supported'; C = 'contradicted'; I = 'imprecise'
L = 'latimes_19981230_dow_nears_peak'
CR = 'crains_20010928_sp_worst_quarter_since_87'
SE = 'semissourian_20020524_memorial_day_selloff'
CT = 'chicagotribune_20030906_jobs_report_ends_run'
FX = 'foxnews_20050625_oil_near_record_selloff'
FB = 'foxnews_20061124_dollar_dive_black_friday'
AB = 'abcnews_20080523_oil_worst_week_in_3_months'
CH = 'chicagotribune_20090530_spring_rally_third_month'
ST = 'startribune_20091228_sixth_straight_gain'
CN = 'cnbc_20100813_nasdaq_fourth_worst_week'
BU = 'buffalonews_20120229_nasdaq_touches_3000'
IN = 'investing_20121228_treasury_yield_snapshot'
VERDICTS = {
    (L, 3): (I, 'point distance off by more than 0.5 but within 20%', 'Record 9,374.27 minus close 9,320.98 = 53.29 points; "just 54" overstates it by 0.71 ("just" is not a hedge).'),
    (L, 4): (S, 'record close and date match', 'Highest earlier close 9,374.27 on 1998-11-23.'),
    (L, 6): (S, 'longest since: last streak at least as long', 'Last earlier Dow up-streak of 8+ sessions ended 1996-12-27.'),
    (L, 7): (S, 'previous record set last week', 'Previous record close 1,228.54 on 1998-12-23, the Wednesday of the previous week; 1,241.81 is above every earlier close.'),
    (L, 9): (S, 'record: above every earlier close', 'computed_value is the record flag; the level 1,241.81 matches the close.'),
    (L, 11): (S, 'record: above every earlier close', ''),
    (CR, 1): (S, 'worst since X: last quarter at least as bad', 'Q3 2001 S&P 500 -14.98%; the last quarter at least as bad was 1987Q4 (-23.23%).'),
    (CR, 4): (I, 'outside tolerance but close', 'Q3 2001 close-to-close is -14.98% (1,224.42 -> 1,040.94); 15.8% fits no basis in the file.'),
    (CR, 7): (I, 'unhedged integer off by more than 0.5', 'Nasdaq Q3 2001 -30.63%.'),
    (CR, 12): (S, 'count of target cuts', 'DFEDTAR fell on 2001-01-03, 01-31, 03-20, 04-18, 05-15, 06-27, 08-21, 09-17: eight cuts.'),
    (SE, 13): (S, 'weekly signs alternate', 'Dow weeks ending May 3, 10, 17, 24: + - + -.'),
    (SE, 14): (C, 'wrong ordering', 'Nasdaq weeks ending May 3, 10, 17, 24: - - + -; only the three weeks wholly inside May (10, 17, 24) alternate (the other reading).'),
    (SE, 15): (C, 'wrong ordering', 'S&P 500 weeks ending May 3, 10, 17, 24: - - + -; only the weeks ending May 10, 17, 24 alternate (the other reading).'),
    (CT, 9): (S, 'highest since X: X is the last session at least as high', ''),
    (CT, 10): (S, 'highest since X: X is the last session at least as high', ''),
    (CT, 13): (I, 'truncated figure', 'Seven-session gain to Thursday 104.66 points; "104" truncates it.'),
    (CT, 14): (S, 'highest since X: X is the last session at least as high', ''),
    (CT, 15): (C, 'mid-session figure outside the session range', 'Friday high 1,879.70 vs Thursday close 1,868.97: the index was never more than 10.73 points up. Caveat: Yahoo intraday highs for 2003 Nasdaq may be incomplete.'),
    (FX, 0): (S, 'worst since X more than two months back', 'Last Dow week at least as bad ended 2005-04-15, about ten weeks earlier.'),
    (FX, 1): (S, 'worst since X more than two months back', 'Last S&P 500 week at least as bad ended 2005-04-15.'),
    (FX, 2): (S, 'worst since X more than two months back', 'Last Nasdaq week at least as bad ended 2005-04-15.'),
    (FB, 0): (S, 'only the Nasdaq gained for the week', 'Week (2006-11-17 close to 2006-11-24): Dow -0.51%, S&P 500 -0.02%, Nasdaq +0.59%.'),
    (AB, 0): (I, '"nearly 150": unit 2% of 150 = 3 points, band 147-151.5', 'Dow fell 145.99; just outside the nearly band.'),
    (AB, 4): (S, 'worst since X', 'Last Dow week at least as bad (-3.91%) ended 2008-02-08 (-4.40%): early February.'),
    (AB, 14): (S, 'biggest since X (percent basis)', 'Two-day loss 2008-05-20..21 -426.97 points (-3.27%); last two-day window at least as bad in percent ended 2008-02-29 (late February). Point basis not checked separately.'),
    (CH, 9): (S, 'monthly gains in a row', 'March, April and May 2009 were up for all three indexes.'),
    (ST, 0): (S, 'up streak', 'Dow, S&P 500 and Nasdaq each up six sessions in a row to 2009-12-28.'),
    (ST, 1): (S, 'year high close', 'All three closed above every earlier 2009 close.'),
    (ST, 5): (S, 'highest since X: X is the last session at least as high', ''),
    (CN, 1): (C, 'wrong rank', 'In the file the week is the 3rd worst Nasdaq week of 2010 (-5.025%), just behind -7.95% (May 7) and -5.92% (Jul 2) and a hair worse than -5.020% (May 21); a near tie the source may have ranked the other way.'),
    (CN, 5): (S, 'worst since X', 'Last Dow week at least as bad ended 2010-07-02 (-4.51%).'),
    (CN, 18): (S, 'record close and date match', ''),
    (CN, 21): (S, 'year high close and date match', ''),
    (CN, 24): (S, 'year low close and date match', ''),
    (BU, 1): (S, 'best same month since X', 'S&P 500 February 2012 +4.06%; the last February at least as strong was 1998 (+7.04%), 14 years earlier.'),
    (BU, 2): (S, 'last close above the level', 'Last Dow close above 13,000 before 2012-02-28 was 2008-05-19.'),
    (BU, 3): (S, 'last intraday high above the level', 'Last Nasdaq high above 3,000 before 2012-02-29 was 2000-12-13.'),
    (BU, 4): (S, 'last close above the level', 'Last close above 3,000 was 2000-12-11, two sessions before 2000-12-13.'),
    (BU, 15): (I, 'outside tolerance but close', 'Year to date at the 2012-02-29 close 13.89%; 14.5 is close to the 2012-02-28 figure (14.65%).'),
    (BU, 16): (I, 'outside tolerance but close', 'Year to date at the 2012-02-29 close 6.01%; 6.4 matches the 2012-02-28 figure (6.45%).'),
    (BU, 17): (I, 'outside tolerance but close', 'Year to date at the 2012-02-29 close 8.59%; 9.1 matches the 2012-02-28 figure (9.11%).'),
    (IN, 1): (S, 'interim high level and date match', ''),
    (IN, 2): (I, 'index level off by more than 0.025 but within 1%', 'Lowest close after 2012-09-14 is 1,353.33 on 2012-11-15 (date right, level 0.19 off).'),
    (IN, 3): (S, 'distance computed from levels the passage states', '1 - 1,353.52/1,465.77 = 7.658%; from the file close 1,353.33 it is 7.671%: both round to 7.66/7.67 within tolerance.'),
    (IN, 6): (S, 'interim high yield and date match', 'DGS10 1.88 on 2012-09-14, the day after the 2012-09-13 FOMC decision.'),
    (IN, 7): (S, 'record low yield and date match', 'Lowest DGS10 since 1962: 1.43 on 2012-07-25.'),
    (IN, 8): (S, 'month peak date matches', 'Highest December close up to 12-27: 1,446.79 on 2012-12-18.'),
}
