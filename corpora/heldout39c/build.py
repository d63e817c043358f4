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
    P.append(dict(id=pid, site=site, url=url, outlet=outlet, published=published, conf=conf, pnote=pnote, text=text, claims=claims))


def rng(t, d, kind='level'):
    """a detail token, expanded in main() to the session range of ticker t on day d."""
    return '@%s:%s:%s' % (kind, t, d)


def expand(detail):
    if not detail.startswith('@'):
        return detail
    kind, t, d = detail[1:].split(':')
    if kind == 'level':
        lo, hi = R.session_range(t, d)
        return 'session range: low %.2f, high %.2f.' % (lo, hi)
    if kind == 'pts':
        lo, hi = R.session_range_pts(t, d)
        return 'session range pts vs previous close: [%.2f, %.2f].' % (lo, hi)
    lo, hi = R.session_range_pct(t, d)
    return 'session range pct vs previous close: [%.2f, %.2f].' % (lo, hi)


S, I, X, U, F, N = 'supported', 'imprecise', 'contradicted', 'unverifiable', 'forecast', 'not_checkable'
INT = 'unhedged integer: |true - claim| <= 0.5'
D1 = 'unhedged 1 decimal: |true - claim| <= 0.07'
D2 = 'unhedged 2 decimals: |true - claim| <= 0.025'
ABOUT = 'about/around/roughly: within one unit of the last stated digit (+0.02)'
NEARLY = 'nearly/almost: claim - 1 unit <= true <= claim + 0.5 unit (unit = 2% of the value for round numbers >= 100)'
MORE = 'more than/over/above: true > claim'
LESS = 'less than/below/within: true < claim'
TRUNC = 'truncated figure: imprecise'
LVL = 'index level off by <= 1%: imprecise'
PTS20 = 'point change off by <= 20%: imprecise'
PCTI = 'percent figure outside tolerance but within max(2 pp, 10%) and 20%: imprecise'
MID = 'mid-session figure inside the session range: unverifiable'
BOUND = 'mid-session bound: supported when both the close and the session extreme satisfy it'
EXTREME = 'session extreme checked against the day\'s high/low'
NOFILE = 'series or history not in the files: unverifiable'
ODDS = 'futures-implied odds not in the files: unverifiable'
ARITH = 'arithmetic on levels the passage states'
REC = 'record: above every earlier close in the file'
RECH = 'intraday record: above every earlier high in the file'
NOTREC = 'wrong record: contradicted'
SINCE = 'since X: X is the last session at least as extreme (or the first after it)'
DATE = 'date matches'
COUNT = 'count matches'
FIRST = 'first close at or above the level: date matches'
HYP = 'conditional, on pace or hypothetical: not_checkable'
FC = 'forecast or expectation: not judged'
DIR = 'direction of the move matches'
WRONGDIR = 'direction or ordering wrong: contradicted'
EOFYIELD = 'intraday or timed yield quote: unverifiable'

# ---------------------------------------------------------------- 1
add('irishtimes_20061004_dow_record_oil', 'irishtimes.com',
    'https://irishtimes-irishtimes-prod.web.arc-cdn.net/news/dow-jones-hits-record-as-oil-continues-to-fall-1.797585',
    'The Irish Times', '2006-10-04', 'high',
    'Undated page (a CDN copy of irishtimes.com). "Hit an all-time high last night" and every figure match Tuesday 2006-10-03, so the morning paper of Wednesday 2006-10-04.',
    "Dow Jones hits record as oil continues to fall. The Dow Jones industrial average hit an all-time high last night, beating the "
    "record set in 2000, as investors bet that sliding crude prices will stimulate consumer spending and lift profits. During the "
    "session the 110-year-old Dow climbed to 11,758.95, topping its previous intraday record of 11,750.28 reached on January 14th, "
    "2000, when investors rode the Internet stock mania. The blue-chip average also hit a record closing high, rising 56.99 points, "
    "or 0.49 per cent, to end at 11.727.34 - above its previous record close at 11,722.98, set on January 14th, 2000. Boeing, "
    "United Technologies, Wal-Mart and JP Morgan Chase led the advance. The Nasdaq Composite Index gained 6.05 points, or 0.27 per "
    "cent, to close at 2,243.65. Crude for November delivery fell $2.35, or 3.9 per cent, to settle at $58.68 a barrel on the New "
    "York Mercantile Exchange.",
    [
        C('DJI', 'intraday_high', 11758.95, 'points', 'climbed to 11,758.95', "high('DJI','2006-10-03')", S, D2, 'Session high 11,758.95.', ref='2006-10-03', basis='intraday high'),
        C('DJI', 'intraday_record', True, 'flag', 'topping its previous intraday record', "is_record_high('DJI','2006-10-03')", S, RECH,
          'Above every earlier high in the file (previous: 11,750.28 on 2000-01-14).', ref='2006-10-03', basis='intraday high'),
        C('DJI', 'previous_intraday_record', 11750.28, 'points', '11,750.28 reached on January 14th, 2000', "record_high_before('DJI','2006-10-03')", S, D2,
          'Highest earlier high: 11,750.28 on 2000-01-14; level and date match.', ref='2000-01-14', basis='intraday high'),
        C('DJI', 'index_age', 110, 'years', '110-year-old Dow', None, U, NOFILE, 'The Dow dates from 1896; the file starts in 1992.', ref='2006-10-03'),
        C('DJI', 'record_close', True, 'flag', 'record closing high', "is_record_close('DJI','2006-10-03')", S, REC, 'Above the 11,722.98 record close of 2000-01-14.', ref='2006-10-03'),
        C('DJI', 'daily_change_pts', 56.99, 'points', 'rising 56.99 points', "day_pts('DJI','2006-10-03')", S, D2, '+56.99.', ref='2006-10-03'),
        C('DJI', 'daily_change_pct', 0.49, 'percent', 'or 0.49 per cent', "day_pct('DJI','2006-10-03')", S, D2, '+0.49%.', ref='2006-10-03'),
        C('DJI', 'close', 11727.34, 'points', 'to end at 11.727.34', "close('DJI','2006-10-03')", S, D2,
          'Close 11,727.34; the page prints "11.727.34" with a stray point, kept as written.', ref='2006-10-03'),
        C('DJI', 'previous_record_close', 11722.98, 'points', 'previous record close at 11,722.98', "record_close_before('DJI','2006-10-03')", S, D2,
          'Highest earlier close 11,722.98 on 2000-01-14; level and date match.', ref='2000-01-14'),
        C('IXIC', 'daily_change_pts', 6.05, 'points', 'gained 6.05 points', "day_pts('IXIC','2006-10-03')", S, D2, '+6.05.', ref='2006-10-03'),
        C('IXIC', 'daily_change_pct', 0.27, 'percent', 'or 0.27 per', "day_pct('IXIC','2006-10-03')", S, D2, '+0.27%.', ref='2006-10-03'),
        C('IXIC', 'close', 2243.65, 'points', 'close at 2,243.65', "close('IXIC','2006-10-03')", S, D2, 'Close 2,243.65.', ref='2006-10-03'),
        C('CRUDE', 'daily_change_usd', -2.35, 'USD', 'fell $2.35', None, U, NOFILE, 'Crude oil futures are not in the files.', ref='2006-10-03'),
        C('CRUDE', 'daily_change_pct', -3.9, 'percent', 'or 3.9 per cent', None, U, NOFILE, 'Crude oil futures are not in the files.', ref='2006-10-03'),
        C('CRUDE', 'settle', 58.68, 'USD', '$58.68 a barrel', None, U, NOFILE, 'Crude oil futures are not in the files.', ref='2006-10-03'),
    ])

# ---------------------------------------------------------------- 2
add('guardian_20081007_dow_below_10000', 'theguardian.com',
    'http://www.theguardian.com/business/2008/oct/07/dowjones.useconomy',
    'The Guardian', '2008-10-07', 'exact',
    'Date in the URL (2008/oct/07); the print story says "yesterday", i.e. Monday 2008-10-06, a trading day in the files.',
    "US markets. Dow Jones tumbles below 10,000 mark. The US financial markets teetered on the brink of a record-breaking slump "
    "yesterday as Wall Street took fright at signs that the credit crunch threatens economies around the globe. While European "
    "governments struggled to contain banking failures, the Dow Jones industrial average plummeted 800 points at one stage, "
    "exceeding last week's record one-day points drop of 777. The blue-chip index rallied modestly in the final hour of trading "
    "in New York to close 370 down at 9,955, but it was the first time the Dow had fallen below 10,000 since October 2004, with "
    "banks and car companies leading the rout. In six business days, the Dow has slumped nearly 11% and prices are 30% below "
    "their peak of October 2007. The Federal Reserve tried to shore up financial stability yesterday by doubling the money "
    "available to banks for short-term lending from $300bn to $600bn.",
    [
        C('DJI', 'intraday_change_pts', -800, 'points', 'plummeted 800 points at one stage',
          "r2(low('DJI','2008-10-06')-close('DJI','2008-10-03'))", S, EXTREME,
          'Session low 9,525.32 against the 10,325.38 close of Friday 2008-10-03: -800.06 points, the session extreme ("at one stage").',
          ref='2008-10-06', basis='intraday low', detail=rng('DJI', '2008-10-06', 'pts')),
        C('DJI', 'record_daily_pts_drop', -777, 'points', 'one-day points drop of 777', "day_pts('DJI','2008-09-29')", I, TRUNC,
          'Monday 2008-09-29 closed 777.68 points down; "777" truncates it (rounded: 778).', ref='2008-09-29'),
        C('DJI', 'record_daily_pts_drop_date', '2008-09-29', 'date', "last week's record", "biggest_pts_drop_upto('DJI','2008-10-03')", S, REC,
          'The largest daily point fall in the file up to 2008-10-03 is 2008-09-29 (-777.68), in the week before the Monday 2008-10-06 session. '
          'The file starts in 1992; before then the Dow stood below 3,200, so no earlier point fall (1987-10-19: -508) could be larger.',
          ref='2008-09-29'),
        C('DJI', 'daily_change_pts', -370, 'points', 'close 370 down', "day_pts('DJI','2008-10-06')", S, INT, '-369.88 points.', ref='2008-10-06'),
        C('DJI', 'close', 9955, 'points', 'at 9,955', "close('DJI','2008-10-06')", S, INT,
          'Close 9,955.50; |9,955.50 - 9,955| = 0.50, at the tolerance (the usual rounding would print 9,956).', ref='2008-10-06'),
        C('DJI', 'first_close_below_since', '2004-10', 'month', 'below 10,000 since October 2004', "last_close_at_or_below('DJI',9999.99,'2008-10-03')", S, SINCE,
          'The last close below 10,000 before 2008-10-06 was 2004-10-26 (9,888.48). Intraday, the last low below 10,000 was 2004-10-28 (9,952.48), also October 2004.',
          ref='2008-10-06'),
        C('DJI', 'sessions_in_window', 6, 'sessions', 'In six business days', "count_sessions('DJI','2008-09-26','2008-10-06')", S, COUNT,
          'Sessions after Friday 2008-09-26 up to 2008-10-06: 6.', ref='2008-10-06', window='2008-09-26..2008-10-06'),
        C('DJI', 'pct_change', -11, 'percent', 'slumped nearly 11%', "pct('DJI','2008-09-26','2008-10-06')", S, NEARLY,
          '11,143.13 on 2008-09-26 -> 9,955.50 = -10.66%; nearly 11 allows 10 to 11.5.', q='nearly', ref='2008-10-06', window='2008-09-26..2008-10-06'),
        C('DJI', 'pct_from_ath', 30, 'percent', '30% below', "pct_below_record('DJI','2008-10-06')", S, INT,
          '9,955.50 against the 14,164.53 record close: 29.72% below.', ref='2008-10-06'),
        C('DJI', 'record_close_month', '2007-10', 'month', 'peak of October 2007', "record_close_upto('DJI','2008-10-06')", S, DATE,
          'Record close 14,164.53 on 2007-10-09.', ref='2007-10-09'),
        C('FED_LENDING', 'facility_size', 600, 'USD bn', 'from $300bn to $600bn', None, U, NOFILE,
          'Fed term-auction lending amounts are not in the files.', ref='2008-10-06'),
    ])

