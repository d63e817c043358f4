# Passage texts (condensed close paraphrases) and their claims; executed by build.py.
U = 'unverifiable'
N = 'not_checkable'
S = 'supported'
I = 'imprecise'
X = 'contradicted'
F = 'forecast'

passage('dredheadz_20171211_week_dec8_table', 'dredheadz.net',
        'https://dredheadz.net/2017/12/11/what-im-watching-this-week-11-december-2017/',
        'adviser newsletter (Broadridge/Forefield "The Markets" template)', '2017-12-11', 'exact',
        'Date in the URL; the table is "as of market close December 8, 2017" (Friday); week = Dec 1 -> Dec 8 closes, YTD from the 2016 close (Dec 30, 2016).',
        "The Markets (as of market close December 8, 2017). Last week brought a mixed bag: the large caps of the Dow and S&P 500 posted moderate gains, while the tech-heavy Nasdaq and the small caps of the Russell 2000 closed the week down. A stronger than expected jobs report may have helped lift the Dow and S&P 500 into positive territory by Friday. "
        "Table (2016 close / prior week / as of 12/8 / weekly change / YTD change): DJIA 19762.60 / 24231.59 / 24329.16 / 0.40% / 23.11%; Nasdaq 5383.12 / 6847.59 / 6840.08 / -0.11% / 27.07%; S&P 500 2238.83 / 2642.22 / 2651.50 / 0.35% / 18.43%; Russell 2000 1357.13 / 1537.02 / 1521.72 / -0.99% / 12.13%; Fed. Funds target rate 0.50%-0.75% / 1.00%-1.25% / 1.00%-1.25%; 10-year Treasuries 2.44% / 2.36% / 2.37%. The chart reflects price changes, not total return. "
        "The price of crude oil (WTI) fell to $57.34 per barrel last Friday.",
        [
            C('DJI', 'close', 24329.16, 'points', '24329.16', '2017-12-08', dp=2, kind='level'),
            C('DJI', 'return', 0.40, '%', '0.40%', '2017-12-08', window='week', dp=2),
            C('DJI', 'ytd_return', 23.11, '%', '23.11%', '2017-12-08', window='YTD', dp=2),
            C('IXIC', 'close', 6840.08, 'points', '6840.08', '2017-12-08', dp=2, kind='level'),
            C('IXIC', 'return', -0.11, '%', '-0.11%', '2017-12-08', window='week', dp=2),
            C('IXIC', 'ytd_return', 27.07, '%', '27.07%', '2017-12-08', window='YTD', dp=2),
            C('SPX', 'close', 2651.50, 'points', '2651.50', '2017-12-08', dp=2, kind='level'),
            C('SPX', 'return', 0.35, '%', '0.35%', '2017-12-08', window='week', dp=2),
            C('SPX', 'ytd_return', 18.43, '%', '18.43%', '2017-12-08', window='YTD', dp=2),
            C('RUT', 'close', 1521.72, 'points', '1521.72', '2017-12-08', dp=2, kind='level'),
            C('RUT', 'return', -0.99, '%', '-0.99%', '2017-12-08', window='week', dp=2,
              note='-0.9954% rounds to -1.00%; the table shows -0.99% (truncation); |error| 0.0054 is inside the 2 dp tolerance.'),
            C('RUT', 'ytd_return', 12.13, '%', '12.13%', '2017-12-08', window='YTD', dp=2),
            C('FEDFUNDS', 'target_range', [1.00, 1.25], '%', '1.00%-1.25% / 1.00%-1.25%', '2017-12-08', basis='effective range',
              verdict=S, rule='exact match of DFEDTARL/DFEDTARU in effect', note='Range in effect on Dec 8, 2017 (the Dec 13 hike came later).'),
            C('US10Y', 'yield', 2.37, '%', '2.36% / 2.37%', '2017-12-08', basis='end of day', dp=2, kind='yield',
              note='FRED DGS10 2.38 on Dec 8; the newsletter source probably uses another closing snapshot; |error| 0.01 within 2 dp tolerance.'),
            C('US10Y', 'yield', 2.44, '%', '2.44%', '2016-12-30', basis='end of day', dp=2, kind='yield',
              note='FRED DGS10 2.45 on Dec 30, 2016; |error| 0.01 within tolerance.'),
            C('GENERIC', 'cause', None, None, 'A stronger than expected jobs report may have helped', '2017-12-08', verdict=N,
              rule='not_checkable: hedged causal attribution', note='Causal explanation ("may have helped"), not a figure.'),
        ])

