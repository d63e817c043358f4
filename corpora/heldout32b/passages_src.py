"""Passage texts and claim specifications of heldout32b (used by build.py)."""


def C(t, metric, claimed, value, unit, kind, ref, anchor, recipe=None, q=None, window=None, basis='close', **kw):
    d = dict(index_or_ticker=t, metric=metric, claimed=claimed, value=value, unit=unit, kind=kind, ref_date=ref,
             anchor=anchor, recipe=recipe, qualifier=q, window=window, basis=basis, comparison=kw.pop('comparison', None))
    d.update(kw)
    return d


def day(t, ref, pts, pct_, lvl, a_pts, a_pct, a_lvl, pts_s=None, pct_s=None, lvl_s=None, q_pct=None, q_pts=None):
    """Standard daily triple: point change, percent change, closing level (any may be None)."""
    out = []
    if pts is not None:
        out.append(C(t, 'point_change', pts_s or str(pts), pts, 'points', 'points', ref, a_pts, f"chg('{t}', '{ref}')", q=q_pts))
    if pct_ is not None:
        out.append(C(t, 'pct_change', pct_s or str(pct_), pct_, 'percent', 'pct', ref, a_pct, f"pct('{t}', '{ref}')", q=q_pct))
    if lvl is not None:
        out.append(C(t, 'close_level', lvl_s or str(lvl), lvl, 'index points', 'level', ref, a_lvl, f"close('{t}', '{ref}')"))
    return out


PASSAGES = []

# 1 ---------------------------------------------------------------- CBS News (AP), 2013-12-03
PASSAGES.append(dict(
    id='cbsnews_20131203_holiday_shopping_slip',
    source=dict(site='CBS News', url='http://www.cbsnews.com/news/stocks-slip-after-weak-start-to-holiday-shopping-season/', original_outlet='Associated Press'),
    published='2013-12-03', published_confidence='high',
    published_note='No date printed in the excerpt; the closing levels (Dow 15,914, S&P 1,795, Nasdaq 4,037) match only Tuesday 2013-12-03 in the files, and the piece calls the day Tuesday and looks ahead to Friday\'s November jobs data.',
    text=("NEW YORK Stocks ended lower on Wall Street, as investors fretted about soft consumer spending at the start of the holiday "
          "shopping season. The Dow Jones industrial average lost 94 points, or 0.6 percent, to close at 15,914 Tuesday. The Standard & "
          "Poor's 500 index fell five points, or 0.3 percent, to 1,795. The Nasdaq composite fell eight points, or 0.2 percent, to 4,037. "
          "Consumer-driven companies were among the biggest losers. On the New York Stock Exchange, three stocks fell for every two that rose. "
          "The yield on the 10-year Treasury note fell to 2.78 percent. Talk that the Federal Reserve will soon start trimming its "
          "$85 billion-a-month bond purchases also weighed on markets, with investors waiting for Friday's November jobs report."),
    claims=(day('DJI', '2013-12-03', -94, -0.6, 15914, 'lost 94 points', '0.6 percent', '15,914', pts_s='94', pct_s='0.6', lvl_s='15,914')
            + day('SPX', '2013-12-03', -5, -0.3, 1795, 'fell five points', '0.3 percent', '1,795', pts_s='five', pct_s='0.3', lvl_s='1,795')
            + day('IXIC', '2013-12-03', -8, -0.2, 4037, 'fell eight points', '0.2 percent', '4,037', pts_s='eight', pct_s='0.2', lvl_s='4,037')
            + [C('NYSE', 'breadth_ratio', '3:2', 1.5, 'ratio', 'unverifiable', '2013-12-03', 'three stocks fell for every two that rose',
                 note='NYSE advance/decline counts are not in the files.'),
               C('US10Y', 'yield_level', '2.78', 2.78, 'percent', 'pct', '2013-12-03', '2.78 percent', "y10('2013-12-03')", basis='end of day',
                 note='FRED end-of-day DGS10 is 2.79; AP quotes a late-afternoon market yield. Within the 2-decimal tolerance.')])))