# ---------------------------------------------------------------- 3
add('guardian_20081010_dow_plunges_in_minutes', 'theguardian.com',
    'https://www.theguardian.com/business/marketforceslive/2008/oct/10/1',
    'The Guardian (Market Forces blog)', '2008-10-10', 'exact',
    'Date in the URL (2008/oct/10); written during the New York morning of Friday 2008-10-10. "Yesterday" is Thursday 2008-10-09; "last week" is the week of 2008-09-29.',
    "Dow plunges in minutes. The Dow Jones Industrial Average opened sharply lower in New York as the worldwide sell-off went on "
    "into what is already being called Black Friday. The Dow fell nearly 700 points in the first few minutes of trading: from last "
    "night's close of 8579.2 it lost 696.7 points, just over 8%, to 7882.5, before quickly recovering to a fall of around 2.3%, or "
    "200 points. Yesterday the Dow suffered its biggest one-day fall since 1987, dropping 7.3% or 678 points, after last week's "
    "record one-day points fall of 777 points. This time last year the Dow hit a high of 14,279. In London the FTSE 100's losses "
    "eased as the Dow recovered some ground: at around 2.30pm shares in London's top 100 companies were trading around 9% down, "
    "putting the index on course for its third worst ever drop, but that has eased to a 7% decline.",
    [
        C('DJI', 'intraday_change_pts', -700, 'points', 'nearly 700 points in the first few minutes', "r2(low('DJI','2008-10-10')-close('DJI','2008-10-09'))", S, NEARLY,
          'The session low 7,882.51 is 696.68 points below the 8,579.19 close; nearly 700 (unit 14) allows 686-707. The low came in the opening minutes, as the text says; the timing itself is not in the files.',
          q='nearly', ref='2008-10-10', basis='just after the open', detail=rng('DJI', '2008-10-10', 'pts')),
        C('DJI', 'close', 8579.2, 'points', "close of 8579.2", "close('DJI','2008-10-09')", S, D1, 'Close 8,579.19 on 2008-10-09.', ref='2008-10-09'),
        C('DJI', 'intraday_change_pts', -696.7, 'points', '696.7 points', "r2(low('DJI','2008-10-10')-close('DJI','2008-10-09'))", S, D1,
          'Low minus previous close: -696.68.', ref='2008-10-10', basis='intraday low'),
        C('DJI', 'intraday_change_pct', -8, 'percent', 'just over 8%', "r2(100*(low('DJI','2008-10-10')/close('DJI','2008-10-09')-1))", S, MORE,
          'At the low: -8.12%.', q='more than', ref='2008-10-10', basis='intraday low'),
        C('DJI', 'intraday_low', 7882.5, 'points', 'to 7882.5', "low('DJI','2008-10-10')", S, D1, 'Session low 7,882.51.', ref='2008-10-10', basis='intraday low'),
        C('DJI', 'intraday_change_pct', -2.3, 'percent', 'around 2.3%', "day_pct('DJI','2008-10-10')", U, MID,
          'Session range -8.12% to +3.75%; -2.3% lies inside. The Dow closed -1.49%.', q='around', ref='2008-10-10', basis='early trading', detail=rng('DJI', '2008-10-10', 'pct')),
        C('DJI', 'intraday_change_pts', -200, 'points', 'or 200 points', "day_pts('DJI','2008-10-10')", U, MID,
          'Session range -696.68 to +322.09 points; -200 lies inside. Close -128.00.', q='around', ref='2008-10-10', basis='early trading', detail=rng('DJI', '2008-10-10', 'pts')),
        C('DJI', 'biggest_pct_drop_since', '1987', 'year', 'biggest one-day fall since 1987', "biggest_pct_drop_upto('DJI','2008-10-08')", U, NOFILE,
          'The 2008-10-09 drop (-7.33%) is larger than every daily fall in the file before it (largest: -7.18% on 1997-10-27), but the file starts in 1992, so 1987-1991 cannot be checked.',
          ref='2008-10-09'),
        C('DJI', 'daily_change_pct', -7.3, 'percent', 'dropping 7.3%', "day_pct('DJI','2008-10-09')", S, D1, '-7.33%.', ref='2008-10-09'),
        C('DJI', 'daily_change_pts', -678, 'points', 'or 678 points', "day_pts('DJI','2008-10-09')", I, TRUNC, '-678.91 points; "678" truncates it (rounded: 679).', ref='2008-10-09'),
        C('DJI', 'record_daily_pts_drop', -777, 'points', 'fall of 777 points', "day_pts('DJI','2008-09-29')", I, TRUNC,
          'The record points fall of 2008-09-29 was -777.68; "777" truncates it. It was the largest in the file (biggest_pts_drop_upto gives the same day).', ref='2008-09-29'),
        C('DJI', 'record_high', 14279, 'points', 'a high of 14,279', "record_high_upto('DJI','2008-10-09')", I, LVL,
          'The highest intraday high in the file is 14,198.10 on 2007-10-11 ("this time last year"); 14,279 is 0.57% above it. 14,279.96 was the "theoretical" intraday high Dow Jones published at the time; the record close was 14,164.53 (2007-10-09).',
          ref='2007-10-11', basis='intraday high'),
        C('FTSE', 'intraday_pct_change', -9, 'percent', 'around 9% down', None, U, NOFILE, 'The FTSE 100 is not in the files.', q='around', ref='2008-10-10', basis='2.30pm London'),
        C('FTSE', 'rank_worst_drop', 3, 'rank', 'on course for its third worst ever drop', None, N, HYP, '"On course": a conditional projection; the FTSE is not in the files either.', ref='2008-10-10'),
        C('FTSE', 'intraday_pct_change', -7, 'percent', 'a 7% decline', None, U, NOFILE, 'The FTSE 100 is not in the files.', ref='2008-10-10', basis='afternoon London'),
    ])

# ---------------------------------------------------------------- 4
add('guardian_20090220_dow_slips_on_opening', 'theguardian.com',
    'https://www.theguardian.com/business/marketforceslive/2009/feb/20/dowjones-ftse',
    'The Guardian (Market Forces blog)', '2009-02-20', 'exact',
    'Date in the URL (2009/feb/20); written just after the New York open of Friday 2009-02-20. "Last night\'s close" is Thursday 2009-02-19.',
    "Dow Jones slips on opening. Shares on Wall Street opened lower today, sending the London market even further south. The Dow "
    "Jones industrial average has fallen more than 100 points from last night's close of 7465.95, the lowest level of the "
    "financial crisis. Investors feel beleaguered by the run of bad news and by fears that the recession will be longer and deeper "
    "than expected, and that US bank rescues may end up nationalising Citigroup and Bank of America. The Dow Jones dipped to "
    "7327.04, nearly 140 points down on last night. The FTSE 100 has been in negative territory all day and has fallen as far as "
    "3877.76, more than 140 points off last night's close; the blue-chip index now looks almost certain to close below the "
    "symbolic 4000 mark for the first time since 21 November. Only seven of the top 100 companies are recording gains, with "
    "mining group Anglo American leading the fallers.",
    [
        C('DJI', 'intraday_change_pts', -100, 'points', 'fallen more than 100 points', "day_pts('DJI','2009-02-20')", S, BOUND,
          'Session range -216.48 to +3.34 points; the session extreme (-216.48) and the close (-100.28) are both more than 100 points down.',
          q='more than', ref='2009-02-20', basis='just after the open', detail=rng('DJI', '2009-02-20', 'pts')),
        C('DJI', 'close', 7465.95, 'points', "last night's close of 7465.95", "close('DJI','2009-02-19')", S, D2, 'Close 7,465.95 on 2009-02-19.', ref='2009-02-19'),
        C('DJI', 'lowest_close_since', 'crisis', 'flag', 'the lowest level of the financial crisis', "last_close_at_or_below_value('DJI','2009-02-19')", S, SINCE,
          'The last close at or below 7,465.95 was 2002-10-09; the previous low of the crisis was 7,552.29 (2008-11-20). So it was the lowest close of the crisis (since October 2002).',
          ref='2009-02-19'),
        C('DJI', 'intraday_level', 7327.04, 'points', 'dipped to 7327.04', "close('DJI','2009-02-20')", U, MID,
          'Session range 7,249.47-7,469.29; 7,327.04 lies inside. Close 7,365.67.', ref='2009-02-20', basis='early trading', detail=rng('DJI', '2009-02-20')),
        C('DJI', 'intraday_change_pts', -140, 'points', 'nearly 140 points down', "arith('7327.04-7465.95')", S, ARITH + '; ' + NEARLY,
          '7,465.95 - 7,327.04 = 138.91; nearly 140 (unit 2.8) allows 137.2-141.4.', q='nearly', ref='2009-02-20', basis='early trading'),
        C('FTSE', 'intraday_low', 3877.76, 'points', '3877.76', None, U, NOFILE, 'The FTSE 100 is not in the files.', ref='2009-02-20', basis='intraday low'),
        C('FTSE', 'intraday_change_pts', -140, 'points', 'more than 140 points off', None, U, NOFILE, 'The FTSE 100 is not in the files.', q='more than', ref='2009-02-20'),
        C('FTSE', 'first_close_below_since', '2008-11-21', 'date', 'first time since 21 November', None, U, NOFILE,
          'A projected close ("looks almost certain") with a "since" date; the FTSE 100 is not in the files.', ref='2009-02-20'),
        C('FTSE', 'advancers', 7, 'count', 'Only seven of the top 100 companies', None, U, NOFILE, 'FTSE 100 constituent breadth is not in the files.', ref='2009-02-20'),
    ])

# ---------------------------------------------------------------- 5
add('xinhua_20150109_midday_dow_turns_positive', 'en.chinagate.cn',
    'http://en.chinagate.cn/2015-01/09/content_34512595.htm',
    'Xinhua', '2015-01-09', 'exact',
    'Page dated "Xinhua, January 9, 2015" (Beijing time); the text describes midday Thursday 2015-01-08 in New York, a trading day in the files.',
    "U.S. stocks rally midday, Dow up 300 points. U.S. stocks spiked midday Thursday, extending the previous session's strong rebound, as "
    "a firmer labor market and a patient Federal Reserve helped Wall Street recover from the sharp selloffs that opened the year. "
    "The three benchmark indices all rose more than 1.5 percent. The Dow Jones Industrial Average soared as much as 306 points in "
    "late morning trading, bringing the blue-chip index back to slightly positive territory for the year, while the S&P 500 and the "
    "Nasdsaq Composite also briefly turned positive for the New Year shortly before midday. At noon, the Dow jumped 287.35 points, or "
    "1.63 percent, to 17, 871.87. The S&P 500 jumped 33.10 points, or 1.63 percent, to 2,059. 00. The Nasdaq Composite Index rose "
    "81.41 points, or 1.75 percent, to 4,731.88.",
    [
        C('DJI', 'intraday_change_pts', 300, 'points', 'Dow up 300 points', "day_pts('DJI','2015-01-08')", U, MID,
          'Headline figure: session range +7.45 to +331.52 points; 300 lies inside. Close +323.35.', ref='2015-01-08', basis='midday', detail=rng('DJI', '2015-01-08', 'pts')),
        C('DJI', 'intraday_change_pct', 1.5, 'percent', 'all rose more than 1.5 percent', "day_pct('DJI','2015-01-08')", S, BOUND,
          'Close +1.84%, session high +1.89%: both above 1.5%.', q='more than', ref='2015-01-08', basis='midday', detail=rng('DJI', '2015-01-08', 'pct')),
        C('SPX', 'intraday_change_pct', 1.5, 'percent', 'all rose more than 1.5 percent', "day_pct('SPX','2015-01-08')", S, BOUND,
          'Close +1.79%, session high +1.88%: both above 1.5%.', q='more than', ref='2015-01-08', basis='midday', detail=rng('SPX', '2015-01-08', 'pct')),
        C('IXIC', 'intraday_change_pct', 1.5, 'percent', 'all rose more than 1.5 percent', "day_pct('IXIC','2015-01-08')", S, BOUND,
          'Close +1.84%, session high +1.95%: both above 1.5%.', q='more than', ref='2015-01-08', basis='midday', detail=rng('IXIC', '2015-01-08', 'pct')),
        C('DJI', 'intraday_change_pts', 306, 'points', 'as much as 306 points in late morning trading', "r2(high('DJI','2015-01-08')-close('DJI','2015-01-07'))", U, MID,
          'The day\'s high came later (+331.52); a 306-point peak by late morning lies inside the session range and cannot be timed from daily data.',
          q='as much as', ref='2015-01-08', basis='late morning', detail=rng('DJI', '2015-01-08', 'pts')),
        C('DJI', 'ytd_pct_change', 0, 'sign', 'back to slightly positive territory for the year', "r2(100*(17871.87/close('DJI','2014-12-31')-1))", S, ARITH,
          'The noon level 17,871.87 against the 2014 close 17,823.07: +0.27%, slightly positive. At the close +0.48%.', q='more than', ref='2015-01-08', basis='midday'),
        C('SPX', 'ytd_pct_change', 0, 'sign', 'briefly turned positive for the New Year', "r2(100*(high('SPX','2015-01-08')/close('SPX','2014-12-31')-1))", S, EXTREME,
          'The session high 2,064.08 is 0.25% above the 2014 close 2,058.90, so the index did turn positive for the year during the session (close +0.16%).',
          q='more than', ref='2015-01-08', basis='late morning'),
        C('IXIC', 'ytd_pct_change', 0, 'sign', 'briefly turned positive for the New Year', "r2(100*(high('IXIC','2015-01-08')/close('IXIC','2014-12-31')-1))", S, EXTREME,
          'The session high 4,741.38 is 0.11% above the 2014 close 4,736.05; the noon level 4,731.88 was still 0.09% below it, consistent with "briefly". Close 4,736.19 (+0.003%).',
          q='more than', ref='2015-01-08', basis='late morning'),
        C('DJI', 'intraday_change_pts', 287.35, 'points', 'the Dow jumped 287.35 points', "day_pts('DJI','2015-01-08')", U, MID,
          'Session range +7.45 to +331.52 points; inside. 17,871.87 - 17,584.52 (previous close) = 287.35, consistent.', ref='2015-01-08', basis='midday', detail=rng('DJI', '2015-01-08', 'pts')),
        C('DJI', 'intraday_change_pct', 1.63, 'percent', 'or 1.63 percent, to 17', "day_pct('DJI','2015-01-08')", U, MID,
          'Session range +0.04% to +1.89%; inside. Close +1.84%.', ref='2015-01-08', basis='midday', detail=rng('DJI', '2015-01-08', 'pct')),
        C('DJI', 'intraday_level', 17871.87, 'points', '17, 871.87', "close('DJI','2015-01-08')", U, MID,
          'Session range 17,591.97-17,916.04; inside (printed "17, 871.87"). Close 17,907.87.', ref='2015-01-08', basis='midday', detail=rng('DJI', '2015-01-08')),
        C('SPX', 'intraday_change_pts', 33.10, 'points', 'jumped 33.10 points', "day_pts('SPX','2015-01-08')", U, MID,
          'Session range +4.71 to +38.18 points; inside (2,059.00 - 2,025.90 = 33.10). Close +36.24.', ref='2015-01-08', basis='midday', detail=rng('SPX', '2015-01-08', 'pts')),
        C('SPX', 'intraday_change_pct', 1.63, 'percent', 'or 1.63 percent, to 2,059', "day_pct('SPX','2015-01-08')", U, MID,
          'Session range +0.23% to +1.88%; inside. Close +1.79%.', ref='2015-01-08', basis='midday', detail=rng('SPX', '2015-01-08', 'pct')),
        C('SPX', 'intraday_level', 2059.00, 'points', '2,059. 00', "close('SPX','2015-01-08')", U, MID,
          'Session range 2,030.61-2,064.08; inside (printed "2,059. 00"). Close 2,062.14.', ref='2015-01-08', basis='midday', detail=rng('SPX', '2015-01-08')),
        C('IXIC', 'intraday_change_pts', 81.41, 'points', 'rose 81.41 points', "day_pts('IXIC','2015-01-08')", U, MID,
          'Session range +37.55 to +90.91 points; inside (4,731.88 - 4,650.47 = 81.41). Close +85.72.', ref='2015-01-08', basis='midday', detail=rng('IXIC', '2015-01-08', 'pts')),
        C('IXIC', 'intraday_change_pct', 1.75, 'percent', 'or 1.75 percent', "day_pct('IXIC','2015-01-08')", U, MID,
          'Session range +0.81% to +1.95%; inside. Close +1.84%.', ref='2015-01-08', basis='midday', detail=rng('IXIC', '2015-01-08', 'pct')),
        C('IXIC', 'intraday_level', 4731.88, 'points', 'to 4,731.88', "close('IXIC','2015-01-08')", U, MID,
          'Session range 4,688.02-4,741.38; inside. Close 4,736.19.', ref='2015-01-08', basis='midday', detail=rng('IXIC', '2015-01-08')),
    ])