passage('centerpoint_20180116_week_jan12_rut_leads', 'centerpointadvisory.com',
        'http://centerpointadvisory.com/market-week-january-16-2018/',
        'adviser newsletter (Broadridge/Forefield "Market Week" template)', '2018-01-16', 'high',
        'The URL names "market week january 16 2018" (Tuesday after the MLK holiday); the data are "as of market close January 12, 2018"; week = Jan 5 -> Jan 12 closes, YTD from Dec 29, 2017.',
        "Market Week: January 16, 2018. The Markets (as of market close January 12, 2018). Equities kept up their strong start to the year. Each benchmark index listed here posted solid gains, led by the Russell 2000. The S&P 500 advanced more than 1.0% for the second week in a row, the first time that has happened since last July. News that China may slow or halt its purchases of U.S. Treasuries pushed 10-year yields to their highest level in several months. "
        "Table (2017 close / prior week / as of 1/12 / weekly change / YTD change): DJIA 24719.22 / 25295.87 / 25803.19 / 2.01% / 4.39%; Nasdaq 6903.39 / 7136.56 / 7261.06 / 1.74% / 5.18%; S&P 500 2673.61 / 2743.15 / 2786.24 / 1.57% / 4.21%; Russell 2000 1535.51 / 1560.01 / 1591.97 / 2.05% / 3.68%; 10-year Treasuries 2.41% / 2.47% / 2.54%, weekly change 7 bps, YTD change 13 bps.",
        [
            C('RUT', 'rank', 'led the weekly gains', None, 'led by the Russell 2000', '2018-01-12', window='week', comp='RUT > DJI, IXIC, SPX',
              verdict=S, rule='ordering: RUT has the largest weekly gain of the four checkable indexes',
              note='Weekly changes RUT, DJI, IXIC, SPX. The Global Dow (also in the original table) is not in the files.'),
            C('SPX', 'return', 1.0, '%', 'advanced more than 1.0% for the second week in a row', '2018-01-12', q='more than', window='week', dp=1),
            C('SPX', 'since', 'last July', None, 'the first time that has happened since last July', '2018-01-12', comp='two straight weekly gains > 1%',
              verdict=I, rule='since X: X later than the true date is imprecise (understated)',
              note='In the file the last earlier pair of consecutive >1% weekly gains ended 2016-07-15 (weeks of July 8 and July 15, 2016); "last July" (July 2017) is later than that, so the claim understates the gap. Reading "last July" as July 2016 would make it exact.'),
            C('DJI', 'close', 25803.19, 'points', '25803.19', '2018-01-12', dp=2, kind='level'),
            C('DJI', 'return', 2.01, '%', '2.01%', '2018-01-12', window='week', dp=2),
            C('DJI', 'ytd_return', 4.39, '%', '4.39%', '2018-01-12', window='YTD', dp=2),
            C('IXIC', 'close', 7261.06, 'points', '7261.06', '2018-01-12', dp=2, kind='level'),
            C('IXIC', 'ytd_return', 5.18, '%', '5.18%', '2018-01-12', window='YTD', dp=2),
            C('RUT', 'close', 1591.97, 'points', '1591.97', '2018-01-12', dp=2, kind='level'),
            C('RUT', 'return', 2.05, '%', '2.05%', '2018-01-12', window='week', dp=2),
            C('RUT', 'ytd_return', 3.68, '%', '3.68%', '2018-01-12', window='YTD', dp=2),
            C('US10Y', 'yield', 2.54, '%', '2.54%', '2018-01-12', basis='end of day', dp=2, kind='yield',
              note='FRED DGS10 2.55; |error| 0.01 within tolerance.'),
            C('US10Y', 'yield_change', 13, 'bp', 'YTD change 13 bps', '2018-01-12', window='YTD', basis='end of day',
              verdict=I, rule='integer (bp) tolerance 0.5; imprecise band for changes: |error| <= 20% of true',
              note='FRED DGS10 2.40 (Dec 29, 2017) -> 2.55 = +15 bp; the table starts from 2.41% and ends at 2.54%, i.e. another closing snapshot; 2 bp off = 13% of the true change.'),
        ])

passage('gouldasset_201807_q2_review', 'gouldasset.com',
        'https://gouldasset.com/2018/07/second-quarter-2018-economic-market-review-now-available',
        'Gould Asset Management', '2018-07', 'high',
        'July 2018 from the URL (day not stated); the review covers the quarter ended Friday June 29, 2018.',
        "Gould Asset Management, Economic and Market Review for the Second Quarter of 2018 (excerpt). After a volatile start to 2018, US stocks found their footing in the second quarter, rising 3.4% on the period, as measured by the S&P 500 stock index. Most of the gains came in May, and US stocks have now risen 2.7% year-to-date. "
        "Volatility was mostly subdued in the second quarter. The VIX implied volatility index was above 20 at the start of April (near its long-term average), but began trending down soon after, hitting a tranquil 11.6 in early June, before rising to about 16 at quarter-end. "
        "The best performing sectors over the quarter were energy (up 13.5%), consumer discretionary (up 8.2%), and technology (up 7.1%); consumer discretionary, up 11.5% year-to-date, is the best performing sector so far in 2018.",
        [
            C('SPX', 'return', 3.4, '%', 'rising 3.4% on the period', '2018-06-29', window='Q2 2018 (Mar 29 -> Jun 29)', verdict=U,
              rule='unverifiable: total-return figure where only a price index exists',
              note='Price return in the file is +2.93%; 3.4% matches the S&P 500 total return (3.43%) quoted by other Q2 2018 reviews, so the figure is a total-return number the files cannot check. Judged against price it would be imprecise.'),
            C('SPX', 'ytd_return', 2.7, '%', 'risen 2.7% year-to-date', '2018-06-29', window='YTD', verdict=U,
              rule='unverifiable: total-return figure where only a price index exists',
              note='Price YTD is +1.67%; 2.7% fits the total return (about 2.65%). Against price it would be contradicted (error 1.03 > 20% of 1.67).'),
            C('VIX', 'level', 20, 'points', 'above 20 at the start of April', '2018-04-02', q='above', dp=0,
              note='Close on Monday April 2, 2018 (first session of April) 23.62; Mar 29 close was 19.97. ||'),
            C('VIX', 'level', 11.6, 'points', 'hitting a tranquil 11.6 in early June', '2018-06-06', dp=1,
              note='Lowest close of June 1-15, 2018: 11.64 on June 6. ||'),
            C('VIX', 'level', 16, 'points', 'about 16 at quarter-end', '2018-06-29', q='about', dp=0, note='Close June 29, 2018: 16.09. ||'),
            C('SPX_SECTORS', 'return', [13.5, 8.2, 7.1], '%', 'energy (up 13.5%)', '2018-06-29', window='Q2 2018', verdict=U,
              rule='unverifiable: series not in the files', note='S&P 500 sector indexes are not in the files (sector SPDRs have only adj_close here and never decide a verdict).'),
            C('SPX_SECTORS', 'ytd_return', 11.5, '%', 'up 11.5% year-to-date', '2018-06-29', window='YTD', verdict=U,
              rule='unverifiable: series not in the files', note='Consumer discretionary sector index not in the files.'),
        ])