# 2 ---------------------------------------------------------------- The Columbian (AP), 2014-09-17
PASSAGES.append(dict(
    id='columbian_20140917_fed_stands_pat_dow_record',
    source=dict(site='The Columbian', url='http://www.columbian.com/news/2014/sep/17/fed-stands-pat-interest-rate-dow-hits-record/', original_outlet='Associated Press'),
    published='2014-09-17', published_confidence='exact', published_note='Date in the URL; FOMC decision day 2014-09-17 (Wednesday).',
    text=("NEW YORK — Wall Street got the comfort it was looking for from the Federal Reserve on Wednesday. The central bank signaled it would "
          "hold its short-term interest rate near zero for a while, and investors lifted the Dow Jones industrial average to a record high. "
          "Indexes drifted until the Fed's 2 p.m. statement, which kept the plan to hold short-term rates at a record low for \"a considerable "
          "time\" after the bond purchases end in November. The Dow gained 24.88 points, or 0.2 percent, to end at 17,156.85 — its 16th record "
          "high this year. The S&P 500 edged up 2.59 points, or 0.1 percent, to 2,001.57, short of its own closing high of 2,007.71 from "
          "Sept. 5. The Nasdaq composite finished higher by 9.43 points, or 0.2 percent, to 4,562.19, still well below its dot-com era peak."),
    claims=([C('DJI', 'record_close', 'record high', True, 'flag', 'bool', '2014-09-17', 'to a record high', "is_record_close('DJI', '2014-09-17')")]
            + day('DJI', '2014-09-17', 24.88, 0.2, 17156.85, '24.88 points', '0.2 percent, to end', '17,156.85', lvl_s='17,156.85')
            + [C('DJI', 'record_count_ytd', '16th', 16, 'count', 'count', '2014-09-17', '16th record', "records_in_year('DJI', '2014-09-17')", window='2014 YTD',
                 note='Counts closes in 2014 above every earlier close in the file, up to and including 2014-09-17.')]
            + day('SPX', '2014-09-17', 2.59, 0.1, 2001.57, '2.59 points', '0.1 percent', '2,001.57', lvl_s='2,001.57')
            + [C('SPX', 'prior_record_close', '2,007.71 (Sept. 5)', [2007.71, '2014-09-05'], 'index points', 'date', '2014-09-17', '2,007.71 from', "prior_record('SPX', '2014-09-17')",
                 note='Record close before the session and its date; the S&P did not set a record on 2014-09-17 (2,001.57 < 2,007.71).'),
               C('FEDFUNDS', 'target_range', 'near zero / record low', [0.0, 0.25], 'percent', 'date', '2014-09-17', 'near zero', "fed_range('2014-09-17')",
                 note='Target range 0-0.25% in force, the lowest in the files; judged as equality with the claimed range.')]
            + day('IXIC', '2014-09-17', 9.43, 0.2, 4562.19, '9.43 points', '0.2 percent, to 4', '4,562.19', lvl_s='4,562.19')
            + [C('IXIC', 'prior_record_close', 'well below its dot-com era peak', [5048.62, '2000-03-10'], 'index points', 'date', '2014-09-17', 'dot-com era peak', "prior_record('IXIC', '2014-09-17')", verdict='supported', rule='qualitative distance checked on the file', note='The dot-com record close is 5,048.62 on 2000-03-10 and was still the record; 4,562.19 is 9.6% below it, which fits well below.')])))

# 3 ---------------------------------------------------------------- Investing.com repost on a blog, 2015-06-05
PASSAGES.append(dict(
    id='investingcom_20150605_jobs_data_mixed',
    source=dict(site='basenotmatch (Blogspot repost)', url='https://basenotmatch.blogspot.com/2015/06/us-stocks-mixed-as-strong-jobs-data.html', original_outlet='Investing.com'),
    published='2015-06-05', published_confidence='high',
    published_note='URL gives June 2015; the story is about Friday\'s May payrolls report (released 2015-06-05) and its closing levels match 2015-06-05 in the files.',
    text=("Investing.com -- U.S. stocks were mixed on Friday after strong jobs figures suggested the Federal Reserve could raise rates at some "
          "point this year. Non-farm payrolls for May jumped by 280,000, well above forecasts. The Dow Jones Industrial Average and the S&P 500 "
          "slipped mildly in a choppy session, while the NASDAQ Composite inched up. The Dow lost 56.12 or 0.31%, to close at 17,849.46, "
          "finishing down for the week. The NASDAQ, meanwhile, gained 9.33 or 0.18% to 5,068.46. The S&P 500 lost 3.01 or 0.14% to 2,092.83, "
          "as six of 10 sectors closed in the red."),
    claims=(day('DJI', '2015-06-05', -56.12, -0.31, 17849.46, '56.12', '0.31%', '17,849.46', lvl_s='17,849.46')
            + [C('DJI', 'week_change_sign', 'down for the week', True, 'flag', 'bool', '2015-06-05', 'down for the week', "week_pct('DJI', '2015-06-05') < 0", window='week to 2015-06-05',
                 note='Week = Friday 2015-05-29 close to Friday 2015-06-05 close.')]
            + day('IXIC', '2015-06-05', 9.33, 0.18, 5068.46, '9.33', '0.18%', '5,068.46', lvl_s='5,068.46')
            + day('SPX', '2015-06-05', -3.01, -0.14, 2092.83, '3.01', '0.14%', '2,092.83', lvl_s='2,092.83')
            + [C('SPX_SECTORS', 'sectors_down', '6 of 10', 6, 'count', 'unverifiable', '2015-06-05', 'six of 10 sectors', note='S&P 500 sector indexes are not in the files.')])))