# ---------------------------------------------------------------- 6
add('rte_20180105_dow_tops_25000', 'rte.ie',
    'https://www.rte.ie/news/business/2018/0105/931171-new-dow-jones-high',
    'RTE News', '2018-01-05', 'exact',
    'Date in the URL (2018/0105); "last night" is Thursday 2018-01-04, and "Wednesday" / "a day earlier" are 2018-01-03 / 2018-01-02.',
    "Dow Jones tops 25,000 milestone as Wall St extends New Year's rally. The Dow Jones broke above the 25,000 level for the first "
    "time on Wall Street last night, propelled by strong global economic data that extended the New Year's rally. The 30-member "
    "blue-chip index crossed five 1,000-point marks in 2017 on solid corporate earnings and hopes for a pro-growth agenda from "
    "President Donald Trump. It took less than a year for the Dow to add a 5,000-point milestone, which is the fastest since the "
    "index was created in May 1896. Wall Street has started 2018 strongly: the benchmark S&P index closed above 2,700 for the "
    "first time on Wednesday and the Nasdaq settled above 7,000 a day earlier. Both indexes also registered closing record highs "
    "last night. The Dow Jones Industrial Average rose 152 points (0.6%) to close at 25,075, while the S&P 500 gained 11 points "
    "(0.4%) to end at 2,724 and the Nasdaq Composite added 12 points (0.18%) to finish at 7,078. The Cboe Volatility Index, the "
    "VIX, closed at 9.22. Despite a blizzard in the US Northeast, about seven billion shares changed hands on US exchanges.",
    [
        C('DJI', 'first_close_above', 25000, 'points', 'broke above the 25,000 level for the first time', "first_close_at_or_above('DJI',25000)", S, FIRST,
          'First close at or above 25,000: 2018-01-04 (25,075.13). Intraday the Dow also first traded above 25,000 that day (high 25,105.96).', ref='2018-01-04'),
        C('DJI', 'milestones_crossed_in_year', 5, 'count', 'crossed five 1,000-point marks in 2017',
          "[first_close_at_or_above('DJI',x) for x in (19000,20000,21000,22000,23000,24000,25000)]", S, COUNT,
          'First closes above 20,000 (2017-01-25), 21,000 (2017-03-01), 22,000 (2017-08-02), 23,000 (2017-10-18) and 24,000 (2017-11-30): five in 2017; 19,000 came in 2016 and 25,000 in 2018.',
          ref='2017-12-29', window='2017'),
        C('DJI', 'days_for_5000_points', 365, 'days', 'less than a year', "days_between(first_close_at_or_above('DJI',20000),first_close_at_or_above('DJI',25000))", S, LESS,
          'From the first close above 20,000 (2017-01-25) to the first above 25,000 (2018-01-04): 344 days.', q='less than', ref='2018-01-04'),
        C('DJI', 'fastest_5000_since', '1896-05', 'month', 'fastest since the index was created in May 1896', None, U, NOFILE,
          'Needs the Dow\'s history since 1896; the file starts in 1992.', ref='2018-01-04'),
        C('SPX', 'first_close_above', 2700, 'points', 'closed above 2,700 for the first time on Wednesday', "first_close_at_or_above('SPX',2700)", S, FIRST,
          'First close at or above 2,700: Wednesday 2018-01-03 (2,713.06).', ref='2018-01-03'),
        C('IXIC', 'first_close_above', 7000, 'points', 'settled above 7,000 a day earlier', "first_close_at_or_above('IXIC',7000)", S, FIRST,
          'First close at or above 7,000: Tuesday 2018-01-02 (7,006.90).', ref='2018-01-02'),
        C('SPX', 'record_close', True, 'flag', 'Both indexes also registered closing record highs', "is_record_close('SPX','2018-01-04')", S, REC,
          '2,723.99 above the previous record close 2,713.06 (2018-01-03).', ref='2018-01-04'),
        C('IXIC', 'record_close', True, 'flag', 'Both indexes also registered closing record highs', "is_record_close('IXIC','2018-01-04')", S, REC,
          '7,077.91 above the previous record close 7,065.53 (2018-01-03).', ref='2018-01-04'),
        C('DJI', 'daily_change_pts', 152, 'points', 'rose 152 points', "day_pts('DJI','2018-01-04')", S, INT, '+152.45.', ref='2018-01-04'),
        C('DJI', 'daily_change_pct', 0.6, 'percent', '(0.6%)', "day_pct('DJI','2018-01-04')", S, D1, '+0.61%.', ref='2018-01-04'),
        C('DJI', 'close', 25075, 'points', 'close at 25,075', "close('DJI','2018-01-04')", S, INT, 'Close 25,075.13.', ref='2018-01-04'),
        C('SPX', 'daily_change_pts', 11, 'points', 'gained 11 points', "day_pts('SPX','2018-01-04')", S, INT, '+10.93.', ref='2018-01-04'),
        C('SPX', 'daily_change_pct', 0.4, 'percent', '(0.4%)', "day_pct('SPX','2018-01-04')", S, D1, '+0.40%.', ref='2018-01-04'),
        C('SPX', 'close', 2724, 'points', 'end at 2,724', "close('SPX','2018-01-04')", S, INT, 'Close 2,723.99.', ref='2018-01-04'),
        C('IXIC', 'daily_change_pts', 12, 'points', 'added 12 points', "day_pts('IXIC','2018-01-04')", S, INT, '+12.38.', ref='2018-01-04'),
        C('IXIC', 'daily_change_pct', 0.18, 'percent', '(0.18%)', "day_pct('IXIC','2018-01-04')", S, D2, '+0.18%.', ref='2018-01-04'),
        C('IXIC', 'close', 7078, 'points', 'finish at 7,078', "close('IXIC','2018-01-04')", S, INT, 'Close 7,077.91.', ref='2018-01-04'),
        C('VIX', 'close', 9.22, 'points', 'closed at 9.22', "close('VIX','2018-01-04')", S, D2, 'CBOE close 9.22.', ref='2018-01-04'),
        C('VOLUME', 'shares_traded', 7, 'billion shares', 'about seven billion shares', None, U, NOFILE,
          'Consolidated US exchange volume is not in the files (the GSPC volume column is not a whole-market count).', q='about', ref='2018-01-04'),
    ])

# ---------------------------------------------------------------- 7
add('rttnews_20180919_dow_seven_month_high_midday', 'markets.businessinsider.com',
    'https://markets.businessinsider.com/news/stocks/dow-reaches-seven-month-high-but-nasdaq-posting-modest-loss-u-s-commentary-1027548486',
    'RTTNews', '2018-09-19', 'exact',
    'Byline "Sep. 19, 2018, 11:59 AM"; a mid-day commentary on Wednesday 2018-09-19. "Next week\'s Federal Reserve meeting" is 2018-09-25/26.',
    "Dow reaches seven-month high but Nasdaq posting modest loss - U.S. Commentary. After moving in opposite directions early in "
    "the session, stocks are still turning in a mixed performance in mid-day trading on Wednesday: the Dow has climbed to its best "
    "intraday level in over seven months, while the tech-heavy Nasdaq is posting a modest loss. Currently, the Nasdaq is down 12.51 "
    "points or 0.2 percent at 7,943.59, but the Dow is up 195.02 points or 0.7 percent at 26,441.98 and the S&P 500 is up 6.01 "
    "points or 0.2 percent at 2,910.32. The mixed showing comes amid lingering worries about the U.S.-China trade dispute. With the "
    "widely anticipated tariff announcements behind them, traders may also be looking ahead to next week's Federal Reserve meeting, "
    "where the Fed is widely expected to raise interest rates by another quarter point.",
    [
        C('DJI', 'highest_intraday_since', 'over seven months', 'window', 'best intraday level in over seven months', "last_high_at_or_above_value('DJI','2018-09-19')", S, SINCE,
          'The session high 26,464.41 was last matched on 2018-01-29 (high 26,608.90), about 7.7 months earlier; the 26,441.98 midday level was also last reached on 2018-01-29.',
          ref='2018-09-19', basis='intraday high'),
        C('IXIC', 'intraday_change_pts', -12.51, 'points', 'down 12.51', "day_pts('IXIC','2018-09-19')", U, MID,
          'Session range -38.38 to +20.01 points; inside. Close -6.07.', ref='2018-09-19', basis='midday', detail=rng('IXIC', '2018-09-19', 'pts')),
        C('IXIC', 'intraday_change_pct', -0.2, 'percent', 'points or 0.2 percent at 7,943.59', "day_pct('IXIC','2018-09-19')", U, MID,
          'Session range -0.48% to +0.25%; inside. Close -0.08%.', ref='2018-09-19', basis='midday', detail=rng('IXIC', '2018-09-19', 'pct')),
        C('IXIC', 'intraday_level', 7943.59, 'points', '7,943.59', "close('IXIC','2018-09-19')", U, MID,
          'Session range 7,917.73-7,976.12; inside. Close 7,950.04.', ref='2018-09-19', basis='midday', detail=rng('IXIC', '2018-09-19')),
        C('DJI', 'intraday_change_pts', 195.02, 'points', 'up 195.02', "day_pts('DJI','2018-09-19')", U, MID,
          'Session range +33.80 to +217.45 points; inside. Close +158.80.', ref='2018-09-19', basis='midday', detail=rng('DJI', '2018-09-19', 'pts')),
        C('DJI', 'intraday_change_pct', 0.7, 'percent', 'points or 0.7 percent', "day_pct('DJI','2018-09-19')", U, MID,
          'Session range +0.13% to +0.83%; inside. Close +0.61%.', ref='2018-09-19', basis='midday', detail=rng('DJI', '2018-09-19', 'pct')),
        C('DJI', 'intraday_level', 26441.98, 'points', '26,441.98', "close('DJI','2018-09-19')", U, MID,
          'Session range 26,280.76-26,464.41; inside. Close 26,405.76.', ref='2018-09-19', basis='midday', detail=rng('DJI', '2018-09-19')),
        C('SPX', 'intraday_change_pts', 6.01, 'points', 'up 6.01', "day_pts('SPX','2018-09-19')", U, MID,
          'Session range -0.49 to +8.05 points; inside. Close +3.64.', ref='2018-09-19', basis='midday', detail=rng('SPX', '2018-09-19', 'pts')),
        C('SPX', 'intraday_change_pct', 0.2, 'percent', 'points or 0.2 percent at 2,910.32', "day_pct('SPX','2018-09-19')", U, MID,
          'Session range -0.02% to +0.28%; inside. Close +0.13%.', ref='2018-09-19', basis='midday', detail=rng('SPX', '2018-09-19', 'pct')),
        C('SPX', 'intraday_level', 2910.32, 'points', 'at 2,910.32', "close('SPX','2018-09-19')", U, MID,
          'Session range 2,903.82-2,912.36; inside. Close 2,907.95.', ref='2018-09-19', basis='midday', detail=rng('SPX', '2018-09-19')),
        C('FEDFUNDS', 'meeting_date', '2018-09-26', 'date', "next week's Federal Reserve meeting", "is_fomc_day('2018-09-26')", S, DATE,
          'FOMC_meetings.csv lists a scheduled decision day on Wednesday 2018-09-26, in the following week.', ref='2018-09-26'),
        C('FEDFUNDS', 'expected_change_pts', 0.25, 'points', 'raise interest rates by another quarter point', "fed_changes('2018-09-20','2018-09-30')", F, FC,
          'An expectation, not judged. (The target range did rise by 0.25 point, effective 2018-09-27.)', ref='2018-09-26'),
    ])

# ---------------------------------------------------------------- 8
add('sharecafe_20190715_asx_softer_despite_wall_st_records', 'sharecafe.com.au',
    'https://www.sharecafe.com.au/2019/07/15/asx-set-for-softer-open-despite-wall-st-records/',
    'ShareCafe (Glenn Dyer)', '2019-07-15', 'exact',
    'Date in the URL (2019/07/15), Monday morning in Sydney; "Friday" is 2019-07-12 and "the week" runs from the close of Friday 2019-07-05.',
    "ASX set for softer open despite Wall St records. Australian shares are looking at a weak start this morning despite a solid "
    "finish to last week on Wall Street, where all three major indexes closed at new highs on Friday. Overnight the share price index "
    "futures closed down 30 points, pointing to a fall at the open. Wall Street stocks set more records on Friday, jumping in late "
    "trade after Federal Reserve Chairman Jerome Powell's two days of congressional testimony bolstered expectations of an "
    "interest-rate cut at the end of the month. The Dow rose 243.95 points, or 0.9%, to 27,332.03, the S&P 500 was up 13.86 points, "
    "or 0.46%, to 3,013.77 and the Nasdaq gained 48.10 points, or 0.59%, to end at 8,244.14. For the week, the S&P 500 added 0.8%, "
    "the Dow was up 1.5% and the Nasdaq gained 1%. Friday's gains added to highs set earlier in the week. In Australia the ASX 200 "
    "index fell 0.8% to 6696.5.",
    [
        C('DJI', 'record_close', True, 'flag', 'all three major indexes closed at new highs', "is_record_close('DJI','2019-07-12')", S, REC, 'Record close 27,332.03.', ref='2019-07-12'),
        C('SPX', 'record_close', True, 'flag', 'all three major indexes closed at new highs', "is_record_close('SPX','2019-07-12')", S, REC, 'Record close 3,013.77.', ref='2019-07-12'),
        C('IXIC', 'record_close', True, 'flag', 'all three major indexes closed at new highs', "is_record_close('IXIC','2019-07-12')", S, REC, 'Record close 8,244.14.', ref='2019-07-12'),
        C('ASX_SPI', 'futures_change_pts', -30, 'points', 'closed down 30 points', None, U, NOFILE, 'ASX SPI 200 futures are not in the files.', ref='2019-07-12'),
        C('FEDFUNDS', 'expected_cut', 'end of July', 'event', 'interest-rate cut at the end of the month', None, F, FC,
          'Market expectation of a cut at the 2019-07-31 meeting; not judged (the Fed did cut then).', ref='2019-07-31'),
        C('DJI', 'daily_change_pts', 243.95, 'points', 'rose 243.95 points', "day_pts('DJI','2019-07-12')", S, D2, '+243.95.', ref='2019-07-12'),
        C('DJI', 'daily_change_pct', 0.9, 'percent', 'or 0.9%', "day_pct('DJI','2019-07-12')", S, D1, '+0.90%.', ref='2019-07-12'),
        C('DJI', 'close', 27332.03, 'points', '27,332.03', "close('DJI','2019-07-12')", S, D2, 'Close 27,332.03.', ref='2019-07-12'),
        C('SPX', 'daily_change_pts', 13.86, 'points', 'up 13.86 points', "day_pts('SPX','2019-07-12')", S, D2, '+13.86.', ref='2019-07-12'),
        C('SPX', 'daily_change_pct', 0.46, 'percent', 'or 0.46%', "day_pct('SPX','2019-07-12')", S, D2, '+0.46%.', ref='2019-07-12'),
        C('SPX', 'close', 3013.77, 'points', '3,013.77', "close('SPX','2019-07-12')", S, D2, 'Close 3,013.77.', ref='2019-07-12'),
        C('IXIC', 'daily_change_pts', 48.10, 'points', 'gained 48.10 points', "day_pts('IXIC','2019-07-12')", S, D2, '+48.10.', ref='2019-07-12'),
        C('IXIC', 'daily_change_pct', 0.59, 'percent', 'or 0.59%', "day_pct('IXIC','2019-07-12')", S, D2, '+0.59%.', ref='2019-07-12'),
        C('IXIC', 'close', 8244.14, 'points', '8,244.14', "close('IXIC','2019-07-12')", S, D2, 'Close 8,244.14.', ref='2019-07-12'),
        C('SPX', 'week_pct_change', 0.8, 'percent', 'the S&P 500 added 0.8%', "week_return('SPX','2019-07-12')", S, D1, '2,990.41 -> 3,013.77 = +0.78%.', ref='2019-07-12', window='2019-07-05..2019-07-12'),
        C('DJI', 'week_pct_change', 1.5, 'percent', 'the Dow was up 1.5%', "week_return('DJI','2019-07-12')", S, D1, '26,922.12 -> 27,332.03 = +1.52%.', ref='2019-07-12', window='2019-07-05..2019-07-12'),
        C('IXIC', 'week_pct_change', 1, 'percent', 'the Nasdaq gained 1%', "week_return('IXIC','2019-07-12')", S, INT, '8,161.79 -> 8,244.14 = +1.01%.', ref='2019-07-12', window='2019-07-05..2019-07-12'),
        C('DJI, SPX, IXIC', 'record_close_earlier_in_week', True, 'flag', 'highs set earlier in the week',
          "[is_record_close(t,d) for t in ('DJI','SPX','IXIC') for d in ('2019-07-10','2019-07-11')]", S, REC,
          'Record closes earlier in the week: the Dow and the S&P 500 on Thursday 2019-07-11, the Nasdaq on Wednesday 2019-07-10.', ref='2019-07-11'),
        C('ASX200', 'pct_change', -0.8, 'percent', 'index fell 0.8%', None, U, NOFILE, 'The S&P/ASX 200 is not in the files (the page does not make clear whether the fall is Friday\'s or the week\'s).', ref='2019-07-12'),
        C('ASX200', 'close', 6696.5, 'points', 'to 6696.5', None, U, NOFILE, 'The S&P/ASX 200 is not in the files.', ref='2019-07-12'),
    ])