passage('spdji_201807_market_attributes_july', 'dokumen.tips',
        'https://dokumen.tips/documents/market-attributes-us-equities-july-2018-market-attributes-us-equities-july.html',
        'S&P Dow Jones Indices (Howard Silverblatt), Market Attributes: U.S. Equities', '2018-08', 'medium',
        'Repost of the monthly S&P DJI report; data "as of July 31, 2018", so published in early August 2018 (day unknown).',
        "MARKET ATTRIBUTES, U.S. Equities, July 2018. Key highlights: The S&P 500 was up 3.60% in July, bringing the YTD return to 5.34%. The Dow Jones Industrial Average gained 4.71% for the month and was up 2.82% YTD. The S&P SmallCap 600 was up 3.10% in July and up 12.03% YTD. Returns shown are price returns (data as of July 31, 2018). "
        "Market snapshot: investors left for their August break with happy faces, celebrating a fourth consecutive month of gains (6.64% cumulative), with July being the best (3.60%). Optimism again ran high: the S&P 500 was 1.97% away from a new closing high; the last was Jan. 26, 2018, at 2,872.87.",
        [
            C('SPX', 'return', 3.60, '%', 'The S&P 500 was up 3.60% in July', '2018-07-31', window='July 2018', dp=2),
            C('SPX', 'ytd_return', 5.34, '%', '5.34%', '2018-07-31', window='YTD', dp=2),
            C('DJI', 'return', 4.71, '%', '4.71%', '2018-07-31', window='July 2018', dp=2),
            C('DJI', 'ytd_return', 2.82, '%', '2.82%', '2018-07-31', window='YTD', dp=2),
            C('SPX', 'streak', 4, 'months', 'a fourth consecutive month of gains', '2018-07-31', window='monthly closes', dp=0, kind='count',
              note='Monthly closes up in April, May, June and July 2018; March 2018 was down. ||'),
            C('SPX', 'return', 6.64, '%', '6.64% cumulative', '2018-07-31', window='Mar 29 -> Jul 31, 2018', dp=2),
            C('SPX', 'rank', 'July best of the four months', None, 'with July being the best (3.60%)', '2018-07-31', comp='July > Apr, May, Jun',
              verdict=S, rule='ordering of the four monthly returns', note='April +0.27%, May +2.16%, June +0.48%, July +3.60%.'),
            C('SPX', 'pct_from_ath', 1.97, '%', '1.97% away from a new closing high', '2018-07-31', dp=2,
              note='(1 - 2816.29/2872.87) = 1.97%; read as the gain needed to regain the record it would be 2.01% (0.04 off, imprecise). The key uses the conventional below-the-record reading. ||'),
            C('SPX', 'record_close', [2872.87, '2018-01-26'], None, 'Jan. 26, 2018, at 2,872.87', '2018-01-26',
              verdict=S, rule='record: highest close before the session, date and level', note='Highest close in the file before August 2018: 2872.87 on 2018-01-26.'),
            C('SP600', 'return', [3.10, 12.03], '%', 'up 3.10% in July and up 12.03% YTD', '2018-07-31', verdict=U,
              rule='unverifiable: series not in the files', note='S&P SmallCap 600 is not in the files; the Russell 2000 is not a substitute.'),
        ])

passage('etrade_20191223_winter_warm_up', 'us.etrade.com',
        'https://us.etrade.com/knowledge/library/perspectives/daily-insights/winter-warm-up',
        'E*TRADE (Daily Insights)', '2019-12-23', 'exact',
        'Dated 12/23/19 on the page (Monday); it recaps the week ended Friday Dec 20, 2019 (Thursday = Dec 19).',
        "Winter warm-up, 12/23/19. S&P, Nasdaq, Russell, Dow all gain more than 1% for the week; US market on pace for its 5th- or 4th-best year since 1960. "
        "The US stock market spread holiday cheer last week, adding more record highs to its year-end rally and, with just six trading days left in 2019, giving itself a fighting chance at its best year since 1997. "
        "The S&P 500 closed last week at 3,222.22, up 28.5% on the year, just a little more than 1% below 2013's 29.6% return, and 2.5% below 1997's 31% gain. "
        "The House's impeachment vote on Wednesday proved a non-event for markets (stocks hit fresh highs on Thursday), and tech led the way with small caps a close second. The strongest S&P 500 sectors were utilities (+3%), real estate (+2.9%), and energy (+2.6%).",
        [
            C(['SPX', 'IXIC', 'RUT', 'DJI'], 'return', 1, '%', 'all gain more than 1% for the week', '2019-12-20', q='more than', window='week',
              verdict=S, rule='more than: every true value > claim', note='Week Dec 13 -> Dec 20, 2019: SPX +1.65%, IXIC +2.18%, RUT +2.07%, DJI +1.14%.'),
            C('SPX', 'count', 6, 'sessions', 'six trading days left in 2019', '2019-12-20', dp=0, kind='count', note='Sessions Dec 23-31, 2019 in the file. ||'),
            C('SPX', 'close', 3222.22, 'points', '3,222.22', '2019-12-20', dp=2, kind='level',
              note='The file (and the official record) has 3,221.22: a one-digit slip of exactly 1.00 point (0.03%). ||'),
            C('SPX', 'ytd_return', 28.5, '%', 'up 28.5% on the year', '2019-12-20', window='YTD', dp=1),
            C('SPX', 'annual_return', 29.6, '%', "2013's 29.6% return", '2013-12-31', window='2013', dp=1, note='Price return 2013. ||'),
            C('SPX', 'annual_return', 31, '%', "1997's 31% gain", '1997-12-31', window='1997', dp=0, note='Price return 1997. ||'),
            C(['SPX', 'IXIC', 'DJI'], 'record_close', True, None, 'stocks hit fresh highs on Thursday', '2019-12-19', verdict=S,
              rule='record: close above every earlier close', note='SPX, IXIC and DJI all closed at records on Thursday Dec 19, 2019 (RUT did not; "stocks" is read as the large-cap averages).'),
            C('SPX_SECTORS', 'return', [3, 2.9, 2.6], '%', 'utilities (+3%)', '2019-12-20', window='week', verdict=U,
              rule='unverifiable: series not in the files', note='S&P 500 sector indexes are not in the files.'),
        ])

passage('wsm_202002_january_2020_marketwatch', 'wsmtexas.com', 'https://www.wsmtexas.com/marketwatch-january-2020/',
        'WSM (CPA firm newsletter, "Marketwatch")', '2020-02', 'medium',
        'The URL names the January 2020 recap; it was posted after the Jan 31, 2020 close (day unknown). Month = Dec 31, 2019 -> Jan 31, 2020 closes.',
        "Marketwatch, January 2020. U.S. equities ended January on a sour note. The S&P 500 lost 1 % while the Dow was down 2.1%. The only major index that held positive territory was the NASDAQ, which advanced 1.4%. "
        "January was a volatile month. By mid-month traders were upbeat after the signing of the phase-one U.S.-China trade deal and the Senate's passage of the USMCA, and risk appetite spurred all three of the major Wall Street averages to record highs. By the last trading week, investors were worried about the economic impact of the coronavirus. "
        "According to Stock Trader's Almanac, going back to 1950, when the S&P 500 was positive in January, 86% of the time the full year returns turned out to be positive.",
        [
            C('SPX', 'return', -1, '%', 'The S&P 500 lost 1 %', '2020-01-31', window='January 2020', dp=0,
              note='True January change -0.16%; |error| 0.84 exceeds 20% of the true value. ||'),
            C('DJI', 'return', -2.1, '%', 'the Dow was down 2.1%', '2020-01-31', window='January 2020', dp=1,
              note='True January change -0.99%; the 2.1% figure is roughly the Dow\'s loss in the last week of January, not the month. ||'),
            C('IXIC', 'return', 1.4, '%', 'advanced 1.4%', '2020-01-31', window='January 2020', dp=1,
              note='True January change +1.99%; |error| 0.59 exceeds 20% of 1.99 (0.40). ||'),
            C(['SPX', 'DJI', 'IXIC'], 'record_close', True, None, 'all three of the major Wall Street averages to record highs', '2020-01-17', window='mid-January 2020',
              verdict=S, rule='record: close above every earlier close', note='Record closes in January 2020: SPX 6, DJI 5, IXIC 7 (SPX and DJI peaked Jan 17, IXIC Jan 23).'),
            C('SPX', 'frequency', 86, '%', '86% of the time', '2019-12-31', window='1950-2019', verdict=I,
              rule='imprecise band for % figures: |error| <= 20% of true and <= max(2 pp, 10% of true)',
              note='From the file (price closes, full calendar year including January): 38 of 43 up-January years 1950-2019 ended the year up = 88.4%; error 2.4 pp. The Almanac may count a different span or the February-December remainder; the quoted statistic does not state its window exactly.'),
        ])