# 4 ---------------------------------------------------------------- Daily Stock Markets, 2015-12-18
PASSAGES.append(dict(
    id='dailystockmarkets_20151218_oil_drop_friday',
    source=dict(site='Daily Stock Markets', url='https://www.dailystockmarkets.com/u-s-markets-fell-sharply-on-friday/', original_outlet='Daily Stock Markets'),
    published='2015-12-18', published_confidence='high', published_note='The text dates the session (Friday, December 18, 2015); publication assumed the same day.',
    text=("U.S markets fell sharply on Friday. On Friday (December 18, 2015), U.S. stocks were sharply negative as oil prices slid. The Dow Jones "
          "Industrial Average (DJIA) decreased by 2.10% to 17,128; the S&P 500 (SPX) fell by 1.78%, to 2,005; the Nasdaq Composite (COMP) fell "
          "by 1.59%, to 4,923. On weekly basis, DJIA decreased by 0.8%; S&P 500 fell 0.3%; Nasdaq Composite decreased by 0.2%. On the "
          "year-to-date basis, DJIA decreased by -3.9%, S&P 500 fell by 2.59%, and Nasdaq Composite increased by 3.95%."),
    claims=(day('DJI', '2015-12-18', None, -2.10, 17128, None, '2.10%', '17,128', pct_s='2.10', lvl_s='17128')
            + day('SPX', '2015-12-18', None, -1.78, 2005, None, '1.78%', '2,005', lvl_s='2005')
            + day('IXIC', '2015-12-18', None, -1.59, 4923, None, '1.59%', '4,923', lvl_s='4923')
            + [C('DJI', 'week_pct', '0.8', -0.8, 'percent', 'pct', '2015-12-18', 'DJIA decreased by 0.8%', "week_pct('DJI', '2015-12-18')", window='week'),
               C('SPX', 'week_pct', '0.3', -0.3, 'percent', 'pct', '2015-12-18', 'S&P 500 fell 0.3%', "week_pct('SPX', '2015-12-18')", window='week'),
               C('IXIC', 'week_pct', '0.2', -0.2, 'percent', 'pct', '2015-12-18', 'decreased by 0.2%', "week_pct('IXIC', '2015-12-18')", window='week'),
               C('DJI', 'ytd_pct', '3.9', -3.9, 'percent', 'pct', '2015-12-18', '-3.9%', "ytd_pct('DJI', '2015-12-18')", window='2015 YTD',
                 note='"decreased by -3.9%" read as a 3.9% decline (double negative in the text).'),
               C('SPX', 'ytd_pct', '2.59', -2.59, 'percent', 'pct', '2015-12-18', '2.59%', "ytd_pct('SPX', '2015-12-18')", window='2015 YTD'),
               C('IXIC', 'ytd_pct', '3.95', 3.95, 'percent', 'pct', '2015-12-18', '3.95%', "ytd_pct('IXIC', '2015-12-18')", window='2015 YTD')])))

# 5 ---------------------------------------------------------------- DowFutures.org, 2016-05-13
PASSAGES.append(dict(
    id='dowfutures_20160513_retail_drag',
    source=dict(site='DowFutures.org', url='https://dowfutures.org/2016/05/13/retail-industry-remains-a-factor-in-lower-u-s-market-indexes/', original_outlet='DowFutures.org'),
    published='2016-05-13', published_confidence='exact', published_note='Date in the URL; Friday session 2016-05-13.',
    text=("U.S. market indexes ended lower Friday, with retailers again the main weight on stocks. The Dow Jones Industrial Average was down "
          "-185.18 points or -1.05 percent to 17,535.32. The S&P 500 was down -17.50 points or -0.85 percent to 2,046.61. The Nasdaq "
          "Composite was down -19.66 points or -0.42 percent to 4,717.68. For the week the Dow Jones Industrial Average was down -1.15 "
          "percent. The S&P 500 was down -0.51 percent and the Nasdaq Composite was down -0.39 percent. Friday's retail sales report showed "
          "an increase of 1.3 percent versus consensus of 0.9 percent."),
    claims=(day('DJI', '2016-05-13', -185.18, -1.05, 17535.32, '-185.18', '-1.05 percent', '17,535.32', lvl_s='17,535.32')
            + day('SPX', '2016-05-13', -17.50, -0.85, 2046.61, '-17.50', '-0.85 percent', '2,046.61', pts_s='17.50', lvl_s='2,046.61')
            + day('IXIC', '2016-05-13', -19.66, -0.42, 4717.68, '-19.66', '-0.42 percent', '4,717.68', lvl_s='4,717.68')
            + [C('DJI', 'week_pct', '-1.15', -1.15, 'percent', 'pct', '2016-05-13', '-1.15', "week_pct('DJI', '2016-05-13')", window='week'),
               C('SPX', 'week_pct', '-0.51', -0.51, 'percent', 'pct', '2016-05-13', '-0.51', "week_pct('SPX', '2016-05-13')", window='week'),
               C('IXIC', 'week_pct', '-0.39', -0.39, 'percent', 'pct', '2016-05-13', '-0.39', "week_pct('IXIC', '2016-05-13')", window='week'),
               C('US_RETAIL_SALES', 'mom_pct', '1.3', 1.3, 'percent', 'unverifiable', '2016-05-13', 'increase of 1.3 percent', note='Economic data, not in the files.')])))