# ---------------------------------------------------------------- 9
add('kyodo_20200310_dow_nosedive_trading_halt', 'infofinanceblog.com',
    'http://infofinanceblog.com/us-stocks-nosedive-on-virus-fear-trading-briefly-suspended-kyodo-news-plus',
    'Kyodo News (repost)', '2020-03-10', 'medium',
    'Undated repost of a Kyodo News+ story about "Monday" in New York; the figures are those of Monday 2020-03-09, and Kyodo\'s Tokyo-time report of that session would be dated Tuesday 2020-03-10 (2020-03-09 if dated in New York).',
    "U.S. stocks nosedive on virus fear, trading briefly suspended. U.S. stocks took a nosedive in New York on Monday, the Dow marking "
    "its largest single-day points drop amid growing concerns over the coronavirus's impact on the global economy. The 30-issue Dow "
    "Jones Industrial Average lost 2,013.76 points, or 7.79 percent, to end at 23,851.02. It was the sharpest decline since the Dow "
    "registered a 7.87 percent fall on Oct. 15, 2008, when the market was roiled by the global financial crisis. The tech-heavy Nasdaq "
    "Composite Index shed 624.94 points, or 7.29 percent, to 7,950.68. Several minutes after the start of trading the Dow fell over "
    "1,800 points, or more than 7 percent, and the broader S&P 500 also skidded more than 7 percent, triggering a temporary suspension "
    "of stock trading. Trading resumed after 15 minutes but selling continued, sending the Dow briefly over 2,100 points lower than "
    "Friday's closing quote. The sell-off was global: the 225-issue Nikkei Stock Average finished below the 20,000 threshold on Monday, "
    "and benchmark indexes in Britain, Germany and Italy fell by 7.5 percent to 11.2 percent.",
    [
        C('DJI', 'record_daily_pts_drop', True, 'flag', 'largest single-day points drop', "biggest_pts_drop_upto('DJI','2020-03-09')", S, REC,
          'The -2,013.76 of 2020-03-09 is the largest daily point fall in the file up to that day (previous: -1,190.95 on 2020-02-27).', ref='2020-03-09'),
        C('DJI', 'daily_change_pts', -2013.76, 'points', 'lost 2,013.76 points', "day_pts('DJI','2020-03-09')", S, D2, '-2,013.76.', ref='2020-03-09'),
        C('DJI', 'daily_change_pct', -7.79, 'percent', 'or 7.79 percent', "day_pct('DJI','2020-03-09')", S, D2, '-7.79%.', ref='2020-03-09'),
        C('DJI', 'close', 23851.02, 'points', 'to end at 23,851.02', "close('DJI','2020-03-09')", S, D2, 'Close 23,851.02.', ref='2020-03-09'),
        C('DJI', 'biggest_pct_drop_since', '2008-10-15', 'date', 'sharpest decline since the Dow registered', "last_drop_as_big('DJI','2020-03-09')", S, SINCE,
          'The last daily fall at least as large as -7.79% was 2008-10-15.', ref='2020-03-09'),
        C('DJI', 'daily_change_pct', -7.87, 'percent', '7.87 percent fall on Oct. 15, 2008', "day_pct('DJI','2008-10-15')", S, D2, '-7.87% on 2008-10-15.', ref='2008-10-15'),
        C('IXIC', 'daily_change_pts', -624.94, 'points', 'shed 624.94 points', "day_pts('IXIC','2020-03-09')", S, D2, '-624.94.', ref='2020-03-09'),
        C('IXIC', 'daily_change_pct', -7.29, 'percent', 'or 7.29 percent', "day_pct('IXIC','2020-03-09')", S, D2, '-7.29%.', ref='2020-03-09'),
        C('IXIC', 'close', 7950.68, 'points', 'to 7,950.68', "close('IXIC','2020-03-09')", S, D2, 'Close 7,950.68.', ref='2020-03-09'),
        C('DJI', 'intraday_change_pts', -1800, 'points', 'fell over 1,800 points', "day_pts('DJI','2020-03-09')", S, BOUND,
          'Session range -2,158.71 to -872.42 points; the close (-2,013.76) and the session extreme (-2,158.71) are both more than 1,800 down.',
          q='more than', ref='2020-03-09', basis='just after the open', detail=rng('DJI', '2020-03-09', 'pts')),
        C('DJI', 'intraday_change_pct', -7, 'percent', 'or more than 7 percent, and', "day_pct('DJI','2020-03-09')", S, BOUND,
          'Close -7.79%, session extreme -8.35%: both beyond 7%.', q='more than', ref='2020-03-09', basis='just after the open', detail=rng('DJI', '2020-03-09', 'pct')),
        C('SPX', 'intraday_change_pct', -7, 'percent', 'also skidded more than 7 percent', "day_pct('SPX','2020-03-09')", S, BOUND,
          'Close -7.60%, session low -8.01%: both beyond 7% (the level that triggers the market-wide halt).', q='more than', ref='2020-03-09', basis='just after the open', detail=rng('SPX', '2020-03-09', 'pct')),
        C('DJI', 'intraday_change_pts', -2100, 'points', 'briefly over 2,100 points lower', "r2(low('DJI','2020-03-09')-close('DJI','2020-03-06'))", S, EXTREME + '; ' + MORE,
          'Session low 23,706.07 against Friday\'s 25,864.78 close: -2,158.71 points.', q='more than', ref='2020-03-09', basis='intraday low'),
        C('NIKKEI', 'close_below', 20000, 'points', 'below the 20,000 threshold', None, U, NOFILE, 'The Nikkei 225 is not in the files.', q='below', ref='2020-03-09'),
        C('EUROPE', 'daily_change_pct_range', [-7.5, -11.2], 'percent', '7.5 percent to 11.2 percent', None, U, NOFILE, 'European indexes are not in the files.', ref='2020-03-09'),
    ])

# ---------------------------------------------------------------- 10
add('abcau_20200317_dow_plunges_13pc', 'amp.abc.net.au',
    'https://amp.abc.net.au/article/12061674',
    'ABC News (Australia)', '2020-03-17', 'high',
    'The page shows no date ("Posted, updated"). The figures are those of Monday 2020-03-16 in New York (Dow -2,997.10 to 20,188.52), reported before the ASX open (7:20am AEDT), so Tuesday 2020-03-17 in Australia.',
    "Dow Jones plunges 13 per cent as coronavirus sell-off intensifies on Wall Street and Donald Trump warns of US recession. By "
    "business reporter David Chau. Wall Street has suffered its biggest drop in 33 years as coronavirus panic selling plunged "
    "global markets further into bear-market territory. The Dow Jones index dropped 2,999 points, or 12.9 per cent, to 20,187. The "
    "plunge wiped out three years' worth of gains, with Dow investors back to where they started if they began investing in "
    "February 2017. It was also the worst day since the 1987 \"Black Monday\" crash, when the industrial-skewed index shed nearly "
    "23 per cent of its value in a single day. The benchmark S&P 500 dropped 12 per cent to 2,386 points, and the tech-heavy Nasdaq "
    "fell 12.3 per cent to 6,905. US markets hit their low point after President Trump told reporters the US \"may be\" heading into "
    "a recession. London's FTSE and Germany's DAX lost 4 and 5.3 per cent respectively. By 7:20am (AEDT), ASX futures were pointing "
    "to an opening plunge of 4.1 per cent or 209 points. The frenzied sell-off on Wall Street triggered another automatic 15-minute "
    "trading halt, or \"circuit breaker\" - the fourth emergency pause on US markets in six days.",
    [
        C('DJI', 'daily_change_pct', -13, 'percent', 'plunges 13 per cent', "day_pct('DJI','2020-03-16')", S, INT, 'Headline: -12.93%.', ref='2020-03-16'),
        C('SPX', 'biggest_pct_drop_since', '33 years', 'window', 'biggest drop in 33 years', "last_drop_as_big('SPX','2020-03-16')", S, SINCE,
          'Judged on the S&P 500, whose file covers 1987: its -11.98% was the largest daily fall since 1987-10-19 (-20.47%), 33 calendar years earlier. The Dow file starts in 1992 (see the "since 1987" claim).',
          ref='2020-03-16'),
        C('SPX', 'bear_market', True, 'flag', 'further into bear-market territory', "pct_below_record('SPX','2020-03-16')", S, 'bear market: close at least 20% below the record close',
          'The S&P 500 closed 29.53% below its record close (the Dow 31.68%, the Nasdaq 29.67%), deeper than the week before.', ref='2020-03-16'),
        C('DJI', 'daily_change_pts', -2999, 'points', 'dropped 2,999 points', "day_pts('DJI','2020-03-16')", I, PTS20,
          'The file has -2,997.10 points; 2,999 is 1.9 points too large (the early figure before the official close).', ref='2020-03-16'),
        C('DJI', 'daily_change_pct', -12.9, 'percent', 'or 12.9 per cent', "day_pct('DJI','2020-03-16')", S, D1, '-12.93%.', ref='2020-03-16'),
        C('DJI', 'close', 20187, 'points', 'to 20,187', "close('DJI','2020-03-16')", I, LVL, 'Close 20,188.52; 20,187 is 1.52 points (0.008%) off.', ref='2020-03-16'),
        C('DJI', 'years_of_gains_erased', 3, 'years', "wiped out three years' worth of gains", "years_between(last_close_at_or_below_value('DJI','2020-03-16'),'2020-03-16')", S, INT,
          'The last close at or below 20,188.52 was 2017-02-09, 3.1 years earlier.', ref='2020-03-16'),
        C('DJI', 'lowest_close_since', '2017-02', 'month', 'began investing in February 2017', "last_close_at_or_below_value('DJI','2020-03-16')", S, SINCE,
          'Last close at or below 20,188.52: 2017-02-09 (20,172.40).', ref='2020-03-16'),
        C('DJI', 'worst_day_since', '1987', 'year', 'worst day since the 1987', "biggest_pct_drop_upto('DJI','2020-03-13')", U, NOFILE,
          'The -12.93% is the largest daily fall in the Dow file (previous largest -9.99% on 2020-03-12), but the file starts in 1992, so 1987-1991 cannot be checked (the S&P 500 file confirms no larger fall since 1987 for that index).',
          ref='2020-03-16'),
        C('DJI', 'daily_change_pct_1987', -23, 'percent', 'nearly 23 per cent', None, U, NOFILE, 'The Dow file starts in 1992.', q='nearly', ref='1987-10-19'),
        C('SPX', 'daily_change_pct', -12, 'percent', 'dropped 12 per cent', "day_pct('SPX','2020-03-16')", S, INT, '-11.98%.', ref='2020-03-16'),
        C('SPX', 'close', 2386, 'points', 'to 2,386 points', "close('SPX','2020-03-16')", S, INT, 'Close 2,386.13.', ref='2020-03-16'),
        C('IXIC', 'daily_change_pct', -12.3, 'percent', 'fell 12.3 per cent', "day_pct('IXIC','2020-03-16')", S, D1, '-12.32%.', ref='2020-03-16'),
        C('IXIC', 'close', 6905, 'points', 'to 6,905', "close('IXIC','2020-03-16')", S, INT, 'Close 6,904.59.', ref='2020-03-16'),
        C('FTSE', 'daily_change_pct', -4, 'percent', 'lost 4 and 5.3 per cent', None, U, NOFILE, 'The FTSE 100 is not in the files.', ref='2020-03-16'),
        C('DAX', 'daily_change_pct', -5.3, 'percent', 'lost 4 and 5.3 per cent', None, U, NOFILE, 'The DAX is not in the files.', ref='2020-03-16'),
        C('ASX_SPI', 'futures_change_pct', -4.1, 'percent', 'plunge of 4.1 per cent', None, U, NOFILE, 'ASX SPI 200 futures are not in the files.', ref='2020-03-17'),
        C('ASX_SPI', 'futures_change_pts', -209, 'points', 'or 209 points', None, U, NOFILE, 'ASX SPI 200 futures are not in the files.', ref='2020-03-17'),
        C('SPX', 'circuit_breaker_count', 4, 'count', 'the fourth emergency pause on US markets in six days', "count_deep_intraday_drops('SPX','2020-03-06','2020-03-16',7)", X, 'count off by more than 20%: contradicted',
          'A market-wide halt needs the S&P 500 to fall 7% below the previous close. In the six sessions 2020-03-09..16 the S&P low reached -7% only on 2020-03-09 (-8.01%), 2020-03-12 (-9.58%) and 2020-03-16 (-12.18%): at most three halts, so this was the third, not the fourth (the fourth came on 2020-03-18).',
          ref='2020-03-16', window='2020-03-09..2020-03-16'),
    ])