passage('townhall_20210329_spx_record_week', 'finance.townhall.com',
        'https://finance.townhall.com/columnists/politicalcalculations/2021/03/29/the-sp-500-reaches-new-high-with-lifting-of-government-restrictions-on-growth-n2587053',
        'Political Calculations (column on Townhall Finance)', '2021-03-29', 'exact',
        'Posted Mar 29, 2021 12:29 PM (on the page); about the trading week ending Friday 26 March 2021.',
        "The S&P 500 Reaches New High While Lockdowns Lift (posted Mar 29, 2021). The S&P 500 (Index: SPX) closed at a new record high of 3,974.54 on the trading week ending 26 March 2021, as growth looked set to strengthen with the lifting of state and local lockdown restrictions. "
        "During the week, stock prices traded near the lower end of the redzone forecast range, as rising bond-market interest rates drove a continued tech selloff. Stocks gained on Friday as key inflation data came in lower than expected, and bank stocks got a boost from the Federal Reserve's post-close announcement that it would lift dividend restrictions for most banks after its June stress test.",
        [
            C('SPX', 'close', 3974.54, 'points', '3,974.54', '2021-03-26', dp=2, kind='level'),
            C('SPX', 'record_close', True, None, 'closed at a new record high', '2021-03-26', verdict=S, rule='record: close above every earlier close',
              note='Previous record close 3,974.12 on 2021-03-17; 3,974.54 tops it by 0.42 point.'),
        ])

passage('azzad_202112_week_dec23_records', 'ip1.biz', 'https://ip1.biz/azzadprod/?p=17429',
        'Azzad Asset Management (Broadridge/Forefield "The Markets" template)', '2021-12-27', 'medium',
        'Weekly recap "as of market close December 23, 2021" (markets closed Friday Dec 24); such recaps appear the following Monday, Dec 27 (inferred). Monday = Dec 20, Tuesday = Dec 21, Thursday = Dec 23; week = Dec 17 -> Dec 23 closes.',
        "The Markets (as of market close December 23, 2021). Wall Street closed the holiday-shortened week at record levels. The S&P 500 closed the week at a record high. The Nasdaq and the Russell 2000 ended up over 3.0%. Ten-year Treasury yields, gold, and crude oil climbed, while the dollar dipped. "
        "Stocks slid last Monday, as fears that the Omicron variant could undercut the rebound, plus a setback for the social-spending bill, sent them reeling. Each of the major benchmark indexes fell by at least 1.0%, with the small caps of the Russell 2000 dipping 1.6% to lead the declines. "
        "Equities jumped last Tuesday, reversing what had been the biggest three-day drop since September. The Russell 2000 and the Nasdaq each gained more than 2.0%, while the remaining benchmark indexes advanced by at least 1.6%. "
        "Thursday was the last trading day of the week, as markets closed Friday for the Christmas holiday. On low volume, the Global Dow, the Nasdaq, and the Russell 2000 gained 0.9%, and the Dow and the S&P 500 advanced 0.6%.",
        [
            C('SPX', 'record_close', True, None, 'The S&P 500 closed the week at a record high', '2021-12-23', verdict=S,
              rule='record: close above every earlier close', note='4,725.79 on Dec 23, 2021 vs the previous record 4,712.02 (2021-12-10).'),
            C(['IXIC', 'RUT'], 'return', 3.0, '%', 'ended up over 3.0%', '2021-12-23', q='over', window='week (Dec 17 -> Dec 23)', verdict=S,
              rule='over: every true value > claim', note='IXIC +3.19%, RUT +3.11%.'),
            C(['SPX', 'DJI', 'IXIC', 'RUT'], 'daily_change', -1.0, '%', 'fell by at least 1.0%', '2021-12-20', q='at least', verdict=S,
              rule='at least: every decline >= 1.0%', note='Dec 20, 2021: SPX -1.14%, DJI -1.23%, IXIC -1.24%, RUT -1.57% (the Global Dow is not in the files).'),
            C('RUT', 'daily_change', -1.6, '%', 'dipping 1.6%', '2021-12-20', dp=1, note='RUT -1.57%, the largest decline of the four. ||'),
            C('SPX', 'biggest_since', 'September', None, 'the biggest three-day drop since September', '2021-12-20', window='3 sessions (Dec 15 -> Dec 20)',
              verdict=S, rule='biggest since X: X must be the last period with a move at least as large',
              note='S&P 500 three-session change to Dec 20: -3.01%; the last three-session drop at least as large ended 2021-09-30. Index not named; the S&P 500 is used.'),
            C(['RUT', 'IXIC'], 'daily_change', 2.0, '%', 'each gained more than 2.0%', '2021-12-21', q='more than', verdict=S,
              rule='more than: every true value > claim', note='Dec 21, 2021: RUT +2.95%, IXIC +2.40%.'),
            C(['DJI', 'SPX'], 'daily_change', 1.6, '%', 'advanced by at least 1.6%', '2021-12-21', q='at least', verdict=S,
              rule='at least: every true value >= claim', note='DJI +1.605%, SPX +1.78% (the Global Dow is not in the files).'),
            C(['IXIC', 'RUT'], 'daily_change', 0.9, '%', 'the Russell 2000 gained 0.9%', '2021-12-23', verdict=S,
              rule='unhedged 1 dp: |true - claim| <= 0.07', note='IXIC +0.85%, RUT +0.89%.'),
            C(['DJI', 'SPX'], 'daily_change', 0.6, '%', 'the S&P 500 advanced 0.6%', '2021-12-23', verdict=S,
              rule='unhedged 1 dp: |true - claim| <= 0.07', note='DJI +0.55%, SPX +0.62%.'),
        ])