# 6 ---------------------------------------------------------------- Fox Business, 2017-03-17
PASSAGES.append(dict(
    id='foxbusiness_20170317_week_higher_trump_merkel',
    source=dict(site='Fox Business', url='http://www.foxbusiness.com/markets/2017/03/17/stocks-finish-higher-for-week-following-trump-merkel-meeting.html', original_outlet='Fox Business'),
    published='2017-03-17', published_confidence='exact', published_note='Date in the URL; Friday session 2017-03-17.',
    text=("U.S. stocks closed the week higher Friday, though the Dow industrials and S&P 500 slipped on the day after President Donald Trump and "
          "German Chancellor Angela Merkel held their first meeting. The Dow Jones Industrial Average declined 19.93 points, or 0.1%, to finish "
          "at 20,914.62, pulled down by Goldman Sachs and J.P. Morgan. For the week, the Dow closed up less than 0.1%. The S&P 500 index closed "
          "down 3.13 points, or 0.1%, at 2,378.25; for the week, the S&P 500 closed up 0.2%. The Nasdaq Composite index finished up 0.24 points "
          "at 5,901.00, for a 0.7% gain on the week."),
    claims=(day('DJI', '2017-03-17', -19.93, -0.1, 20914.62, '19.93 points', 'or 0.1%, to finish', '20,914.62', lvl_s='20,914.62')
            + [C('DJI', 'week_pct', 'less than 0.1', 0.1, 'percent', 'pct', '2017-03-17', 'up less than 0.1%', "week_pct('DJI', '2017-03-17')", q='less than', window='week',
                 note='Also requires a gain; the weekly change is positive.')]
            + day('SPX', '2017-03-17', -3.13, -0.1, 2378.25, '3.13 points', 'or 0.1%, at', '2,378.25', lvl_s='2,378.25')
            + [C('SPX', 'week_pct', '0.2', 0.2, 'percent', 'pct', '2017-03-17', 'closed up 0.2%', "week_pct('SPX', '2017-03-17')", window='week')]
            + day('IXIC', '2017-03-17', 0.24, None, 5901.00, '0.24 points', None, '5,901.00', lvl_s='5,901.00')
            + [C('IXIC', 'week_pct', '0.7', 0.7, 'percent', 'pct', '2017-03-17', '0.7% gain', "week_pct('IXIC', '2017-03-17')", window='week')])))

# 7 ---------------------------------------------------------------- EconomicCalendar.com, 2017-08-04
PASSAGES.append(dict(
    id='economiccalendar_20170804_nasdaq_books_gains',
    source=dict(site='EconomicCalendar.com', url='http://www.economiccalendar.com/2017/08/04/nasdaq-composite-index-books-gains-as-calm-prevails-on-wall-street/', original_outlet='EconomicCalendar.com'),
    published='2017-08-04', published_confidence='exact', published_note='Date in the URL; Friday session 2017-08-04 (jobs-report day).',
    text=("The Nasdaq Composite Index kept its gains Friday as tech and biotech shares ended in positive territory amid calm on Wall Street. "
          "The technology-laden index rose 0.3% to 6,351.56, where it closed near session highs. 1,735 Nasdaq companies advanced, 91 of them "
          "at new highs. The large-cap S&P 500 Index also ended higher on Friday, climbing 0.2% to 2,476.83. Meanwhile, the Dow Jones "
          "Industrial Average climbed 0.3% on route to a new record close of 22,092.81."),
    claims=([C('IXIC', 'pct_change', '0.3', 0.3, 'percent', 'pct', '2017-08-04', 'rose 0.3%', "pct('IXIC', '2017-08-04')", note='The close 6,351.56 is exact but the change from 6,340.34 is +0.18%; no close-to-close reading gives 0.3% (the session high 6,361.49 would be +0.33% intraday, but the text ties the 0.3% to the close).')]
            + day('IXIC', '2017-08-04', None, None, 6351.56, None, None, '6,351.56', lvl_s='6,351.56')
            + [C('NASDAQ_BREADTH', 'advancers', '1,735', 1735, 'count', 'unverifiable', '2017-08-04', '1,735', note='Exchange breadth is not in the files.')]
            + day('SPX', '2017-08-04', None, 0.2, 2476.83, None, 'climbing 0.2%', '2,476.83', lvl_s='2,476.83')
            + day('DJI', '2017-08-04', None, 0.3, 22092.81, None, 'climbed 0.3%', '22,092.81', lvl_s='22,092.81')
            + [C('DJI', 'record_close', 'new record close', True, 'flag', 'bool', '2017-08-04', 'new record close', "is_record_close('DJI', '2017-08-04')")])))

