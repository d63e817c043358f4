"""Build passages.jsonl, key.jsonl and recipes.json of this corpus.

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
    P.append(dict(id=pid, site=site, url=url, outlet=outlet, published=published, conf=conf, pnote=pnote, text=text.strip(), claims=claims))


S, I, X, U, F, N = 'supported', 'imprecise', 'contradicted', 'unverifiable', 'forecast', 'not_checkable'
INT = 'unhedged integer: |true - claim| <= 0.5'
D1 = 'unhedged 1 decimal: |true - claim| <= 0.07'
D2 = 'unhedged 2 decimals: |true - claim| <= 0.025'
TRUNC = 'truncated figure: imprecise'
LVL = 'index level off by <= 1%: imprecise'
PTS20 = 'point change off by <= 20%: imprecise'
PCTX = 'percent figure off by more than max(2 pp, 10%) or 20% of the true value: contradicted'
PCTI = 'percent figure outside tolerance but within max(2 pp, 10%) and 20% of the true value: imprecise'
MID = 'mid-session figure inside the session range: unverifiable'
NOFILE = 'series or history not in the files: unverifiable'
SINCE = 'highest/lowest/biggest since X: X must be the last session with a value at least as extreme (or the first session after it)'
SINCEX = 'since X: an earlier X than the last session with a value at least as extreme: contradicted'
REC = 'record: above every earlier close in the file'
CMP = 'comparison holds'
DATE = 'date matches'
WEEK = 'week = Friday close to Friday close'
YTD = 'YTD from the last close of the previous year'
STREAK = 'streaks use daily closes'
RANK = 'rank among all daily moves in the file up to that day'
FED = 'Fed target range from DFEDTARL/DFEDTARU and FOMC_meetings.csv'
YLD = 'FRED end-of-day constant-maturity yield, 2 decimals: |true - claim| <= 0.025'
QUOTE = 'quoted opinion or rule of thumb: not checkable'
ONPACE = '"on pace/on track": not checkable'
FCST = 'projection or target: forecast'
HOL = 'session calendar checked against the files'
NEARLY = 'nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit'
MORE = 'more than / over / above: true > claim'
WITHIN = 'within / less than: true < claim'

# ---------------------------------------------------------------- 1
add('baltimoresun_20030322_dow_best_week_since_1982', 'articles.baltimoresun.com',
    'http://articles.baltimoresun.com/2003-03-22/business/0303220318_1_legg-mason-investors-dow', 'The Baltimore Sun', '2003-03-22', 'exact',
    'Dated March 22, 2003 on the page (byline William Patalon III, Sun staff); the headline and first paragraph are left out. "Yesterday" is Friday 2003-03-21; "this week" runs from the 2003-03-14 close; "Wednesday" is 2003-03-19.',
    "By William Patalon III, Sun staff, March 22, 2003. "
    "A Legg Mason trader in Baltimore called it probably a rally without precedent in recent memory. "
    "The Dow gained 235.02 points, or 2.84 percent, to close at 8,521.97 yesterday, rising 8.4 percent for the week, its best showing since the five-day stretch that ended Oct. 8, 1982. "
    "The Dow has risen for eight straight days, advancing 13 percent in that time. Because of that run, it is up 6 percent for the year. "
    "The Standard & Poor's 500, a broader measure of the stock market, gained 20.06 points yesterday, or 2.3 percent, to finish at 895.90. It climbed 8 percent this week. "
    "That index also has advanced for eight straight days - the first time it has done so since June 1997 - gaining 12 percent during that period. It is up 5 percent for the year. "
    "The technology-filled Nasdaq composite index rose 6 percent during the week. Despite a decline Wednesday, the Nasdaq is up 8 percent for the year and is within 40 points of its high for the year. "
    "Investors said much of the surge has been a relief rally tied to the war in Iraq.",
    [
        C('DJI', 'day_change_pts', 235.02, 'points', '235.02 points', "day_pts('DJI','2003-03-21')", I, PTS20, 'File: +235.37 (off 0.35); the Sun\'s figures look like early tallies (the AP had +235.37 the same night).', ref='2003-03-21'),
        C('DJI', 'day_change_pct', 2.84, 'percent', '2.84 percent', "day_pct('DJI','2003-03-21')", S, D2, '+2.84%.', ref='2003-03-21'),
        C('DJI', 'close', 8521.97, 'points', 'close at 8,521.97', "close('DJI','2003-03-21')", S, D2, '8,521.97.', ref='2003-03-21'),
        C('DJI', 'week_change_pct', 8.4, 'percent', 'rising 8.4 percent for the week', "week_return('DJI','2003-03-21')", S, D1 + '; ' + WEEK, '7,859.71 (2003-03-14) -> 8,521.97 = +8.43%.', ref='2003-03-21', window='2003-03-14..2003-03-21'),
        C('DJI', 'best_week_since', '1982-10-08', 'date', 'ended Oct. 8, 1982', "[week_return('DJI','2003-03-21'), max_week_return('DJI','1992-01-10','2003-03-14')]", U, NOFILE,
          'The Dow file starts 1992-01-02, so 1982-1991 weeks cannot be checked. Within the file no week beats +8.43%: the best earlier week is +7.43% (week ending 2001-09-28), so the checkable part agrees.', ref='2003-03-21', comp='best week since 1982-10-08'),
        C('DJI', 'up_streak', 8, 'sessions', 'risen for eight straight days', "up_streak('DJI','2003-03-21')", S, STREAK, 'Eight higher closes 2003-03-12..03-21.', ref='2003-03-21'),
        C('DJI', 'streak_change_pct', 13, 'percent', 'advancing 13 percent', "n_day_pct('DJI','2003-03-21',8)", S, INT, '7,524.06 (2003-03-11) -> 8,521.97 = +13.26%.', ref='2003-03-21', window='2003-03-11..2003-03-21'),
        C('DJI', 'ytd_change_pct', 6, 'percent', 'it is up 6 percent for the year', "ytd('DJI','2003-03-21')", X, PCTX, 'From the 2002-12-31 close of 8,341.63 the Dow was up 2.16%, not 6% (the day before it was still down 0.66% for the year).', ref='2003-03-21', window='2002-12-31..2003-03-21'),
        C('SPX', 'day_change_pts', 20.06, 'points', '20.06 points', "day_pts('SPX','2003-03-21')", I, PTS20, 'File: +20.12 (off 0.06).', ref='2003-03-21'),
        C('SPX', 'day_change_pct', 2.3, 'percent', 'or 2.3 percent', "day_pct('SPX','2003-03-21')", S, D1, '+2.30%.', ref='2003-03-21'),
        C('SPX', 'close', 895.90, 'points', '895.90', "close('SPX','2003-03-21')", I, LVL, 'File: 895.79 (off 0.11, 0.01%).', ref='2003-03-21'),
        C('SPX', 'week_change_pct', 8, 'percent', 'climbed 8 percent this week', "week_return('SPX','2003-03-21')", S, INT + '; ' + WEEK, '833.27 -> 895.79 = +7.50% (7.503), which rounds to 8 at the edge of the tolerance.', ref='2003-03-21', window='2003-03-14..2003-03-21'),
        C('SPX', 'up_streak_first_since', '1997-06', 'month', 'first time it has done so since June 1997', "[up_streak('SPX','2003-03-21'), last_streak_end('SPX','2003-03-12',8)]", S, STREAK + '; ' + SINCE,
          'Eight straight gains 2003-03-12..03-21; the previous run of eight or more higher closes ended 1997-06-17.', ref='2003-03-21'),
        C('SPX', 'streak_change_pct', 12, 'percent', 'gaining 12 percent during that period', "n_day_pct('SPX','2003-03-21',8)", S, INT, '800.73 -> 895.79 = +11.87%.', ref='2003-03-21', window='2003-03-11..2003-03-21'),
        C('SPX', 'ytd_change_pct', 5, 'percent', 'It is up 5 percent for the year', "ytd('SPX','2003-03-21')", X, PCTX, 'From 879.82 (2002-12-31) the S&P 500 was up 1.82%.', ref='2003-03-21', window='2002-12-31..2003-03-21'),
        C('IXIC', 'week_change_pct', 6, 'percent', 'rose 6 percent during the week', "week_return('IXIC','2003-03-21')", S, INT + '; ' + WEEK, '1,340.33 -> 1,421.84 = +6.08%.', ref='2003-03-21', window='2003-03-14..2003-03-21'),
        C('IXIC', 'day_change_sign', -1, 'sign', 'Despite a decline Wednesday', "day_pct('IXIC','2003-03-19')", S, CMP, 'Wednesday 2003-03-19: -0.25% (-3.48 points).', ref='2003-03-19'),
        C('IXIC', 'ytd_change_pct', 8, 'percent', 'the Nasdaq is up 8 percent for the year', "ytd('IXIC','2003-03-21')", X, PCTX, 'From 1,335.51 (2002-12-31) the Nasdaq was up 6.46%: off 1.54 pp, more than 20% of the true value.', ref='2003-03-21', window='2002-12-31..2003-03-21'),
        C('IXIC', 'points_below_year_high', 40, 'points', 'within 40 points of its high for the year', "r2(max_close('IXIC','2003-01-01','2003-03-21') - close('IXIC','2003-03-21'))", S, WITHIN,
          'Highest 2003 close 1,460.99 (2003-01-14); 1,460.99 - 1,421.84 = 39.15 points (39.66 from the Sun\'s own 1,421.33, which the passage leaves out). The intraday 2003 high would give a larger gap.', q='within', ref='2003-03-21'),
    ])

# ---------------------------------------------------------------- 2
add('honoluluadvertiser_20041001_stocks_up_sharply', 'the.honoluluadvertiser.com',
    'http://the.honoluluadvertiser.com/article/2004/Oct/01/br/br06p.html', 'Associated Press (The Honolulu Advertiser)', '2004-10-01', 'exact',
    'Posted at 11:20 a.m. HST (5:20 p.m. EDT), Friday, October 1, 2004, after the close. "For the week" runs from the 2004-09-24 close; Merck\'s fall "yesterday" was 2004-09-30 (left out).',
    "Economic figures send key indexes up sharply. By Michael J. Martinez, Associated Press. Posted at 11:20 a.m., Friday, October 1, 2004. "
    "Oil prices could remain a problem, however, as futures trading closed above $50 a barrel for the first time because of uncertainty over Nigeria. A barrel of light crude settled at $50.12, up 48 cents, on the New York Mercantile Exchange. "
    "According to preliminary calculations, the Dow Jones industrial average rose 112.38, or 1.1 percent, to 10,192.65. "
    "The tech-focused Nasdaq composite index gained 45.36, or 2.4 percent, to 1,942.20, its highest closing level since July 9. "
    "The Standard & Poor's 500 index was up 16.92, or 1.5 percent, at 1,131.50, posting its best finish since June 30. "
    "For the week, the Dow gained 1.5 percent, the Nasdaq was up 3.3 percent and the S&P 500 rose 1.9 percent.",
    [
        C('OIL', 'first_close_above', 50, 'usd', 'closed above $50 a barrel for the first time', None, U, NOFILE, 'Crude oil futures are not in the files.', ref='2004-10-01'),
        C('OIL', 'settle', 50.12, 'usd', '$50.12', None, U, NOFILE, 'Crude oil futures are not in the files.', ref='2004-10-01'),
        C('OIL', 'day_change', 0.48, 'usd', 'up 48 cents', None, U, NOFILE, 'Crude oil futures are not in the files.', ref='2004-10-01'),
        C('DJI', 'day_change_pts', 112.38, 'points', '112.38', "day_pts('DJI','2004-10-01')", S, D2, 'Preliminary figure; matches the file (+112.38).', q='preliminary', ref='2004-10-01'),
        C('DJI', 'day_change_pct', 1.1, 'percent', 'or 1.1 percent', "day_pct('DJI','2004-10-01')", S, D1, '+1.11%.', q='preliminary', ref='2004-10-01'),
        C('DJI', 'close', 10192.65, 'points', '10,192.65', "close('DJI','2004-10-01')", S, D2, '10,192.65.', q='preliminary', ref='2004-10-01'),
        C('IXIC', 'day_change_pts', 45.36, 'points', '45.36', "day_pts('IXIC','2004-10-01')", S, D2, '+45.36.', q='preliminary', ref='2004-10-01'),
        C('IXIC', 'day_change_pct', 2.4, 'percent', 'or 2.4 percent', "day_pct('IXIC','2004-10-01')", S, D1, '+2.39%.', q='preliminary', ref='2004-10-01'),
        C('IXIC', 'close', 1942.20, 'points', '1,942.20', "close('IXIC','2004-10-01')", S, D2, '1,942.20.', q='preliminary', ref='2004-10-01'),
        C('IXIC', 'highest_close_since', '2004-07-09', 'date', 'highest closing level since July 9', "last_close_at_or_above_value('IXIC','2004-10-01')", S, SINCE, 'Last close at or above 1,942.20 before that day: 2004-07-09 (1,946.33).', ref='2004-10-01'),
        C('SPX', 'day_change_pts', 16.92, 'points', '16.92', "day_pts('SPX','2004-10-01')", S, D2, '+16.92.', q='preliminary', ref='2004-10-01'),
        C('SPX', 'day_change_pct', 1.5, 'percent', 'or 1.5 percent', "day_pct('SPX','2004-10-01')", S, D1, '+1.52%.', q='preliminary', ref='2004-10-01'),
        C('SPX', 'close', 1131.50, 'points', '1,131.50', "close('SPX','2004-10-01')", S, D2, '1,131.50.', q='preliminary', ref='2004-10-01'),
        C('SPX', 'highest_close_since', '2004-06-30', 'date', 'best finish since June 30', "last_close_at_or_above_value('SPX','2004-10-01')", S, SINCE, 'Last close at or above 1,131.50 before that day: 2004-06-30 (1,140.84).', ref='2004-10-01'),
        C('DJI', 'week_change_pct', 1.5, 'percent', 'the Dow gained 1.5 percent', "week_return('DJI','2004-10-01')", S, D1 + '; ' + WEEK, '10,047.24 -> 10,192.65 = +1.45%.', ref='2004-10-01', window='2004-09-24..2004-10-01'),
        C('IXIC', 'week_change_pct', 3.3, 'percent', 'the Nasdaq was up 3.3 percent', "week_return('IXIC','2004-10-01')", S, D1 + '; ' + WEEK, '+3.34%.', ref='2004-10-01', window='2004-09-24..2004-10-01'),
        C('SPX', 'week_change_pct', 1.9, 'percent', 'the S&P 500 rose 1.9 percent', "week_return('SPX','2004-10-01')", S, D1 + '; ' + WEEK, '+1.93%.', ref='2004-10-01', window='2004-09-24..2004-10-01'),
    ])

# ---------------------------------------------------------------- 3
add('ljworld_20061004_dow_record_close', 'www2.ljworld.com',
    'http://www2.ljworld.com/news/2006/oct/04/stock_index_surges_new_closing_high_oil_prices_plu/?print', 'Associated Press (Lawrence Journal-World)', '2006-10-04', 'exact',
    'URL dated 2006/oct/04 (the printed edition); "Tuesday" is 2006-10-03.',
    "Stock index surges to new closing high; oil prices plummet. The Dow Jones industrial average finally reached new heights Tuesday, extending Wall Street's seven-year recovery "
    "with a record closing level after climbing into uncharted territory in trading earlier in the day. The index of 30 blue chip stocks ended the session at 11,727.34, "
    "wiping out the previous record of 11,722.98. Earlier, the Dow crossed its old trading high of 11,750.28, rising to 11,758.95. Both previous records were set Jan. 14, 2000. "
    "Tuesday's advance came on the second straight day that oil prices fell sharply, helping to calm fears about inflation and possible interest rate increases. "
    "The Dow has recovered ahead of the broader Standard & Poor's 500 and the Nasdaq composite index, which also peaked in early 2000, inflated by the dot-com bubble. "
    "The S&P 500's high close was 1,527.46, and the index remains more than 12 percent away from that milestone. "
    "The Nasdaq is even further off its highs and no one expects it to eclipse its record of 5,048.62 anytime soon.",
    [
        C('DJI', 'years_since_record', 7, 'years', "seven-year recovery", "years_between('2000-01-14','2006-10-03')", S, INT, 'From the 2000-01-14 record close to 2006-10-03: 6.7 years.', ref='2006-10-03'),
        C('DJI', 'record_close', True, 'flag', 'record closing level', "is_record_close('DJI','2006-10-03')", S, REC, '11,727.34 tops the 2000-01-14 close of 11,722.98.', ref='2006-10-03'),
        C('DJI', 'intraday_record', True, 'flag', 'uncharted territory in trading', "[high('DJI','2006-10-03'), r2(ser('DJI','high').loc[:'2006-10-02'].max())]", S, 'intraday record: above every earlier high in the file', 'Session high 11,758.95 against the earlier top high of 11,750.28.', ref='2006-10-03', basis='intraday high'),
        C('DJI', 'close', 11727.34, 'points', '11,727.34', "close('DJI','2006-10-03')", S, D2, '11,727.34.', ref='2006-10-03'),
        C('DJI', 'previous_record_close', 11722.98, 'points', 'previous record of 11,722.98', "record_close_upto('DJI','2006-10-02')", S, D2, 'Highest close before 2006-10-03: 11,722.98 on 2000-01-14.', ref='2000-01-14'),
        C('DJI', 'previous_intraday_high', 11750.28, 'points', 'old trading high of 11,750.28', "r2(ser('DJI','high').loc[:'2006-10-02'].max())", S, D2, 'Highest high before 2006-10-03: 11,750.28.', ref='2000-01-14', basis='intraday high'),
        C('DJI', 'session_high', 11758.95, 'points', 'rising to 11,758.95', "high('DJI','2006-10-03')", S, D2, 'Session high 11,758.95.', ref='2006-10-03', basis='intraday high'),
        C('DJI', 'previous_records_date', '2000-01-14', 'date', 'Both previous records were set Jan. 14, 2000', "[record_close_upto('DJI','2006-10-02')[0], ds(ser('DJI','high').loc[:'2006-10-02'].idxmax())]", S, DATE, 'Record close and record high both on 2000-01-14.', ref='2000-01-14'),
        C('OIL', 'down_streak', 2, 'days', 'second straight day that oil prices fell sharply', None, U, NOFILE, 'Crude oil prices are not in the files.', ref='2006-10-03'),
        C('SPX', 'record_date', '2000', 'year', 'which also peaked in early 2000', "[record_close_upto('SPX','2006-10-03')[0], record_close_upto('IXIC','2006-10-03')[0]]", S, DATE, 'S&P 500 record close 2000-03-24; Nasdaq 2000-03-10.', ref='2000-03-24'),
        C('SPX', 'record_close', 1527.46, 'points', "high close was 1,527.46", "record_close_upto('SPX','2006-10-03')", S, D2, '1,527.46 on 2000-03-24.', ref='2000-03-24'),
        C('SPX', 'pct_from_ath', 12, 'percent', 'more than 12 percent away', "pct_below_record('SPX','2006-10-03')", S, MORE, 'Close 1,334.11: 12.66% below 1,527.46 (a 14.49% gain would be needed).', q='more than', ref='2006-10-03'),
        C('IXIC', 'further_from_ath', True, 'flag', 'even further off its highs', "[pct_below_record('IXIC','2006-10-03'), pct_below_record('SPX','2006-10-03')]", S, CMP, 'Nasdaq 2,243.65: 55.56% below its record, against 12.66% for the S&P 500.', ref='2006-10-03'),
        C('IXIC', 'record_close', 5048.62, 'points', 'record of 5,048.62', "record_close_upto('IXIC','2006-10-03')", S, D2, '5,048.62 on 2000-03-10.', ref='2000-03-10'),
        C('QUOTE', 'expectation', 'no new Nasdaq record soon', 'text', 'no one expects it', None, N, QUOTE, 'Market sentiment, not a fact about the data.'),
    ])

# ---------------------------------------------------------------- 4
add('cnbc_20070227_worst_selloff_four_years', 'cnbc.com',
    'http://www.cnbc.com/id/17351516', 'CNBC.com', '2007-02-27', 'high',
    'Undated page; the story is the closing report of Tuesday 2007-02-27 (Dow -416, Shanghai selloff), so published that evening. The headline ("Worst Selloff in Four Years") is left out; the first sentence repeats it.',
    "Wall Street took its worst beating in four years, as a selloff in the Chinese stock market triggered a global stock selling spree "
    "and raised fears of a slowdown in the world economy. \"Asia sneezed and we all picked up a global chill,\" Frederic Dickson of D.A. Davidson told CNBC.com. "
    "The Dow's 416-point drop was its worst point decline since Sept. 17, 2001, the first trading day after the Sep. 11 disaster. On that day, the Dow dropped 684 points. "
    "Tuesday's 3.29% drop was the worst percent decline since March 24, 2003. The S&P 500 lost 3.5%, its worst loss since the day. "
    "The Nasdaq fell 3.86%, its biggest one day percent decline since Dec. 9, 2002 when it fell 3.89%. "
    "\"I would deem it a modified correction at 5% and an outright correction at 8%. At this point, I think we're on our way to a modified correction,\" said David Sowerby of Loomis Sayles. "
    "After trading at sharply lower levels all day, the Dow in midafternoon took a surprise more than 150 point tumble, in just one minute. Its steepest loss was a stunning 545 point decline. "
    "Dow Jones said the decline was real but that it experienced a delay calculating the average due to heavy trading volume.",
    [
        C('SPX', 'worst_day_since_years', 4, 'years', 'worst beating in four years', "[last_drop_as_big('SPX','2007-02-27'), years_between('2003-03-24','2007-02-27')]", S, SINCE,
          'S&P 500 -3.47%: the last drop as large was 2003-03-24 (-3.52%), 3.9 years earlier. The Dow gives the same date.', ref='2007-02-27'),
        C('DJI', 'day_change_pts', -416, 'points', "416-point drop", "day_pts('DJI','2007-02-27')", S, INT, '-416.02.', ref='2007-02-27'),
        C('DJI', 'worst_pts_drop_since', '2001-09-17', 'date', 'worst point decline since Sept. 17, 2001', "last_pts_drop_as_big('DJI','2007-02-27')", S, SINCE, 'Last point drop at least as large: 2001-09-17 (-684.81).', ref='2007-02-27'),
        C('DJI', 'first_session_after_911', '2001-09-17', 'date', 'the first trading day after the Sep. 11 disaster', "[is_session('DJI','2001-09-10'), [is_session('DJI',x) for x in ['2001-09-11','2001-09-12','2001-09-13','2001-09-14']], is_session('DJI','2001-09-17')]", S, HOL, 'No sessions 2001-09-11..09-14; trading resumed Monday 2001-09-17.', ref='2001-09-17'),
        C('DJI', 'day_change_pts', -684, 'points', 'dropped 684 points', "day_pts('DJI','2001-09-17')", I, TRUNC, '-684.81 written as 684 (truncated; rounds to 685).', ref='2001-09-17'),
        C('DJI', 'day_change_pct', -3.29, 'percent', "3.29% drop", "day_pct('DJI','2007-02-27')", S, D2, '-3.29%.', ref='2007-02-27'),
        C('DJI', 'worst_pct_drop_since', '2003-03-24', 'date', 'worst percent decline since March 24, 2003', "last_drop_as_big('DJI','2007-02-27')", S, SINCE, 'Last percent drop at least as large: 2003-03-24 (-3.61%).', ref='2007-02-27'),
        C('SPX', 'day_change_pct', -3.5, 'percent', 'The S&P 500 lost 3.5%', "day_pct('SPX','2007-02-27')", S, D1, '-3.47%.', ref='2007-02-27'),
        C('SPX', 'worst_pct_drop_since', '2003-03-24', 'date', 'its worst loss since the day', "last_drop_as_big('SPX','2007-02-27')", S, SINCE,
          'Garbled phrase; read as "since the day" named in the previous sentence (March 24, 2003): the S&P 500\'s last drop at least as large was indeed 2003-03-24 (-3.52%). Taken literally it names no date and would be not checkable.', ref='2007-02-27'),
        C('IXIC', 'day_change_pct', -3.86, 'percent', 'The Nasdaq fell 3.86%', "day_pct('IXIC','2007-02-27')", S, D2, '-3.86%.', ref='2007-02-27'),
        C('IXIC', 'worst_pct_drop_since', '2002-12-09', 'date', 'since Dec. 9, 2002', "last_drop_as_big('IXIC','2007-02-27')", S, SINCE, 'Last percent drop at least as large: 2002-12-09.', ref='2007-02-27'),
        C('IXIC', 'day_change_pct', -3.89, 'percent', 'when it fell 3.89%', "day_pct('IXIC','2002-12-09')", S, D2, '2002-12-09: -3.89%.', ref='2002-12-09'),
        C('QUOTE', 'correction_thresholds', [5, 8], 'percent', 'modified correction at 5%', None, N, QUOTE, 'An analyst\'s own definitions and outlook, in a quote.'),
        C('DJI', 'one_minute_drop_pts', 150, 'points', 'more than 150 point tumble, in just one minute', None, U, 'intraday path not in the files: unverifiable', 'The files hold daily open/high/low/close only; a one-minute move cannot be checked.', q='more than', ref='2007-02-27', basis='intraday'),
        C('DJI', 'session_low_pts', -545, 'points', '545 point decline', "session_range_pts('DJI','2007-02-27')", I, 'session extreme off by more than one unit but within 20%: imprecise',
          'Session low 12,086.06 against the previous close 12,632.26: -546.20 points (the IHT had "more than 546"). Off by 1.2 points; the delayed Dow calculation may explain the gap.', ref='2007-02-27', basis='intraday low'),
    ])

# ---------------------------------------------------------------- 5
add('reuters_20080929_bailout_rejected_record_drop', 'wellingtonhive.blogspot.com',
    'http://wellingtonhive.blogspot.com/2008/09/biggest-onedaily-point-drop-in-wall.html', 'Reuters (quoted on a Wellington blog)', '2008-09-30', 'medium',
    'Blog post filed under 2008/09 that quotes the Reuters close of Monday 2008-09-29 and says the Dow plunged "overnight": posted on the New Zealand morning of 2008-09-30.',
    "A Wellington blogger quotes Reuters: The Dow industrials plunged overnight in the blue-chip average's biggest one-day point drop ever after US lawmakers unexpectedly rejected a $700 billion financial bailout, "
    "spooking investors who saw it as essential to halting a global market meltdown. The Dow lost about 778 points and posted its biggest daily percentage decline since the October 1987 stock market crash, "
    "while the benchmark S&P 500 also had its worst day in 21 years after the House sent the bailout plan to defeat by a vote of 228 to 205. "
    "The tech-heavy Nasdaq had its worst day since April 2000 when the Internet bubble collapsed. "
    "The Chicago Board Options Exchange Volatility Index, Wall Street's main barometer of investor fear, jumped 39 percent to 48.40, a nearly six-year high, and was at 46.72 at the close. "
    "The Dow Jones industrial average sank 777.68 points, or 6.98 percent, to 10,365.45. The Standard & Poor's 500 Index was down 106.59 points, or 8.79 percent, at 1,106.42. "
    "The Nasdaq Composite Index was down 199.61 points, or 9.14 percent, at 1,983.73.",
    [
        C('DJI', 'record_pts_drop', True, 'flag', "biggest one-day point drop ever", "rank_pts_drop('DJI','2008-09-29')", S, RANK, 'Rank 1 among point drops in the file (1992-); earlier Dow drops were far smaller in points.', ref='2008-09-29'),
        C('GENERIC', 'bailout_size', 700, 'usd bn', '$700 billion financial bailout', None, U, 'not a market figure: unverifiable', 'Size of the proposed rescue plan; nothing in the files.', ref='2008-09-29'),
        C('DJI', 'day_change_pts', -778, 'points', 'lost about 778 points', "day_pts('DJI','2008-09-29')", S, 'about: within one unit of the last digit', '-777.68.', q='about', ref='2008-09-29'),
        C('DJI', 'worst_pct_drop_since', '1987-10', 'month', 'biggest daily percentage decline since the October 1987', "last_drop_as_big('DJI','2008-09-29')", X, SINCEX,
          'Dow -6.98%: larger percentage drops inside the file came on 2001-09-17 (-7.13%) and 1997-10-27 (-7.18%), so it was the biggest since September 2001, not since 1987.', ref='2008-09-29'),
        C('SPX', 'worst_day_years', 21, 'years', 'worst day in 21 years', "[last_drop_as_big('SPX','2008-09-29'), years_between('1987-10-19','2008-09-29')]", S, SINCE, 'S&P 500 -8.81%: the last drop as large was 1987-10-19 (-20.47%), 20.9 years earlier.', ref='2008-09-29'),
        C('GENERIC', 'house_vote', [228, 205], 'votes', '228 to 205', None, U, 'not a market figure: unverifiable', 'A House vote count; nothing in the files.', ref='2008-09-29'),
        C('IXIC', 'worst_pct_drop_since', '2000-04', 'month', 'worst day since April 2000', "last_drop_as_big('IXIC','2008-09-29')", S, SINCE, 'Nasdaq -9.14%: the last drop as large was 2000-04-14 (-9.67%).', ref='2008-09-29'),
        C('VIX', 'intraday_change_pct', 39, 'percent', 'jumped 39 percent', "r2(100*(high('VIX','2008-09-29')/prev_close('VIX','2008-09-29')-1))", S, 'session extreme: within one unit', 'Session high 48.40 against the 34.74 previous close: +39.32% (the close was +34.48%).', ref='2008-09-29', basis='intraday high'),
        C('VIX', 'session_high', 48.40, 'points', 'to 48.40', "high('VIX','2008-09-29')", S, D2, 'Session high 48.40.', ref='2008-09-29', basis='intraday high'),
        C('VIX', 'highest_since_years', 6, 'years', 'a nearly six-year high', "[last_high_at_or_above_value('VIX','2008-09-29'), years_between('2002-07-24','2008-09-29')]", S, NEARLY,
          'Last session high at or above 48.40: 2002-07-24, 6.2 years earlier ("nearly six" allows 5 to 6.5). On closes, 46.72 was the highest close in the file.', q='nearly', ref='2008-09-29', basis='intraday high'),
        C('VIX', 'close', 46.72, 'points', '46.72 at the close', "close('VIX','2008-09-29')", S, D2, '46.72.', ref='2008-09-29'),
        C('DJI', 'day_change_pts', -777.68, 'points', '777.68 points', "day_pts('DJI','2008-09-29')", S, D2, '-777.68.', ref='2008-09-29'),
        C('DJI', 'day_change_pct', -6.98, 'percent', '6.98 percent', "day_pct('DJI','2008-09-29')", S, D2, '-6.98%.', ref='2008-09-29'),
        C('DJI', 'close', 10365.45, 'points', '10,365.45', "close('DJI','2008-09-29')", S, D2, '10,365.45.', ref='2008-09-29'),
        C('SPX', 'day_change_pts', -106.59, 'points', '106.59 points', "day_pts('SPX','2008-09-29')", I, PTS20, 'File: -106.85 (1,213.27 -> 1,106.42); off 0.26.', ref='2008-09-29'),
        C('SPX', 'day_change_pct', -8.79, 'percent', '8.79 percent', "day_pct('SPX','2008-09-29')", S, D2, '-8.81% (8.807), within 0.02 of 8.79.', ref='2008-09-29'),
        C('SPX', 'close', 1106.42, 'points', '1,106.42', "close('SPX','2008-09-29')", S, D2, '1,106.42.', ref='2008-09-29'),
        C('IXIC', 'day_change_pts', -199.61, 'points', '199.61 points', "day_pts('IXIC','2008-09-29')", S, D2, '-199.61.', ref='2008-09-29'),
        C('IXIC', 'day_change_pct', -9.14, 'percent', '9.14 percent', "day_pct('IXIC','2008-09-29')", S, D2, '-9.14%.', ref='2008-09-29'),
        C('IXIC', 'close', 1983.73, 'points', '1,983.73', "close('IXIC','2008-09-29')", S, D2, '1,983.73.', ref='2008-09-29'),
    ])

# ---------------------------------------------------------------- 6
add('radionz_20090311_citigroup_rally', 'radionz.co.nz',
    'https://www.radionz.co.nz/news/business/40854/wall-st-rallies-on-report-of-profit-at-citigroup', 'Radio New Zealand', '2009-03-11', 'exact',
    'Dated 10:00 am, 11 March 2009 (New Zealand time); "Tuesday" is the US session of 2009-03-10.',
    "Wall St rallies on report of profit at Citigroup. Stocks in the United States posted their best day in four months on Tuesday after Citigroup said it was profitable in the first two months of 2009. "
    "Financials rose 15% after Citigroup chief executive Vikram Pandit stated in a memo to staff that he was confident about its capital strength. "
    "The Dow Jones industrial average gained 379.44 points, or 5.8%, to 6,926.49. Standard & Poor's 500 Index climbed 43.07 points, or 6.37%, to 719.60. "
    "The Nasdaq Composite Index jumped 89.64 points, or 7.07%, to 1,358.28. "
    "The last time the S&P rose this much was after the federal government decided to rescue Citigroup for the first time in late November, when it agreed to invest $US20 billion of new capital into the bank to avert a collapse. ",
    [
        C('SPX', 'best_day_since_months', 4, 'months', 'best day in four months', "[last_gain_as_big('SPX','2009-03-10'), months_between('2008-11-24','2009-03-10')]", S, SINCE,
          'S&P 500 +6.37%: the last gain at least as large was 2008-11-24 (+6.47%), 3.5 months earlier. Dow: 2008-11-21; Nasdaq: 2008-10-28.', ref='2009-03-10'),
        C('SPX_FINANCIALS', 'day_change_pct', 15, 'percent', 'Financials rose 15%', None, U, NOFILE, 'S&P 500 financials index not in the files (XLF has only adjusted closes before 2026-03; never decides a verdict).', ref='2009-03-10'),
        C('DJI', 'day_change_pts', 379.44, 'points', '379.44 points', "day_pts('DJI','2009-03-10')", S, D2, '+379.44.', ref='2009-03-10'),
        C('DJI', 'day_change_pct', 5.8, 'percent', 'or 5.8%', "day_pct('DJI','2009-03-10')", S, D1, '+5.80%.', ref='2009-03-10'),
        C('DJI', 'close', 6926.49, 'points', '6,926.49', "close('DJI','2009-03-10')", S, D2, '6,926.49.', ref='2009-03-10'),
        C('SPX', 'day_change_pts', 43.07, 'points', '43.07 points', "day_pts('SPX','2009-03-10')", S, D2, '+43.07.', ref='2009-03-10'),
        C('SPX', 'day_change_pct', 6.37, 'percent', '6.37%', "day_pct('SPX','2009-03-10')", S, D2, '+6.37%.', ref='2009-03-10'),
        C('SPX', 'close', 719.60, 'points', '719.60', "close('SPX','2009-03-10')", S, D2, '719.60.', ref='2009-03-10'),
        C('IXIC', 'day_change_pts', 89.64, 'points', '89.64 points', "day_pts('IXIC','2009-03-10')", S, D2, '+89.64.', ref='2009-03-10'),
        C('IXIC', 'day_change_pct', 7.07, 'percent', '7.07%', "day_pct('IXIC','2009-03-10')", S, D2, '+7.07%.', ref='2009-03-10'),
        C('IXIC', 'close', 1358.28, 'points', '1,358.28', "close('IXIC','2009-03-10')", S, D2, '1,358.28.', ref='2009-03-10'),
        C('SPX', 'biggest_gain_since', '2008-11', 'month', 'The last time the S&P rose this much', "last_gain_as_big('SPX','2009-03-10')", S, SINCE, '2008-11-24, +6.47%, the Monday after the first Citigroup rescue was announced.', ref='2009-03-10'),
        C('GENERIC', 'rescue_capital', 20, 'usd bn', '$US20 billion', None, U, 'not a market figure: unverifiable', 'Size of the government\'s Citigroup investment; nothing in the files.', ref='2008-11-23'),
    ])

# ---------------------------------------------------------------- 7
add('cnbc_20110808_downgrade_worst_day_since_2008', 'cnbc.com',
    'http://www.cnbc.com/id/44058141/', 'CNBC.com', '2011-08-08', 'high',
    'Undated page; the closing report of Monday 2011-08-08, the first session after S&P\'s downgrade of the US (announced Friday 2011-08-05 after the close).',
    "Dow Skids 600, Worst Day Since Credit Crisis. Stocks took a sharp nosedive in another choppy day Monday to finish at session lows as investors fled from risky assets following S&P's downgrade of U.S.'s credit rating last week in addition to ongoing economic jitters. "
    "The Dow Jones Industrial Average plunged 634.76 points, or 5.55 percent, to finish at 10,809.85, well below the psychologically-significant 11,000 mark. "
    "The move marks the blue-chip index's biggest point and percent drop since Dec. 1, 2008. BofA and Alcoa were the top laggards on the index. "
    "The S&P 500 plummeted 79.92 points, or 6.66 percent, to close at 1,119.46, its lowest close since Sept. 10, 2010. "
    "Nasdaq sank 174.72 points, or 6.90 percent, to end at 2,357.69, its lowest close since October 4, 2010. "
    "August is already on track to be the worst month for the S&P and Nasdaq since Oct. 2008. "
    "The CBOE Volatility Index, widely considered the best gauge of fear in the market, spiked above 40 to touch its highest level since Mar. 2009. "
    "All 10 S&P sectors ended lower, led by banks, energy and materials. Financials have plunged more than 20 percent this year.",
    [
        C('DJI', 'day_change_pts', -600, 'points', 'Dow Skids 600', "day_pts('DJI','2011-08-08')", I, PTS20, 'Headline round figure: -634.76 points (600 is 5.5% short).', ref='2011-08-08'),
        C('DJI', 'worst_day_since', '2008-12', 'month', 'Worst Day Since Credit Crisis', "last_drop_as_big('DJI','2011-08-08')", S, SINCE, 'Last Dow drop at least as large (points and percent): 2008-12-01, in the credit crisis.', ref='2011-08-08'),
        C('DJI', 'close_at_session_low', True, 'flag', 'finish at session lows', "[close('DJI','2011-08-08'), low('DJI','2011-08-08')]", S, CMP, 'Dow close 10,809.85 equals the session low. S&P 500 1,119.46 vs low 1,119.28; Nasdaq close = low.', ref='2011-08-08', basis='close vs intraday low'),
        C('DJI', 'day_change_pts', -634.76, 'points', '634.76 points', "day_pts('DJI','2011-08-08')", S, D2, '-634.76.', ref='2011-08-08'),
        C('DJI', 'day_change_pct', -5.55, 'percent', '5.55 percent', "day_pct('DJI','2011-08-08')", S, D2, '-5.55%.', ref='2011-08-08'),
        C('DJI', 'close', 10809.85, 'points', '10,809.85', "close('DJI','2011-08-08')", S, D2, '10,809.85.', ref='2011-08-08'),
        C('DJI', 'below_level', 11000, 'points', 'well below the psychologically-significant 11,000 mark', "close('DJI','2011-08-08')", S, CMP, '10,809.85, 1.7% below 11,000.', ref='2011-08-08'),
        C('DJI', 'worst_drop_since', '2008-12-01', 'date', 'biggest point and percent drop since Dec. 1, 2008', "[last_pts_drop_as_big('DJI','2011-08-08'), last_drop_as_big('DJI','2011-08-08')]", S, SINCE, 'Both the point drop and the percent drop were last matched on 2008-12-01 (-679.95, -7.70%).', ref='2011-08-08'),
        C('SPX', 'day_change_pts', -79.92, 'points', '79.92 points', "day_pts('SPX','2011-08-08')", S, D2, '-79.92.', ref='2011-08-08'),
        C('SPX', 'day_change_pct', -6.66, 'percent', '6.66 percent', "day_pct('SPX','2011-08-08')", S, D2, '-6.66%.', ref='2011-08-08'),
        C('SPX', 'close', 1119.46, 'points', '1,119.46', "close('SPX','2011-08-08')", S, D2, '1,119.46.', ref='2011-08-08'),
        C('SPX', 'lowest_close_since', '2010-09-10', 'date', 'lowest close since Sept. 10, 2010', "last_close_at_or_below_value('SPX','2011-08-08')", S, SINCE, 'Last close at or below 1,119.46: 2010-09-10.', ref='2011-08-08'),
        C('IXIC', 'day_change_pts', -174.72, 'points', '174.72 points', "day_pts('IXIC','2011-08-08')", S, D2, '-174.72.', ref='2011-08-08'),
        C('IXIC', 'day_change_pct', -6.90, 'percent', '6.90 percent', "day_pct('IXIC','2011-08-08')", S, D2, '-6.90%.', ref='2011-08-08'),
        C('IXIC', 'close', 2357.69, 'points', '2,357.69', "close('IXIC','2011-08-08')", S, D2, '2,357.69.', ref='2011-08-08'),
        C('IXIC', 'lowest_close_since', '2010-10-04', 'date', 'lowest close since October 4, 2010', "last_close_at_or_below_value('IXIC','2011-08-08')", S, SINCE, 'Last close at or below 2,357.69: 2010-10-04.', ref='2011-08-08'),
        C('SPX', 'on_track_worst_month', '2008-10', 'month', 'on track to be the worst month', None, N, ONPACE, 'Month-to-date on 2011-08-08: S&P 500 -13.37%, Nasdaq -14.46%; "on track" is not judged (August 2011 ended -5.68% and -6.42%).', ref='2011-08-31'),
        C('VIX', 'highest_since', '2009-03', 'month', 'spiked above 40 to touch its highest level since Mar. 2009', "[close('VIX','2011-08-08'), last_close_at_or_above_value('VIX','2011-08-08'), last_high_at_or_above_value('VIX','2011-08-08')]", S, SINCE,
          'The VIX closed at its session high, 48.00: the last close at least as high was 2009-03-09 (49.68), so on closes the claim holds. On intraday highs the last high at least as high was 2010-05-21 (48.20), which would make "since Mar. 2009" too early.', ref='2011-08-08'),
        C('SPX_SECTORS', 'all_sectors_down', 10, 'sectors', 'All 10 S&P sectors ended lower', None, U, NOFILE, 'S&P 500 sector indexes are not in the files (sector SPDRs never decide a verdict).', ref='2011-08-08'),
        C('SPX_FINANCIALS', 'ytd_change_pct', -20, 'percent', 'plunged more than 20 percent this year', None, U, NOFILE, 'S&P 500 financials index not in the files. Proxy only: XLF adjusted close is down 23.3% for 2011 through 2011-08-08.', q='more than', ref='2011-08-08'),
    ])

# ---------------------------------------------------------------- 8
add('reuters_20141014_worst_three_days_since_2011', 'business-standard.com',
    'https://business-standard.com/article/reuters/wall-street-drops-in-late-selloff-worst-3-days-for-s-p-500-since-2011-114101400051_1.html', 'Reuters (Business Standard)', '2014-10-14', 'exact',
    'The Business Standard URL carries 141014 (2014-10-14, India time); the Reuters story is the close of Monday 2014-10-13. "The day\'s drop followed" the week ending 2014-10-10.',
    "Wall Street drops in late selloff. The S&P 500 dropped more than 1% and posted its worst three-day slide since November 2011 on Monday following worries that global economic weakness will dampen US earnings, along with concern about the spread of Ebola. "
    "After trading nearly even for much of the session, stocks fell sharply late in the day and the S&P 500 closed below its 200-day moving average for the first time since Nov 16, 2012. "
    "The CBOE Volatility index ended at 24.64, its highest close since June 2012. "
    "The day's worst-performing sector was S&P energy, which lost 2.9%. It is down 7.6% for the last three sessions, its worst three-day slide since September 2011. "
    "Airline and other travel-related stocks fell after a Dallas nurse contracted Ebola. "
    "The Dow Jones transportation average dropped 2.2% and is now down 11.1% from its record close on Sept. 18, which puts it in correction territory. "
    "Five of the 10 S&P 500 sector indexes - industrials, energy, telecommunications, consumer discretionary and materials - ended in negative territory for the year. "
    "The day's drop followed the S&P and Nasdaq's worst weekly percentage declines since May 2012.",
    [
        C('SPX', 'day_change_pct', -1, 'percent', 'dropped more than 1%', "day_pct('SPX','2014-10-13')", S, MORE, '-1.65% (1,906.13 -> 1,874.74).', q='more than', ref='2014-10-13'),
        C('SPX', 'worst_3day_since', '2011-11', 'month', 'worst three-day slide since November 2011', "[n_day_pct('SPX','2014-10-13',3), last_n_day_drop_as_big('SPX','2014-10-13',3)]", S, SINCE, 'Three sessions to 2014-10-13: -4.78%; the last three-session fall at least as large ended 2011-11-01.', ref='2014-10-13', window='2014-10-08..2014-10-13'),
        C('SPX', 'below_200dma_first_since', '2012-11-16', 'date', 'first time since Nov 16, 2012', "last_close_below_sma('SPX','2014-10-13',200)", S, SINCE, 'Close 1,874.74 below its 200-session average; the previous close below the average was 2012-11-16.', ref='2014-10-13'),
        C('VIX', 'close', 24.64, 'points', 'ended at 24.64', "close('VIX','2014-10-13')", S, D2, '24.64.', ref='2014-10-13'),
        C('VIX', 'highest_close_since', '2012-06', 'month', 'highest close since June 2012', "last_close_at_or_above_value('VIX','2014-10-13')", S, SINCE, 'Last close at or above 24.64: 2012-06-05.', ref='2014-10-13'),
        C('SPX_ENERGY', 'day_change_pct', -2.9, 'percent', 'which lost 2.9%', None, U, NOFILE, 'S&P 500 energy index not in the files (XLE is a proxy only).', ref='2014-10-13'),
        C('SPX_ENERGY', 'three_day_change_pct', -7.6, 'percent', 'down 7.6% for the last three sessions', None, U, NOFILE, 'S&P 500 energy index not in the files.', ref='2014-10-13'),
        C('SPX_ENERGY', 'worst_3day_since', '2011-09', 'month', 'worst three-day slide since September 2011', None, U, NOFILE, 'S&P 500 energy index not in the files.', ref='2014-10-13'),
        C('DJT', 'day_change_pct', -2.2, 'percent', 'dropped 2.2%', None, U, NOFILE, 'Dow Jones transportation average not in the files.', ref='2014-10-13'),
        C('DJT', 'pct_from_ath', 11.1, 'percent', 'down 11.1% from its record close on Sept. 18', None, U, NOFILE, 'Dow Jones transportation average not in the files.', ref='2014-10-13'),
        C('SPX_SECTORS', 'sectors_negative_ytd', 5, 'sectors', 'Five of the 10 S&P 500 sector indexes', None, U, NOFILE, 'Sector indexes not in the files.', ref='2014-10-13'),
        C('SPX', 'worst_week_since', '2012-05', 'month', "The day's drop followed the S&P", "[week_return('SPX','2014-10-10'), week_return_rank_since('SPX','2014-10-10')]", S, SINCE + '; ' + WEEK, 'Week to 2014-10-10: S&P 500 -3.14%; last week as bad ended 2012-05-18.', ref='2014-10-10'),
        C('IXIC', 'worst_week_since', '2012-05', 'month', "Nasdaq's worst weekly percentage declines", "[week_return('IXIC','2014-10-10'), week_return_rank_since('IXIC','2014-10-10')]", S, SINCE + '; ' + WEEK, 'Week to 2014-10-10: Nasdaq -4.45%; last week as bad ended 2012-05-18.', ref='2014-10-10'),
    ])

# ---------------------------------------------------------------- 9
add('xinhua_20150902_stocks_plunge_start_september', 'en.chinagate.cn',
    'http://en.chinagate.cn/2015-09/02/content_36475945.htm', 'Xinhua', '2015-09-02', 'exact',
    'Dated Xinhua, September 2, 2015 (Beijing time); "Tuesday" is the US session of 2015-09-01, the first of September.',
    "1st LD Writethru: U.S. stocks plunge to start September. Xinhua, September 2, 2015. U.S. stocks suffered big losses Tuesday, with all three major indices tumbling over 2.8 percent, "
    "as a renewed broad-based sell-off around the world rattled nervous investors. The Dow Jones Industrial Average shed 469.68 points, or 2.84 percent, to 16,058.35. "
    "The S&P 500 sank 58.33 points, or 2.96 percent, to 1,913.85. The Nasdaq Composite Index dropped 140.40 points, or 2.94 percent, to 4,636.10. "
    "Tokyo equities dived with its benchmark Nikkei stocks index plunging 3.84 percent Tuesday amid weak performances in other stock markets. "
    "Chinese shares slumped for a second day Tuesday on weak economic data, with the benchmark Shanghai Composite Index dipping 1.23 percent to end at 3,166.62 points. "
    "European stocks also ended sharply lower Tuesday, with British benchmark FTSE 100 Index dropping 3.03 percent.",
    [
        C('SPX', 'all_indices_down_over', 2.8, 'percent', 'all three major indices tumbling over 2.8 percent', "[day_pct('DJI','2015-09-01'), day_pct('SPX','2015-09-01'), day_pct('IXIC','2015-09-01')]", S, MORE, 'Dow -2.84%, S&P 500 -2.96%, Nasdaq -2.94%: all beyond 2.8%.', q='over', ref='2015-09-01'),
        C('DJI', 'day_change_pts', -469.68, 'points', '469.68 points', "day_pts('DJI','2015-09-01')", S, D2, '-469.68.', ref='2015-09-01'),
        C('DJI', 'day_change_pct', -2.84, 'percent', 'or 2.84 percent', "day_pct('DJI','2015-09-01')", S, D2, '-2.84%.', ref='2015-09-01'),
        C('DJI', 'close', 16058.35, 'points', '16,058.35', "close('DJI','2015-09-01')", S, D2, '16,058.35.', ref='2015-09-01'),
        C('SPX', 'day_change_pts', -58.33, 'points', '58.33 points', "day_pts('SPX','2015-09-01')", S, D2, '-58.33.', ref='2015-09-01'),
        C('SPX', 'day_change_pct', -2.96, 'percent', '2.96 percent', "day_pct('SPX','2015-09-01')", S, D2, '-2.96%.', ref='2015-09-01'),
        C('SPX', 'close', 1913.85, 'points', '1,913.85', "close('SPX','2015-09-01')", S, D2, '1,913.85.', ref='2015-09-01'),
        C('IXIC', 'day_change_pts', -140.40, 'points', '140.40 points', "day_pts('IXIC','2015-09-01')", S, D2, '-140.41 in the file (within 0.01).', ref='2015-09-01'),
        C('IXIC', 'day_change_pct', -2.94, 'percent', '2.94 percent', "day_pct('IXIC','2015-09-01')", S, D2, '-2.94%.', ref='2015-09-01'),
        C('IXIC', 'close', 4636.10, 'points', '4,636.10', "close('IXIC','2015-09-01')", S, D2, '4,636.10.', ref='2015-09-01'),
        C('NIKKEI', 'day_change_pct', -3.84, 'percent', 'plunging 3.84 percent', None, U, NOFILE, 'Nikkei 225 not in the files.', ref='2015-09-01'),
        C('SHANGHAI', 'down_streak', 2, 'days', 'slumped for a second day', None, U, NOFILE, 'Shanghai Composite not in the files.', ref='2015-09-01'),
        C('SHANGHAI', 'day_change_pct', -1.23, 'percent', 'dipping 1.23 percent', None, U, NOFILE, 'Shanghai Composite not in the files.', ref='2015-09-01'),
        C('SHANGHAI', 'close', 3166.62, 'points', '3,166.62', None, U, NOFILE, 'Shanghai Composite not in the files.', ref='2015-09-01'),
        C('FTSE', 'day_change_pct', -3.03, 'percent', 'dropping 3.03 percent', None, U, NOFILE, 'FTSE 100 not in the files.', ref='2015-09-01'),
    ])

# ---------------------------------------------------------------- 10
add('newschannel5_20160624_brexit_stocks_plunge', 'newschannel5.com',
    'https://www.newschannel5.com/news/britain-leaves-european-union-us-stocks-plunge', 'Associated Press (NewsChannel 5 Nashville)', '2016-06-24', 'exact',
    'Posted at 5:36 PM, Jun 24, 2016; "Friday" is 2016-06-24, the session after the Brexit vote; "a day earlier" is 2016-06-23.',
    "Britain Leaves European Union; U.S. Stocks Plunge. Global stocks and the pound plunged after Britons voted to leave the European Union. "
    "The Dow Jones industrial average dropped 611 points, or 3.4 percent, to 17,399 in heavy trading Friday. "
    "The Standard & Poor's 500 index fell 75 points, or 3.6 percent, to 2,037. The Nasdaq composite sank 202 points, or 4.1 percent, to 4,707. "
    "It was the biggest drop for the Dow and S&P 500 since August and the worst fall for the Nasdaq since 2011. "
    "Some European markets fell even more. France's benchmark index lost 8 percent and Germany's fell 7 percent. Britain's fell 3 percent. "
    "Bond prices rose sharply as investors sought safety. The yield on the 10-year Treasury note dropped to 1.57 percent from 1.75 percent a day earlier, a huge move.",
    [
        C('DJI', 'day_change_pts', -611, 'points', 'dropped 611 points', "day_pts('DJI','2016-06-24')", I, PTS20, 'File: -610.32, which rounds to 610 (off 0.68).', ref='2016-06-24'),
        C('DJI', 'day_change_pct', -3.4, 'percent', 'or 3.4 percent', "day_pct('DJI','2016-06-24')", S, D1, '-3.39%.', ref='2016-06-24'),
        C('DJI', 'close', 17399, 'points', 'to 17,399', "close('DJI','2016-06-24')", I, LVL, 'File: 17,400.75 (off 1.75, 0.01%).', ref='2016-06-24'),
        C('SPX', 'day_change_pts', -75, 'points', 'fell 75 points', "day_pts('SPX','2016-06-24')", I, TRUNC, '-75.91 written as 75 (truncated).', ref='2016-06-24'),
        C('SPX', 'day_change_pct', -3.6, 'percent', 'or 3.6 percent', "day_pct('SPX','2016-06-24')", S, D1, '-3.59%.', ref='2016-06-24'),
        C('SPX', 'close', 2037, 'points', 'to 2,037', "close('SPX','2016-06-24')", S, INT, '2,037.41.', ref='2016-06-24'),
        C('IXIC', 'day_change_pts', -202, 'points', 'sank 202 points', "day_pts('IXIC','2016-06-24')", S, INT, '-202.06.', ref='2016-06-24'),
        C('IXIC', 'day_change_pct', -4.1, 'percent', 'or 4.1 percent', "day_pct('IXIC','2016-06-24')", S, D1, '-4.12%.', ref='2016-06-24'),
        C('IXIC', 'close', 4707, 'points', 'to 4,707', "close('IXIC','2016-06-24')", I, TRUNC, '4,707.98 written as 4,707 (truncated; rounds to 4,708).', ref='2016-06-24'),
        C('DJI', 'worst_drop_since', '2015-08', 'month', 'biggest drop for the Dow and S&P 500 since August', "[last_drop_as_big('DJI','2016-06-24'), last_drop_as_big('SPX','2016-06-24')]", S, SINCE, 'Both last fell as much on 2015-08-24 (Dow -3.57%, S&P 500 -3.94%).', ref='2016-06-24'),
        C('IXIC', 'worst_drop_since', '2011', 'year', 'worst fall for the Nasdaq since 2011', "last_drop_as_big('IXIC','2016-06-24')", S, SINCE, 'Last Nasdaq drop at least as large: 2011-08-18 (-5.22%).', ref='2016-06-24'),
        C('CAC40', 'day_change_pct', -8, 'percent', 'lost 8 percent', None, U, NOFILE, 'CAC 40 not in the files.', ref='2016-06-24'),
        C('DAX', 'day_change_pct', -7, 'percent', 'fell 7 percent', None, U, NOFILE, 'DAX not in the files.', ref='2016-06-24'),
        C('FTSE', 'day_change_pct', -3, 'percent', "Britain's fell 3 percent", None, U, NOFILE, 'FTSE 100 not in the files.', ref='2016-06-24'),
        C('US10Y', 'yield', 1.57, 'percent', 'dropped to 1.57 percent', "rate('DGS10','2016-06-24')", S, YLD, 'DGS10 2016-06-24: 1.57.', ref='2016-06-24', basis='end of day'),
        C('US10Y', 'yield_prev_day', 1.75, 'percent', 'from 1.75 percent a day earlier', "rate('DGS10','2016-06-23')", S, YLD, 'DGS10 2016-06-23: 1.74 (within 0.01; end-of-day quotes differ slightly by source).', ref='2016-06-23', basis='end of day'),
    ])

# ---------------------------------------------------------------- 11
add('twincities_20170125_dow_20000', 'twincities.com',
    'https://www.twincities.com/2017/01/25/dow-jones-industrial-average-breaks-through-20000-milestone/', 'Associated Press (Pioneer Press / TwinCities.com)', '2017-01-25', 'exact',
    'URL dated 2017/01/25; "Wednesday" is 2017-01-25 and "for the second day in a row" covers 2017-01-24 and 01-25.',
    "Dow Jones industrial average breaks through 20,000 milestone. The Dow Jones industrial average crossed the 20,000 mark for the first time Wednesday, the latest milestone in a record-setting drive for the stock market. "
    "Strong earnings from Boeing and other big companies helped push the Dow past the threshold early on. U.S. stocks closed solidly higher, lifting the Standard & Poor's 500 index and Nasdaq composite to record highs of their own for the second day in a row. "
    "\"It's a psychological event to get through that big hurdle, that big round number,\" said Jeff Kravetz of U.S. Bank's Private Client Reserve. "
    "The Dow, which tracks 30 major industrial companies, gained 155.80 points, or 0.8 percent, to 20,068.51. The S&P 500 index rose 18.30 points, or 0.8 percent, to 2,298.37. "
    "The Nasdaq added 55.38 points, or 1 percent, to 5,656.34. "
    "Investors have been leery of the stock market for years, unable to stomach the prospect of losing more than 50 percent of their money for a second time if another financial crisis hits. "
    "Last year, investors pulled a net $27.1 billion out of U.S. stock mutual funds and exchange-traded funds.",
    [
        C('DJI', 'first_close_above', 20000, 'points', 'crossed the 20,000 mark for the first time', "[first_close_at_or_above('DJI',20000), ds(ser('DJI','high')[ser('DJI','high')>=20000].index[0]), is_record_close('DJI','2017-01-25')]", S, 'first close/high at or above the level; ' + REC,
          'First close and first session high at or above 20,000 both on 2017-01-25 (close 20,068.51, a record; high 20,082.00).', ref='2017-01-25'),
        C('SPX', 'record_close_streak', 2, 'sessions', 'record highs of their own for the second day in a row', "[is_record_close('SPX','2017-01-23'), is_record_close('SPX','2017-01-24'), is_record_close('SPX','2017-01-25'), is_record_close('IXIC','2017-01-23'), is_record_close('IXIC','2017-01-24'), is_record_close('IXIC','2017-01-25')]", S, REC,
          'S&P 500 and Nasdaq both closed at records on 2017-01-24 and 2017-01-25, and neither on 2017-01-23: exactly two days in a row.', ref='2017-01-25'),
        C('DJI', 'day_change_pts', 155.80, 'points', '155.80 points', "day_pts('DJI','2017-01-25')", S, D2, '+155.80.', ref='2017-01-25'),
        C('DJI', 'day_change_pct', 0.8, 'percent', '155.80 points, or 0.8 percent', "day_pct('DJI','2017-01-25')", S, D1, '+0.78%.', ref='2017-01-25'),
        C('DJI', 'close', 20068.51, 'points', '20,068.51', "close('DJI','2017-01-25')", S, D2, '20,068.51.', ref='2017-01-25'),
        C('SPX', 'day_change_pts', 18.30, 'points', '18.30 points', "day_pts('SPX','2017-01-25')", S, D2, '+18.30.', ref='2017-01-25'),
        C('SPX', 'day_change_pct', 0.8, 'percent', '18.30 points, or 0.8 percent', "day_pct('SPX','2017-01-25')", S, D1, '+0.80%.', ref='2017-01-25'),
        C('SPX', 'close', 2298.37, 'points', '2,298.37', "close('SPX','2017-01-25')", S, D2, '2,298.37.', ref='2017-01-25'),
        C('IXIC', 'day_change_pts', 55.38, 'points', '55.38 points', "day_pts('IXIC','2017-01-25')", S, D2, '+55.38.', ref='2017-01-25'),
        C('IXIC', 'day_change_pct', 1, 'percent', '55.38 points, or 1 percent', "day_pct('IXIC','2017-01-25')", S, INT, '+0.99%.', ref='2017-01-25'),
        C('IXIC', 'close', 5656.34, 'points', '5,656.34', "close('IXIC','2017-01-25')", S, D2, '5,656.34.', ref='2017-01-25'),
        C('SPX', 'crisis_drawdown_pct', 50, 'percent', 'losing more than 50 percent of their money', "drawdown('SPX','2007-01-01','2009-12-31')", N, 'hypothetical ("the prospect of losing ... if another financial crisis hits"): not checkable',
          'A hypothetical about a future crisis; not judged. The fact it implies (a first loss of more than half) is consistent with the files: the S&P 500 fell 56.78% on closes from 2007-10-09 to 2009-03-09 (price index).', q='more than', ref='2009-03-09'),
        C('FUND_FLOWS', 'net_outflow_2016', 27.1, 'usd bn', '$27.1 billion', None, U, NOFILE, 'Mutual fund and ETF flows are not in the files.', ref='2016'),
    ])

# ---------------------------------------------------------------- 12
add('ap_20180208_biggest_dow_drops_correction', 'nbc12.com',
    'http://www.nbc12.com/story/37463437/biggest-1-day-drops-for-the-dow-jones-industrial-average', 'Associated Press (NBC12 Richmond)', '2018-02-08', 'exact',
    'Page dated 2018-02-08; "Thursday" is 2018-02-08 and "Monday" 2018-02-05. The AP table is abridged to three of its ten rows.',
    "Biggest 1-day drops for the Dow Jones industrial average. By The Associated Press. Another steep sell-off in U.S. stocks sent the Dow Jones industrial average down more than 1,000 points Thursday for the second time in four days. "
    "The Dow's plunge was the second-biggest ever in terms of points, while on a percentage basis, Monday's drop was the largest since August 2011, according to S&P Dow Jones Indices. "
    "The latest drop in the Dow places the 30-company average into a \"correction,\" what Wall Street calls a drop of 10 percent or more from an index's recent peak. "
    "It's the first correction in almost two years. The Dow's last peak was January 26. "
    "The Dow's steepest one-day percentage drop came on \"Black Monday\" on October 19, 1987, when it fell 22.6 percent. "
    "Among the 10 largest point declines listed (date, close, decline in points, decline in percent): Feb. 5, 2018, 24,345.75, -1,175.21, -4.6; Feb. 8, 2018, 23,860.46, -1,032.89, -4.2; "
    "Oct. 9, 2008, 8,579.19, -678.92, -7.3. Source: S&P Dow Jones Indices, FactSet.",
    [
        C('DJI', 'day_change_pts', -1000, 'points', 'down more than 1,000 points Thursday', "day_pts('DJI','2018-02-08')", S, MORE, '2018-02-08: -1,032.89.', q='more than', ref='2018-02-08'),
        C('DJI', 'count_1000pt_drops', 2, 'sessions', 'second time in four days', "[day_pts('DJI','2018-02-05'), day_pts('DJI','2018-02-06'), day_pts('DJI','2018-02-07'), day_pts('DJI','2018-02-08')]", S, CMP, 'Monday -1,175.21 and Thursday -1,032.89; Tuesday and Wednesday were far smaller (+567.02, -19.42).', ref='2018-02-08', window='2018-02-05..2018-02-08'),
        C('DJI', 'rank_pts_drop', 2, 'rank', 'second-biggest ever in terms of points', "rank_pts_drop('DJI','2018-02-08')", S, RANK, 'Second among point drops in the file, behind 2018-02-05.', ref='2018-02-08'),
        C('DJI', 'worst_pct_drop_since', '2011-08', 'month', "Monday's drop was the largest since August 2011", "last_drop_as_big('DJI','2018-02-05')", S, SINCE, 'Monday 2018-02-05 -4.60%; the last drop at least as large was 2011-08-10 (-4.62%).', ref='2018-02-05'),
        C('DJI', 'correction', True, 'flag', 'places the 30-company average into a "correction,"', "correction_52w('DJI','2018-02-08')", S, 'correction: close at least 10% below the highest close of the previous 52 weeks', '23,860.46 is 10.36% below the 2018-01-26 close of 26,616.71.', ref='2018-02-08'),
        C('DJI', 'first_correction_since_years', 2, 'years', 'first correction in almost two years', "[last_correction_before('DJI','2018-02-08'), years_between('2016-02-23','2018-02-08')]", S, NEARLY,
          'The last earlier close at least 10% below its 52-week high was 2016-02-23, 1.96 years before.', q='almost', ref='2018-02-08'),
        C('DJI', 'last_peak_date', '2018-01-26', 'date', 'last peak was January 26', "record_close_upto('DJI','2018-02-08')", S, DATE, 'Record close 26,616.71 on 2018-01-26.', ref='2018-01-26'),
        C('DJI', 'day_change_pct', -22.6, 'percent', 'fell 22.6 percent', None, U, 'needs Dow history before 1992: unverifiable', 'The Dow file starts 1992-01-02. (The S&P 500 fell 20.47% that day.)', ref='1987-10-19'),
        C('DJI', 'top10_pts_drops', [1, 2, 7], 'rank', 'Among the 10 largest point declines', "[rank_pts_drop_asof('DJI','2018-02-05','2018-02-08'), rank_pts_drop_asof('DJI','2018-02-08','2018-02-08'), rank_pts_drop_asof('DJI','2008-10-09','2018-02-08')]", S, RANK,
          'As of 2018-02-08 the three listed days rank 1st, 2nd and 7th among point drops in the file (1992-), all inside the top ten.', ref='2018-02-08'),
        C('DJI', 'close', 24345.75, 'points', '24,345.75', "close('DJI','2018-02-05')", S, D2, '2018-02-05 close.', ref='2018-02-05'),
        C('DJI', 'day_change_pts', -1175.21, 'points', '-1,175.21', "day_pts('DJI','2018-02-05')", S, D2, '-1,175.21.', ref='2018-02-05'),
        C('DJI', 'day_change_pct', -4.6, 'percent', '-1,175.21, -4.6', "day_pct('DJI','2018-02-05')", S, D1, '-4.60%.', ref='2018-02-05'),
        C('DJI', 'close', 23860.46, 'points', '23,860.46', "close('DJI','2018-02-08')", S, D2, '2018-02-08 close.', ref='2018-02-08'),
        C('DJI', 'day_change_pts', -1032.89, 'points', '-1,032.89', "day_pts('DJI','2018-02-08')", S, D2, '-1,032.89.', ref='2018-02-08'),
        C('DJI', 'day_change_pct', -4.2, 'percent', '-1,032.89, -4.2', "day_pct('DJI','2018-02-08')", S, D1, '-4.15% (4.149), within 0.07 of 4.2.', ref='2018-02-08'),
        C('DJI', 'close', 8579.19, 'points', '8,579.19', "close('DJI','2008-10-09')", S, D2, '2008-10-09 close.', ref='2008-10-09'),
        C('DJI', 'day_change_pts', -678.92, 'points', '-678.92', "day_pts('DJI','2008-10-09')", S, D2, 'File: -678.91 (within 0.01).', ref='2008-10-09'),
        C('DJI', 'day_change_pct', -7.3, 'percent', '-678.92, -7.3', "day_pct('DJI','2008-10-09')", S, D1, '-7.33%.', ref='2008-10-09'),
    ])

# ---------------------------------------------------------------- 13
add('ap_20190703_dow_sp500_records_holiday', 'arkansasonline.com',
    'https://www.arkansasonline.com/news/2019/jul/03/dow-sp-500-close-record-highs/', 'Associated Press (Arkansas Democrat-Gazette)', '2019-07-03', 'exact',
    'Page dated 2019-07-03 ("Today at 12:13 p.m." Central, after the 1 p.m. Eastern early close). "Wednesday" is 2019-07-03; "Thursday" 2019-07-04.',
    "Dow, S&P 500 close at record highs. By The Associated Press. NEW YORK - Major U.S. indexes are closing at record highs on a holiday-shortened trading day. "
    "The Dow Jones Industrial Average on Wednesday easily beat the record it marked in October. The S&P 500, a broader index tracked by many index funds, closed at its third straight record high, and the Nasdaq also closed at a record. "
    "Health care and technology stocks led the gains. Merck rose 1.6% and Symantec soared 13.6% following a report that Broadcom was interested in buying it. "
    "Markets will be closed Thursday for the Independence Day holiday. "
    "The S&P 500 rose 22 points, or 0.8%, to 2,995. The Dow rose 179 points, or 0.7%, to 26,966. The Nasdaq rose 61 points, or 0.8%, to 8,170. "
    "Bond prices rose. The yield on the 10-year Treasury fell to 1.95%.",
    [
        C('SPX', 'records_all_major', True, 'flag', 'Major U.S. indexes are closing at record highs', "[is_record_close('DJI','2019-07-03'), is_record_close('SPX','2019-07-03'), is_record_close('IXIC','2019-07-03')]", S, REC, 'Dow, S&P 500 and Nasdaq all closed at records on 2019-07-03.', ref='2019-07-03'),
        C('DJI', 'previous_record', '2018-10', 'month', 'beat the record it marked in October', "[is_record_close('DJI','2019-07-03'), record_close_upto('DJI','2019-07-02')]", S, REC + '; ' + DATE, 'Previous record close 26,828.39 on 2018-10-03; 26,966.00 tops it by 0.5%.', ref='2019-07-03'),
        C('SPX', 'record_streak', 3, 'sessions', 'third straight record high', "[is_record_close('SPX','2019-07-01'), is_record_close('SPX','2019-07-02'), is_record_close('SPX','2019-07-03'), is_record_close('SPX','2019-06-28')]", S, REC, 'Records on 2019-07-01, 07-02 and 07-03; 2019-06-28 was not one.', ref='2019-07-03'),
        C('IXIC', 'record_close', True, 'flag', 'the Nasdaq also closed at a record', "[is_record_close('IXIC','2019-07-03'), record_close_upto('IXIC','2019-07-02')]", S, REC, '8,170.23 tops the 2019-05-03 record of 8,164.00.', ref='2019-07-03'),
        C('MRK', 'day_change_pct', 1.6, 'percent', 'Merck rose 1.6%', None, U, NOFILE, 'Single stocks are not in the files.', ref='2019-07-03'),
        C('SYMC', 'day_change_pct', 13.6, 'percent', 'soared 13.6%', None, U, NOFILE, 'Single stocks are not in the files.', ref='2019-07-03'),
        C('SPX', 'holiday_closed', '2019-07-04', 'date', 'closed Thursday for the Independence Day holiday', "[is_session('SPX','2019-07-04'), is_session('SPX','2019-07-05')]", S, HOL, 'No session on 2019-07-04; trading resumed 2019-07-05.', ref='2019-07-04'),
        C('SPX', 'day_change_pts', 22, 'points', 'rose 22 points', "day_pts('SPX','2019-07-03')", I, TRUNC, '+22.81 written as 22 (truncated; rounds to 23).', ref='2019-07-03'),
        C('SPX', 'day_change_pct', 0.8, 'percent', '22 points, or 0.8%', "day_pct('SPX','2019-07-03')", S, D1, '+0.77%.', ref='2019-07-03'),
        C('SPX', 'close', 2995, 'points', 'to 2,995', "close('SPX','2019-07-03')", I, TRUNC, '2,995.82 written as 2,995 (truncated; rounds to 2,996).', ref='2019-07-03'),
        C('DJI', 'day_change_pts', 179, 'points', 'rose 179 points', "day_pts('DJI','2019-07-03')", S, INT, '+179.32.', ref='2019-07-03'),
        C('DJI', 'day_change_pct', 0.7, 'percent', 'or 0.7%', "day_pct('DJI','2019-07-03')", S, D1, '+0.67%.', ref='2019-07-03'),
        C('DJI', 'close', 26966, 'points', 'to 26,966', "close('DJI','2019-07-03')", S, INT, '26,966.00.', ref='2019-07-03'),
        C('IXIC', 'day_change_pts', 61, 'points', 'rose 61 points', "day_pts('IXIC','2019-07-03')", S, INT, '+61.14.', ref='2019-07-03'),
        C('IXIC', 'day_change_pct', 0.8, 'percent', '61 points, or 0.8%', "day_pct('IXIC','2019-07-03')", S, D1, '+0.75%.', ref='2019-07-03'),
        C('IXIC', 'close', 8170, 'points', 'to 8,170', "close('IXIC','2019-07-03')", S, INT, '8,170.23.', ref='2019-07-03'),
        C('US10Y', 'yield', 1.95, 'percent', 'fell to 1.95%', "[rate('DGS10','2019-07-02'), rate('DGS10','2019-07-03')]", S, YLD, 'DGS10: 1.98 on 2019-07-02, 1.96 on 2019-07-03 (within 0.01; a 1 p.m. quote on an early-close day).', ref='2019-07-03', basis='end of day'),
    ])

# ---------------------------------------------------------------- 14
add('iheart_20200316_dow_nearly_3000', 'iheart.com',
    'https://www.iheart.com/content/2020-03-16-dow-plunges-nearly-3000-points-amid-coronavirus-pandemic', 'iHeartRadio', '2020-03-16', 'exact',
    'Dated March 16, 2020 (URL and byline); the session is Monday 2020-03-16; the Fed acted on Sunday 2020-03-15.',
    "Dow Plunges Nearly 3,000 Points Amid Coronavirus Pandemic. By Bill Galluccio, March 16, 2020. Wall Street had another brutal session as the Dow Jones Industrial Average closed down 2,999 points, finishing the day at 20,186. "
    "The point drop was the largest in history, while the nearly 13% drop was the largest since the 1987 Black Monday crash when the Dow shed more than 22% of its value. "
    "The S&P 500 dropped by 10.5% while the Nasdaq Composite closed 10.4% lower. "
    "The day got off to a bad start with the Dow starting 2,250 points in the red. Trading was halted moments after the markets opened when the S&P 500 tripped a circuit breaker after dropping by 8.1%. "
    "The markets were not swayed by the actions the Federal Reserve took on Sunday (March 15) to help calm investors' concerns over the coronavirus pandemic. "
    "Those actions included an emergency rate cut to near zero percent and a new round of quantitative easing, which would inject around $700 billion into the market.",
    [
        C('DJI', 'day_change_pts', -3000, 'points', 'Nearly 3,000 Points', "day_pts('DJI','2020-03-16')", S, NEARLY + ' (unit 2% of the value)', '-2,997.10: inside 2,940-3,030.', q='nearly', ref='2020-03-16'),
        C('DJI', 'day_change_pts', -2999, 'points', 'closed down 2,999 points', "day_pts('DJI','2020-03-16')", I, PTS20, 'File: -2,997.10 (off 1.9 points).', ref='2020-03-16'),
        C('DJI', 'close', 20186, 'points', 'at 20,186', "close('DJI','2020-03-16')", I, LVL, 'File: 20,188.52 (off 2.5, 0.01%).', ref='2020-03-16'),
        C('DJI', 'record_pts_drop', True, 'flag', 'The point drop was the largest in history', "rank_pts_drop('DJI','2020-03-16')", S, RANK, 'Rank 1 among point drops in the file (1992-); earlier Dow drops were far smaller in points.', ref='2020-03-16'),
        C('DJI', 'day_change_pct', -13, 'percent', 'nearly 13% drop', "day_pct('DJI','2020-03-16')", S, NEARLY, '-12.93%.', q='nearly', ref='2020-03-16'),
        C('DJI', 'worst_pct_drop_since', '1987-10-19', 'date', 'largest since the 1987 Black Monday crash', "last_drop_as_big_or_none('DJI','2020-03-16')", U, 'needs Dow history before 1992: unverifiable',
          'No Dow drop as large in the file (1992-), so the checkable part agrees; 1987-10-20 to 1991 is outside the file. (S&P 500 -11.98%: last drop as large 1987-10-19.)', ref='2020-03-16'),
        C('DJI', 'day_change_pct', -22, 'percent', 'shed more than 22% of its value', None, U, 'needs Dow history before 1992: unverifiable', 'The Dow file starts 1992-01-02.', q='more than', ref='1987-10-19'),
        C('SPX', 'day_change_pct', -10.5, 'percent', 'dropped by 10.5%', "day_pct('SPX','2020-03-16')", I, PCTI, 'File: -11.98%; off 1.48 pp (within max(2 pp, 1.2) and 20%).', ref='2020-03-16'),
        C('IXIC', 'day_change_pct', -10.4, 'percent', 'closed 10.4% lower', "day_pct('IXIC','2020-03-16')", I, PCTI, 'File: -12.32%; off 1.92 pp (within 2 pp and 20%). It was the Nasdaq\'s worst day in the file.', ref='2020-03-16'),
        C('DJI', 'open_change_pts', -2250, 'points', 'starting 2,250 points in the red', "open_pts('DJI','2020-03-16')", I, PTS20, 'Opening level 20,917.53 against the 23,185.62 previous close: -2,268.09 (off 18, 0.8%).', ref='2020-03-16', basis='open'),
        C('SPX', 'intraday_change_pct', -8.1, 'percent', 'after dropping by 8.1%', "session_range_pct('SPX','2020-03-16')", U, MID, 'The S&P 500 ranged from -12.18% to -5.46% against the previous close; an 8.1% drop at the halt lies inside. (Close -11.98%.)', ref='2020-03-16', basis='just after the open'),
        C('FEDFUNDS', 'emergency_cut_to_zero', [0, 0.25], 'percent', 'emergency rate cut to near zero percent', "[fomc_day('2020-03-15'), fed_range('2020-03-15'), fed_range('2020-03-16')]", S, FED, 'Unscheduled FOMC action on Sunday 2020-03-15; the range went from 1.00-1.25% to 0-0.25% (effective 2020-03-16).', ref='2020-03-15'),
        C('FED_BALANCE_SHEET', 'qe_size', 700, 'usd bn', 'around $700 billion', None, U, NOFILE, 'Asset purchases are not in the files.', q='around', ref='2020-03-15'),
    ])

# ---------------------------------------------------------------- 16
add('ap_20210618_worst_week_since_february', 'newslooks.com',
    'https://www.newslooks.com/worst-week-for-sp-500-since-february/', 'Associated Press (Newslooks)', '2021-06-18', 'medium',
    'Undated page carrying the AP closing update and, below it, the earlier 2:10 p.m. story of Friday 2021-06-18 (the Fed\'s signal came that Wednesday, 2021-06-16; Bullard spoke on CNBC that Friday).',
    "Worst week for S&P 500 since February. NEW YORK (AP) - Stocks fell broadly on Wall Street Friday, sending the S&P 500 to its worst weekly loss since February. "
    "The index fell 1.3% and gave back 1.9% over the course of the week. Banks and other stocks that soared earlier this year on expectations for the economy and inflation were among the biggest losers. "
    "Short-term Treasury yields continued to spurt higher, and the Dow Jones Industrial Average had its worst weekly loss since last October. "
    "THIS IS A BREAKING NEWS UPDATE. AP's earlier story follows. Stocks are slumping on Wall Street Friday, and the S&P 500 is on track for its first losing week in four. "
    "The S&P 500 was 0.9% lower in afternoon trading, and the losses were widespread. More than four out of five stocks in the index were falling, and it's on pace for its worst day in a month. "
    "The Dow Jones Industrial Average was down 406 points, or 1.2%, at 33,416, as of 2:10 p.m. Eastern time, and the Nasdaq composite was 0.6% lower. "
    "Policymakers indicated they may raise short-term rates twice by late 2023.",
    [
        C('SPX', 'worst_week_since', '2021-02', 'month', 'worst weekly loss since February', "[week_return('SPX','2021-06-18'), week_return_rank_since('SPX','2021-06-18')]", S, SINCE + '; ' + WEEK, 'Week to 2021-06-18: -1.91%; the last week as bad ended 2021-02-26 (-2.45%).', ref='2021-06-18'),
        C('SPX', 'day_change_pct', -1.3, 'percent', 'The index fell 1.3%', "day_pct('SPX','2021-06-18')", S, D1, '-1.31%.', ref='2021-06-18'),
        C('SPX', 'week_change_pct', -1.9, 'percent', 'gave back 1.9% over the course of the week', "week_return('SPX','2021-06-18')", S, D1 + '; ' + WEEK, '4,247.44 -> 4,166.45 = -1.91%.', ref='2021-06-18', window='2021-06-11..2021-06-18'),
        C('US2Y', 'yield_rising', True, 'flag', 'Short-term Treasury yields continued to spurt higher', "[rate('DGS2','2021-06-16'), rate('DGS2','2021-06-17'), rate('DGS2','2021-06-18')]", S, 'FRED end-of-day yields: direction holds', 'DGS2: 0.21 (06-16), 0.23 (06-17), 0.26 (06-18).', ref='2021-06-18', basis='end of day'),
        C('DJI', 'worst_week_since', '2020-10', 'month', 'worst weekly loss since last October', "[week_return('DJI','2021-06-18'), week_return_rank_since('DJI','2021-06-18')]", S, SINCE + '; ' + WEEK, 'Week to 2021-06-18: -3.45%; the last week as bad ended 2020-10-30 (-6.47%).', ref='2021-06-18'),
        C('SPX', 'on_track_first_losing_week', 4, 'weeks', 'on track for its first losing week in four', None, N, ONPACE, 'Mid-session "on track". (The three previous weeks did rise: +1.16%, +0.61%, +0.41%, and the week closed -1.91%.)', ref='2021-06-18'),
        C('SPX', 'intraday_change_pct', -0.9, 'percent', '0.9% lower in afternoon trading', "session_range_pct('SPX','2021-06-18')", U, MID, 'Session range -1.36% to -0.40% against the previous close; -0.9% lies inside. Close -1.31%.', ref='2021-06-18', basis='afternoon'),
        C('SPX_BREADTH', 'share_falling', 80, 'percent', 'More than four out of five stocks', None, U, NOFILE, 'Constituent breadth is not in the files.', q='more than', ref='2021-06-18', basis='afternoon'),
        C('SPX', 'on_pace_worst_day', '2021-05', 'month', 'on pace for its worst day in a month', None, N, ONPACE, 'Mid-session "on pace". (The close of -1.31% was the worst day since 2021-05-12, -2.14%.)', ref='2021-06-18'),
        C('DJI', 'intraday_change_pts', -406, 'points', 'down 406 points', "session_range_pts('DJI','2021-06-18')", U, MID, 'Session range -551.52 to -200.75 points; -406 lies inside. Close -533.37.', ref='2021-06-18', basis='2:10 p.m.'),
        C('DJI', 'intraday_change_pct', -1.2, 'percent', '406 points, or 1.2%', "session_range_pct('DJI','2021-06-18')", U, MID, 'Session range -1.63% to -0.59%; -1.2% lies inside. Close -1.58%.', ref='2021-06-18', basis='2:10 p.m.'),
        C('DJI', 'intraday_level', 33416, 'points', 'at 33,416', "[low('DJI','2021-06-18'), high('DJI','2021-06-18')]", U, MID, 'Session range 33,271.93-33,622.70; 33,416 lies inside. Close 33,290.08.', ref='2021-06-18', basis='2:10 p.m.'),
        C('IXIC', 'intraday_change_pct', -0.6, 'percent', 'the Nasdaq composite was 0.6% lower', "session_range_pct('IXIC','2021-06-18')", U, MID, 'Session range -1.08% to -0.23%; -0.6% lies inside. Close -0.92%.', ref='2021-06-18', basis='2:10 p.m.'),
        C('FEDFUNDS', 'projected_hikes_2023', 2, 'hikes', 'raise short-term rates twice by late 2023', None, F, FCST, 'FOMC projections of 2021-06-16; not judged.', ref='2023-12'),
    ])

# ---------------------------------------------------------------- 17
add('dowjones_20221215_djia_falls_data_talk', 'marketscreener.com',
    'https://www.marketscreener.com/quote/index/DOW-JONES-INDUSTRIAL-4945/news/DJIA-Falls-2-25-to-33202-22-Data-Talk-42559334/?utm_medium=RSS&utm_content=20221215', 'Dow Jones Newswires (MarketScreener)', '2022-12-15', 'exact',
    'Stamped 12-15-22 1630ET; "today" is Thursday 2022-12-15. Figures are preliminary closing values. Some lines of the original are left out: the two-day streak and two-day change, the Election Day and Inauguration Day comparisons, month-to-date, and the 2022 closing high/low (identical to the record and 52-week lines).',
    "DJIA Falls 2.25% to 33202.22 -- Data Talk. The Dow Jones Industrial Average is down 764.13 points or 2.25% today to 33202.22. "
    "--Largest one-day point and percentage decline since Tuesday, Sept. 13, 2022. "
    "--Largest two-day point and percentage decline since Friday, Oct. 7, 2022. --Off 9.78% from its record close of 36799.65 hit Tuesday, Jan. 4, 2022. "
    "--Lowest closing value since Wednesday, Nov. 9, 2022. "
    "--Up 15.58% from its 52-week low of 28725.51 hit Friday, Sept. 30, 2022. --Down 7.51% from 52 weeks ago. "
    "--Year-to-date it is down 3136.08 points or 8.63%. Data based on preliminary market closing values. Source: Dow Jones Market Data, FactSet. (END) Dow Jones Newswires, 12-15-22 1630ET.",
    [
        C('DJI', 'day_change_pts', -764.13, 'points', '764.13 points', "day_pts('DJI','2022-12-15')", S, D2, '-764.13.', q='preliminary', ref='2022-12-15'),
        C('DJI', 'day_change_pct', -2.25, 'percent', 'or 2.25% today', "day_pct('DJI','2022-12-15')", S, D2, '-2.25%.', q='preliminary', ref='2022-12-15'),
        C('DJI', 'close', 33202.22, 'points', 'today to 33202.22', "close('DJI','2022-12-15')", S, D2, '33,202.22.', q='preliminary', ref='2022-12-15'),
        C('DJI', 'worst_1d_since', '2022-09-13', 'date', 'Largest one-day point and percentage decline since Tuesday, Sept. 13, 2022', "[last_pts_drop_as_big('DJI','2022-12-15'), last_drop_as_big('DJI','2022-12-15')]", S, SINCE, 'Points and percent: last matched on Tuesday 2022-09-13 (-1,276.37, -3.94%).', ref='2022-12-15'),
        C('DJI', 'worst_2d_since', '2022-10-07', 'date', 'Largest two-day point and percentage decline since Friday, Oct. 7, 2022', "[last_n_day_drop_as_big('DJI','2022-12-15',2,'pts'), last_n_day_drop_as_big('DJI','2022-12-15',2,'pct')]", S, SINCE, 'Two-session falls in points and percent last matched on the window ending Friday 2022-10-07.', ref='2022-12-15'),
        C('DJI', 'pct_from_ath', 9.78, 'percent', 'Off 9.78% from its record close', "pct_below_record('DJI','2022-12-15')", S, D2, '33,202.22 / 36,799.65 - 1 = -9.78%.', ref='2022-12-15'),
        C('DJI', 'record_close', 36799.65, 'points', '36799.65 hit Tuesday, Jan. 4, 2022', "record_close_upto('DJI','2022-12-15')", S, D2 + '; ' + DATE, 'Record close 36,799.65 on Tuesday 2022-01-04.', ref='2022-01-04'),
        C('DJI', 'lowest_close_since', '2022-11-09', 'date', 'Lowest closing value since Wednesday, Nov. 9, 2022', "last_close_at_or_below_value('DJI','2022-12-15')", S, SINCE, 'Last close at or below 33,202.22: Wednesday 2022-11-09 (32,513.94).', ref='2022-12-15'),
        C('DJI', 'pct_from_52w_low', 15.58, 'percent', 'Up 15.58% from its 52-week low', "pct_from_52w_low('DJI','2022-12-15')", S, D2, '+15.58% from the lowest close of the previous 52 weeks.', ref='2022-12-15'),
        C('DJI', 'low_52w', 28725.51, 'points', '28725.51 hit Friday, Sept. 30, 2022', "[min_close('DJI','2021-12-16','2022-12-15'), argmin_close('DJI','2021-12-16','2022-12-15')]", S, D2 + '; ' + DATE, '52-week low close 28,725.51 on Friday 2022-09-30.', ref='2022-09-30'),
        C('DJI', 'pct_vs_52w_ago', -7.51, 'percent', 'Down 7.51% from 52 weeks ago', "pct_vs_52w_ago('DJI','2022-12-15')", S, D2, 'From the 2021-12-16 close of 35,897.64: -7.51%.', ref='2022-12-15', window='2021-12-16..2022-12-15'),
        C('DJI', 'ytd_change_pts', -3136.08, 'points', '3136.08 points', "pts('DJI','2021-12-31','2022-12-15')", S, D2, '36,338.30 -> 33,202.22.', ref='2022-12-15'),
        C('DJI', 'ytd_change_pct', -8.63, 'percent', 'or 8.63%', "ytd('DJI','2022-12-15')", S, D2, '-8.63%.', ref='2022-12-15'),
    ])

# ---------------------------------------------------------------- 18
add('ap_20231213_dow_record_fed_signals_cuts', 'omnibyjes.com',
    'http://omnibyjes.com/national-business/stock-market-today-dow-hits-a-record-high-and-treasury-yields-drop-after-the-fed-signals-rate-cuts-7975645', 'Associated Press (repost)', '2023-12-13', 'high',
    'Undated repost of the AP closing story of Wednesday 2023-12-13 (the FOMC decision day in FOMC_meetings.csv). "Last year" is 2022.',
    "Stock market today: Dow hits a record high and Treasury yields drop after the Fed signals rate cuts. NEW YORK (AP) - A powerful rally across Wall Street sent the Dow Jones Industrial Average to a record on Wednesday after the Federal Reserve signaled that the cuts to interest rates investors crave so much may be coming next year. "
    "The Dow jumped 512 points, or 1.4%, to top 37,000 and surpass its prior peak of 36,799.65 set at the start of last year. Other, more widely followed indexes of U.S. stocks also leaped. "
    "The S&P 500 rose 1.4% and is within 1.9% of its own record. The Nasdaq composite gained 1.4%. Markets have been rallying since October on rising hopes that cuts may be on the way. "
    "Some of Wednesday's bigger winners were bitcoin, which rose nearly 4%, and the Russell 2000 index of small U.S. stocks, which jumped 3.5%. "
    "All the excitement came as the Federal Reserve on Wednesday held its main interest rate steady at a range of 5.25% to 5.50%, as was widely expected. It's hiked that rate up from virtually zero early last year. "
    "Fed Chair Jerome Powell said its main interest rate is likely already at or near its peak, and that officials don't want to wait too long before cutting the federal funds rate, which is at its highest level since 2001.",
    [
        C('DJI', 'record_close', True, 'flag', 'Dow hits a record high', "is_record_close('DJI','2023-12-13')", S, REC, '37,090.24 tops the 2022-01-04 record of 36,799.65.', ref='2023-12-13'),
        C('US10Y', 'yield_down', True, 'flag', 'Treasury yields drop', "[rate('DGS10','2023-12-12'), rate('DGS10','2023-12-13')]", S, 'FRED end-of-day yields: direction holds', 'DGS10 4.20 -> 4.04.', ref='2023-12-13', basis='end of day'),
        C('DJI', 'day_change_pts', 512, 'points', 'The Dow jumped 512 points', "day_pts('DJI','2023-12-13')", S, INT, '+512.30.', ref='2023-12-13'),
        C('DJI', 'day_change_pct', 1.4, 'percent', '512 points, or 1.4%', "day_pct('DJI','2023-12-13')", S, D1, '+1.40%.', ref='2023-12-13'),
        C('DJI', 'above_level', 37000, 'points', 'to top 37,000', "[close('DJI','2023-12-13'), first_close_at_or_above('DJI',37000)]", S, CMP, 'Close 37,090.24, the first close above 37,000.', ref='2023-12-13'),
        C('DJI', 'previous_record_close', 36799.65, 'points', 'prior peak of 36,799.65 set at the start of last year', "record_close_upto('DJI','2023-12-12')", S, D2 + '; ' + DATE, '36,799.65 on 2022-01-04.', ref='2022-01-04'),
        C('SPX', 'day_change_pct', 1.4, 'percent', 'The S&P 500 rose 1.4%', "day_pct('SPX','2023-12-13')", S, D1, '+1.37%.', ref='2023-12-13'),
        C('SPX', 'pct_from_ath', 1.9, 'percent', 'within 1.9% of its own record', "pct_below_record('SPX','2023-12-13')", S, WITHIN, '4,707.09 is 1.87% below the 2022-01-03 record of 4,796.56.', q='within', ref='2023-12-13'),
        C('IXIC', 'day_change_pct', 1.4, 'percent', 'The Nasdaq composite gained 1.4%', "day_pct('IXIC','2023-12-13')", S, D1, '+1.38%.', ref='2023-12-13'),
        C('SPX', 'rally_since', '2023-10', 'month', 'rallying since October', "argmin_close('SPX','2023-07-31','2023-12-13')", S, DATE, 'The S&P 500\'s lowest close of the late-2023 pullback was 2023-10-27; it rose 14.32% from there to 2023-12-13.', ref='2023-10-27'),
        C('BTC', 'day_change_pct', 4, 'percent', 'bitcoin, which rose nearly 4%', None, U, NOFILE, 'Bitcoin is not in the files.', q='nearly', ref='2023-12-13'),
        C('RUT', 'day_change_pct', 3.5, 'percent', 'which jumped 3.5%', "day_pct('RUT','2023-12-13')", S, D1, '+3.52%.', ref='2023-12-13'),
        C('FEDFUNDS', 'hold_range', [5.25, 5.5], 'percent', 'range of 5.25% to 5.50%', "[fomc_day('2023-12-13'), fed_range('2023-12-13'), fed_range('2023-12-14')]", S, FED, 'Scheduled FOMC decision on 2023-12-13; the range stayed 5.25-5.50%.', ref='2023-12-13'),
        C('FEDFUNDS', 'hike_start', '2022-03', 'month', 'hiked that rate up from virtually zero early last year', "[fed_range('2022-03-16'), fed_range('2022-03-17')]", S, FED, 'The range went from 0-0.25% to 0.25-0.50% effective 2022-03-17 (decision 2022-03-16).', ref='2022-03-16'),
        C('QUOTE', 'peak_rate', 'at or near peak', 'text', 'at or near its peak', None, N, QUOTE, 'The Fed chair\'s assessment; not judged.'),
        C('FEDFUNDS', 'highest_since', '2001', 'year', 'highest level since 2001', "fed_last_at_or_above(5.5,'2023-07-27')", S, SINCE, 'Before the July 2023 move to 5.25-5.50%, the target (upper end) last stood at 5.50% or more on 2001-03-19; it was cut to 5.00% on 2001-03-20.', ref='2023-12-13'),
    ])

# ---------------------------------------------------------------- 19
add('tradealgo_202408_another_august_scare', 'tradealgo.com',
    'https://tradealgo.com/news/another-august-scare-hits-the-stock-market-investing-lessons-can-be-found-here', 'TradeAlgo (weekly wrap)', '2024-08', 'medium',
    'Undated page; it recaps the week of 2024-08-05..08-09 "by the time the markets closed on Friday" (2024-08-09), so published in August 2024, after that close. "The first Monday" is 2024-08-05; "the following Tuesday" 08-06; "Thursday" 08-08.',
    "Another August scare hits the stock market; investing lessons can be found here. The month of August often brings a sense of unease for investors, as it has historically been a time of unexpected market turbulence, "
    "as Iraq's 1990 invasion of Kuwait, the 1991 attempted coup against Mikhail Gorbachev and the 2011 downgrade of the U.S. credit rating showed. This August was no exception. "
    "The month kicked off with a three-day downturn in stocks, culminating on the first Monday with a significant 3% drop in the S&P 500. This marked the index's largest single-day decline in nearly two years. "
    "The following Tuesday saw a brief recovery, though stocks still closed below their opening levels. Wednesday brought more instability, as early gains evaporated by the close. "
    "However, the week ended on a high note for the S&P 500, which recorded its best back-to-back performance of the year, including its strongest single-day gain since 2022 on Thursday. "
    "By the time the markets closed on Friday, the S&P 500 had managed to break even for the week, while the Dow Jones Industrial Average, which had plunged over 1,000 points on Monday, ended the week with a relatively modest loss of 240 points, or 0.6%. "
    "The Nasdaq Composite fared slightly better, trimming its weekly decline to just 0.2%. Despite the turbulence, the S&P 500 remains up by more than 12% year-to-date.",
    [
        C('GENERIC', 'august_turbulence', 'August turbulent', 'text', 'historically been a time of unexpected market turbulence', None, N, 'generic statement: not checkable', 'Seasonal lore backed by anecdotes; not a checkable figure.'),
        C('SPX', 'down_streak', 3, 'sessions', 'three-day downturn', "down_streak('SPX','2024-08-05')", S, STREAK, 'Lower closes on 2024-08-01, 08-02 and 08-05 (July 31 was up).', ref='2024-08-05'),
        C('SPX', 'day_change_pct', -3, 'percent', 'a significant 3% drop in the S&P 500', "day_pct('SPX','2024-08-05')", S, INT, '-3.00%.', ref='2024-08-05'),
        C('SPX', 'worst_day_since_years', 2, 'years', 'largest single-day decline in nearly two years', "[last_drop_as_big('SPX','2024-08-05'), years_between('2022-09-13','2024-08-05')]", S, NEARLY, 'Last drop at least as large: 2022-09-13 (-4.32%), 1.9 years earlier.', q='nearly', ref='2024-08-05'),
        C('SPX', 'closed_below_open', True, 'flag', 'closed below their opening levels', "[open_price('SPX','2024-08-06'), close('SPX','2024-08-06'), closed_above_open('DJI','2024-08-06'), closed_above_open('IXIC','2024-08-06')]", X, 'intraday fact checked against open and close: contradicted',
          'Tuesday 2024-08-06: the S&P 500 opened at 5,206.42 and closed at 5,240.03, above its open; the Dow and Nasdaq also closed above their opens. All three closed well below their session highs, which may be what was meant.', ref='2024-08-06', basis='open vs close'),
        C('SPX', 'gains_evaporated', True, 'flag', 'early gains evaporated by the close', "[open_price('SPX','2024-08-07'), prev_close('SPX','2024-08-07'), close('SPX','2024-08-07')]", S, CMP, 'Wednesday 2024-08-07: opened 5,293.13 (above the 5,240.03 previous close), closed 5,199.50 (-0.77%).', ref='2024-08-07', basis='open vs close'),
        C('SPX', 'best_2day_of_year', True, 'flag', 'best back-to-back performance of the year', "[n_day_pct('SPX','2024-08-09',2), max_n_day_gain('SPX','2024-01-01','2024-08-08',2)]", S, CMP, 'Thursday-Friday 2024-08-08/09: +2.78%, above the best earlier 2024 two-session gain (+2.33%, ending 2024-02-02).', ref='2024-08-09'),
        C('SPX', 'best_day_since', '2022', 'year', 'strongest single-day gain since 2022 on Thursday', "[day_pct('SPX','2024-08-08'), last_gain_as_big('SPX','2024-08-08')]", S, SINCE, 'Thursday 2024-08-08: +2.30%; the last gain at least as large was 2022-11-30 (+3.09%).', ref='2024-08-08'),
        C('SPX', 'week_change_pct', 0, 'percent', 'break even for the week', "week_return('SPX','2024-08-09')", S, 'break even: the change rounds to 0.0% (|true| <= 0.07)', '5,346.56 -> 5,344.16 = -0.04%.', ref='2024-08-09', window='2024-08-02..2024-08-09'),
        C('DJI', 'day_change_pts', -1000, 'points', 'plunged over 1,000 points on Monday', "day_pts('DJI','2024-08-05')", S, MORE, 'Monday 2024-08-05: -1,033.99.', q='over', ref='2024-08-05'),
        C('DJI', 'week_change_pts', -240, 'points', 'loss of 240 points', "pts('DJI','2024-08-02','2024-08-09')", S, INT + '; ' + WEEK, '39,737.26 -> 39,497.54 = -239.72.', ref='2024-08-09', window='2024-08-02..2024-08-09'),
        C('DJI', 'week_change_pct', -0.6, 'percent', '240 points, or 0.6%', "week_return('DJI','2024-08-09')", S, D1 + '; ' + WEEK, '-0.60%.', ref='2024-08-09', window='2024-08-02..2024-08-09'),
        C('IXIC', 'week_change_pct', -0.2, 'percent', 'weekly decline to just 0.2%', "week_return('IXIC','2024-08-09')", S, D1 + '; ' + WEEK, '-0.18%.', ref='2024-08-09', window='2024-08-02..2024-08-09'),
        C('SPX', 'ytd_change_pct', 12, 'percent', 'up by more than 12% year-to-date', "ytd('SPX','2024-08-09')", S, MORE + '; ' + YTD, '4,769.83 -> 5,344.16 = +12.04%.', q='more than', ref='2024-08-09'),
    ])

# ---------------------------------------------------------------- 21
add('azzet_20260101_wall_street_final_day_2025', 'azzet.com',
    'https://azzet.com/news/wall-street-closes-lower-on-final-day-of-year', 'Azzet', '2026-01-01', 'medium',
    'Undated Australian page about the US close of Wednesday 2025-12-31 ("Thursday AEDT"); it already says markets "were closed" for New Year\'s Day on Thursday (Friday AEDT), so written on 2026-01-01 US time (2 January in Australia).',
    "Wall Street closes lower on final day of year. United States benchmark averages closed lower on Wednesday (Thursday AEDT), but the major indices ended 2025 at least 13% higher. "
    "The S&P 500 shed 0.7% to 6,845.50 points, the Dow Jones Industrial Average was down 0.6% to 48,063.29 and the Nasdaq Composite dipped 0.8% to 23,241.99. "
    "Across 2025, the S&P 500 was up 16.4%, the Dow gained 13.0% and the Nasdaq rose 20.5%. The S&P 500 had increased by 23% in 2024 and 24% in 2023. "
    "Average analyst forecasts for 2026 indicate a 9% rise in the S&P 500 across 2026, according to Bloomberg. However, the slump in 2025's final trading days could indicate difficulties in 2026. "
    "The Santa Claus rally period, which includes the last five trading days of the previous year and the first two days of the new year, sees the S&P 500 post average gains of 1.3%. "
    "\"The S&P 500 is negative thus far during the period, which could spell trouble for 2026 returns according to historical precedent,\" wrote Zacks Investment Research strategist Bryan Hayes. "
    "U.S. two-year bond yields were up 0.02% to 3.475%, and 10-year yields were up 0.04% to 4.163%. Markets were closed for New Year's Day on Thursday (Friday AEDT), and will reopen on 2 January.",
    [
        C('DJI', 'year_change_min_all', 13, 'percent', 'ended 2025 at least 13% higher', "[year_return('SPX',2025), year_return('DJI',2025), year_return('IXIC',2025)]", I, 'at least: true >= claim; just short: imprecise',
          'S&P 500 +16.39% and Nasdaq +20.36% clear 13%, but the Dow gained 12.97% (42,544.22 -> 48,063.29), just under 13%.', q='at least', ref='2025-12-31'),
        C('SPX', 'day_change_pct', -0.7, 'percent', 'shed 0.7%', "day_pct('SPX','2025-12-31')", S, D1, '-0.74%.', ref='2025-12-31'),
        C('SPX', 'close', 6845.50, 'points', '6,845.50', "close('SPX','2025-12-31')", S, D2, '6,845.50.', ref='2025-12-31'),
        C('DJI', 'day_change_pct', -0.6, 'percent', 'was down 0.6%', "day_pct('DJI','2025-12-31')", S, D1, '-0.63%.', ref='2025-12-31'),
        C('DJI', 'close', 48063.29, 'points', '48,063.29', "close('DJI','2025-12-31')", S, D2, '48,063.29 (Dow rows after 2025-07-11 come from a single source).', ref='2025-12-31'),
        C('IXIC', 'day_change_pct', -0.8, 'percent', 'dipped 0.8%', "day_pct('IXIC','2025-12-31')", S, D1, '-0.76%.', ref='2025-12-31'),
        C('IXIC', 'close', 23241.99, 'points', '23,241.99', "close('IXIC','2025-12-31')", S, D2, '23,241.99.', ref='2025-12-31'),
        C('SPX', 'year_change_pct', 16.4, 'percent', 'the S&P 500 was up 16.4%', "year_return('SPX',2025)", S, D1, '5,881.63 -> 6,845.50 = +16.39%.', ref='2025-12-31'),
        C('DJI', 'year_change_pct', 13.0, 'percent', 'the Dow gained 13.0%', "year_return('DJI',2025)", S, D1, '+12.97%.', ref='2025-12-31'),
        C('IXIC', 'year_change_pct', 20.5, 'percent', 'the Nasdaq rose 20.5%', "year_return('IXIC',2025)", I, PCTI, '19,310.79 -> 23,241.99 = +20.36%: off 0.14 pp, outside the 1-decimal tolerance.', ref='2025-12-31'),
        C('SPX', 'year_change_pct', 23, 'percent', 'increased by 23% in 2024', "year_return('SPX',2024)", S, INT, '+23.31%.', ref='2024-12-31'),
        C('SPX', 'year_change_pct', 24, 'percent', '24% in 2023', "year_return('SPX',2023)", S, INT, '+24.23%.', ref='2023-12-31'),
        C('SPX', 'forecast_change_2026', 9, 'percent', 'indicate a 9% rise', None, F, FCST, 'Analysts\' average 2026 forecast; not judged.', ref='2026-12-31'),
        C('SPX', 'santa_average', 1.3, 'percent', 'average gains of 1.3%', "santa_average('SPX',1950,2024)", S, D1,
          'Average Santa Claus window change 1950-2024 (close before the last five sessions of December to the second session of January, price index): +1.26%. The window\'s start year is not stated; 1969-2024 gives +1.23%.', ref='2025-12-31', window='1950..2024 windows'),
        C('SPX', 'santa_to_date', -1, 'sign', 'negative thus far during the period', "santa_to_date('SPX',2025,'2025-12-31')", S, CMP, 'From the 2025-12-23 close of 6,909.79 to 6,845.50 on 2025-12-31: -0.93%. (The full window, to 2026-01-05, ended -0.11%.)', ref='2025-12-31', window='2025-12-23..2025-12-31'),
        C('US2Y', 'yield_change', 0.02, 'percent', 'up 0.02%', "[rate('DGS2','2025-12-30'), rate('DGS2','2025-12-31')]", S, YLD, 'DGS2 3.45 -> 3.47: +0.02.', ref='2025-12-31', basis='end of day'),
        C('US2Y', 'yield', 3.475, 'percent', 'to 3.475%', "rate('DGS2','2025-12-31')", S, YLD, 'DGS2 3.47 on 2025-12-31 (FRED rounds to 2 decimals; 3.475 is within 0.005).', ref='2025-12-31', basis='end of day'),
        C('US10Y', 'yield_change', 0.04, 'percent', 'up 0.04%', "[rate('DGS10','2025-12-30'), rate('DGS10','2025-12-31')]", S, YLD, 'DGS10 4.14 -> 4.18: +0.04.', ref='2025-12-31', basis='end of day'),
        C('US10Y', 'yield', 4.163, 'percent', 'to 4.163%', "rate('DGS10','2025-12-31')", S, YLD, 'DGS10 4.18 on 2025-12-31: 4.163 is 0.017 off, inside the 0.025 tolerance (a quote taken before the end of day would explain it).', ref='2025-12-31', basis='end of day'),
        C('SPX', 'holiday_closed', '2026-01-01', 'date', 'Markets were closed for New Year\'s Day on Thursday', "[is_session('SPX','2026-01-01'), is_session('SPX','2026-01-02')]", S, HOL, 'No session on Thursday 2026-01-01; trading resumed Friday 2026-01-02.', ref='2026-01-01'),
    ])

# ---------------------------------------------------------------- 22
add('reuters_20260103_dow_first_trading_day_2026', 'perthnow.com.au',
    'https://www.perthnow.com.au/news/business/markets/dow-jones-closes-higher-on-first-trading-day-for-2026-c-21208377', 'Reuters (via Perth Now)', '2026-01-03', 'medium',
    'Undated Australian page on the US close of Friday 2026-01-02, the first session of 2026; Australian sites run the New York close the next morning, so 2026-01-03 local time. Index figures are labelled preliminary.',
    "Dow Jones closes higher on first trading day for 2026. The Dow has closed higher on Friday, starting 2026 by snapping a four-day losing streak, but gains in chip makers Nvidia and Intel could not hoist Wall Street's other indexes into solidly positive territory. "
    "In 2025, the Dow, the S&P 500 and the Nasdaq all notched double-digit gains, their third straight year in the green, a run last seen during 2019-2021. "
    "Chip stocks provided a boost on Friday, with the Philadelphia SE Semiconductor index sharply up. "
    "According to preliminary data, the S&P 500 gained 12.52 points, or 0.18 per cent, to end at 6,858.02 points, while the Nasdaq Composite lost 5.30 points, or 0.02 per cent, to 23,236.69. "
    "The Dow Jones Industrial Average rose 311.99 points, or 0.67 per cent, to 48,383.22. "
    "\"Stocks trade expensive on 18 of 20 measures, and we see elevated risks to the index level in the near term,\" said Savita Subramanian of Bank of America. "
    "Recent selling had dashed expectations for a \"Santa Claus rally\" in which markets tend to get a late boost over the last five trading days of December and the first two of January.",
    [
        C('DJI', 'day_change_sign', 1, 'sign', 'The Dow has closed higher on Friday', "day_pts('DJI','2026-01-02')", S, CMP, '+319.10 on 2026-01-02 (Dow rows after 2025-07-11 come from a single source).', ref='2026-01-02'),
        C('DJI', 'losing_streak_snapped', 4, 'sessions', 'snapping a four-day losing streak', "down_streak('DJI','2025-12-31')", S, STREAK, 'Lower closes on 2025-12-26, 12-29, 12-30 and 12-31.', ref='2026-01-02'),
        C('SPX', 'double_digit_2025_all', 10, 'percent', 'all notched double-digit gains', "[year_return('DJI',2025), year_return('SPX',2025), year_return('IXIC',2025)]", S, CMP, 'Dow +12.97%, S&P 500 +16.39%, Nasdaq +20.36%.', ref='2025-12-31'),
        C('SPX', 'up_years_streak', 3, 'years', 'third straight year in the green', "all_up_years(['DJI','SPX','IXIC'],2022,2025)", S, CMP, 'All three rose in 2023, 2024 and 2025; 2022 was down for all three.', ref='2025-12-31'),
        C('SPX', 'previous_three_year_run', '2019-2021', 'years', 'a run last seen during 2019-2021', "all_up_years(['DJI','SPX','IXIC'],2015,2022)", S, CMP, 'All three rose in 2016, 2017, 2019, 2020 and 2021: the last earlier three-year run of gains for all three was 2019-2021 (2018 and 2022 were down years).', ref='2021-12-31'),
        C('SOX', 'day_change', 'sharply up', 'text', 'Philadelphia SE Semiconductor index sharply up', None, U, NOFILE, 'PHLX Semiconductor index not in the files.', ref='2026-01-02'),
        C('SPX', 'day_change_pts', 12.52, 'points', '12.52 points', "day_pts('SPX','2026-01-02')", I, PTS20, 'Preliminary figure; the file has +12.97 (6,858.47).', q='preliminary', ref='2026-01-02'),
        C('SPX', 'day_change_pct', 0.18, 'percent', '0.18 per cent', "day_pct('SPX','2026-01-02')", S, D2, '+0.19% (0.189), within the 2-decimal tolerance.', q='preliminary', ref='2026-01-02'),
        C('SPX', 'close', 6858.02, 'points', '6,858.02', "close('SPX','2026-01-02')", I, LVL, 'Preliminary; the file has 6,858.47 (off 0.45).', q='preliminary', ref='2026-01-02'),
        C('IXIC', 'day_change_pts', -5.30, 'points', 'lost 5.30 points', "day_pts('IXIC','2026-01-02')", I, PTS20, 'Preliminary; the file has -6.36 (off 1.06, 17%).', q='preliminary', ref='2026-01-02'),
        C('IXIC', 'day_change_pct', -0.02, 'percent', '0.02 per cent', "day_pct('IXIC','2026-01-02')", S, D2, '-0.03% (0.027), within the 2-decimal tolerance.', q='preliminary', ref='2026-01-02'),
        C('IXIC', 'close', 23236.69, 'points', '23,236.69', "close('IXIC','2026-01-02')", I, LVL, 'Preliminary; the file has 23,235.63 (off 1.06).', q='preliminary', ref='2026-01-02'),
        C('DJI', 'day_change_pts', 311.99, 'points', '311.99 points', "day_pts('DJI','2026-01-02')", I, PTS20, 'Preliminary; the file has +319.10 (off 7.11, 2.2%).', q='preliminary', ref='2026-01-02'),
        C('DJI', 'day_change_pct', 0.67, 'percent', '0.67 per cent', "day_pct('DJI','2026-01-02')", S, D2, '+0.66% (0.664), within the 2-decimal tolerance.', q='preliminary', ref='2026-01-02'),
        C('DJI', 'close', 48383.22, 'points', '48,383.22', "close('DJI','2026-01-02')", I, LVL, 'Preliminary; the file has 48,382.39 (off 0.83).', q='preliminary', ref='2026-01-02'),
        C('SPX_VALUATION', 'expensive_measures', [18, 20], 'count', '18 of 20 measures', None, U, NOFILE, 'Valuation measures are not in the files (a strategist\'s quote).', ref='2026-01-02'),
        C('SPX', 'santa_rally_dashed', True, 'flag', 'dashed expectations for a "Santa Claus rally"', "[santa_to_date('SPX',2025,'2026-01-02'), santa_window('SPX',2025)]", S, CMP,
          'From the 2025-12-23 close (6,909.79) the S&P 500 was -0.74% through 2026-01-02, and the full window ended -0.11% on 2026-01-05.', ref='2026-01-02', window='2025-12-23..2026-01-05'),
    ])


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not data:
        sys.exit('give the data directory as the first argument or in CAPSCOPE_DATA_DIR')
    R.DATA = data
    recipes, keys, problems = {}, [], []
    ids = set()
    with open(os.path.join(HERE, 'passages.jsonl'), 'w') as fp:
        for p in P:
            if p['id'] in ids:
                problems.append('duplicate passage id %s' % p['id'])
            ids.add(p['id'])
            if not 6 <= len(p['claims']) <= 20:
                problems.append('%s has %d claims' % (p['id'], len(p['claims'])))
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
    with open(os.path.join(HERE, 'key.jsonl'), 'w') as fk:
        for k in keys:
            fk.write(json.dumps(k, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'recipes.json'), 'w') as fr:
        json.dump(recipes, fr, indent=1, ensure_ascii=False)
    for pr in problems:
        print('PROBLEM', pr)
    print('%d passages, %d claims, %d recipes' % (len(P), len(keys), len(recipes)))


if __name__ == '__main__':
    main()