passage('tker_20220619_bear_market', 'bastionbalance.com', 'https://bastionbalance.com/renewed-concerns-about-inflation-has-the-fed-triggered/',
        'TKer (Sam Ro), reposted', '2022-06-19', 'exact',
        'Repost dated June 19, 2022 (Sunday); "Monday" = June 13, 2022, "end of the week" = Friday June 17.',
        "It's a bear market (originally published on TKer, June 19, 2022). On Monday, the S&P 500 tumbled 3.9% to close at 3,749.63. That put the index down 21.8% from its January 3 all-time closing high of 4,796.56. This was the first time the S&P closed down by at least 20% from its high, confirming that we have been in an official bear market. "
        "By the end of the week, the S&P had fallen to 3,674.84, down 23.4% from its high. "
        "According to Howard Silverblatt of S&P Dow Jones Indices, the average bear market has lasted 18.6 months and has seen the S&P 500 fall 38.3% before bottoming. The recent declines followed the hotter-than-expected May consumer price index report released on June 10.",
        [
            C('SPX', 'daily_change', -3.9, '%', 'tumbled 3.9%', '2022-06-13', dp=1),
            C('SPX', 'close', 3749.63, 'points', '3,749.63', '2022-06-13', dp=2, kind='level'),
            C('SPX', 'pct_from_ath', 21.8, '%', 'down 21.8% from its January 3 all-time closing high', '2022-06-13', dp=1),
            C('SPX', 'record_close', [4796.56, '2022-01-03'], None, 'January 3 all-time closing high of 4,796.56', '2022-01-03', verdict=S,
              rule='record: highest close before the session, date and level', note='Highest close before June 13, 2022: 4,796.56 on 2022-01-03.'),
            C('SPX', 'first_time', '2022-06-13', None, 'the first time the S&P closed down by at least 20% from its high', '2022-06-13', verdict=S,
              rule='first session closing at least 20% below the January 3 peak', note='First such close after Jan 3, 2022 is June 13, 2022 (the index had come close on May 20 but closed 18.7% below).'),
            C('SPX', 'close', 3674.84, 'points', '3,674.84', '2022-06-17', dp=2, kind='level'),
            C('SPX', 'pct_from_ath', 23.4, '%', 'down 23.4% from its high', '2022-06-17', dp=1),
            C('SPX', 'history_average', [18.6, 38.3], ['months', '%'], 'lasted 18.6 months', None, verdict=U,
              rule='unverifiable: unstated set of bear markets and dating method',
              note='Silverblatt\'s average depends on which bear markets (from 1929?) and which peak/trough dating are used; the files cannot reproduce the stated set.'),
            C('GENERIC', 'event', 'May CPI released June 10', None, 'released on June 10', '2022-06-10', verdict=U,
              rule='unverifiable: series not in the files', note='CPI release dates are not in the files.'),
        ])

passage('marketscreener_20230224_10y_week', 'marketscreener.com',
        'https://www.marketscreener.com/news/latest/10-Year-Treasury-Yield-Rises-to-3-948-This-Week-Data-Talk--43083035/?utm_medium=RSS&utm_content=20230224',
        'Dow Jones Newswires ("Data Talk")', '2023-02-24', 'exact',
        'Dated 02/24/2023 03:47pm EST on the page (Friday); figures use Tradeweb 3 p.m. ET values, compared here with FRED end-of-day DGS10.',
        "10-Year Treasury Yield Rises to 3.948% This Week -- Data Talk (Dow Jones Newswires, 02-24-23). The 10-year yield rose 0.121 percentage point to 3.948% this week. The yield is up for five consecutive weeks. Today it is up 0.069 percentage point. "
        "It is off 0.283 percentage point from its 52-week high of 4.231% hit Monday, Oct. 24, 2022, and off 0.005 percentage point from its 2023 closing high of 3.953% hit Tuesday, Feb. 21, 2023. It is up 0.574 percentage point from its 2023 closing low of 3.374% hit Wednesday, Jan. 18, 2023. Data based on 3 p.m. ET values (Source: Tradeweb ICE U.S. Treasury Closing Prices).",
        [
            C('US10Y', 'yield_change', 0.121, 'pp', 'rose 0.121 percentage point', '2023-02-24', window='week', basis='3 p.m. ET (FRED end of day used)', dp=3, kind='yield',
              note='FRED DGS10 3.82 (Feb 17) -> 3.95 (Feb 24) = +0.13; |error| 0.009 within the 3 dp tolerance (0.0205). ||'),
            C('US10Y', 'yield', 3.948, '%', 'to 3.948% this week', '2023-02-24', basis='3 p.m. ET (FRED end of day used)', dp=3, kind='yield'),
            C('US10Y', 'streak', 5, 'weeks', 'up for five consecutive weeks', '2023-02-24', window='weekly (Friday) values', dp=0, kind='count',
              note='Weekly FRED changes: Jan 27 +0.04, Feb 3 +0.01, Feb 10 +0.21, Feb 17 +0.08, Feb 24 +0.13; Jan 20 was -0.01. ||'),
            C('US10Y', 'daily_change', 0.069, 'pp', 'Today it is up 0.069 percentage point', '2023-02-24', basis='3 p.m. ET (FRED end of day used)', dp=3, kind='yield',
              note='FRED 3.88 -> 3.95 = +0.07. ||'),
            C('US10Y', 'year_high', [3.953, '2023-02-21'], '%', '3.953% hit Tuesday, Feb. 21, 2023', '2023-02-21', verdict=S,
              rule='level within 3 dp tolerance and date exact', note='FRED 2023 high to Feb 24: 3.95 on 2023-02-21.'),
            C('US10Y', 'year_low', [3.374, '2023-01-18'], '%', '3.374% hit Wednesday, Jan. 18, 2023', '2023-01-18', verdict=S,
              rule='level within 3 dp tolerance and date exact', note='FRED 2023 low to Feb 24: 3.37 on 2023-01-18.'),
            C('US10Y', '52w_high', [4.231, '2022-10-24'], '%', '4.231% hit Monday, Oct. 24, 2022', '2022-10-24', verdict=S,
              rule='level within 3 dp tolerance (0.0205) and date exact',
              note='FRED 52-week high: 4.25 on 2022-10-24; |error| 0.019 is just inside the tolerance; Tradeweb 3 p.m. values differ from FRED end-of-day values.'),
        ])