# 8 ---------------------------------------------------------------- The Vindicator (AP live updates), 2018-12-24
PASSAGES.append(dict(
    id='vindicator_20181224_christmas_eve_plunge',
    source=dict(site='The Vindicator (Youngstown)', url='https://vindyarchives.com/news/2018/dec/24/stocks-opening-lower-wall-street/?print', original_outlet='Associated Press'),
    published='2018-12-24', published_confidence='exact', published_note='Page says originally published December 24, 2018 at 9:47 a.m., updated 1:28 p.m.; half-day session 2018-12-24 (early close).',
    text=("Stocks close sharply lower on Wall Street. NEW YORK (AP) — Stocks plunged Monday, with the Dow Jones Industrial Average falling 653 "
          "points after President Trump tweeted an attack on the Federal Reserve. The Dow Jones lost 2.9 percent and the benchmark S&P500 lost "
          "2.7 percent. The Nasdaq fell 2.2 percent. The yield on the 10-year Treasury note fell to 2.74 percent. Trading was light in a "
          "shortened pre-Christmas session. 9:47 a.m.: Stocks are opening lower Monday as key U.S. indexes remain on course for their worst "
          "December since the 1930s. The S&P 500 is down 0.5 percent at 2,404 and the Dow Jones Industrial Average is down 0.6 percent at "
          "22,304. The Nasdaq Composite is down 0.3 percent at 6,309. The 10-year yield fell to 2.77 percent."),
    claims=(day('DJI', '2018-12-24', -653, -2.9, None, 'falling 653', '2.9 percent', None, pts_s='653', pct_s='2.9')
            + day('SPX', '2018-12-24', None, -2.7, None, None, '2.7 percent', None, pct_s='2.7')
            + day('IXIC', '2018-12-24', None, -2.2, None, None, '2.2 percent', None, pct_s='2.2')
            + [C('US10Y', 'yield_level', '2.74', 2.74, 'percent', 'pct', '2018-12-24', '2.74 percent', "y10('2018-12-24')", basis='end of day'),
               C('SPX', 'worst_december_since', '1930s', None, 'flag', 'not_checkable', '2018-12-24', 'worst December since the 1930s',
                 note='"On course for": a statement about a month still in progress.'),
               C('SPX', 'level_early', '2,404', 2404, 'index points', 'midsession', '2018-12-24', '2,404', "close('SPX', '2018-12-24')", basis='just after the open',
                 range_recipe="session_range('SPX', '2018-12-24')"),
               C('DJI', 'level_early', '22,304', 22304, 'index points', 'midsession', '2018-12-24', '22,304', "close('DJI', '2018-12-24')", basis='just after the open',
                 range_recipe="session_range('DJI', '2018-12-24')"),
               C('IXIC', 'level_early', '6,309', 6309, 'index points', 'midsession', '2018-12-24', '6,309', "close('IXIC', '2018-12-24')", basis='just after the open',
                 range_recipe="session_range('IXIC', '2018-12-24')"),
               C('US10Y', 'yield_intraday', '2.77', 2.77, 'percent', 'unverifiable', '2018-12-24', '2.77 percent', basis='early trading',
                 note='Intraday yield; the files hold end-of-day yields only (DGS10 2.74 that day).')])))

# 9 ---------------------------------------------------------------- Nasdaq.com (Zacks), 2021-05-24 about 2021-05-21
PASSAGES.append(dict(
    id='nasdaqcom_20210524_mixed_friday_inflation',
    source=dict(site='Nasdaq.com', url='https://www.nasdaq.com/articles/stock-market-news-for-may-24-2021-2021-05-24', original_outlet='Zacks Equity Research'),
    published='2021-05-24', published_confidence='exact', published_note='Date in the URL (Monday 2021-05-24); the text describes Friday 2021-05-21.',
    text=("U.S. stocks ended mixed on Friday, closing a volatile week in which inflation worries hit growth names. The Dow Jones Industrial "
          "Average (DJI) gained 0.4% or 123.59 points to finish at 34,207.84, helped by Boeing. The S&P 500 fell 0.1% or 3.26 points to close "
          "at 4,155.86 points, dragged by tech. The index was trading as much as 0.7% higher at one point during the day. Seven of the 11 "
          "sectors of the benchmark index ended higher. The tech-heavy Nasdaq declined 0.5% or 64.75 points to end at 13,470.99 points. The "
          "fear-gauge CBOE Volatility Index (VIX) was down 2.52% to 20.15."),
    claims=(day('DJI', '2021-05-21', 123.59, 0.4, 34207.84, '123.59', 'gained 0.4%', '34,207.84', lvl_s='34,207.84')
            + day('SPX', '2021-05-21', -3.26, -0.1, 4155.86, '3.26', 'fell 0.1%', '4,155.86', lvl_s='4,155.86')
            + [C('SPX', 'intraday_high_pct', '0.7', 0.7, 'percent', 'pct', '2021-05-21', 'as much as 0.7% higher', "high_pct('SPX', '2021-05-21')", q='as much as', basis='intraday high'),
               C('SPX_SECTORS', 'sectors_up', '7 of 11', 7, 'count', 'unverifiable', '2021-05-21', 'Seven of the 11', note='Sector indexes are not in the files.')]
            + day('IXIC', '2021-05-21', -64.75, -0.5, 13470.99, '64.75', 'declined 0.5%', '13,470.99', lvl_s='13,470.99')
            + day('VIX', '2021-05-21', None, -2.52, 20.15, None, '2.52%', '20.15', lvl_s='20.15'))))