# ---------------------------------------------------------------- 11
add('forexlive_20200818_sp_intraday_record', 'forexlive.com',
    'https://www.forexlive.com/technical-analysis/!/nasdaq-making-new-session-highs-sp-recouping-its-losses-as-well-20200818',
    'ForexLive', '2020-08-18', 'exact',
    'Date in the URL (20200818); written during the session of Tuesday 2020-08-18.',
    "NASDAQ making new session highs. S&P recouping its losses as well. The S&P remains below its all-time intraday high reached "
    "earlier today at 3395.06. The NASDAQ index is trading to new session highs at 11215.98, up 86 points or 0.78% on the day, "
    "and that is yet another new all-time record. Amazon shares are up 4.13% and Tesla shares 4.21%. The S&P index is pushing its "
    "way back toward that high for the day, which took out the previous all-time record at 3393.52 reached on February 19. If the "
    "price today closes above 3386.15, it would be a record high close for the S&P index. Meanwhile the Dow industrial average "
    "still remains negative on the day, currently down 22.9 points or -0.08% at 27822.20, dragged down by financials: Bank of "
    "America is down -1.39%.",
    [
        C('SPX', 'record_intraday_high', 3395.06, 'points', 'all-time intraday high reached earlier today at 3395.06', "record_high_upto('SPX','2020-08-18')", S, D2 + '; ' + RECH,
          'The session high 3,395.06 is the highest high in the file up to that day (previous: 3,393.52 on 2020-02-19).', ref='2020-08-18', basis='intraday high'),
        C('IXIC', 'intraday_level', 11215.98, 'points', 'new session highs at 11215.98', "close('IXIC','2020-08-18')", U, MID,
          'Session range 11,103.83-11,230.62; inside (the day\'s high came later). Close 11,210.84.', ref='2020-08-18', basis='intraday', detail=rng('IXIC', '2020-08-18')),
        C('IXIC', 'intraday_change_pts', 86, 'points', 'up 86 points', "day_pts('IXIC','2020-08-18')", U, MID,
          'Session range -25.90 to +100.89 points; inside (11,215.98 - 11,129.73 = 86.25). Close +81.11.', ref='2020-08-18', basis='intraday', detail=rng('IXIC', '2020-08-18', 'pts')),
        C('IXIC', 'intraday_change_pct', 0.78, 'percent', 'or 0.78% on the day', "day_pct('IXIC','2020-08-18')", U, MID,
          'Session range -0.23% to +0.91%; inside (from the stated level: +0.77%). Close +0.73%.', ref='2020-08-18', basis='intraday', detail=rng('IXIC', '2020-08-18', 'pct')),
        C('IXIC', 'intraday_record', True, 'flag', 'yet another new all-time record', "record_high_before('IXIC','2020-08-18')", S, ARITH + '; ' + RECH,
          'The stated 11,215.98 is above the highest earlier high, 11,144.53 (2020-08-17); the session high 11,230.62 was a record too.', ref='2020-08-18', basis='intraday'),
        C('AMZN', 'intraday_pct_change', 4.13, 'percent', 'Amazon shares are up 4.13%', None, U, NOFILE, 'Single stocks are not in the files.', ref='2020-08-18', basis='intraday'),
        C('TSLA', 'intraday_pct_change', 4.21, 'percent', 'Tesla shares 4.21%', None, U, NOFILE, 'Single stocks are not in the files.', ref='2020-08-18', basis='intraday'),
        C('SPX', 'previous_intraday_record', 3393.52, 'points', 'previous all-time record at 3393.52 reached on February 19', "record_high_before('SPX','2020-08-18')", S, D2,
          'Highest earlier high: 3,393.52 on 2020-02-19; level and date match.', ref='2020-02-19', basis='intraday high'),
        C('SPX', 'record_close_level', 3386.15, 'points', 'closes above 3386.15', "record_close_before('SPX','2020-08-18')", S, D2,
          'The record close before the day was 3,386.15 (2020-02-19), so the threshold is right; the conditional itself is not a claim of fact (the S&P then closed at a record 3,389.78).',
          ref='2020-02-19'),
        C('DJI', 'intraday_change_pts', -22.9, 'points', 'down 22.9 points', "day_pts('DJI','2020-08-18')", U, MID,
          'Session range -176.12 to +46.21 points; inside. Close -66.84.', ref='2020-08-18', basis='intraday', detail=rng('DJI', '2020-08-18', 'pts')),
        C('DJI', 'intraday_change_pct', -0.08, 'percent', '-0.08%', "day_pct('DJI','2020-08-18')", U, MID,
          'Session range -0.63% to +0.17%; inside. Close -0.24%.', ref='2020-08-18', basis='intraday', detail=rng('DJI', '2020-08-18', 'pct')),
        C('DJI', 'intraday_level', 27822.20, 'points', 'at 27822.20', "close('DJI','2020-08-18')", U, MID,
          'Session range 27,668.79-27,891.12; inside. Close 27,778.07.', ref='2020-08-18', basis='intraday', detail=rng('DJI', '2020-08-18')),
        C('BAC', 'intraday_pct_change', -1.39, 'percent', 'down -1.39%', None, U, NOFILE, 'Single stocks are not in the files.', ref='2020-08-18', basis='intraday'),
    ])

# ---------------------------------------------------------------- 12
add('xinhua_20200902_dow_best_day_since_july', 'bignewsnetwork.com',
    'https://bignewsnetwork.com/news/266285232/wall-street-joins-global-markets-in-reaching-for-the-stars',
    'Xinhua (via Big News Network)', '2020-09-02', 'high',
    'Dateline "NEW YORK, Sept. 2 (Xinhua/Big News Network)"; the year is not printed but every figure matches Wednesday 2020-09-02.',
    "Wall Street joins global markets in reaching for the stars. NEW YORK, Sept. 2 (Xinhua) -- U.S. equities finished noticeably "
    "higher on Wednesday, with the Dow jumping more than 450 points. The Dow Jones Industrial Average increased 454.84 points, or 1.59 "
    "percent, to 29,100.50, marking its best single-day rise since July 14. It was also the first close above 29,000 since February "
    "for the blue-chip index. The S&P 500 rose 54.19 points, or 1.54 percent, to 3,580.84. The Nasdaq Composite Index increased "
    "116.78 points, or 0.98 percent, to 12,056.44. The S&P 500 and the Nasdaq both wrapped up the session at records, with the "
    "tech-heavy Nasdaq topping the 12,000 threshold for the first time. Ten of the 11 primary S&P 500 sectors closed higher, with "
    "utilities up 3.12 percent, outpacing the rest, while energy dipped 0.42 percent, the lone declining group. The moves came "
    "despite data showing U.S. companies added fewer jobs than expected last month.",
    [
        C('DJI', 'daily_change_pts', 450, 'points', 'jumping more than 450 points', "day_pts('DJI','2020-09-02')", S, MORE, '+454.84.', q='more than', ref='2020-09-02'),
        C('DJI', 'daily_change_pts', 454.84, 'points', 'increased 454.84 points', "day_pts('DJI','2020-09-02')", S, D2, '+454.84.', ref='2020-09-02'),
        C('DJI', 'daily_change_pct', 1.59, 'percent', 'or 1.59', "day_pct('DJI','2020-09-02')", S, D2, '+1.59%.', ref='2020-09-02'),
        C('DJI', 'close', 29100.50, 'points', 'to 29,100.50', "close('DJI','2020-09-02')", S, D2, 'Close 29,100.50.', ref='2020-09-02'),
        C('DJI', 'best_day_since', '2020-07-14', 'date', 'best single-day rise since July 14', "last_gain_as_big('DJI','2020-09-02')", S, SINCE,
          'The last daily gain at least as large as +1.59% was +2.13% on 2020-07-14.', ref='2020-09-02'),
        C('DJI', 'first_close_above_since', '2020-02', 'month', 'first close above 29,000 since February', "last_close_at_or_above('DJI',29000,'2020-09-01')", S, SINCE,
          'The last earlier close at or above 29,000 was 2020-02-20 (29,219.98).', ref='2020-09-02'),
        C('SPX', 'daily_change_pts', 54.19, 'points', 'rose 54.19 points', "day_pts('SPX','2020-09-02')", S, D2, '+54.19.', ref='2020-09-02'),
        C('SPX', 'daily_change_pct', 1.54, 'percent', 'or 1.54 percent', "day_pct('SPX','2020-09-02')", S, D2, '+1.54%.', ref='2020-09-02'),
        C('SPX', 'close', 3580.84, 'points', 'to 3,580.84', "close('SPX','2020-09-02')", S, D2, 'Close 3,580.84.', ref='2020-09-02'),
        C('IXIC', 'daily_change_pts', 116.78, 'points', 'increased 116.78 points', "day_pts('IXIC','2020-09-02')", S, D2, '+116.77 in the file (0.01 off).', ref='2020-09-02'),
        C('IXIC', 'daily_change_pct', 0.98, 'percent', 'or 0.98 percent', "day_pct('IXIC','2020-09-02')", S, D2, '+0.98%.', ref='2020-09-02'),
        C('IXIC', 'close', 12056.44, 'points', 'to 12,056.44', "close('IXIC','2020-09-02')", S, D2, 'Close 12,056.44.', ref='2020-09-02'),
        C('SPX', 'record_close', True, 'flag', 'wrapped up the session at records', "is_record_close('SPX','2020-09-02')", S, REC, 'Above the 3,526.65 record of 2020-09-01.', ref='2020-09-02'),
        C('IXIC', 'record_close', True, 'flag', 'wrapped up the session at records', "is_record_close('IXIC','2020-09-02')", S, REC, 'Above the 11,939.67 record of 2020-09-01.', ref='2020-09-02'),
        C('IXIC', 'first_close_above', 12000, 'points', 'topping the 12,000 threshold for the first time', "first_close_at_or_above('IXIC',12000)", S, FIRST,
          'First close at or above 12,000: 2020-09-02.', ref='2020-09-02'),
        C('SPX_SECTORS', 'sectors_up', 10, 'count', 'Ten of the 11 primary S&P 500 sectors', None, U, NOFILE, 'S&P 500 sector indexes are not in the files.', ref='2020-09-02'),
        C('SPX_UTILITIES', 'daily_change_pct', 3.12, 'percent', 'utilities up 3.12 percent', None, U, NOFILE,
          'The S&P 500 utilities index is not in the files; XLU (adj_close only) is a proxy that does not decide a verdict.', ref='2020-09-02'),
        C('SPX_ENERGY', 'daily_change_pct', -0.42, 'percent', 'energy dipped 0.42 percent', None, U, NOFILE,
          'The S&P 500 energy index is not in the files; XLE is a proxy that does not decide a verdict.', ref='2020-09-02'),
    ])

# ---------------------------------------------------------------- 13
add('devdiscourse_20220924_dow_bear_market_watch', 'devdiscourse.com',
    'https://www.devdiscourse.com/article/business/2189775-dow-poised-to-confirm-bear-market-status-as-recession-fears-mount',
    'Reuters (via Devdiscourse)', '2022-09-24', 'exact',
    'Page stamped "Created: 24-09-2022 00:29 IST", i.e. 2022-09-23 14:59 in New York: an intraday Reuters story on Friday 2022-09-23 with a "2:11 p.m. ET" snapshot.',
    "Dow poised to confirm bear market status as recession fears mount. The blue-chip Dow Jones Industrial Average tumbled on "
    "Friday, on pace to confirm that it has been in a bear market after it fell 20% from its January record high. The Dow would be "
    "the last of the three main indexes to gain bear market status, after the S&P 500 notched that grim milestone in June and the "
    "Nasdaq in March. If the Dow closes below 29,439.72 points, it would confirm a bear market that began from Jan. 4, according to "
    "a widely used definition. The renewed selling came in a week that saw the U.S. Federal Reserve raise interest rates by "
    "three-quarters of a percentage point for a third straight time and vow to keep going until inflation is under control. The "
    "S&P 500 has lost 23% this year and the Nasdaq has shed 31%. Fears of a U.S. downturn next year have prompted brokerages to "
    "cut their year-end targets for the S&P 500. At 2:11 p.m. ET, the Dow Jones Industrial Average was down 696.04 points, or "
    "2.31%, at 29,380.64, the S&P 500 was down 92.47 points, or 2.46%, at 3,665.52, and the Nasdaq Composite was down 274.44 "
    "points, or 2.48%, at 10,792.37.",
    [
        C('DJI', 'bear_market', True, 'flag', 'on pace to confirm that it has been in a bear market', None, N, HYP,
          '"On pace" before the close. (It did not: the Dow closed at 29,590.41, 19.59% below its record, above the 29,439.72 line.)', ref='2022-09-23'),
        C('DJI', 'pct_from_ath', 20, 'percent', 'it fell 20% from its January record high', "r2(100*(1-29380.64/record_close_upto('DJI','2022-09-23')[1]))", S, ARITH,
          'From the level the story states (29,380.64) the Dow was 20.16% below the 36,799.65 record close of 2022-01-04; the session low was 20.51% below, the close 19.59%.',
          ref='2022-09-23', basis='2:11 p.m.'),
        C('SPX', 'bear_market_month', '2022-06', 'month', 'S&P 500 notched that grim milestone in June', "first_bear_close('SPX','2022-01-01','2022-09-23')", S, DATE,
          'First close 20% below the 4,796.56 record close (2022-01-03): 2022-06-13.', ref='2022-06-13'),
        C('IXIC', 'bear_market_month', '2022-03', 'month', 'the Nasdaq in March', "first_bear_close('IXIC','2022-01-01','2022-09-23')", S, DATE,
          'First close 20% below the 16,057.44 record close (2021-11-19): 2022-03-07.', ref='2022-03-07'),
        C('DJI', 'bear_threshold', 29439.72, 'points', '29,439.72 points', "r2(0.8*record_close_upto('DJI','2022-09-22')[1])", S, D2,
          '80% of the 36,799.65 record close = 29,439.72.', ref='2022-09-23'),
        C('DJI', 'record_close_date', '2022-01-04', 'date', 'began from Jan. 4', "record_close_upto('DJI','2022-09-22')", S, DATE,
          'Record close 36,799.65 on 2022-01-04 (the "January record high").', ref='2022-01-04'),
        C('FEDFUNDS', 'consecutive_75bp_hikes', 3, 'count', 'three-quarters of a percentage point for a third straight time', "fed_changes('2022-05-01','2022-09-30')", S, COUNT,
          'Upper bound rose 0.75 on 2022-06-16, 2022-07-28 and 2022-09-22 (decisions 2022-06-15, 07-27 and 09-21), after 0.50 on 2022-05-05: the third 75-bp move in a row.',
          ref='2022-09-21'),
        C('SPX', 'ytd_pct_change', -23, 'percent', 'S&P 500 has lost 23% this year', "ytd('SPX','2022-09-23')", S, INT,
          'At the close -22.51% (4,766.18 -> 3,693.23); at the 2:11 p.m. level -23.09%.', ref='2022-09-23'),
        C('IXIC', 'ytd_pct_change', -31, 'percent', 'the Nasdaq has shed 31%', "ytd('IXIC','2022-09-23')", S, INT,
          'At the close -30.53% (15,644.97 -> 10,867.93); at the 2:11 p.m. level -31.02%.', ref='2022-09-23'),
        C('DJI', 'intraday_change_pts', -696.04, 'points', 'down 696.04 points', "day_pts('DJI','2022-09-23')", U, MID,
          'Session range -826.21 to -121.03 points; inside. Close -486.27.', ref='2022-09-23', basis='2:11 p.m.', detail=rng('DJI', '2022-09-23', 'pts')),
        C('DJI', 'intraday_change_pct', -2.31, 'percent', 'or 2.31%', "day_pct('DJI','2022-09-23')", U, MID,
          'Session range -2.75% to -0.40%; inside. Close -1.62%.', ref='2022-09-23', basis='2:11 p.m.', detail=rng('DJI', '2022-09-23', 'pct')),
        C('DJI', 'intraday_level', 29380.64, 'points', 'at 29,380.64', "close('DJI','2022-09-23')", U, MID,
          'Session range 29,250.47-29,955.65; inside. Close 29,590.41.', ref='2022-09-23', basis='2:11 p.m.', detail=rng('DJI', '2022-09-23')),
        C('SPX', 'intraday_change_pts', -92.47, 'points', 'down 92.47 points', "day_pts('SPX','2022-09-23')", U, MID,
          'Session range -110.52 to -30.85 points; inside. Close -64.76.', ref='2022-09-23', basis='2:11 p.m.', detail=rng('SPX', '2022-09-23', 'pts')),
        C('SPX', 'intraday_change_pct', -2.46, 'percent', 'or 2.46%', "day_pct('SPX','2022-09-23')", U, MID,
          'Session range -2.94% to -0.82%; inside. Close -1.72%.', ref='2022-09-23', basis='2:11 p.m.', detail=rng('SPX', '2022-09-23', 'pct')),
        C('SPX', 'intraday_level', 3665.52, 'points', 'at 3,665.52', "close('SPX','2022-09-23')", U, MID,
          'Session range 3,647.47-3,727.14; inside. Close 3,693.23.', ref='2022-09-23', basis='2:11 p.m.', detail=rng('SPX', '2022-09-23')),
        C('IXIC', 'intraday_change_pts', -274.44, 'points', 'down 274.44', "day_pts('IXIC','2022-09-23')", U, MID,
          'Session range -334.09 to -108.52 points; inside. Close -198.88.', ref='2022-09-23', basis='2:11 p.m.', detail=rng('IXIC', '2022-09-23', 'pts')),
        C('IXIC', 'intraday_change_pct', -2.48, 'percent', 'or 2.48%', "day_pct('IXIC','2022-09-23')", U, MID,
          'Session range -3.02% to -0.98%; inside. Close -1.80%.', ref='2022-09-23', basis='2:11 p.m.', detail=rng('IXIC', '2022-09-23', 'pct')),
        C('IXIC', 'intraday_level', 10792.37, 'points', 'at 10,792.37', "close('IXIC','2022-09-23')", U, MID,
          'Session range 10,732.72-10,958.29; inside. Close 10,867.93.', ref='2022-09-23', basis='2:11 p.m.', detail=rng('IXIC', '2022-09-23')),
    ])