passage('jbmeridian_202410_q3_review', 'jbmeridian.com', 'https://jbmeridian.com/newsletters/51-financial-economic-review-3rd-quarter-end-2024',
        'JB Meridian (client newsletter)', '2024-10', 'medium',
        'Third-quarter-end 2024 review; published after Sept 30, 2024 (day unknown, presumably October 2024).',
        "Financial & Economic Review, 3rd Quarter End 2024. Defying historical precedent, September posted the first positive gain for the S&P500 since 2019. Equity markets returned a positive full quarter in Q3, marking the fourth straight quarterly gain. Furthermore, for the first time since 1997, the S&P500 posted an increase of greater than 20% for the first three quarters to start a year. "
        "On September 18th, the Fed slashed the benchmark rate 0.50%, to bring the benchmark to 4.75%-5.00%. This was the first reduction in the Fed Funds Rate since the start of the Covid Pandemic in March 2020. Further easing is anticipated, with 50 basis points in reductions by the end of 2024 and another 1.00% by the end of 2026. "
        "The easing brought an oversized decrease in the 10-yr U.S. Treasury rate to end the quarter at 3.74%.",
        [
            C('SPX', 'since', 2019, None, 'the first positive gain for the S&P500 since 2019', '2024-09-30', window='September', verdict=S,
              rule='since X: last earlier positive September must be X',
              note='September 2024 +2.02%; Septembers 2020-2023 all fell; September 2019 rose 1.72%. "Positive gain" is read as the first positive September.'),
            C('SPX', 'streak', 4, 'quarters', 'the fourth straight quarterly gain', '2024-09-30', dp=0, kind='count',
              note='Q4 2023 +11.24%, Q1 2024 +10.16%, Q2 +3.92%, Q3 +5.53%; Q3 2023 -3.65%. ||'),
            C('SPX', 'since', 1997, None, 'for the first time since 1997', '2024-09-30', window='Dec 31 -> Sep 30', comp='gain > 20%', verdict=S,
              rule='since X: last earlier year with a nine-month gain above 20% must be X',
              note='2024 nine-month price gain 20.81%; the last earlier year above 20% is 1997 (+27.9%); 2019 (+18.7%) and 2013 (+17.9%) fell short.'),
            C('FEDFUNDS', 'rate_change', [-0.50, 4.75, 5.00], '%', 'slashed the benchmark rate 0.50%', '2024-09-18', verdict=S,
              rule='decision day in FOMC_meetings.csv; DFEDTARU 5.50 -> 5.00 effective the next day; new range 4.75-5.00',
              note='Values: [upper before, upper after, lower, upper on Sept 19, FOMC decision day?].'),
            C('FEDFUNDS', 'since', 'March 2020', None, 'the first reduction in the Fed Funds Rate since the start of the Covid Pandemic in March 2020', '2024-09-18', verdict=S,
              rule='since X: last earlier cut must fall in X', note='Last earlier cut effective 2020-03-16 (decision of Sunday March 15, 2020).'),
            C('US10Y', 'yield', 3.74, '%', 'end the quarter at 3.74%', '2024-09-30', basis='end of day', dp=2, kind='yield',
              note='FRED DGS10 on Sept 30, 2024: 3.81; 3.74% is the Sept 27 level (3.75) or an intraday print. ||'),
            C('FEDFUNDS', 'projection', [0.50, 1.00], '%', '50 basis points in reductions by the end of 2024', '2024-09-30', verdict=F,
              rule='forecast: projection, never judged', note='Expected further cuts (the Fed later cut 0.50 pp in Nov-Dec 2024, not judged).'),
        ])

passage('spdji_202502_market_attributes_january', 'spglobal.com',
        'https://spglobal.com/spdji/en/commentary/article/us-equities-market-attributes-january-2025',
        'S&P Dow Jones Indices (Howard Silverblatt), Market Attributes: U.S. Equities', '2025-02', 'medium',
        'Monthly report on January 2025 (month end Jan 31, 2025); published in early February 2025 (day unknown).',
        "U.S. Equities Market Attributes, January 2025. The S&P 500 was up 2.70% in January, bringing its one-year return to 24.66%. The Dow Jones Industrial Average gained 4.70% for the month. The S&P SmallCap 600 returned 2.85% in January. "
        "The 500 continued to set new closing highs (just one for January, compared to four in December). January posted gains for 12 of its 20 trading days (9 of 21 last month). "
        "The S&P 500 closed at 6,040.53, up 2.70% from last month's close of 5,881.63, when it was down 2.50% from the prior month's close of 6,032.38 (November: 5.73%). The three-month gain was 5.87%, with a one-year gain of 24.66%. The 2024 return was up 23.31%, the 2023 return was up 24.23% and the 2022 return was down 19.44%. The index was up 78.39% from its pre-COVID-19 Feb. 19, 2020, closing high. "
        "The year started with a slight decrease (-0.22%), but as of mid-month (Jan. 15, 2025) the index was up 0.95% ahead of the Jan. 20 inauguration.",
        [
            C('SPX', 'return', 2.70, '%', 'The S&P 500 was up 2.70% in January', '2025-01-31', window='January 2025', dp=2),
            C('SPX', 'close', 6040.53, 'points', '6,040.53', '2025-01-31', dp=2, kind='level'),
            C('SPX', 'close', 5881.63, 'points', '5,881.63', '2024-12-31', dp=2, kind='level'),
            C('SPX', 'return', -2.50, '%', 'down 2.50%', '2024-12-31', window='December 2024', dp=2),
            C('SPX', 'close', 6032.38, 'points', '6,032.38', '2024-11-29', dp=2, kind='level'),
            C('SPX', 'return', 5.73, '%', '5.73%', '2024-11-29', window='November 2024', dp=2),
            C('SPX', 'return', 5.87, '%', 'The three-month gain was 5.87%', '2025-01-31', window='Oct 31, 2024 -> Jan 31, 2025', dp=2),
            C('SPX', 'return', 24.66, '%', 'a one-year gain of 24.66%', '2025-01-31', window='Jan 31, 2024 -> Jan 31, 2025', dp=2),
            C('SPX', 'annual_return', 23.31, '%', '23.31%', '2024-12-31', window='2024', dp=2),
            C('SPX', 'annual_return', 24.23, '%', '24.23%', '2023-12-29', window='2023', dp=2),
            C('SPX', 'annual_return', -19.44, '%', 'down 19.44%', '2022-12-30', window='2022', dp=2),
            C('SPX', 'return', 78.39, '%', 'up 78.39%', '2025-01-31', window='Feb 19, 2020 -> Jan 31, 2025', dp=2, note='From the 3,386.15 close of 2020-02-19. ||'),
            C('SPX', 'ytd_return', -0.22, '%', '(-0.22%)', '2025-01-02', window='first session of 2025', dp=2),
            C('SPX', 'ytd_return', 0.95, '%', 'up 0.95%', '2025-01-15', window='YTD to Jan 15, 2025', dp=2,
              note='Dec 31 -> Jan 15, 2025 close: +1.16% (5,949.91); Jan 14 close gives +0.11%; 0.95% matches neither close (perhaps an intraday or provisional reading); |error| 0.21 is inside 20% of the true value. ||'),
            C('SPX', 'record_count', [1, 4], None, 'just one for January, compared to four in December', '2025-01-31', verdict=S,
              rule='counts of record closes in each month', note='Record closes: January 2025 one (Jan 23), December 2024 four.'),
            C('SPX', 'up_days', [20, 12], None, 'gains for 12 of its 20 trading days', '2025-01-31', verdict=S,
              rule='count of sessions closing above the previous close', note='20 sessions in January 2025, 12 of them up.'),
            C('DJI', 'return', 4.70, '%', 'gained 4.70% for the month', '2025-01-31', window='January 2025', dp=2),
        ])