# 10 --------------------------------------------------------------- Teller Report (AFP / France 24), 2021-08-20
PASSAGES.append(dict(
    id='tellerreport_20210820_wall_street_positive_note',
    source=dict(site='Teller Report', url='https://www.tellerreport.com/news/2021-08-20-wall-street-ends-on-a-positive-note-after-a-hectic-week---france-24.SyxHW9cTlY.html', original_outlet='AFP via France 24'),
    published='2021-08-20', published_confidence='exact', published_note='Date in the URL; Friday session 2021-08-20.',
    text=("New York (AFP) Wall Street finally finished on a positive note on Friday, mostly thanks to tech shares, closing out a week that stays "
          "negative all the same, overshadowed by the Delta variant. At the close the Dow Jones index ended up 0.65% to 35,120.08 points. The "
          "technology-heavy Nasdaq gained 1.19% to 14,714.66 points. The S&P 500 advanced 0.81% to 4,441.67 points. Early in the week the "
          "indices fell on signs the Fed could start tapering its support before the end of the year. Bond rates on 10-year US debt were "
          "little changed at 1.25%."),
    claims=(day('DJI', '2021-08-20', None, 0.65, 35120.08, None, '0.65%', '35,120.08', lvl_s='35,120.08')
            + day('IXIC', '2021-08-20', None, 1.19, 14714.66, None, '1.19%', '14,714.66', lvl_s='14,714.66')
            + day('SPX', '2021-08-20', None, 0.81, 4441.67, None, '0.81%', '4,441.67', lvl_s='4,441.67')
            + [C('DJI', 'week_change_sign', 'week that stays negative', True, 'flag', 'bool', '2021-08-20', 'week that stays', "week_pct('DJI', '2021-08-20') < 0", window='week',
                 note='Checked on the Dow (-1.1% for the week); the S&P 500 (-0.6%) and Nasdaq (-0.7%) were also down for the week.'),
               C('US10Y', 'yield_level', '1.25', 1.25, 'percent', 'pct', '2021-08-20', '1.25%', "y10('2021-08-20')", basis='end of day',
                 note='DGS10 1.26; within the 2-decimal tolerance.')])))