# ---------------------------------------------------------------- 14
add('afr_20221207_asx_to_fall_wall_st_slides', 'afr.com',
    'https://www.afr.com/markets/equity-markets/asx-to-fall-wall-st-slides-on-economic-worry-20221207-p5c498',
    'The Australian Financial Review (Before the Bell)', '2022-12-07', 'exact',
    'Date in the URL (20221207), written near 8.30am AEDT; the New York session described is Tuesday 2022-12-06.',
    "ASX to fall, Wall Street slides on economic worry. By Timothy Moore, Before the Bell editor. Australian shares are poised to "
    "open lower after another bout of selling on Wall Street and rising concern that the US economy is heading for at least a mild "
    "recession in 2023. Oil plunged more than 4 per cent before paring some losses in New York, closing below $US80 a barrel. ASX "
    "futures were down 37 points or 0.51 per cent near 8.30am AEDT. On Wall St: Dow -1% S&P -1.4% Nasdaq -2%. At the close in New "
    "York, the Dow was 350 points lower at 33,596. The S&P 500 slid to 3941; the Nasdaq Composite slipped below 11,000. The VIX "
    "leapt 6.8 per cent to 22.17. The yield on the US 10-year note edged 4 basis points lower to 3.53 per cent at 4.32pm in New "
    "York. JPMorgan boss Jamie Dimon told CNBC he sees a \"mild to more pronounced recession\" ahead.",
    [
        C('CRUDE', 'intraday_pct_change', -4, 'percent', 'Oil plunged more than 4 per cent', None, U, NOFILE, 'Oil prices are not in the files.', q='more than', ref='2022-12-06'),
        C('CRUDE', 'settle_below', 80, 'USD', 'closing below $US80 a barrel', None, U, NOFILE, 'Oil prices are not in the files.', q='below', ref='2022-12-06'),
        C('ASX_SPI', 'futures_change_pts', -37, 'points', 'down 37 points', None, U, NOFILE, 'ASX SPI 200 futures are not in the files.', ref='2022-12-07'),
        C('ASX_SPI', 'futures_change_pct', -0.51, 'percent', 'or 0.51 per cent', None, U, NOFILE, 'ASX SPI 200 futures are not in the files.', ref='2022-12-07'),
        C('DJI', 'daily_change_pct', -1, 'percent', 'Dow -1%', "day_pct('DJI','2022-12-06')", S, INT, '-1.03%.', ref='2022-12-06'),
        C('SPX', 'daily_change_pct', -1.4, 'percent', 'S&P -1.4%', "day_pct('SPX','2022-12-06')", S, D1, '-1.44%.', ref='2022-12-06'),
        C('IXIC', 'daily_change_pct', -2, 'percent', 'Nasdaq -2%', "day_pct('IXIC','2022-12-06')", S, INT, '-2.00%.', ref='2022-12-06'),
        C('DJI', 'daily_change_pts', -350, 'points', '350 points lower', "day_pts('DJI','2022-12-06')", I, TRUNC, '-350.76 points; "350" truncates it (rounded: 351).', ref='2022-12-06'),
        C('DJI', 'close', 33596, 'points', 'at 33,596', "close('DJI','2022-12-06')", S, INT, 'Close 33,596.34.', ref='2022-12-06'),
        C('SPX', 'close', 3941, 'points', 'slid to 3941', "close('SPX','2022-12-06')", S, INT, 'Close 3,941.26.', ref='2022-12-06'),
        C('IXIC', 'close_below', 11000, 'points', 'slipped below 11,000', "close('IXIC','2022-12-06')", I, LVL,
          '"At the close" the Nasdaq stood at 11,014.89, 0.14% above 11,000; it traded below 11,000 only intraday (low 10,956.20).', q='below', ref='2022-12-06', detail=rng('IXIC', '2022-12-06')),
        C('VIX', 'daily_change_pct', 6.8, 'percent', 'leapt 6.8 per cent', "day_pct('VIX','2022-12-06')", S, D1, '20.75 -> 22.17 = +6.84%.', ref='2022-12-06'),
        C('VIX', 'close', 22.17, 'points', 'to 22.17', "close('VIX','2022-12-06')", S, D2, 'CBOE close 22.17.', ref='2022-12-06'),
        C('US10Y', 'change_bp', -4, 'bp', 'edged 4 basis points lower', "r2(100*(yield_on('DGS10','2022-12-06')-yield_on('DGS10','2022-12-05')),0)", U, EOFYIELD,
          'A 4.32pm market quote; FRED\'s end-of-day DGS10 went from 3.60 to 3.51 (-9 bp), a different basis.', ref='2022-12-06', basis='4.32pm New York'),
        C('US10Y', 'yield', 3.53, 'percent', 'to 3.53 per cent', "yield_on('DGS10','2022-12-06')", U, EOFYIELD,
          'A 4.32pm market quote; FRED\'s end-of-day DGS10 was 3.51.', ref='2022-12-06', basis='4.32pm New York'),
    ])

# ---------------------------------------------------------------- 15
add('forexlive_20240209_nasdaq_closes_in_on_record', 'forexlive.com',
    'https://www.forexlive.com/technical-analysis/nasdaq-moves-closer-to-record-high-close-20240209/',
    'ForexLive', '2024-02-09', 'exact',
    'Date in the URL (20240209); written during the session of Friday 2024-02-09.',
    "NASDAQ index closes in on its all-time closing high. The NASDAQ index is moving closer to its all-time high closing level "
    "reached on November 19, 2021 at 16057.44. The intraday all-time high price was reached at 16212.23 on November 22, 2021; from "
    "that high level the index tumbled 37.77% to its bottom on October 13, 2022. With the index trading at 15936, the current price "
    "is within 0.76% of a new all-time high close (and around 1.76% away from an all-time intraday high). Meanwhile, the S&P index is "
    "putting some space between its current price and the 5000 level: it trades at 5015.26, up 17.38 points or 0.35%. Its all-time "
    "intraday high prior to this year was at 4818.62, and the price is now about 4.8% above that level. The Dow industrial average "
    "is down -0.18% today but has also moved to new all-time high closing levels. The price moved above its previous all-time high "
    "closing level back in mid-December above 36952.65, and at 38655 it is trading about 4.7% above its previous all-time high "
    "intraday level. The bulls are raging on Wall Street!",
    [
        C('IXIC', 'record_close', 16057.44, 'points', 'November 19, 2021 at 16057.44', "record_close_before('IXIC','2024-02-09')", S, D2,
          'Record close 16,057.44 on 2021-11-19; level and date match.', ref='2021-11-19'),
        C('IXIC', 'record_intraday_high', 16212.23, 'points', '16212.23 on November 22, 2021', "record_high_before('IXIC','2024-02-09')", S, D2,
          'Highest high 16,212.23 on 2021-11-22; level and date match.', ref='2021-11-22', basis='intraday high'),
        C('IXIC', 'drawdown', 37.77, 'percent', 'tumbled 37.77%', "r2(100*(1-min_low('IXIC','2021-11-22','2023-12-31')[1]/record_high_before('IXIC','2024-02-09')[1]))", S, D2,
          'From the 16,212.23 high to the 10,088.83 low of 2022-10-13: -37.77% (high-to-low basis).', ref='2022-10-13', basis='intraday'),
        C('IXIC', 'bottom_date', '2022-10-13', 'date', 'its bottom on October 13, 2022', "min_low('IXIC','2021-11-22','2023-12-31')", S, DATE,
          'Lowest intraday low after the peak: 10,088.83 on 2022-10-13. The lowest close came later (10,213.29 on 2022-12-28).', ref='2022-10-13', basis='intraday low'),
        C('IXIC', 'intraday_level', 15936, 'points', 'trading at 15936', "close('IXIC','2024-02-09')", U, MID,
          'Session range 15,831.76-16,007.29; inside. Close 15,990.66.', ref='2024-02-09', basis='intraday', detail=rng('IXIC', '2024-02-09')),
        C('IXIC', 'pct_from_record_close', 0.76, 'percent', 'within 0.76% of a new all-time high close', "r2(100*(record_close_before('IXIC','2024-02-09')[1]/15936-1))", I, ARITH + '; ' + LESS,
          '16,057.44 / 15,936 - 1 = 0.762%: the right distance to two decimals, but "within" makes it a bound (true < 0.76) that the true 0.762% just misses (0.002 pp). Read as a plain distance it would be supported.',
          q='within', ref='2024-02-09', basis='intraday'),
        C('IXIC', 'pct_from_record_high', 1.76, 'percent', 'around 1.76% away', "r2(100*(record_high_before('IXIC','2024-02-09')[1]/15936-1))", S, ARITH + '; ' + ABOUT,
          '16,212.23 / 15,936 - 1 = 1.73%; "around 1.76" allows 1.73-1.79 (0.027 off).', q='around', ref='2024-02-09', basis='intraday'),
        C('SPX', 'above_level', 5000, 'points', 'putting some space between its current price and the 5000 level', "low('SPX','2024-02-09')", S, BOUND,
          'The whole session stayed above 5,000 (low 5,000.34, close 5,026.61).', q='above', ref='2024-02-09', basis='intraday'),
        C('SPX', 'intraday_level', 5015.26, 'points', 'trades at 5015.26', "close('SPX','2024-02-09')", U, MID,
          'Session range 5,000.34-5,030.06; inside. Close 5,026.61.', ref='2024-02-09', basis='intraday', detail=rng('SPX', '2024-02-09')),
        C('SPX', 'intraday_change_pts', 17.38, 'points', 'up 17.38 points', "day_pts('SPX','2024-02-09')", U, MID,
          'Session range +2.43 to +32.15 points; inside (5,015.26 - 4,997.91 = 17.35). Close +28.70.', ref='2024-02-09', basis='intraday', detail=rng('SPX', '2024-02-09', 'pts')),
        C('SPX', 'intraday_change_pct', 0.35, 'percent', 'or 0.35%', "day_pct('SPX','2024-02-09')", U, MID,
          'Session range +0.05% to +0.64%; inside. Close +0.57%.', ref='2024-02-09', basis='intraday', detail=rng('SPX', '2024-02-09', 'pct')),
        C('SPX', 'record_intraday_high_before_year', 4818.62, 'points', 'prior to this year was at 4818.62', "record_high_before('SPX','2024-01-01')", S, D2,
          'Highest high before 2024: 4,818.62 on 2022-01-04.', ref='2022-01-04', basis='intraday high'),
        C('SPX', 'pct_above_level', 4.8, 'percent', 'about 4.8% above that level', "r2(100*(5015.26/record_high_before('SPX','2024-01-01')[1]-1))", I, ARITH + '; ' + PCTI,
          '5,015.26 / 4,818.62 - 1 = 4.08%, not about 4.8% (0.72 pp off: within 2 pp and 20%). At the close: +4.32%.', q='about', ref='2024-02-09', basis='intraday'),
        C('DJI', 'intraday_change_pct', -0.18, 'percent', 'down -0.18% today', "day_pct('DJI','2024-02-09')", U, MID,
          'Session range -0.41% to +0.02%; inside. Close -0.14%.', ref='2024-02-09', basis='intraday', detail=rng('DJI', '2024-02-09', 'pct')),
        C('DJI', 'record_close', True, 'flag', 'moved to new all-time high closing levels', "record_close_before('DJI','2024-02-09')", S, REC,
          'The latest record close was the day before: 38,726.33 on 2024-02-08.', ref='2024-02-08'),
        C('DJI', 'first_close_above_record_month', '2023-12', 'month', 'back in mid-December', "first_close_at_or_above('DJI',36799.66,'2022-01-05')", S, DATE,
          'The first close above the 2022 record close (36,799.65) was 2023-12-13.', ref='2023-12-13'),
        C('DJI', 'previous_record_close', 36952.65, 'points', 'above 36952.65', "record_close_before('DJI','2023-12-01')", I, LVL,
          'The previous record close was 36,799.65 (2022-01-04); 36,952.65 is the intraday record of 2022-01-05 (0.42% higher).', ref='2022-01-04'),
        C('DJI', 'intraday_level', 38655, 'points', 'at 38655', "close('DJI','2024-02-09')", U, MID,
          'Session range 38,567.90-38,734.28; inside. Close 38,671.69.', ref='2024-02-09', basis='intraday', detail=rng('DJI', '2024-02-09')),
        C('DJI', 'pct_above_record_high', 4.7, 'percent', 'about 4.7% above its previous all-time high', "r2(100*(38655/record_high_before('DJI','2023-12-01')[1]-1))", I, ARITH + '; ' + PCTI,
          '38,655 / 36,952.65 - 1 = 4.61%; "about 4.7" allows 4.67-4.73.', q='about', ref='2024-02-09', basis='intraday'),
    ])