passage('trackingthetrade_202509_fed_cut_week', 'trackingthetrade.beehiiv.com',
        'https://trackingthetrade.beehiiv.com/p/fed-cuts-rates-markets-hit-records-shutdown-looms',
        'Tracking the Trade (newsletter)', '2025-09-22', 'medium',
        'Weekly newsletter on the week of Sept 15-19, 2025 ("Past Week\'s Market Scorecard", "This week brings ... shutdown"); presumably sent Monday Sept 22 (inferred). Week = Sept 12 -> Sept 19 closes.',
        "Fed Cuts Rates, Markets Hit Records, Shutdown Looms. Last week the Fed delivered its expected quarter-point rate cut and markets hit new records for three straight days. "
        "Past week's scorecard: the S&P 500 closed Friday at 6,643.70, up 1.25% for the week despite a modest 0.59% Friday gain. The Dow Jones Industrial Average finished at 46,247.29, gaining 1.10% over five days, while the Nasdaq Composite stole the show with a 2.2% weekly surge. The ten-year Treasury yield ticked up to 4.20%. "
        "Federal Reserve Cuts Rates 25 Basis Points (September 17): the Fed brought the federal funds rate to 4.00%-4.25%, the first reduction since President Trump took office, with dot-plot projections suggesting two more cuts before year-end; equities celebrated with three consecutive record-high closes.",
        [
            C('FEDFUNDS', 'rate_change', [-0.25, 4.00, 4.25], '%', 'Federal Reserve Cuts Rates 25 Basis Points (September 17)', '2025-09-17', verdict=S,
              rule='decision day in FOMC_meetings.csv; DFEDTARU 4.50 -> 4.25 effective the next day; new range 4.00-4.25',
              note='Values: [upper before, upper after, lower, upper on Sept 18, FOMC decision day?]. The 4.00%-4.25% range in the text is the same fact.'),
            C('SPX', 'record_streak', 3, 'sessions', 'three consecutive record-high closes', '2025-09-19', verdict=X,
              rule='streak of record closes: counted on daily closes',
              note='S&P 500 record closes that week: Mon Sept 15, Thu Sept 18, Fri Sept 19; Tue and Wed were not records, so the longest run is two (same for the Dow and Nasdaq, whose records were Thu-Fri, plus Monday for the Nasdaq). Three record closes in the week, not three consecutive ones. The opening "new records for three straight days" is the same claim.'),
            C('SPX', 'close', 6643.70, 'points', '6,643.70', '2025-09-19', dp=2, kind='level',
              note='True Friday close 6,664.36; 20.66 points (0.31%) off. ||'),
            C('SPX', 'return', 1.25, '%', 'up 1.25% for the week', '2025-09-19', window='week', dp=2, note='True +1.22%. ||'),
            C('SPX', 'daily_change', 0.59, '%', 'a modest 0.59% Friday gain', '2025-09-19', dp=2,
              note='True Friday change +0.49%; |error| 0.10 is just above 20% of the true value (0.098). ||'),
            C('DJI', 'close', 46247.29, 'points', '46,247.29', '2025-09-19', dp=2, kind='level',
              note='File close 46,315.27 (single source after 2025-07-11); 68 points (0.15%) off. ||'),
            C('DJI', 'return', 1.10, '%', 'gaining 1.10% over five days', '2025-09-19', window='week', dp=2, note='True +1.05%. ||'),
            C('IXIC', 'return', 2.2, '%', '2.2% weekly surge', '2025-09-19', window='week', dp=1),
            C('US10Y', 'yield', 4.20, '%', 'ticked up to 4.20%', '2025-09-19', basis='end of day', dp=2, kind='yield',
              note='FRED DGS10 on Sept 19: 4.14 (4.11 on Sept 18, 4.06 on Sept 12): "ticked up" is right, the level 0.06 off. ||'),
            C('FEDFUNDS', 'since', 'Trump took office (2025-01-20)', None, 'the first reduction since President Trump took office', '2025-09-17', verdict=S,
              rule='first cut after a date: previous cut must precede it', note='Previous cut effective 2024-12-19 (decision Dec 18, 2024), before the Jan 20, 2025 inauguration; none in between.'),
            C('FEDFUNDS', 'projection', 2, 'cuts', 'two more cuts before year-end', '2025-12-31', verdict=F,
              rule='forecast: projection, never judged', note='Dot-plot projection (the Fed did cut in October and December 2025; not judged).'),
        ])