# 12 --------------------------------------------------------------- PWS market update, 2022-03-18
PASSAGES.append(dict(
    id='pws_20220318_best_week_since_nov2020',
    source=dict(site='pws.io market update', url='https://www.pws.io//market-update-stocks-mixed-as-three-day-rally-cools-off', original_outlet='pws.io'),
    published='2022-03-18', published_confidence='high',
    published_note='No date in the excerpt; the closing figures (S&P 4,463, Nasdaq 13,893.84 up 279.06) match Friday 2022-03-18, and the text cites Wednesday\'s 7.4 Japan earthquake (2022-03-16) and February existing-home sales.',
    text=("Stocks climbed Friday as Wall Street finished the week with four straight days of gains. The tech-heavy Nasdaq rose over 2%, the "
          "S&P 500 Index gained over 1% and the Dow Jones Industrial Average added over 270 points. Friday's close marked the best week since "
          "November 2020 for all three benchmarks. For the week, the Nasdaq outperformed, added over 8%, while the S&P 500 Index saw a 6% gain "
          "and the Dow was 5.5% higher. S&P 500 Index: +1.17% or +51.42 points to 4,463.09. Dow Jones Industrial Average: +0.79% or +273.45 "
          "points to 34,754.21. Nasdaq Composite Index: +2.05% or +279.06 points to 13,893.84."),
    claims=([C('SPX', 'streak_up', 'four straight days of gains', True, 'flag', 'bool', '2022-03-18', 'four straight days', "all(pct('SPX', d) > 0 for d in ['2022-03-15', '2022-03-16', '2022-03-17', '2022-03-18'])",
               note='Checked on the S&P 500 (Tuesday to Friday gains after Monday\'s loss); the Dow and Nasdaq also rose Tuesday to Friday.'),
             C('IXIC', 'pct_change', 'over 2', 2, 'percent', 'pct', '2022-03-18', 'rose over 2%', "pct('IXIC', '2022-03-18')", q='over'),
             C('SPX', 'pct_change', 'over 1', 1, 'percent', 'pct', '2022-03-18', 'gained over 1%', "pct('SPX', '2022-03-18')", q='over'),
             C('DJI', 'point_change', 'over 270', 270, 'points', 'points', '2022-03-18', 'over 270 points', "chg('DJI', '2022-03-18')", q='over'),
             C('SPX', 'best_week_since', 'November 2020', '2020-11-06', 'date', 'date', '2022-03-18', 'best week since', "last_week_as_good('SPX', '2022-03-18')",
               note='Last earlier S&P week with a gain at least as large as this week\'s; the claim is judged on the month (November 2020). The Dow and Nasdaq weeks were not recomputed here.'),
             C('IXIC', 'week_pct', 'over 8', 8, 'percent', 'pct', '2022-03-18', 'added over 8%', "week_pct('IXIC', '2022-03-18')", q='over', window='week'),
             C('SPX', 'week_pct', '6', 6, 'percent', 'pct', '2022-03-18', 'a 6% gain', "week_pct('SPX', '2022-03-18')", window='week'),
             C('DJI', 'week_pct', '5.5', 5.5, 'percent', 'pct', '2022-03-18', '5.5% higher', "week_pct('DJI', '2022-03-18')", window='week')]
            + day('SPX', '2022-03-18', 51.42, 1.17, 4463.09, '+51.42', '+1.17%', '4,463.09', lvl_s='4,463.09')
            + day('DJI', '2022-03-18', 273.45, 0.79, 34754.21, '+273.45', '+0.79%', '34,754.21', lvl_s='34,754.21')
            + day('IXIC', '2022-03-18', 279.06, 2.05, 13893.84, '+279.06', '+2.05%', '13,893.84', lvl_s='13,893.84'))))

# 11 --------------------------------------------------------------- FinanzNachrichten.de (dpa-AFX), 2024-09-26
PASSAGES.append(dict(
    id='finanznachrichten_20240926_micron_record_close',
    source=dict(site='FinanzNachrichten.de', url='https://www.finanznachrichten.de/nachrichten-2024-09/63374034-u-s-stocks-move-higher-on-micron-news-upbeat-economic-data-020.htm', original_outlet='dpa-AFX (RTTNews wire)'),
    published='2024-09-26', published_confidence='exact', published_note='Page dated 2024-09-26; the text is about Thursday\'s session, 2024-09-26.',
    text=("WASHINGTON (dpa-AFX) - After the pullback of the previous session, stocks moved back up on Thursday. The major averages gave back "
          "ground after an early rally but still ended firmly in positive territory. The S&P 500 rose 23.11 points or 0.4 percent to a new "
          "record closing high of 5,745.37, the Dow advanced 260.36 points or 0.6 percent to 42,175.11 and the Nasdaq climbed 108.09 points "
          "or 0.6 percent to 18,190.29. Micron (MU) spiked by 14.7 percent after upbeat results. Initial jobless claims slipped to 218,000, "
          "their lowest level since hitting 216,000 in the week ended May 18th."),
    claims=([C('SPX', 'pullback_previous_session', 'pullback seen in the previous session', True, 'flag', 'bool', '2024-09-25', 'pullback of the previous session', "pct('SPX', '2024-09-25') < 0",
               note='Checked on the S&P 500 for Wednesday 2024-09-25.')]
            + day('SPX', '2024-09-26', 23.11, 0.4, 5745.37, '23.11 points', '0.4 percent', '5,745.37', lvl_s='5,745.37')
            + [C('SPX', 'record_close', 'new record closing high', True, 'flag', 'bool', '2024-09-26', 'new record closing high', "is_record_close('SPX', '2024-09-26')")]
            + day('DJI', '2024-09-26', 260.36, 0.6, 42175.11, '260.36 points', 'or 0.6 percent to 42', '42,175.11', lvl_s='42,175.11')
            + day('IXIC', '2024-09-26', 108.09, 0.6, 18190.29, '108.09 points', 'or 0.6 percent to 18', '18,190.29', lvl_s='18,190.29',
                  )
            + [C('US_JOBLESS_CLAIMS', 'level', '218,000', 218000, 'count', 'unverifiable', '2024-09-26', '218,000', note='Economic data, not in the files.')])))