# ---------------------------------------------------------------- 16
add('mtnewswires_20240716_midday_small_caps', 'financetom.com',
    'https://www.financetom.com/market/us-equity-indexes-mixed-following-retail-sales-as-russell-2000-makes-new-high-while-technology-lags-238917.htm',
    'MT Newswires (via Financetom)', '2024-07-16', 'exact',
    'Stamped "12:20 PM EDT, 07/16/2024 (MT Newswires)": a midday report on Tuesday 2024-07-16.',
    "US equity indexes mixed following retail sales while technology lags. 12:20 PM EDT, 07/16/2024 (MT Newswires) -- US equity "
    "indexes traded mixed midday Tuesday as retail sales beat expectations, and the Russell 2000, home to small-cap stocks, surged to "
    "a fresh record high, supporting the narrative that a rotation away from technology is underway. The Dow Jones Industrial Average "
    "jumped 1.4% to 40,752.6, hitting an all-time intraday high. The S&P 500 rose 0.3% to 5,650.1, hovering just beneath a new record. "
    "The Nasdaq Composite, however, slipped less than 0.1% to 18,459.1. The Russell 2000 soared 2.4% to 2,238.5 after making a new "
    "intraday high of 2,240.8. Healthcare, industrials and materials led gainers, while technology and communication services were "
    "the twin sole decliners intraday. The US 10-year Treasury yield dropped 4.6 basis points to 4.18%.",
    [
        C('RUT', 'record_high', True, 'flag', 'surged to a fresh record high', "record_high_before('RUT','2024-07-16')", X, NOTREC,
          'The Russell 2000\'s record high is 2,458.86 (2021-11-08; record close 2,442.74). The 2,240.8 print, and the session high 2,265.21, were the highest since 2022-01-04: a 2-1/2-year high, not a record.',
          ref='2024-07-16', basis='intraday'),
        C('DJI', 'intraday_change_pct', 1.4, 'percent', 'jumped 1.4%', "day_pct('DJI','2024-07-16')", U, MID,
          'Session range +0.13% to +1.93%; inside (from the stated level: +1.35%). Close +1.85%.', ref='2024-07-16', basis='midday', detail=rng('DJI', '2024-07-16', 'pct')),
        C('DJI', 'intraday_level', 40752.6, 'points', 'to 40,752.6', "close('DJI','2024-07-16')", U, MID,
          'Session range 40,263.78-40,988.81; inside. Close 40,954.48.', ref='2024-07-16', basis='midday', detail=rng('DJI', '2024-07-16')),
        C('DJI', 'intraday_record', True, 'flag', 'hitting an all-time intraday high', "record_high_before('DJI','2024-07-16')", S, ARITH + '; ' + RECH,
          'The stated 40,752.6 is above the highest earlier high, 40,351.10 (2024-07-15); the session high 40,988.81 was a record too.', ref='2024-07-16', basis='midday'),
        C('SPX', 'intraday_change_pct', 0.3, 'percent', 'rose 0.3%', "day_pct('SPX','2024-07-16')", U, MID,
          'Session range +0.14% to +0.68%; inside. Close +0.64%.', ref='2024-07-16', basis='midday', detail=rng('SPX', '2024-07-16', 'pct')),
        C('SPX', 'intraday_level', 5650.1, 'points', 'to 5,650.1', "close('SPX','2024-07-16')", U, MID,
          'Session range 5,639.02-5,669.67; inside. Close 5,667.20.', ref='2024-07-16', basis='midday', detail=rng('SPX', '2024-07-16')),
        C('SPX', 'below_record', True, 'flag', 'hovering just beneath a new record', "record_high_before('SPX','2024-07-16')", S, ARITH,
          '5,650.1 is 0.30% below the intraday record 5,666.94 (2024-07-15). (It was above the 5,633.91 record close; the S&P went on to a record close of 5,667.20.)', ref='2024-07-16', basis='midday'),
        C('IXIC', 'intraday_change_pct', -0.1, 'percent', 'slipped less than 0.1%', "day_pct('IXIC','2024-07-16')", U, MID,
          'Session range -0.47% to +0.56%; a dip of under 0.1% lies inside (from the stated level: -0.07%). Close +0.20%.', q='less than', ref='2024-07-16', basis='midday', detail=rng('IXIC', '2024-07-16', 'pct')),
        C('IXIC', 'intraday_level', 18459.1, 'points', 'to 18,459.1', "close('IXIC','2024-07-16')", U, MID,
          'Session range 18,386.07-18,576.83; inside. Close 18,509.34.', ref='2024-07-16', basis='midday', detail=rng('IXIC', '2024-07-16')),
        C('RUT', 'intraday_change_pct', 2.4, 'percent', 'soared 2.4%', "day_pct('RUT','2024-07-16')", U, MID,
          'Session range +0.52% to +3.58%; inside (from the stated level: +2.35%). Close +3.50%.', ref='2024-07-16', basis='midday', detail=rng('RUT', '2024-07-16', 'pct')),
        C('RUT', 'intraday_level', 2238.5, 'points', 'to 2,238.5', "close('RUT','2024-07-16')", U, MID,
          'Session range 2,198.43-2,265.21; inside. Close 2,263.67.', ref='2024-07-16', basis='midday', detail=rng('RUT', '2024-07-16')),
        C('RUT', 'intraday_high_so_far', 2240.8, 'points', 'new intraday high of 2,240.8', "high('RUT','2024-07-16')", U, MID,
          'The high so far at midday; the session high later reached 2,265.21, so 2,240.8 lies inside the range.', ref='2024-07-16', basis='midday', detail=rng('RUT', '2024-07-16')),
        C('SPX_SECTORS', 'sector_decliners', 2, 'count', 'the twin sole decliners intraday', None, U, NOFILE, 'S&P 500 sector indexes are not in the files.', ref='2024-07-16', basis='midday'),
        C('US10Y', 'change_bp', -4.6, 'bp', 'dropped 4.6 basis points', "r2(100*(yield_on('DGS10','2024-07-16')-yield_on('DGS10','2024-07-15')),0)", U, EOFYIELD,
          'A midday quote; FRED\'s end-of-day DGS10 went from 4.23 to 4.17 (-6 bp).', ref='2024-07-16', basis='midday'),
        C('US10Y', 'yield', 4.18, 'percent', 'to 4.18%', "yield_on('DGS10','2024-07-16')", U, EOFYIELD,
          'A midday quote; FRED\'s end-of-day DGS10 was 4.17.', ref='2024-07-16', basis='midday'),
    ])

# ---------------------------------------------------------------- 17
add('rttnews_20240923_wall_street_to_open_higher', 'finanznachrichten.de',
    'https://finanznachrichten.de/nachrichten-2024-09/63331843-wall-street-targets-to-open-higher-020.htm',
    'RTTNews (via dpa-AFX)', '2024-09-23', 'high',
    'URL month 2024-09; a pre-market note written at 8.15 am ET on a Monday when Japan was closed for a holiday (2024-09-23, Autumnal Equinox observed). The closing figures are those of Friday 2024-09-20.',
    "Wall Street targets to open higher. Early cues from the U.S. futures suggest that Wall Street might open positive, with "
    "investors looking to the Chicago Fed National Activity Index for August and the flash composite PMI for September. As of "
    "8.15 am ET, the Dow futures were up 22.00 points, the S&P 500 futures were adding 9.50 points and the Nasdaq 100 futures were "
    "progressing 50.75 points. The U.S. major averages finished broadly up. The Dow inched up 38.17 points or 0.1 percent to a new "
    "record closing high of 42,063.36, the S&P 500 slipped 11.09 points or 0.2 percent to 5,702.55 and the Nasdaq fell 65.66 points "
    "or 0.4 percent to 17,948.32. Asian stocks ended mixed on Monday: China's Shanghai Composite rose 0.44 percent, Japanese markets "
    "were closed for a holiday, and Australian markets snapped a seven-day winning streak.",
    [
        C('YM', 'futures_change_pts', 22.00, 'points', 'Dow futures were up 22.00 points', None, U, NOFILE, 'Index futures are not in the files.', ref='2024-09-23', basis='8.15 am ET'),
        C('ES', 'futures_change_pts', 9.50, 'points', 'adding 9.50 points', None, U, NOFILE, 'Index futures are not in the files.', ref='2024-09-23', basis='8.15 am ET'),
        C('NQ', 'futures_change_pts', 50.75, 'points', 'progressing 50.75 points', None, U, NOFILE, 'Index futures are not in the files.', ref='2024-09-23', basis='8.15 am ET'),
        C('DJI, SPX, IXIC', 'direction', 'up', 'direction', 'finished broadly up', "day_pcts('2024-09-20',('DJI','SPX','IXIC'))", X, WRONGDIR,
          'Only the Dow rose (+0.09%); the S&P 500 (-0.19%) and the Nasdaq (-0.36%) fell, as the next sentence itself says.', ref='2024-09-20'),
        C('DJI', 'daily_change_pts', 38.17, 'points', 'inched up 38.17 points', "day_pts('DJI','2024-09-20')", S, D2, '+38.17.', ref='2024-09-20'),
        C('DJI', 'daily_change_pct', 0.1, 'percent', 'or 0.1 percent', "day_pct('DJI','2024-09-20')", S, D1, '+0.09%.', ref='2024-09-20'),
        C('DJI', 'record_close', True, 'flag', 'new record closing high', "is_record_close('DJI','2024-09-20')", S, REC, 'Above the 42,025.19 record of 2024-09-19.', ref='2024-09-20'),
        C('DJI', 'close', 42063.36, 'points', '42,063.36', "close('DJI','2024-09-20')", S, D2, 'Close 42,063.36.', ref='2024-09-20'),
        C('SPX', 'daily_change_pts', -11.09, 'points', 'slipped 11.09 points', "day_pts('SPX','2024-09-20')", S, D2, '-11.09.', ref='2024-09-20'),
        C('SPX', 'daily_change_pct', -0.2, 'percent', 'or 0.2 percent', "day_pct('SPX','2024-09-20')", S, D1, '-0.19%.', ref='2024-09-20'),
        C('SPX', 'close', 5702.55, 'points', '5,702.55', "close('SPX','2024-09-20')", S, D2, 'Close 5,702.55.', ref='2024-09-20'),
        C('IXIC', 'daily_change_pts', -65.66, 'points', 'fell 65.66 points', "day_pts('IXIC','2024-09-20')", S, D2, '-65.66.', ref='2024-09-20'),
        C('IXIC', 'daily_change_pct', -0.4, 'percent', 'or 0.4 percent', "day_pct('IXIC','2024-09-20')", S, D1, '-0.36%.', ref='2024-09-20'),
        C('IXIC', 'close', 17948.32, 'points', '17,948.32', "close('IXIC','2024-09-20')", S, D2, 'Close 17,948.32.', ref='2024-09-20'),
        C('SHANGHAI', 'daily_change_pct', 0.44, 'percent', 'rose 0.44 percent', None, U, NOFILE, 'The Shanghai Composite is not in the files.', ref='2024-09-23'),
        C('ASX200', 'win_streak', 7, 'sessions', 'snapped a seven-day winning streak', None, U, NOFILE, 'The S&P/ASX 200 is not in the files.', ref='2024-09-23'),
    ])

# ---------------------------------------------------------------- 18
add('morningstarau_20241030_nasdaq_record_asx_lower', 'morningstar.com.au',
    'https://morningstar.com.au/insights/markets/256662/global-markets-report-30-october',
    'Morningstar Australia (Global markets report)', '2024-10-30', 'high',
    'Titled "Global markets report - 30 October" without a year; "8:00am on Wednesday", Alphabet\'s third-quarter results and every closing figure match Tuesday 2024-10-29 in New York, so Wednesday 2024-10-30 in Australia.',
    "Global markets report - 30 October. Australian shares are set to open lower after US stocks finished mixed: the Dow Industrials "
    "slipped, while strength in big-cap tech names lifted the Nasdaq to a fresh high. ASX futures were down 0.08% or 7 points as of "
    "8:00am on Wednesday. In the US a rally in tech stocks lifted the Nasdaq Composite to a new high for the first time since July, "
    "in a week packed with earnings; Alphabet reported third-quarter results after the close that beat expectations. The Nasdaq "
    "notched its 28th record close of the year. Brent crude was flat at US$71.45 a barrel. In Asia, China's Shanghai Composite lost "
    "1.1% to 3,286.41 and Japan's Nikkei Stock Average added 0.8%. North America: U.S. stocks ended mixed. The DJIA lost 0.4% to "
    "42,233.05, the S&P 500 rose 0.2% to 5,832.92, and the Nasdaq added 0.8% to 18,712.75.",
    [
        C('IXIC', 'record_close', True, 'flag', 'lifted the Nasdaq to a fresh high', "is_record_close('IXIC','2024-10-29')", S, REC,
          '18,712.75 above the previous record close 18,647.45 (2024-07-10).', ref='2024-10-29'),
        C('ASX_SPI', 'futures_change_pct', -0.08, 'percent', 'down 0.08%', None, U, NOFILE, 'ASX SPI 200 futures are not in the files.', ref='2024-10-30'),
        C('ASX_SPI', 'futures_change_pts', -7, 'points', 'or 7 points', None, U, NOFILE, 'ASX SPI 200 futures are not in the files.', ref='2024-10-30'),
        C('IXIC', 'first_record_since', '2024-07', 'month', 'new high for the first time since July', "record_close_before('IXIC','2024-10-29')", S, SINCE,
          'The previous record close was 18,647.45 on 2024-07-10.', ref='2024-10-29'),
        C('IXIC', 'record_closes_ytd', 28, 'count', '28th record close of the year', "count_record_closes_upto('IXIC','2024-10-29')", S, COUNT,
          'Record closes in 2024 up to 2024-10-29: 28.', ref='2024-10-29'),
        C('BRENT', 'price', 71.45, 'USD', 'US$71.45 a barrel', None, U, NOFILE, 'Oil prices are not in the files.', ref='2024-10-29'),
        C('SHANGHAI', 'daily_change_pct', -1.1, 'percent', 'lost 1.1%', None, U, NOFILE, 'The Shanghai Composite is not in the files.', ref='2024-10-29'),
        C('SHANGHAI', 'close', 3286.41, 'points', 'to 3,286.41', None, U, NOFILE, 'The Shanghai Composite is not in the files.', ref='2024-10-29'),
        C('NIKKEI', 'daily_change_pct', 0.8, 'percent', 'Nikkei Stock Average added 0.8%', None, U, NOFILE, 'The Nikkei 225 is not in the files.', ref='2024-10-29'),
        C('DJI', 'daily_change_pct', -0.4, 'percent', 'lost 0.4%', "day_pct('DJI','2024-10-29')", S, D1, '-0.36%.', ref='2024-10-29'),
        C('DJI', 'close', 42233.05, 'points', '42,233.05', "close('DJI','2024-10-29')", S, D2, 'Close 42,233.05.', ref='2024-10-29'),
        C('SPX', 'daily_change_pct', 0.2, 'percent', 'rose 0.2%', "day_pct('SPX','2024-10-29')", S, D1, '+0.16%.', ref='2024-10-29'),
        C('SPX', 'close', 5832.92, 'points', '5,832.92', "close('SPX','2024-10-29')", S, D2, 'Close 5,832.92.', ref='2024-10-29'),
        C('IXIC', 'daily_change_pct', 0.8, 'percent', 'the Nasdaq added 0.8%', "day_pct('IXIC','2024-10-29')", S, D1, '+0.78%.', ref='2024-10-29'),
        C('IXIC', 'close', 18712.75, 'points', '18,712.75', "close('IXIC','2024-10-29')", S, D2, 'Close 18,712.75.', ref='2024-10-29'),
    ])