passage('hinsdale_20260209_weekly_commentary', 'hinsdaleassociates.com', 'https://hinsdaleassociates.com/february-9-2026',
        'Hinsdale Associates (weekly market commentary)', '2026-02-09', 'exact',
        'Dated February 9, 2026 (Monday) on the page; "last week" = Jan 30 -> Feb 6, 2026 closes; yields for Friday Feb 6.',
        "February 9, 2026. Last week was a wild ride again, but as usual everything ended well. Here are the numbers. The S&P 500 finished the week up .28%, the Dow Jones Industrial Average was the big winner, up 2.74%, and the Nasdaq fell 1.45%. Internationally, the FTSE 100 was up 1.43% and the MSCI-EAFE gained .99%. The 2-year Treasury yield was 3.495%, and the 10-year paid 4.206%. "
        "On yesterday's Super Bowl: the Super Bowl indicator says an NFC win signals a rising market for the year; from 1967 to 1997 it boasted a 90% success rate, with 70% accuracy over its full history.",
        [
            C('SPX', 'return', 0.28, '%', 'up .28%', '2026-02-06', window='week', dp=2,
              note='True weekly change -0.10% (6,939.03 -> 6,932.30): wrong sign. ||'),
            C('DJI', 'return', 2.74, '%', 'up 2.74%', '2026-02-06', window='week', dp=2,
              note='True +2.50% (Dow rows after 2025-07-11 come from a single source); "the big winner" holds (RUT +2.17% is not mentioned). ||'),
            C('IXIC', 'return', -1.45, '%', 'the Nasdaq fell 1.45%', '2026-02-06', window='week', dp=2,
              note='True -1.84%; |error| 0.39 > 20% of 1.84 (0.37), just outside the imprecise band. ||'),
            C('US2Y', 'yield', 3.495, '%', '3.495%', '2026-02-06', basis='end of day', dp=3, kind='yield', note='FRED DGS2 3.50. ||'),
            C('US10Y', 'yield', 4.206, '%', '4.206%', '2026-02-06', basis='end of day', dp=3, kind='yield', note='FRED DGS10 4.22; |error| 0.014. ||'),
            C(['FTSE', 'MSCI_EAFE'], 'return', [1.43, 0.99], '%', 'the FTSE 100 was up 1.43%', '2026-02-06', window='week', verdict=U,
              rule='unverifiable: series not in the files', note='Non-US indexes are not in the files.'),
            C('QUOTE', 'rule_of_thumb', [90, 70], '%', 'boasted a 90% success rate', None, verdict=N,
              rule='not_checkable: rule of thumb', note='Super Bowl indicator: folklore statistic, not a market figure the files decide.'),
        ])

passage('cornerstones_202602_january_barometer', 'financial-cornerstones.com', 'https://financial-cornerstones.com/mark-on-the-markets-february-2026',
        'Financial Cornerstones ("Mark on the Markets")', '2026-02', 'medium',
        'February 2026 letter on January 2026; the table states "January 2026 returns: December 31, 2025-January 30, 2026" (day of publication unknown).',
        "Mark on the Markets, February 2026: January Barometer. Global markets keep delivering, but leadership among U.S. stocks has shifted. The tech-heavy Nasdaq Composite lagged with only modest gains, while smaller company stocks, as measured by the Russell 2000 Index, sprinted out in front. The equal-weighted S&P 500 also beat its cap-weighted cousin (the equal-weight version up around 3.4% for the month versus the standard S&P 500's roughly 1.4% gain). "
        "Key index returns, January 2026 (December 31, 2025-January 30, 2026): Dow Jones Industrial Average 1.7; NASDAQ Composite 0.9; S&P 500 Index 1.4; Russell 2000 Index 5.3; MSCI Emerging Markets 8.8. Fed rate cuts from late 2025 have given smaller companies and cyclicals a tailwind.",
        [
            C('DJI', 'return', 1.7, '%', 'Dow Jones Industrial Average 1.7', '2026-01-30', window='January 2026', dp=1),
            C('IXIC', 'return', 0.9, '%', 'NASDAQ Composite 0.9', '2026-01-30', window='January 2026', dp=1, note='True +0.95%; |error| 0.05 within 0.07. ||'),
            C('SPX', 'return', 1.4, '%', 'S&P 500 Index 1.4', '2026-01-30', window='January 2026', dp=1),
            C('RUT', 'return', 5.3, '%', 'Russell 2000 Index 5.3', '2026-01-30', window='January 2026', dp=1),
            C('SPX_EW', 'return', 3.4, '%', 'up around 3.4% for the month', '2026-01-30', q='around', window='January 2026', verdict=U,
              rule='unverifiable: series not in the files', note='S&P 500 Equal Weight index is not in the files.'),
            C('SPX', 'return', 1.4, '%', "roughly 1.4% gain", '2026-01-30', q='roughly', window='January 2026', dp=1),
        ])

passage('mundaneaway_20191202_thanksgiving_week', 'mundaneaway.com', 'http://mundaneaway.com/commentary/252-2019-12-02-market-commentary',
        'Mundane Away (adviser market commentary)', '2019-12-02', 'exact',
        'Date in the URL (Monday Dec 2, 2019); "last week" = the Thanksgiving week, Nov 22 -> Nov 29, 2019; "Wednesday" = Nov 27.',
        "Market commentary, 2019-12-02. The holiday-shortened trading week closed with gains across developed markets. The Dow, Nasdaq, and S&P 500 were especially thankful as they marked new all-time highs Wednesday, ahead of the Thanksgiving holiday. "
        "While the large-cap indices set records, the biggest weekly gains came in small caps: the S&P 600 Small Cap Growth Index added 2.69% last week, doubling the performance of the S&P 500 Growth Index. However, Small Cap is between 5 and 10 percent behind its Large Cap peers year to date. At the sector level, 10 out of 11 sectors closed either flat or higher; energy was the only sector that closed substantially lower.",
        [
            C(['DJI', 'IXIC', 'SPX'], 'record_close', True, None, 'marked new all-time highs Wednesday', '2019-11-27', verdict=S,
              rule='record: close above every earlier close', note='All three closed at records on Wednesday Nov 27, 2019 (DJI 28,164.00, IXIC 8,705.18, SPX 3,153.63).'),
            C('SP600', 'return', 2.69, '%', 'added 2.69% last week', '2019-11-29', window='week', verdict=U,
              rule='unverifiable: series not in the files', note='S&P 600 Small Cap Growth and S&P 500 Growth are not in the files; as a proxy only, the Russell 2000 rose 2.24% that week against the S&P 500\'s 0.99%.'),
            C('SP600', 'ytd_gap', [5, 10], '%', 'between 5 and 10 percent behind', '2019-11-29', window='YTD', verdict=U,
              rule='unverifiable: series not in the files', note='"Small Cap" and "Large Cap" are S&P style/size indexes not in the files (proxy only: RUT YTD +20.5% vs SPX +25.3% to Nov 29, a 4.8-point gap).'),
            C('SPX_SECTORS', 'count', 10, 'sectors', '10 out of 11 sectors', '2019-11-29', window='week', verdict=U,
              rule='unverifiable: series not in the files', note='S&P 500 sector indexes are not in the files.'),
        ])