# 13 --------------------------------------------------------------- USA Today repost, 2025-06-18
PASSAGES.append(dict(
    id='usatoday_20250618_fed_on_hold_mostly_lower',
    source=dict(site='pastebn.online (repost)', url='https://pastebn.online/story/money/markets/2025/06/18/stock-market-wednesday-fed-meeting/84252491007', original_outlet='USA Today'),
    published='2025-06-18', published_confidence='exact', published_note='Date in the URL (USA Today path); FOMC decision day Wednesday 2025-06-18.',
    text=("US stocks close mostly lower with Fed on hold amid weakening economy. U.S. stocks ended mostly lower as traders weighed the Federal "
          "Reserve's decision to leave interest rates on hold. The S&P 500 shed 1.87 points to close at 5,980.85. The Dow Jones 30 Industrials "
          "fell 44.14 points, 0.1%, to 42,171.66. The Nasdaq Composite Index, which carries more tech exposure, was up 25.18 points or 0.1% to "
          "touch 19,546.27 at the closing bell. As widely expected, the central bank held rates steady while it studies the effects of "
          "President Donald Trump's tariffs. Housing starts ran at the slowest pace since the COVID-19 lockdowns in 2020."),
    claims=(day('SPX', '2025-06-18', -1.87, None, 5980.85, '1.87 points', None, '5,980.85', lvl_s='5,980.85')
            + day('DJI', '2025-06-18', -44.14, -0.1, 42171.66, '44.14 points', '0.1%, to 42', '42,171.66', lvl_s='42,171.66')
            + day('IXIC', '2025-06-18', 25.18, 0.1, 19546.27, '25.18 points', 'or 0.1%', '19,546.27', lvl_s='19,546.27')
            + [C('FEDFUNDS', 'decision_hold', 'held rates steady', True, 'flag', 'bool', '2025-06-18', 'held rates steady', "fed_hold('2025-06-18')",
                 note='2025-06-18 is an FOMC decision day in FOMC_meetings.csv and DFEDTARU is unchanged the next day (4.50%).'),
               C('US_HOUSING_STARTS', 'slowest_since', '2020', None, 'date', 'unverifiable', '2025-06-18', 'slowest pace since', note='Economic data, not in the files.')])))

# 14 --------------------------------------------------------------- Osoul Misr Magazine (CNBC repost), 2025-11-07
PASSAGES.append(dict(
    id='osoulmisr_20251107_nasdaq_worst_week_since_april',
    source=dict(site='Osoul Misr Magazine', url='https://www.osoulmisrmagazine.com/422560', original_outlet='CNBC (reposted)'),
    published='2025-11-07', published_confidence='medium',
    published_note='No date on the excerpt; the levels (Nasdaq 23,004.54, S&P 6,728.80, Dow 46,987.10) match Friday 2025-11-07 in the files, during the record-long government shutdown.',
    text=("Nasdaq closes lower, capping its worst week since April. The Nasdaq Composite ended lower Friday, weighed down by further losses in "
          "artificial intelligence stocks, to post a losing week. The tech-heavy index shed 0.21% to finish at 23,004.54. The S&P 500 and the "
          "Dow Jones Industrial Average, by contrast, inched into the green. The broad-based index gained 0.13% to close at 6,728.80, while the "
          "30-stock index added 74.80 points, or 0.16%, to settle at 46,987.10. At their lows of the day, the Nasdaq had pulled back 2.1%, "
          "while the S&P 500 and Dow had fallen 1.3% and more than 400 points, or roughly 0.9%, respectively."),
    claims=([C('IXIC', 'worst_week_since', 'April', '2025-04-04', 'date', 'date', '2025-11-07', 'worst week since April', "last_week_as_bad('IXIC', '2025-11-07')",
               note='Last earlier week with a Nasdaq return at least as low as this week\'s; judged on the month (April 2025).'),
             C('IXIC', 'week_change_sign', 'losing week', True, 'flag', 'bool', '2025-11-07', 'post a losing week', "week_pct('IXIC', '2025-11-07') < 0", window='week')]
            + day('IXIC', '2025-11-07', None, -0.21, 23004.54, None, '0.21%', '23,004.54', lvl_s='23,004.54')
            + day('SPX', '2025-11-07', None, 0.13, 6728.80, None, '0.13%', '6,728.80', lvl_s='6,728.80')
            + day('DJI', '2025-11-07', 74.80, 0.16, 46987.10, '74.80 points', '0.16%', '46,987.10', lvl_s='46,987.10')
            + [C('IXIC', 'intraday_low_pct', '2.1', -2.1, 'percent', 'pct', '2025-11-07', 'pulled back 2.1%', "low_pct('IXIC', '2025-11-07')", basis='intraday low'),
               C('SPX', 'intraday_low_pct', '1.3', -1.3, 'percent', 'pct', '2025-11-07', 'fallen 1.3%', "low_pct('SPX', '2025-11-07')", basis='intraday low'),
               C('DJI', 'intraday_low_points', 'more than 400', 400, 'points', 'points', '2025-11-07', 'more than 400 points', "low_chg('DJI', '2025-11-07')", q='more than', basis='intraday low'),
               C('DJI', 'intraday_low_pct', 'roughly 0.9', -0.9, 'percent', 'pct', '2025-11-07', 'roughly 0.9%', "low_pct('DJI', '2025-11-07')", q='roughly', basis='intraday low')])))