# ---------------------------------------------------------------- 19
add('reuters_20251027_live_markets_new_highs', 'tradingkey.com',
    'https://www.tradingkey.com/news/stocks/251238090-reuters',
    'Reuters (Live Markets blog, via TradingKey)', '2025-10-27', 'exact',
    'Stamped "Reuters Oct 27, 2025 8:15 PM"; written after the close of Monday 2025-10-27. "Wednesday" is the FOMC decision day 2025-10-29.',
    "LIVE MARKETS-New highs keep coming. US stocks ended at record highs, with the Nasdaq out front, up 1.86%; communication "
    "services led the S&P sectors and staples were the weakest group; the dollar and crude dipped, gold slid ~3% and bitcoin rose "
    "more than 1%; the US 10-Year Treasury yield edged down to ~3.99%. Wall Street's main indexes posted record closing highs for "
    "the second day in a row on Monday as investors were hopeful about a U.S.-China trade deal and looked forward to a week packed "
    "with big tech earnings and a widely expected U.S. interest rate cut. With this, the S&P 500 index scored its 35th record close "
    "this year, while the Nasdaq notched its 34th record finish. The Dow posted its 14th record close of 2025. The S&P 500 Tech and "
    "Industrial sectors also scored record closes, as did chip stocks, and the small-cap Russell 2000 was able to eke out a record "
    "close as well. Five of the Magnificent Seven, which make up about 25% of S&P 500 total market cap, report quarterly numbers this "
    "week. Markets see it as a near certainty, at ~98% according to the CME's FedWatch Tool, that the FOMC will cut rates at the "
    "conclusion of its two-day policy meeting on Wednesday.",
    [
        C('DJI, SPX, IXIC', 'record_close', True, 'flag', 'US stocks ended at record highs', "[is_record_close(t,'2025-10-27') for t in ('DJI','SPX','IXIC')]", S, REC,
          'The Dow (47,544.59), the S&P 500 (6,875.16) and the Nasdaq (23,637.46) all closed at records.', ref='2025-10-27'),
        C('IXIC', 'daily_change_pct', 1.86, 'percent', 'up 1.86%', "day_pct('IXIC','2025-10-27')", S, D2, '+1.86%, ahead of the S&P 500 (+1.23%) and the Dow (+0.71%).', ref='2025-10-27'),
        C('SPX_COMM', 'sector_rank', 1, 'rank', 'communication services led the S&P sectors', None, U, NOFILE,
          'S&P 500 sector indexes are not in the files (XLC is only a proxy).', ref='2025-10-27'),
        C('SPX_STAPLES', 'sector_rank', 11, 'rank', 'staples were the weakest group', None, U, NOFILE,
          'S&P 500 sector indexes are not in the files (XLP is only a proxy).', ref='2025-10-27'),
        C('GOLD', 'daily_change_pct', -3, 'percent', 'gold slid ~3%', None, U, NOFILE, 'Gold is not in the files.', q='about', ref='2025-10-27'),
        C('BITCOIN', 'daily_change_pct', 1, 'percent', 'bitcoin rose more than 1%', None, U, NOFILE, 'Bitcoin is not in the files.', q='more than', ref='2025-10-27'),
        C('US10Y', 'yield', 3.99, 'percent', 'edged down to ~3.99%', "yield_on('DGS10','2025-10-27')", S, ABOUT,
          'FRED\'s end-of-day DGS10: 4.01 on 2025-10-27, down from 4.02 on 2025-10-24, so "edged down" holds and ~3.99 is within 0.02 (the blog quotes a late market yield, a slightly different basis).',
          q='about', ref='2025-10-27', basis='end of day'),
        C('DJI, SPX, IXIC', 'record_close_streak', 2, 'sessions', 'record closing highs for the second day in a row',
          "[is_record_close(t,d) for t in ('DJI','SPX','IXIC') for d in ('2025-10-24','2025-10-27')]", S, REC,
          'All three also closed at records on Friday 2025-10-24.', ref='2025-10-27'),
        C('SPX', 'record_closes_ytd', 35, 'count', '35th record close', "count_record_closes_upto('SPX','2025-10-27')", S, COUNT, 'Record closes in 2025 up to 2025-10-27: 35.', ref='2025-10-27'),
        C('IXIC', 'record_closes_ytd', 34, 'count', '34th record finish', "count_record_closes_upto('IXIC','2025-10-27')", S, COUNT, 'Record closes in 2025 up to 2025-10-27: 34.', ref='2025-10-27'),
        C('DJI', 'record_closes_ytd', 14, 'count', '14th record close of 2025', "count_record_closes_upto('DJI','2025-10-27')", S, COUNT,
          'Record closes in 2025 up to 2025-10-27: 14 (Dow rows after 2025-07-11 come from a single source).', ref='2025-10-27'),
        C('SPX_SECTORS', 'record_close', True, 'flag', 'Tech and Industrial sectors also scored record closes', None, U, NOFILE, 'S&P 500 sector indexes are not in the files.', ref='2025-10-27'),
        C('SOX', 'record_close', True, 'flag', 'as did chip stocks', None, U, NOFILE, 'The chip index is not in the files.', ref='2025-10-27'),
        C('RUT', 'record_close', True, 'flag', 'eke out a record close', "is_record_close('RUT','2025-10-27')", S, REC,
          '2,520.44 (+0.28%) above every earlier close.', ref='2025-10-27'),
        C('SPX_CONSTITUENTS', 'market_cap_share', 25, 'percent', 'about 25% of S&P 500 total market cap', None, U, NOFILE, 'Constituent market caps are not in the files.', q='about', ref='2025-10-27'),
        C('FEDFUNDS', 'cut_odds', 98, 'percent', '~98%', None, U, ODDS, 'ZQ_futures.csv holds only contracts from July 2026.', q='about', ref='2025-10-29'),
        C('FEDFUNDS', 'meeting_date', '2025-10-29', 'date', 'two-day policy meeting on Wednesday', "is_fomc_day('2025-10-29')", S, DATE,
          'FOMC_meetings.csv lists Wednesday 2025-10-29 as a scheduled decision day.', ref='2025-10-29'),
        C('FEDFUNDS', 'expected_cut', True, 'event', 'widely expected U.S. interest rate cut', "fed_range('2025-10-30')", F, FC,
          'An expectation, not judged. (The range did fall from 4.00-4.25 to 3.75-4.00, effective 2025-10-30.)', ref='2025-10-29'),
    ])

# ---------------------------------------------------------------- 20
add('econotimes_20251224_holiday_session_records', 'econotimes.com',
    'http://www.econotimes.com/US-Stocks-Rally-to-Record-Highs-as-AI-Rebound-Fuels-Holiday-Shortened-Session-1729543',
    'EconoTimes', '2025-12-24', 'high',
    'The page shows no date; "Wednesday", the holiday-shortened session, markets "closed on Thursday" and the closing figures all match Wednesday 2025-12-24 (Christmas Day 2025-12-25 has no row in the files).',
    "US Stocks Rally to Record Highs as AI Rebound Fuels Holiday-Shortened Session. U.S. stocks closed higher on Wednesday, with the "
    "Dow Jones Industrial Average and the S&P 500 finishing at record closing highs during a broad-based rally in a holiday-shortened "
    "trading session. All three major indexes notched their fifth consecutive day of gains. Sentiment has improved in recent "
    "sessions, helped by a rebound in AI-related stocks after last week's selloff over lofty valuations and heavy capital spending. "
    "Investors continue to price in around 50 basis points of Federal Reserve rate cuts next year, although expectations for a "
    "January cut remain low, according to CME Group's FedWatch Tool. The Dow Jones Industrial Average rose 288.75 points, or 0.60%, "
    "to 48,731.16. The S&P 500 gained 22.26 points, or 0.32%, to 6,932.05, while the Nasdaq Composite added 51.46 points, or 0.22%, "
    "to 23,613.31. Trading volumes were notably light ahead of the Christmas holiday, with U.S. markets closed on Thursday. Micron "
    "Technology shares climbed nearly 4% to a record close, and energy was the only S&P 500 sector to finish lower.",
    [
        C('DJI', 'record_close', True, 'flag', 'finishing at record closing highs', "is_record_close('DJI','2025-12-24')", S, REC,
          '48,731.16 above the previous record close 48,704.01 (2025-12-11).', ref='2025-12-24'),
        C('SPX', 'record_close', True, 'flag', 'finishing at record closing highs', "is_record_close('SPX','2025-12-24')", S, REC,
          '6,932.05 above the previous record close 6,909.79 (2025-12-23).', ref='2025-12-24'),
        C('DJI', 'up_streak', 5, 'sessions', 'fifth consecutive day of gains', "up_streak('DJI','2025-12-24')", S, COUNT, 'Up closes 2025-12-18, 19, 22, 23 and 24.', ref='2025-12-24'),
        C('SPX', 'up_streak', 5, 'sessions', 'fifth consecutive day of gains', "up_streak('SPX','2025-12-24')", S, COUNT, 'Up closes 2025-12-18, 19, 22, 23 and 24.', ref='2025-12-24'),
        C('IXIC', 'up_streak', 5, 'sessions', 'fifth consecutive day of gains', "up_streak('IXIC','2025-12-24')", S, COUNT, 'Up closes 2025-12-18, 19, 22, 23 and 24.', ref='2025-12-24'),
        C('FEDFUNDS', 'implied_cuts_bp', 50, 'bp', 'around 50 basis points of Federal Reserve rate cuts next year', None, U, ODDS,
          'Futures-implied pricing for 2026 meetings before July is not in the files (ZQ_futures.csv starts with July 2026 contracts).', q='around', ref='2025-12-24'),
        C('FEDFUNDS', 'january_cut_odds', 'low', 'probability', 'expectations for a January cut remain low', None, U, ODDS,
          'Futures-implied odds for the 2026-01-28 meeting are not in the files.', ref='2025-12-24'),
        C('DJI', 'daily_change_pts', 288.75, 'points', 'rose 288.75 points', "day_pts('DJI','2025-12-24')", S, D2, '+288.75.', ref='2025-12-24'),
        C('DJI', 'daily_change_pct', 0.60, 'percent', 'or 0.60%', "day_pct('DJI','2025-12-24')", S, D2, '+0.60%.', ref='2025-12-24'),
        C('DJI', 'close', 48731.16, 'points', 'to 48,731.16', "close('DJI','2025-12-24')", S, D2, 'Close 48,731.16.', ref='2025-12-24'),
        C('SPX', 'daily_change_pts', 22.26, 'points', 'gained 22.26 points', "day_pts('SPX','2025-12-24')", S, D2, '+22.26.', ref='2025-12-24'),
        C('SPX', 'daily_change_pct', 0.32, 'percent', 'or 0.32%', "day_pct('SPX','2025-12-24')", S, D2, '+0.32%.', ref='2025-12-24'),
        C('SPX', 'close', 6932.05, 'points', 'to 6,932.05', "close('SPX','2025-12-24')", S, D2, 'Close 6,932.05.', ref='2025-12-24'),
        C('IXIC', 'daily_change_pts', 51.46, 'points', 'added 51.46 points', "day_pts('IXIC','2025-12-24')", S, D2, '+51.47 in the file (0.01 off).', ref='2025-12-24'),
        C('IXIC', 'daily_change_pct', 0.22, 'percent', 'or 0.22%', "day_pct('IXIC','2025-12-24')", S, D2, '+0.22%.', ref='2025-12-24'),
        C('IXIC', 'close', 23613.31, 'points', 'to 23,613.31', "close('IXIC','2025-12-24')", S, D2, 'Close 23,613.31.', ref='2025-12-24'),
        C('SPX', 'market_closed', True, 'flag', 'U.S. markets closed on Thursday', "not is_session('SPX','2025-12-25')", S, DATE,
          'No session on Thursday 2025-12-25 in the files (Christmas).', ref='2025-12-25'),
        C('MU', 'daily_change_pct', 4, 'percent', 'climbed nearly 4% to a record close', None, U, NOFILE, 'Single stocks are not in the files.', q='nearly', ref='2025-12-24'),
        C('SPX_SECTORS', 'sector_decliners', 1, 'count', 'energy was the only S&P 500 sector to finish lower', None, U, NOFILE, 'S&P 500 sector indexes are not in the files.', ref='2025-12-24'),
    ])


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not data:
        sys.exit('give the data directory as the first argument or in CAPSCOPE_DATA_DIR')
    R.DATA = data
    recipes, keys, problems = {}, [], []
    with open(os.path.join(HERE, 'passages.jsonl'), 'w') as fp:
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
                claims_out.append({k: c[k] for k in ('index_or_ticker', 'metric', 'value', 'unit', 'qualifier')} |
                                  {'ref_date': c['ref_date'], 'window': c['window'], 'comparison': c['comparison'], 'basis': c['basis']})
                detail = expand(c['detail'])
                detail = (detail + ' ' if detail else '') + c['note'].split('. ')[0].rstrip('.') + '.'
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
