# Passage and claim definitions for heldout36a (weekly, monthly and quarterly recaps).
# C(ticker, metric, value, unit, qualifier, ref_date, window, comparison, basis, anchor, recipe, kind, v=verdict, note=...)
P = []


def C(tk, metric, value, unit, qual, ref, window, comp, basis, anchor, recipe, kind, v=None, note='', rule=None):
    return dict(tk=tk, metric=metric, value=value, unit=unit, qual=qual, ref=ref, window=window, comp=comp,
                basis=basis, anchor=anchor, recipe=recipe, kind=kind, v=v, note=note, rule=rule)


# 1 ---------------------------------------------------------------
P.append(dict(
    id='nasdaqmid_20050506_weekly_statistical_report',
    site='marketwired.com', url='http://www.marketwired.com/press-release/nasdaq-market-intelligence-desk-statistical-report-for-the-week-ending-5-6-05-659191.htm',
    outlet='NASDAQ (Market Intelligence Desk), via Market Wire', published='2005-05-06', conf='exact',
    pnote='Dated May 06, 2005 17:54 ET on the release; the table is the Friday 2005-05-06 close, week ending 5/6/05.',
    text=("NASDAQ's Market Intelligence Desk put out its Friday statistical report for the Week Ending 5/6/05, a snapshot "
          "of the markets at the end of each week. In its table of major indices, the NASDAQ Composite closed Friday at "
          "1967.35, up 2.4% for the week and 2.4% month to date, after -8.1% in the first quarter and -1.6% so far in the "
          "second, which leaves it -9.6% for the year to date. The NASDAQ 100 Index finished at 1456.00, with a weekly gain of "
          "2.5% and a YTD loss of -10.2%. The Dow Jones Industrial Average closed at 10345.40: weekly +1.5%, first quarter "
          "-2.6%, YTD -4.1%. The S&P 500 Index ended at 1171.35, up 1.3% on the week and off -3.3% YTD. The Russell 2000 "
          "Index closed at 596.52, a weekly rise of 3.0%, after a first-quarter drop of -5.6%; YTD it stands at -8.4%."),
    claims=[
        C('IXIC', 'close', '1967.35', 'points', None, '2005-05-06', None, None, 'close', '1967.35', "close('IXIC','2005-05-06')", 'level'),
        C('IXIC', 'weekly_change_pct', '2.4', 'percent', None, '2005-05-06', 'week', None, 'close', '2.4% for the week', "ret('IXIC','2005-04-29','2005-05-06')", 'pct'),
        C('IXIC', 'mtd_change_pct', '2.4', 'percent', None, '2005-05-06', 'month to date', None, 'close', '2.4% month to date', "ret('IXIC','2005-04-30','2005-05-06')", 'pct'),
        C('IXIC', 'quarter_change_pct', '-8.1', 'percent', None, '2005-03-31', '2005Q1', None, 'close', '-8.1%', "q_ret('IXIC','2005Q1')", 'pct'),
        C('IXIC', 'qtd_change_pct', '-1.6', 'percent', None, '2005-05-06', 'quarter to date', None, 'close', '-1.6%', "ret('IXIC','2005-03-31','2005-05-06')", 'pct'),
        C('IXIC', 'ytd_change_pct', '-9.6', 'percent', None, '2005-05-06', 'year to date', None, 'close', '-9.6%', "ret('IXIC','2004-12-31','2005-05-06')", 'pct'),
        C('NDX', 'close', '1456.00', 'points', None, '2005-05-06', None, None, 'close', '1456.00', "close('NDX','2005-05-06')", 'level'),
        C('NDX', 'weekly_change_pct', '2.5', 'percent', None, '2005-05-06', 'week', None, 'close', '2.5%', "ret('NDX','2005-04-29','2005-05-06')", 'pct'),
        C('NDX', 'ytd_change_pct', '-10.2', 'percent', None, '2005-05-06', 'year to date', None, 'close', '-10.2%', "ret('NDX','2004-12-31','2005-05-06')", 'pct'),
        C('DJI', 'close', '10345.40', 'points', None, '2005-05-06', None, None, 'close', '10345.40', "close('DJI','2005-05-06')", 'level'),
        C('DJI', 'weekly_change_pct', '1.5', 'percent', None, '2005-05-06', 'week', None, 'close', '+1.5%', "ret('DJI','2005-04-29','2005-05-06')", 'pct'),
        C('DJI', 'quarter_change_pct', '-2.6', 'percent', None, '2005-03-31', '2005Q1', None, 'close', '-2.6%', "q_ret('DJI','2005Q1')", 'pct'),
        C('DJI', 'ytd_change_pct', '-4.1', 'percent', None, '2005-05-06', 'year to date', None, 'close', '-4.1%', "ret('DJI','2004-12-31','2005-05-06')", 'pct'),
        C('SPX', 'close', '1171.35', 'points', None, '2005-05-06', None, None, 'close', '1171.35', "close('SPX','2005-05-06')", 'level'),
        C('SPX', 'weekly_change_pct', '1.3', 'percent', None, '2005-05-06', 'week', None, 'close', '1.3%', "ret('SPX','2005-04-29','2005-05-06')", 'pct'),
        C('SPX', 'ytd_change_pct', '-3.3', 'percent', None, '2005-05-06', 'year to date', None, 'close', '-3.3%', "ret('SPX','2004-12-31','2005-05-06')", 'pct'),
        C('RUT', 'close', '596.52', 'points', None, '2005-05-06', None, None, 'close', '596.52', "close('RUT','2005-05-06')", 'level'),
        C('RUT', 'weekly_change_pct', '3.0', 'percent', None, '2005-05-06', 'week', None, 'close', '3.0%', "ret('RUT','2005-04-29','2005-05-06')", 'pct'),
        C('RUT', 'quarter_change_pct', '-5.6', 'percent', None, '2005-03-31', '2005Q1', None, 'close', '-5.6%', "q_ret('RUT','2005Q1')", 'pct'),
        C('RUT', 'ytd_change_pct', '-8.4', 'percent', None, '2005-05-06', 'year to date', None, 'close', '-8.4%', "ret('RUT','2004-12-31','2005-05-06')", 'pct'),
    ]))

# 2 ---------------------------------------------------------------
P.append(dict(
    id='lincolndailynews_20081101_october_trick_or_treat_month',
    site='archives.lincolndailynews.com', url='http://archives.lincolndailynews.com/2008/Nov/01/News/business110108_e.shtml',
    outlet='Lincoln Daily News (Associated Press month-end story)', published='2008-11-01', conf='exact',
    pnote='Date in the URL (2008/Nov/01); the story sums up October 2008 after the Friday 2008-10-31 session.',
    text=("Another big advance on Friday could not stop October's paper losses in the U.S. stock market from reaching $2.5 "
          "trillion, by the Dow Jones Wilshire 5000 Composite Index, whose 17.7 percent decline was the worst since the 23 "
          "percent drop in October 1987. The Dow Jones industrials rose 144 points on Friday, giving the market its only "
          "back-to-back gains of the month and its best week since mid-October 1974. It was a trick-or-treat month: the Dow "
          "plummeted 2,400 points in the month's first eight trading days, and by Friday there were only three days when it "
          "didn't finish the session with a triple-digit movement. The Dow finished down 14 percent in October, and world "
          "markets did worse: as of Thursday the MSCI World Index had lost 19 percent of its value, its worst month on record."),
    claims=[
        C('WILSHIRE5000', 'monthly_change_pct', '-17.7', 'percent', None, '2008-10-31', 'October 2008', None, 'close', '17.7 percent', 'None', 'none', v='unverifiable',
          note='The Dow Jones Wilshire 5000 is not in the files.', rule='series not in the files'),
        C('DJI', 'daily_change_pts', '144', 'points', None, '2008-10-31', None, None, 'close', 'rose 144 points', "chg_pts('DJI','2008-10-31')", 'pts'),
        C('DJI', 'back_to_back_gains', 'only back-to-back gains of the month', 'list', None, '2008-10-31', 'October 2008', 'only', 'close', 'only back-to-back gains', "up_pairs('DJI','2008-10-01','2008-10-31')", 'manual'),
        C('DJI', 'best_week_since', 'mid-October 1974', 'date', None, '2008-10-31', 'week', None, 'close', 'best week since mid-October 1974', "[week_ret('DJI','2008-10-31'), ds(weekly('DJI')[weekly('DJI') >= weekly('DJI').loc[ts('2008-10-31')]].index[0])]", 'manual'),
        C('DJI', 'change_pts', '-2400', 'points', None, '2008-10-10', "month's first eight trading days", None, 'close', '2,400 points', "pts('DJI','2008-09-30','2008-10-10')", 'pts'),
        C('DJI', 'count_sessions_without_triple_digit_move', '3', 'sessions', None, '2008-10-31', 'October 2008', None, 'close', 'only three days', "count_small_moves('DJI','2008-10-01','2008-10-31',100)", 'count'),
        C('DJI', 'monthly_change_pct', '-14', 'percent', None, '2008-10-31', 'October 2008', None, 'close', 'down 14 percent', "month_ret('DJI','2008-10')", 'pct'),
        C('MSCI_WORLD', 'monthly_change_pct', '-19', 'percent', None, '2008-10-30', 'October 2008 to Thursday', None, 'close', '19 percent', 'None', 'none', v='unverifiable',
          note='The MSCI World Index is not in the files.', rule='series not in the files'),
    ]))

# 3 ---------------------------------------------------------------
P.append(dict(
    id='cnbc_20100521_weekly_statistics_correction',
    site='cnbc.com', url='https://www.cnbc.com/id/37281634',
    outlet='CNBC', published='2010-05-21', conf='high',
    pnote="CNBC's Friday 'summary of this week's statistics'; the content fits only the week ending Friday 2010-05-21 (Thursday 2010-05-20 correction closes, Friday swing). Not dated on the stored page.",
    text=("Major US indexes fell over 4% this week, with the Russell 2000 and NASDAQ Composite leading the sell-off. In "
          "Friday's session the CBOE Volatility Index climbed to a 15-month high, and the Dow swung 279.71 points, dipping "
          "below the 10,000-mark before erasing its losses to close up 125 points for the day. This week's statistics: the Dow "
          "ended down -426.77 or -4.02% for the week, its worst weekly percent drop since May 7, when it fell -5.7%. The S&P 500 "
          "ended down -47.99 or -4.23%, also its worst since May 7, when it fell -6.4%. The NASDAQ Composite ended down -117.81 "
          "or -5.02%, its worst since May 7, when it fell -7.95%. Correction territory: on Thursday the Dow declined -376.4 "
          "points or -3.6% to settle at 10068.01, off more than 10% from its 2010 closing high of 11,205.03 set on 4/26, and "
          "its worst daily percent drop since March 5, 2009. The S&P declined -43.46 points or -3.9% to settle at 1071.59, off "
          "more than 11% from its 2010 closing high of 1,217.28 set on April 23."),
    claims=[
        C('RUT', 'leads_weekly_decline', 'Russell 2000 and NASDAQ Composite leading the sell-off', 'ranking', None, '2010-05-21', 'week', 'larger drop than DJI and SPX', 'close',
          'leading the sell-off', "[week_ret('RUT','2010-05-21'), week_ret('IXIC','2010-05-21'), week_ret('DJI','2010-05-21'), week_ret('SPX','2010-05-21')]", 'manual'),
        C('VIX', 'highest_since', '15-month high', 'months', None, '2010-05-21', None, None, 'intraday high', '15-month high', "[high('VIX','2010-05-21'), last_high_ge('VIX','2010-05-21')]", 'manual'),
        C('DJI', 'intraday_swing_pts', '279.71', 'points', None, '2010-05-21', None, None, 'intraday range', '279.71', "range_pts('DJI','2010-05-21')", 'pts'),
        C('DJI', 'intraday_low_below', '10000', 'points', None, '2010-05-21', None, 'below', 'intraday low', 'below the 10,000-mark', "low('DJI','2010-05-21')", 'manual'),
        C('DJI', 'daily_change_pts', '125', 'points', None, '2010-05-21', None, None, 'close', 'close up 125 points', "chg_pts('DJI','2010-05-21')", 'pts'),
        C('DJI', 'weekly_change_pts', '-426.77', 'points', None, '2010-05-21', 'week', None, 'close', '-426.77', "pts('DJI','2010-05-14','2010-05-21')", 'pts'),
        C('DJI', 'weekly_change_pct', '-4.02', 'percent', None, '2010-05-21', 'week', None, 'close', '-4.02%', "ret('DJI','2010-05-14','2010-05-21')", 'pct'),
        C('DJI', 'worst_week_since', '2010-05-07', 'date', None, '2010-05-21', 'week', None, 'close', 'its worst weekly percent drop since May 7', "last_week_drop_ge('DJI','2010-05-21')", 'manual'),
        C('DJI', 'weekly_change_pct', '-5.7', 'percent', None, '2010-05-07', 'week', None, 'close', '-5.7%', "ret('DJI','2010-04-30','2010-05-07')", 'pct'),
        C('SPX', 'weekly_change_pts', '-47.99', 'points', None, '2010-05-21', 'week', None, 'close', '-47.99', "pts('SPX','2010-05-14','2010-05-21')", 'pts'),
        C('SPX', 'weekly_change_pct', '-4.23', 'percent', None, '2010-05-21', 'week', None, 'close', '-4.23%', "ret('SPX','2010-05-14','2010-05-21')", 'pct'),
        C('SPX', 'weekly_change_pct', '-6.4', 'percent', None, '2010-05-07', 'week', None, 'close', '-6.4%', "ret('SPX','2010-04-30','2010-05-07')", 'pct'),
        C('IXIC', 'weekly_change_pts', '-117.81', 'points', None, '2010-05-21', 'week', None, 'close', '-117.81', "pts('IXIC','2010-05-14','2010-05-21')", 'pts'),
        C('IXIC', 'weekly_change_pct', '-5.02', 'percent', None, '2010-05-21', 'week', None, 'close', '-5.02%', "ret('IXIC','2010-05-14','2010-05-21')", 'pct'),
        C('IXIC', 'weekly_change_pct', '-7.95', 'percent', None, '2010-05-07', 'week', None, 'close', '-7.95%', "ret('IXIC','2010-04-30','2010-05-07')", 'pct'),
        C('DJI', 'daily_change_pts', '-376.4', 'points', None, '2010-05-20', None, None, 'close', '-376.4', "chg_pts('DJI','2010-05-20')", 'pts'),
        C('DJI', 'daily_change_pct', '-3.6', 'percent', None, '2010-05-20', None, None, 'close', '-3.6%', "chg_pct('DJI','2010-05-20')", 'pct'),
        C('DJI', 'close', '10068.01', 'points', None, '2010-05-20', None, None, 'close', '10068.01', "close('DJI','2010-05-20')", 'level'),
        C('DJI', 'year_closing_high', '11205.03', 'points', None, '2010-04-26', '2010', None, 'close', '11,205.03', "max_close('DJI','2010-01-01','2010-05-20')", 'manual'),
        C('DJI', 'pct_from_high', '10', 'percent', 'more than', '2010-05-20', '2010', None, 'close', 'off more than 10%', "pct_below_max('DJI','2010-01-01','2010-05-20')", 'pct'),
        C('DJI', 'worst_day_since', '2009-03-05', 'date', None, '2010-05-20', None, None, 'close', 'since March 5, 2009', "last_drop_ge('DJI','2010-05-20')", 'manual'),
        C('SPX', 'daily_change_pts', '-43.46', 'points', None, '2010-05-20', None, None, 'close', '-43.46', "chg_pts('SPX','2010-05-20')", 'pts'),
        C('SPX', 'daily_change_pct', '-3.9', 'percent', None, '2010-05-20', None, None, 'close', '-3.9%', "chg_pct('SPX','2010-05-20')", 'pct'),
        C('SPX', 'close', '1071.59', 'points', None, '2010-05-20', None, None, 'close', '1071.59', "close('SPX','2010-05-20')", 'level'),
        C('SPX', 'year_closing_high', '1217.28', 'points', None, '2010-04-23', '2010', None, 'close', '1,217.28', "max_close('SPX','2010-01-01','2010-05-20')", 'manual'),
        C('SPX', 'pct_from_high', '11', 'percent', 'more than', '2010-05-20', '2010', None, 'close', 'more than 11%', "pct_below_max('SPX','2010-01-01','2010-05-20')", 'pct'),
    ]))

# 4 ---------------------------------------------------------------
P.append(dict(
    id='cnbc_20100702_worst_week_since_may7',
    site='cnbc.com', url='https://www.cnbc.com/id/38065304',
    outlet='CNBC', published='2010-07-02', conf='high',
    pnote="Friday weekly-statistics piece; the figures fit only the week ending Friday 2010-07-02 (Dow close 9686.48, Q2 ended Wednesday 2010-06-30, July 4 holiday ahead). Not dated on the stored page.",
    text=("After a dismal second quarter, the Dow, S&P and NASDAQ Composite finished the week in the red with their worst "
          "weekly performance since May 7. The Dow ended down -457.33 or -4.51% for the week, its worst weekly percent "
          "decline since May 7. On Friday the Dow closed at 9686.48, its lowest closing value since October 5, 2009, after a "
          "7-consecutive day decline of -611.96 points or -5.94%, its longest losing streak since October 10, 2008 (an 8-day "
          "losing streak). The Dow is off -1518.55 or -13.6% from its 2010 closing high reached on April 26, and off by "
          "-4,478.05 or -31.61% from the market peak of 14,164.53 on October 9, 2007. On Wednesday it recorded a Q2 drop of "
          "-9.97%, its worst Q2 since 2002, when it fell -11.16%. The S&P 500 ended down -54.18 or -5.03% for the week; on "
          "Friday it closed at 1022.58, its lowest closing value since September 4, 2009, after a 5-consecutive day decline."),
    claims=[
        C('DJI', 'weekly_change_pts', '-457.33', 'points', None, '2010-07-02', 'week', None, 'close', '-457.33', "pts('DJI','2010-06-25','2010-07-02')", 'pts'),
        C('DJI', 'weekly_change_pct', '-4.51', 'percent', None, '2010-07-02', 'week', None, 'close', '-4.51%', "ret('DJI','2010-06-25','2010-07-02')", 'pct'),
        C('DJI', 'worst_week_since', '2010-05-07', 'date', None, '2010-07-02', 'week', None, 'close', 'weekly percent decline since May 7', "last_week_drop_ge('DJI','2010-07-02')", 'manual'),
        C('DJI', 'close', '9686.48', 'points', None, '2010-07-02', None, None, 'close', '9686.48', "close('DJI','2010-07-02')", 'level'),
        C('DJI', 'lowest_since', '2009-10-05', 'date', None, '2010-07-02', None, None, 'close', 'since October 5, 2009', "last_close_le('DJI','2010-07-02')", 'manual'),
        C('DJI', 'losing_streak', '7', 'sessions', None, '2010-07-02', None, None, 'close', '7-consecutive day decline', "down_streak('DJI','2010-07-02')", 'manual'),
        C('DJI', 'streak_change_pts', '-611.96', 'points', None, '2010-07-02', '7 sessions', None, 'close', '-611.96', "down_streak('DJI','2010-07-02')[1]", 'pts'),
        C('DJI', 'streak_change_pct', '-5.94', 'percent', None, '2010-07-02', '7 sessions', None, 'close', '-5.94%', "down_streak('DJI','2010-07-02')[2]", 'pct'),
        C('DJI', 'longest_losing_streak_since', '2008-10-10', 'date', None, '2010-07-02', None, None, 'close', 'since October 10, 2008', "last_down_streak_ge('DJI','2010-07-02',7)", 'manual'),
        C('DJI', 'pts_from_year_high', '-1518.55', 'points', None, '2010-07-02', '2010', None, 'close', '-1518.55', "r(at('DJI','2010-07-02') - max_close('DJI','2010-01-01','2010-07-02')[1])", 'pts'),
        C('DJI', 'pct_from_year_high', '13.6', 'percent', None, '2010-07-02', '2010', None, 'close', '-13.6%', "pct_below_max('DJI','2010-01-01','2010-07-02')", 'pct'),
        C('DJI', 'year_closing_high_date', '2010-04-26', 'date', None, '2010-04-26', '2010', None, 'close', 'April 26', "max_close('DJI','2010-01-01','2010-07-02')[0]", 'manual'),
        C('DJI', 'record_close', '14164.53', 'points', None, '2007-10-09', None, None, 'close', '14,164.53', "max_close('DJI','1992-01-01','2010-07-02')", 'manual'),
        C('DJI', 'pts_from_record', '-4478.05', 'points', None, '2010-07-02', None, None, 'close', '-4,478.05', "pts('DJI','2007-10-09','2010-07-02')", 'pts'),
        C('DJI', 'pct_from_record', '31.61', 'percent', None, '2010-07-02', None, None, 'close', '-31.61%', "pct_below_max('DJI','2007-10-09','2010-07-02')", 'pct'),
        C('DJI', 'quarter_change_pct', '-9.97', 'percent', None, '2010-06-30', '2010Q2', None, 'close', '-9.97%', "q_ret('DJI','2010Q2')", 'pct'),
        C('DJI', 'worst_q2_since', '2002', 'year', None, '2010-06-30', '2010Q2', None, 'close', 'worst Q2 since 2002', "last_same_q_le('DJI','2010Q2')", 'manual'),
        C('DJI', 'quarter_change_pct', '-11.16', 'percent', None, '2002-06-28', '2002Q2', None, 'close', '-11.16%', "q_ret('DJI','2002Q2')", 'pct'),
        C('SPX', 'weekly_change_pts', '-54.18', 'points', None, '2010-07-02', 'week', None, 'close', '-54.18', "pts('SPX','2010-06-25','2010-07-02')", 'pts'),
        C('SPX', 'weekly_change_pct', '-5.03', 'percent', None, '2010-07-02', 'week', None, 'close', '-5.03%', "ret('SPX','2010-06-25','2010-07-02')", 'pct'),
        C('SPX', 'close', '1022.58', 'points', None, '2010-07-02', None, None, 'close', '1022.58', "close('SPX','2010-07-02')", 'level'),
        C('SPX', 'lowest_since', '2009-09-04', 'date', None, '2010-07-02', None, None, 'close', 'since September 4, 2009', "last_close_le('SPX','2010-07-02')", 'manual'),
        C('SPX', 'losing_streak', '5', 'sessions', None, '2010-07-02', None, None, 'close', '5-consecutive day decline', "down_streak('SPX','2010-07-02')", 'manual'),
    ]))

# 5 ---------------------------------------------------------------
P.append(dict(
    id='cnbc_20110225_worst_week_since_august',
    site='cnbc.com', url='http://www.cnbc.com/id/41780231',
    outlet='CNBC', published='2011-02-25', conf='medium',
    pnote="Not dated on the stored page. Written during a Friday session ('on track to finish the week'); 'only down on 1/28 & this week' and the February month-to-date figures place it on Friday 2011-02-25 (week ending 2011-02-25). Month-to-date figures are mid-session.",
    text=("US stocks are on track to end the week with their worst weekly percent decline since August, down 2 percent or "
          "more, though they remain in positive territory for the month and the year. The Dow is on track for its worst "
          "weekly percent decline since 8/13/10, when it fell -3.29%; the S&P since 8/13/10, when it fell -3.78%; the NASDAQ "
          "Composite since 8/13/10, when it fell -5.02%; and the Russell 2000 since 1/21/11, when it fell -4.25%. The Dow has "
          "been up 6 out of the last 8 trading weeks (only down on 1/28 and this week), and the S&P 5 out of the last 8. Over "
          "the last 52 weeks the Dow has been up 35 times, or 67% of the time, and the Russell 2000 up 36 out of 52. In "
          "February the Dow is currently up 1.8% month-to-date (MTD), the S&P up 2.2% MTD and the Russell 2000 up 3.6% MTD, "
          "the Dow on track for its third consecutive month of gains."),
    claims=[
        C('DJI', 'weekly_change_pct', '-2', 'percent', 'or more', '2011-02-25', 'week', None, 'mid-session', 'down 2 percent or more', "[week_ret('DJI','2011-02-25'), week_ret('SPX','2011-02-25'), week_ret('IXIC','2011-02-25'), week_ret('RUT','2011-02-25')]", 'manual'),
        C('DJI', 'weekly_change_pct', '-3.29', 'percent', None, '2010-08-13', 'week', None, 'close', '-3.29%', "week_ret('DJI','2010-08-13')", 'pct'),
        C('SPX', 'weekly_change_pct', '-3.78', 'percent', None, '2010-08-13', 'week', None, 'close', '-3.78%', "week_ret('SPX','2010-08-13')", 'pct'),
        C('IXIC', 'weekly_change_pct', '-5.02', 'percent', None, '2010-08-13', 'week', None, 'close', '-5.02%', "week_ret('IXIC','2010-08-13')", 'pct'),
        C('RUT', 'weekly_change_pct', '-4.25', 'percent', None, '2011-01-21', 'week', None, 'close', '-4.25%', "week_ret('RUT','2011-01-21')", 'pct'),
        C('DJI', 'worst_week_since', '2010-08-13', 'date', None, '2011-02-25', 'week', None, 'close', 'since 8/13/10, when it fell -3.29%', "last_week_drop_ge('DJI','2011-02-25')", 'manual'),
        C('DJI', 'up_weeks_of_last_8', '6', 'weeks', None, '2011-02-25', 'last 8 weeks', None, 'close', 'up 6 out of the last 8', "weeks_up('DJI','2011-02-25',8)", 'count'),
        C('DJI', 'down_weeks_of_last_8', '1/28 and this week', 'list', None, '2011-02-25', 'last 8 weeks', None, 'close', 'only down on 1/28', "down_weeks('DJI','2011-02-25',8)", 'manual'),
        C('SPX', 'up_weeks_of_last_8', '5', 'weeks', None, '2011-02-25', 'last 8 weeks', None, 'close', 'the S&P 5 out of the last 8', "weeks_up('SPX','2011-02-25',8)", 'count'),
        C('DJI', 'up_weeks_of_last_52', '35', 'weeks', None, '2011-02-25', 'last 52 weeks', None, 'close', 'up 35 times', "weeks_up('DJI','2011-02-25',52)", 'count'),
        C('RUT', 'up_weeks_of_last_52', '36', 'weeks', None, '2011-02-25', 'last 52 weeks', None, 'close', 'up 36 out of 52', "weeks_up('RUT','2011-02-25',52)", 'count'),
        C('DJI', 'mtd_change_pct', '1.8', 'percent', None, '2011-02-25', 'month to date', None, 'mid-session', 'up 1.8%', "[ret('DJI','2011-01-31','2011-02-25')] + mtd_range('DJI','2011-02-25','2011-01-31')", 'manual'),
        C('SPX', 'mtd_change_pct', '2.2', 'percent', None, '2011-02-25', 'month to date', None, 'mid-session', 'up 2.2%', "[ret('SPX','2011-01-31','2011-02-25')] + mtd_range('SPX','2011-02-25','2011-01-31')", 'manual'),
        C('RUT', 'mtd_change_pct', '3.6', 'percent', None, '2011-02-25', 'month to date', None, 'mid-session', 'up 3.6%', "[ret('RUT','2011-01-31','2011-02-25')] + mtd_range('RUT','2011-02-25','2011-01-31')", 'manual'),
        C('DJI', 'consecutive_monthly_gains', '3', 'months', 'on track', '2011-02-28', 'monthly', None, 'close', 'third consecutive month of gains', 'None', 'none', v='not_checkable',
          note="'On track' statement about the month not yet finished; for the record the Dow rose in December 2010 and January 2011 and closed February 2011 higher as well.", rule='on pace / on track'),
    ]))

# 6 ---------------------------------------------------------------
P.append(dict(
    id='jmgfinancial_202004_q1_2020_review',
    site='jmgfinancial.com', url='https://www.jmgfinancial.com/quarterly-market-review-january-march-2020/',
    outlet='JMG Financial Group (adviser quarterly review, Forefield-style commentary)', published='2020-04', conf='medium',
    pnote='Quarterly review of January-March 2020 (through 2020-03-31); the page gives no publication day, so the month after the quarter is used.',
    text=("Quarterly Market Review, January - March 2020 (first quarter through March 31, 2020). After a strong 2019, stocks "
          "were slow to move forward early in the year, but by mid-January each of the benchmark indexes were safely ahead of "
          "their 2019 closing marks. Worries over the outbreak in China then cooled optimism, and by the end of January only "
          "the Nasdaq remained ahead of its prior year's pace, as each of the remaining indexes listed here fell into the red. "
          "In the second week of February, word of tariff cuts by China lifted stocks: the Nasdaq was more than 6% over its "
          "2019 year-end value while both the S&P 500 and the Dow also pushed ahead. By the end of February, each of the "
          "indexes lost significant value led by the Dow, which fell more than 10% for the month."),
    claims=[
        C('GENERIC', 'all_above_prior_year_end', 'each of the benchmark indexes ahead of 2019 closing marks', 'flag', None, '2020-01-17', 'mid-January', None, 'close',
          'safely ahead', "[ret('DJI','2019-12-31','2020-01-17'), ret('SPX','2019-12-31','2020-01-17'), ret('IXIC','2019-12-31','2020-01-17'), ret('RUT','2019-12-31','2020-01-17')]", 'manual'),
        C('IXIC', 'only_index_above_prior_year_end', 'only the Nasdaq ahead at end of January', 'flag', None, '2020-01-31', 'year to date', None, 'close',
          "only the Nasdaq remained ahead", "[ret('IXIC','2019-12-31','2020-01-31'), ret('DJI','2019-12-31','2020-01-31'), ret('SPX','2019-12-31','2020-01-31'), ret('RUT','2019-12-31','2020-01-31')]", 'manual'),
        C('IXIC', 'ytd_change_pct', '6', 'percent', 'more than', '2020-02-14', 'year to date', None, 'close', 'more than 6%', "[ret('IXIC','2019-12-31','2020-02-10'), ret('IXIC','2019-12-31','2020-02-14')]", 'manual'),
        C('SPX', 'above_prior_year_end', 'S&P 500 and Dow pushed ahead', 'flag', None, '2020-02-14', 'year to date', None, 'close', 'also pushed ahead', "[ret('SPX','2019-12-31','2020-02-14'), ret('DJI','2019-12-31','2020-02-14')]", 'manual'),
        C('DJI', 'monthly_change_pct', '-10', 'percent', 'more than', '2020-02-28', 'February 2020', None, 'close', 'fell more than 10%', "month_ret('DJI','2020-02')", 'pct'),
        C('DJI', 'leads_monthly_decline', 'led by the Dow', 'ranking', None, '2020-02-28', 'February 2020', 'largest drop', 'close', 'led by the Dow', "[month_ret('DJI','2020-02'), month_ret('SPX','2020-02'), month_ret('IXIC','2020-02'), month_ret('RUT','2020-02')]", 'manual'),
    ]))

# 7 ---------------------------------------------------------------
P.append(dict(
    id='jmgfinancial_202010_q3_2020_review',
    site='jmgfinancial.com', url='https://www.jmgfinancial.com/quarterly-market-review-july-september-2020/',
    outlet='JMG Financial Group (adviser quarterly review)', published='2020-10', conf='medium',
    pnote='Quarterly review of July-September 2020 (through 2020-09-30); no publication day on the page, so the month after the quarter is used.',
    text=("Quarterly Market Review, July - September 2020 (third quarter through September 30, 2020). July opened the quarter "
          "with a bang, and investors kept pushing values higher for the fourth consecutive month. Tech stocks drove the "
          "Nasdaq to a 6.8% gain, followed by the S&P 500 (5.5%), the Global Dow (3.5%), the small caps of the Russell 2000 "
          "(2.7%), and the Dow (2.4%). Treasury bond prices climbed, sending yields lower in July. The run continued in August, "
          "as each of the benchmark indexes listed here advanced notably: the Nasdaq climbed nearly 9.6%, the Dow rose 7.6%, "
          "the S&P 500 advanced 7.0%, the Global Dow vaulted 6.0%, and the Russell 2000 gained 5.5%."),
    claims=[
        C('SPX', 'consecutive_monthly_gains', '4', 'months', None, '2020-07-31', 'monthly', None, 'close', 'fourth consecutive month',
          "[month_ret('SPX','2020-04'), month_ret('SPX','2020-05'), month_ret('SPX','2020-06'), month_ret('SPX','2020-07'), month_ret('SPX','2020-03')]", 'manual'),
        C('IXIC', 'monthly_change_pct', '6.8', 'percent', None, '2020-07-31', 'July 2020', None, 'close', 'Nasdaq to a 6.8% gain', "month_ret('IXIC','2020-07')", 'pct'),
        C('SPX', 'monthly_change_pct', '5.5', 'percent', None, '2020-07-31', 'July 2020', None, 'close', 'S&P 500 (5.5%)', "month_ret('SPX','2020-07')", 'pct'),
        C('GLOBAL_DOW', 'monthly_change_pct', '3.5', 'percent', None, '2020-07-31', 'July 2020', None, 'close', '(3.5%)', 'None', 'none', v='unverifiable', note='The Global Dow is not in the files.', rule='series not in the files'),
        C('RUT', 'monthly_change_pct', '2.7', 'percent', None, '2020-07-31', 'July 2020', None, 'close', '(2.7%)', "month_ret('RUT','2020-07')", 'pct'),
        C('DJI', 'monthly_change_pct', '2.4', 'percent', None, '2020-07-31', 'July 2020', None, 'close', '(2.4%)', "month_ret('DJI','2020-07')", 'pct'),
        C('US10Y', 'monthly_change_bp', 'lower', 'direction', None, '2020-07-31', 'July 2020', None, 'end of day', 'sending yields lower in July', "yld_chg_bp('US10Y','2020-06-30','2020-07-31')", 'manual'),
        C('IXIC', 'monthly_change_pct', '9.6', 'percent', 'nearly', '2020-08-31', 'August 2020', None, 'close', 'nearly 9.6%', "month_ret('IXIC','2020-08')", 'pct'),
        C('DJI', 'monthly_change_pct', '7.6', 'percent', None, '2020-08-31', 'August 2020', None, 'close', 'rose 7.6%', "month_ret('DJI','2020-08')", 'pct'),
        C('SPX', 'monthly_change_pct', '7.0', 'percent', None, '2020-08-31', 'August 2020', None, 'close', 'advanced 7.0%', "month_ret('SPX','2020-08')", 'pct'),
        C('GLOBAL_DOW', 'monthly_change_pct', '6.0', 'percent', None, '2020-08-31', 'August 2020', None, 'close', 'vaulted 6.0%', 'None', 'none', v='unverifiable', note='The Global Dow is not in the files.', rule='series not in the files'),
        C('RUT', 'monthly_change_pct', '5.5', 'percent', None, '2020-08-31', 'August 2020', None, 'close', 'gained 5.5%', "month_ret('RUT','2020-08')", 'pct'),
    ]))

# 8 ---------------------------------------------------------------
P.append(dict(
    id='schmittwealth_202107_midyear_2021',
    site='schmittwealthadvisers.com', url='https://schmittwealthadvisers.com/is-2021-back-to-normal-yet/',
    outlet='Schmitt Wealth Advisers (adviser letter)', published='2021-07', conf='medium',
    pnote="Mid-year letter ('halfway through 2021', figures as of June 30th); the page gives no day, so July 2021 is used.",
    text=("Here we are halfway through 2021, with businesses across the nation re-opening. As of June 30th, according to S&P "
          "Dow Jones Indices, the S&P 500 index of US stocks is up 15.2% year-to-date (YTD), with an average dividend yield of "
          "1.4%, while the S&P US Aggregate Bond Index is down -1.4% YTD. The letter's table gives closing prices and total "
          "returns: S&P 500 at 3,756 on 12/31/2020 and 4,297 on 06/30/2021, a YTD total return of 15.2% (trailing P/E 30.9x, "
          "forward 21.8x); DJIA at 30,606 and 34,502, a YTD total return of 13.7%."),
    claims=[
        C('SPX', 'ytd_total_return_pct', '15.2', 'percent', None, '2021-06-30', 'year to date', None, 'total return', 'up 15.2%', "ret('SPX','2020-12-31','2021-06-30')", 'manual'),
        C('SPX', 'close', '3756', 'points', None, '2020-12-31', None, None, 'close', '3,756', "close('SPX','2020-12-31')", 'level'),
        C('SPX', 'close', '4297', 'points', None, '2021-06-30', None, None, 'close', '4,297', "close('SPX','2021-06-30')", 'level'),
        C('SPX', 'trailing_pe', '30.9', 'ratio', None, '2021-06-30', None, None, None, '30.9x', 'None', 'none', v='unverifiable', note='Valuation ratios are not in the files.', rule='series not in the files'),
        C('DJI', 'close', '30606', 'points', None, '2020-12-31', None, None, 'close', '30,606', "close('DJI','2020-12-31')", 'level'),
        C('DJI', 'close', '34502', 'points', None, '2021-06-30', None, None, 'close', '34,502', "close('DJI','2021-06-30')", 'level'),
        C('DJI', 'ytd_total_return_pct', '13.7', 'percent', None, '2021-06-30', 'year to date', None, 'total return', '13.7%', "ret('DJI','2020-12-31','2021-06-30')", 'manual'),
    ]))

# 9 ---------------------------------------------------------------
P.append(dict(
    id='defoes_20220930_worst_september_since_2008',
    site='defoes.com', url='https://www.defoes.com/news/2022/9/30/the-worst-september-since-2008-how-that-affects-october',
    outlet='Defoe\'s (rewrite of a Dow Jones Market Data / MarketWatch piece)', published='2022-09-30', conf='exact',
    pnote='Date in the URL (2022/9/30); month-to-date figures are "as of the end of trading on Thursday", 2022-09-29.',
    text=("September, usually the weakest month for stocks, looked set to be the worst since 2008. As of the end of trading on "
          "Thursday, the S&P 500, down 7.95%, and the Nasdaq Composite, down 9.1%, were on track for their worst Septembers "
          "since 2008, and the Dow Jones Industrial Average, down 7.25 percent, was on track for its worst September since 2002. "
          "Leaving this September out, data back to 1928 show the S&P 500 fell by 7% or more in September 11 times before. "
          "Since 1928 the Dow has dropped by 7% or more in September 13 times, and since 1986 the Nasdaq Composite has "
          "dropped by 9% or more six times in September. According to Dow "
          "Jones Market Data, after such Septembers the S&P 500 rose by 0.53% on average in October, against an average of 0.47 "
          "percent and a median of 1.03 percent for all Octobers, and October was positive 54.55% of the time after a big "
          "September loss."),
    claims=[
        C('SPX', 'mtd_change_pct', '-7.95', 'percent', None, '2022-09-29', 'month to date', None, 'close', 'down 7.95%', "ret('SPX','2022-08-31','2022-09-29')", 'pct'),
        C('IXIC', 'mtd_change_pct', '-9.1', 'percent', None, '2022-09-29', 'month to date', None, 'close', 'down 9.1%', "ret('IXIC','2022-08-31','2022-09-29')", 'pct'),
        C('SPX', 'worst_september_since', '2008', 'year', 'on track', '2022-09-30', 'September 2022', None, 'close', 'worst Septembers', 'None', 'none', v='not_checkable',
          note="'On track' statement made before the month ended; for the record the S&P 500 closed September 2022 down 9.34%, worse than September 2008 (-9.08%), so its worst September since 2002 (-11.00%); the Nasdaq (-10.50%) had its worst since 2008.", rule='on pace / on track'),
        C('DJI', 'mtd_change_pct', '-7.25', 'percent', None, '2022-09-29', 'month to date', None, 'close', 'down 7.25 percent', "ret('DJI','2022-08-31','2022-09-29')", 'pct'),
        C('DJI', 'worst_september_since', '2002', 'year', 'on track', '2022-09-30', 'September 2022', None, 'close', 'worst September since 2002', 'None', 'none', v='not_checkable',
          note="'On track' statement; for the record the Dow ended September 2022 down 8.84%, worse than every September in the file after 2002 (2002: -12.4%).", rule='on pace / on track'),
        C('SPX', 'count_septembers_down_7pct', '11', 'count', None, '2021-09-30', 'Septembers 1928-2021', None, 'close', '11 times before', "sept_count('SPX',1928,2021,-7)", 'count'),
        C('DJI', 'count_septembers_down_7pct', '13', 'count', None, '2021-09-30', 'Septembers 1928-2021', None, 'close', '13 times', 'None', 'none', v='unverifiable',
          note='The Dow file starts in 1992; a count back to 1928 cannot be made from it.', rule='history before a file starts'),
        C('IXIC', 'count_septembers_down_9pct', '6', 'count', None, '2021-09-30', 'Septembers 1986-2022 (this September counted)', None, 'close', 'six times', "sept_count('IXIC',1986,2022,-9)", 'count'),
        C('SPX', 'avg_october_after_bad_september', '0.53', 'percent', None, '2021-10-29', 'Octobers after Septembers of -7% or worse, 1928-2021', None, 'close', '0.53%', "oct_after_bad_sept('SPX',1928,2021,-7)[0]", 'pct'),
        C('SPX', 'avg_october', '0.47', 'percent', None, '2021-10-29', 'all Octobers', None, 'close', '0.47', "oct_all('SPX',1928,2021)[0]", 'pct'),
        C('SPX', 'median_october', '1.03', 'percent', None, '2021-10-29', 'all Octobers', None, 'close', '1.03 percent', "oct_all('SPX',1928,2021)[1]", 'pct'),
        C('SPX', 'share_positive_october_after_bad_september', '54.55', 'percent', None, '2021-10-29', 'Octobers after Septembers of -7% or worse, 1928-2021', None, 'close', '54.55%', "oct_after_bad_sept('SPX',1928,2021,-7)[1]", 'pct'),
    ]))

# 10 --------------------------------------------------------------
P.append(dict(
    id='lnaonline_20221001_q3_client_letter',
    site='lnaonline.com', url='https://lnaonline.com/2022/10/',
    outlet='LNA (adviser client letter)', published='2022-10-01', conf='exact',
    pnote='Letter dated October 1, 2022 (a Saturday); the returns and yields are as of Friday 2022-09-30.',
    text=("October 1, 2022. Dear Client: Year-to-date returns for the major stock indices are -20.95% for the Dow Jones "
          "Industrial Average and -24.77% for the S&P 500. Fixed income yields: US Treasuries 3.95% at 1 year, 4.24% at 2 years, "
          "4.07% at 5 years, 3.81% at 10 years and 3.76% at 30 years. The first three quarters of 2022 were brutal for equities; "
          "the S&P 500 is back to November 2020 levels, the tech-heavy Nasdaq (-32%) is leading the decline, and the US equity "
          "market's performance so far in 2022 is the fourth worst start to a year since 1928."),
    claims=[
        C('DJI', 'ytd_change_pct', '-20.95', 'percent', None, '2022-09-30', 'year to date', None, 'close', '-20.95%', "ret('DJI','2021-12-31','2022-09-30')", 'pct'),
        C('SPX', 'ytd_change_pct', '-24.77', 'percent', None, '2022-09-30', 'year to date', None, 'close', '-24.77%', "ret('SPX','2021-12-31','2022-09-30')", 'pct'),
        C('US1Y', 'yield', '3.95', 'percent', None, '2022-09-30', None, None, 'end of day', '3.95%', 'None', 'none', v='unverifiable', note='The 1-year Treasury yield is not in the files.', rule='series not in the files'),
        C('US2Y', 'yield', '4.24', 'percent', None, '2022-09-30', None, None, 'end of day', '4.24%', "yld('US2Y','2022-09-30')", 'yield'),
        C('US10Y', 'yield', '3.81', 'percent', None, '2022-09-30', None, None, 'end of day', '3.81%', "yld('US10Y','2022-09-30')", 'yield'),
        C('SPX', 'level_last_seen', '2020-11', 'month', None, '2022-09-30', None, None, 'close', 'back to November 2020 levels', "last_close_le('SPX','2022-09-30')", 'manual'),
        C('IXIC', 'ytd_change_pct', '-32', 'percent', None, '2022-09-30', 'year to date', None, 'close', '(-32%)', "ret('IXIC','2021-12-31','2022-09-30')", 'pct'),
        C('SPX', 'ytd_rank_worst_since_1928', '4', 'rank', None, '2022-09-30', 'first three quarters', None, 'close', 'fourth worst start to a year since 1928', "ytd_rank_worst('SPX','09-30',1928,2022)", 'manual'),
    ]))

# 11 --------------------------------------------------------------
P.append(dict(
    id='theweek_20221031_dow_best_month_since_1976',
    site='theweek.com', url='https://theweek.com/stock-market/1017967/the-dow-just-had-its-best-month-since-1976',
    outlet='The Week', published='2022-10-31', conf='high',
    pnote='Not dated on the stored page; it describes Monday 2022-10-31 (last session of October) and a Fed decision due Wednesday (2022-11-02).',
    text=("U.S. stocks closed down Monday as investors weighed mixed earnings and braced for the Federal Reserve's next rate "
          "hike, but the major indexes ended October in positive territory and the Dow Jones Industrial Average locked in its "
          "best month since 1976. The Dow rose 14 percent in October, while the S&P 500 and tech-heavy Nasdaq gained 8 percent "
          "and 3.9 percent, respectively. Markets are waiting for what Fed chairman Jerome Powell says Wednesday, after the "
          "Fed's two-day policy meeting."),
    claims=[
        C('DJI', 'daily_direction', 'closed down Monday', 'direction', None, '2022-10-31', None, None, 'close', 'closed down Monday',
          "[weekday('2022-10-31'), chg_pct('DJI','2022-10-31'), chg_pct('SPX','2022-10-31'), chg_pct('IXIC','2022-10-31')]", 'manual'),
        C('DJI', 'best_month_since', '1976', 'year', None, '2022-10-31', 'October 2022', None, 'close', 'best month since 1976', "[month_ret('DJI','2022-10'), last_month_ge('DJI','2022-10')]", 'manual'),
        C('DJI', 'monthly_change_pct', '14', 'percent', None, '2022-10-31', 'October 2022', None, 'close', 'rose 14 percent', "month_ret('DJI','2022-10')", 'pct'),
        C('SPX', 'monthly_change_pct', '8', 'percent', None, '2022-10-31', 'October 2022', None, 'close', '8 percent', "month_ret('SPX','2022-10')", 'pct'),
        C('IXIC', 'monthly_change_pct', '3.9', 'percent', None, '2022-10-31', 'October 2022', None, 'close', '3.9 percent', "month_ret('IXIC','2022-10')", 'pct'),
        C('FEDFUNDS', 'fomc_decision_day', 'Wednesday', 'date', None, '2022-11-02', None, None, None, 'Wednesday', "[fomc_day('2022-11-02'), weekday('2022-11-02')]", 'manual'),
    ]))

# 12 --------------------------------------------------------------
P.append(dict(
    id='mynewsbuffet_20220131_dismal_january',
    site='mynewsbuffet.com', url='https://mynewsbuffet.com/story/stock-futures-are-flat-ahead-of-final-january-session-sp-heads-for-worst-month-since-march-2020',
    outlet='MyNewsBuffet (rewrite of a CNBC month-end story)', published='2022-01-31', conf='high',
    pnote='Not dated on the page; it reports the Monday 2022-01-31 close, the last session of January 2022.',
    text=("Stocks rallied for a second day Monday to wrap up a rough January, as investors bought back some of the battered "
          "tech shares. Even so, the S&P 500 and the Nasdaq Composite posted their worst months since the onset of the "
          "pandemic. The S&P 500 rose 1.89% to 4,515.55, closing out the month down 5.3%, its worst month since the 12.5% loss "
          "in March 2020 and its biggest January decline since 2009. The Dow Jones Industrial Average added 406.39 points, or "
          "1.2%, to 35,131.86, cutting its monthly loss to 3.3%. The tech-heavy Nasdaq Composite rose 3.41% to 14,239.88, "
          "adding to its 3% comeback Friday, but still ended down 8.9% for January, its worst month since March 2020."),
    claims=[
        C('SPX', 'daily_change_pct', '1.89', 'percent', None, '2022-01-31', None, None, 'close', '1.89%', "chg_pct('SPX','2022-01-31')", 'pct'),
        C('SPX', 'close', '4515.55', 'points', None, '2022-01-31', None, None, 'close', '4,515.55', "close('SPX','2022-01-31')", 'level'),
        C('SPX', 'monthly_change_pct', '-5.3', 'percent', None, '2022-01-31', 'January 2022', None, 'close', 'down 5.3%', "month_ret('SPX','2022-01')", 'pct'),
        C('SPX', 'worst_month_since', '2020-03', 'month', None, '2022-01-31', 'January 2022', None, 'close', 'worst month since the 12.5% loss', "last_month_le('SPX','2022-01')", 'manual'),
        C('SPX', 'monthly_change_pct', '-12.5', 'percent', None, '2020-03-31', 'March 2020', None, 'close', '12.5%', "month_ret('SPX','2020-03')", 'pct'),
        C('SPX', 'worst_january_since', '2009', 'year', None, '2022-01-31', 'January 2022', None, 'close', 'biggest January decline since 2009', "last_same_month_le('SPX','2022-01')", 'manual'),
        C('DJI', 'daily_change_pts', '406.39', 'points', None, '2022-01-31', None, None, 'close', '406.39', "chg_pts('DJI','2022-01-31')", 'pts'),
        C('DJI', 'daily_change_pct', '1.2', 'percent', None, '2022-01-31', None, None, 'close', '1.2%', "chg_pct('DJI','2022-01-31')", 'pct'),
        C('DJI', 'close', '35131.86', 'points', None, '2022-01-31', None, None, 'close', '35,131.86', "close('DJI','2022-01-31')", 'level'),
        C('DJI', 'monthly_change_pct', '-3.3', 'percent', None, '2022-01-31', 'January 2022', None, 'close', '3.3%', "month_ret('DJI','2022-01')", 'pct'),
        C('IXIC', 'daily_change_pct', '3.41', 'percent', None, '2022-01-31', None, None, 'close', '3.41%', "chg_pct('IXIC','2022-01-31')", 'pct'),
        C('IXIC', 'close', '14239.88', 'points', None, '2022-01-31', None, None, 'close', '14,239.88', "close('IXIC','2022-01-31')", 'level'),
        C('IXIC', 'daily_change_pct', '3', 'percent', None, '2022-01-28', None, None, 'close', '3% comeback Friday', "chg_pct('IXIC','2022-01-28')", 'pct'),
        C('IXIC', 'monthly_change_pct', '-8.9', 'percent', None, '2022-01-31', 'January 2022', None, 'close', 'down 8.9%', "month_ret('IXIC','2022-01')", 'pct'),
        C('IXIC', 'worst_month_since', '2020-03', 'month', None, '2022-01-31', 'January 2022', None, 'close', 'its worst month since March 2020', "last_month_le('IXIC','2022-01')", 'manual'),
    ]))

# 13 --------------------------------------------------------------
P.append(dict(
    id='robotsforex_20231213_russell_december_rebound',
    site='robotsforex.org', url='https://www.robotsforex.org/the-russell-2000s-december-rebound',
    outlet='RobotsForex (rewrite of a MarketWatch / Dow Jones Market Data story)', published='2023-12-13', conf='medium',
    pnote="Not dated on the page; the Wednesday close of 1,947.51 and the Fed decision holding 5.25%-5.5% with cuts signalled for 2024 fix the session as 2023-12-13. Publication that evening or the next day.",
    text=("The Russell 2000, the small-cap gauge of the 2,000 smallest companies, has been outrunning the S&P 500 this month: "
          "so far in December it has risen 7.7%, against 3.1% for the S&P 500. That would be the best month for the Russell "
          "2000 relative to the S&P 500 since January 2021, when the small-cap index rose 5% while the large-cap gauge fell "
          "1.1%. On Wednesday the Russell 2000 jumped 66.24 points, or 3.5%, to close at 1,947.51, its highest level since "
          "August 7, as markets rallied after the Federal Reserve left its key policy rate range at 5.25% to 5.5% while "
          "signalling possible cuts in 2024. The small caps have still lagged this year, up 10.6% year-to-date against 22.6% "
          "for the S&P 500 and 40.8% for the Nasdaq Composite. The Dow Jones Industrial Average also hit a record high on "
          "Wednesday, climbing 1.4% and closing above 37,000 for the first time; the S&P 500 and Nasdaq Composite gained nearly "
          "1.4% as well."),
    claims=[
        C('RUT', 'mtd_change_pct', '7.7', 'percent', None, '2023-12-13', 'month to date', None, 'close', 'risen 7.7%', "ret('RUT','2023-11-30','2023-12-13')", 'pct'),
        C('SPX', 'mtd_change_pct', '3.1', 'percent', None, '2023-12-13', 'month to date', None, 'close', '3.1%', "ret('SPX','2023-11-30','2023-12-13')", 'pct'),
        C('RUT', 'relative_month_best_since', '2021-01', 'month', None, '2023-12-13', 'month to date', None, 'close', 'since January 2021', 'None', 'none', v='unverifiable',
          note="Dow Jones Market Data's relative-performance ranking of a month still in progress; the comparison month's figures are checked separately. No completed month between January 2021 and November 2023 is re-ranked here (the measure, return gap or ratio, is not stated).", rule='unstated window/measure'),
        C('RUT', 'monthly_change_pct', '5', 'percent', None, '2021-01-29', 'January 2021', None, 'close', 'rose 5%', "month_ret('RUT','2021-01')", 'pct'),
        C('SPX', 'monthly_change_pct', '-1.1', 'percent', None, '2021-01-29', 'January 2021', None, 'close', '1.1%', "month_ret('SPX','2021-01')", 'pct'),
        C('RUT', 'daily_change_pts', '66.24', 'points', None, '2023-12-13', None, None, 'close', '66.24 points', "chg_pts('RUT','2023-12-13')", 'pts'),
        C('RUT', 'daily_change_pct', '3.5', 'percent', None, '2023-12-13', None, None, 'close', '3.5%', "chg_pct('RUT','2023-12-13')", 'pct'),
        C('RUT', 'close', '1947.51', 'points', None, '2023-12-13', None, None, 'close', '1,947.51', "close('RUT','2023-12-13')", 'level'),
        C('RUT', 'highest_since', '2023-08-07', 'date', None, '2023-12-13', None, None, 'close', 'highest level since August 7', "last_close_ge('RUT','2023-12-13')", 'manual'),
        C('FEDFUNDS', 'target_range', '5.25-5.5', 'percent', None, '2023-12-13', None, None, None, '5.25% to 5.5%', "[fomc_day('2023-12-13')] + fed_range('2023-12-14')", 'manual'),
        C('RUT', 'ytd_change_pct', '10.6', 'percent', None, '2023-12-13', 'year to date', None, 'close', '10.6%', "ret('RUT','2022-12-30','2023-12-13')", 'pct'),
        C('SPX', 'ytd_change_pct', '22.6', 'percent', None, '2023-12-13', 'year to date', None, 'close', '22.6%', "ret('SPX','2022-12-30','2023-12-13')", 'pct'),
        C('IXIC', 'ytd_change_pct', '40.8', 'percent', None, '2023-12-13', 'year to date', None, 'close', '40.8%', "ret('IXIC','2022-12-30','2023-12-13')", 'pct'),
        C('DJI', 'record_close', 'record high', 'flag', None, '2023-12-13', None, None, 'close', 'record high', "last_close_ge('DJI','2023-12-13')", 'manual'),
        C('DJI', 'daily_change_pct', '1.4', 'percent', None, '2023-12-13', None, None, 'close', 'climbing 1.4%', "chg_pct('DJI','2023-12-13')", 'pct'),
        C('DJI', 'first_close_above', '37000', 'points', None, '2023-12-13', None, None, 'close', 'above 37,000 for the first time', "first_close_above('DJI',37000)", 'manual'),
        C('SPX', 'daily_change_pct', '1.4', 'percent', 'nearly', '2023-12-13', None, None, 'close', 'nearly 1.4%', "[chg_pct('SPX','2023-12-13'), chg_pct('IXIC','2023-12-13')]", 'manual'),
    ]))

# 14 --------------------------------------------------------------
P.append(dict(
    id='civolatility_20250822_week_aug18_22',
    site='civolatility.com', url='https://www.civolatility.com/p/aug-18-22-2025',
    outlet='CI Volatility (newsletter)', published='2025-08-22', conf='medium',
    pnote='Weekly newsletter for Aug 18-22, 2025 (URL slug); written after the Friday 2025-08-22 Jackson Hole rebound, publication date not shown.',
    text=("A volatile week: tech-heavy indices slipped early on rate and economic worries, then rebounded sharply on Friday "
          "after Fed Chair Jerome Powell signaled possible rate cuts, lifting the Dow to record highs. The VIX moved in the "
          "14-16 range during the week. The Dow gained about 1.5% for the week, the S&P 500 rose approximately 0.3%, while the "
          "Nasdaq slipped around 0.6%. Day by day: Monday, August 18, 2025, the Dow closed at 44,911.82 (-0.34%), the S&P 500 "
          "at 6,449.15 (-0.31%) and the Nasdaq at 21,629.77 (-0.35%), with the VIX closing at 14.99 and a narrow Dow high-low "
          "spread of about 0.29%. Tuesday, August 19, the Dow closed at 44,922.27 (+0.02%), the S&P 500 at 6,411.37 (-0.59%) "
          "and the Nasdaq at 21,314.95 (-1.45%)."),
    claims=[
        C('DJI', 'record_close', 'record highs', 'flag', None, '2025-08-22', None, None, 'close', 'record highs', "[last_close_ge('DJI','2025-08-22'), last_high_ge('DJI','2025-08-22')]", 'manual'),
        C('VIX', 'weekly_close_range', '14-16', 'points', None, '2025-08-22', 'week', None, 'close', '14-16 range', "[r(s('VIX')['2025-08-18':'2025-08-22'].min()), r(s('VIX')['2025-08-18':'2025-08-22'].max())]", 'manual'),
        C('DJI', 'weekly_change_pct', '1.5', 'percent', 'about', '2025-08-22', 'week', None, 'close', 'about 1.5%', "ret('DJI','2025-08-15','2025-08-22')", 'pct'),
        C('SPX', 'weekly_change_pct', '0.3', 'percent', 'approximately', '2025-08-22', 'week', None, 'close', 'approximately 0.3%', "ret('SPX','2025-08-15','2025-08-22')", 'pct'),
        C('IXIC', 'weekly_change_pct', '-0.6', 'percent', 'around', '2025-08-22', 'week', None, 'close', 'around 0.6%', "ret('IXIC','2025-08-15','2025-08-22')", 'pct'),
        C('DJI', 'close', '44911.82', 'points', None, '2025-08-18', None, None, 'close', '44,911.82', "close('DJI','2025-08-18')", 'level'),
        C('DJI', 'daily_change_pct', '-0.34', 'percent', None, '2025-08-18', None, None, 'close', '(-0.34%)', "chg_pct('DJI','2025-08-18')", 'pct'),
        C('SPX', 'close', '6449.15', 'points', None, '2025-08-18', None, None, 'close', '6,449.15', "close('SPX','2025-08-18')", 'level'),
        C('SPX', 'daily_change_pct', '-0.31', 'percent', None, '2025-08-18', None, None, 'close', '(-0.31%)', "chg_pct('SPX','2025-08-18')", 'pct'),
        C('IXIC', 'close', '21629.77', 'points', None, '2025-08-18', None, None, 'close', '21,629.77', "close('IXIC','2025-08-18')", 'level'),
        C('IXIC', 'daily_change_pct', '-0.35', 'percent', None, '2025-08-18', None, None, 'close', '(-0.35%)', "chg_pct('IXIC','2025-08-18')", 'pct'),
        C('VIX', 'close', '14.99', 'points', None, '2025-08-18', None, None, 'close', '14.99', "close('VIX','2025-08-18')", 'level'),
        C('DJI', 'intraday_range_pct', '0.29', 'percent', 'about', '2025-08-18', None, None, 'intraday range', 'about 0.29%', "[range_pct_of_prev('DJI','2025-08-18'), r((high('DJI','2025-08-18') - low('DJI','2025-08-18')) / close('DJI','2025-08-18') * 100)]", 'manual'),
        C('DJI', 'close', '44922.27', 'points', None, '2025-08-19', None, None, 'close', '44,922.27', "close('DJI','2025-08-19')", 'level'),
        C('DJI', 'daily_change_pct', '0.02', 'percent', None, '2025-08-19', None, None, 'close', '(+0.02%)', "chg_pct('DJI','2025-08-19')", 'pct'),
        C('SPX', 'close', '6411.37', 'points', None, '2025-08-19', None, None, 'close', '6,411.37', "close('SPX','2025-08-19')", 'level'),
        C('SPX', 'daily_change_pct', '-0.59', 'percent', None, '2025-08-19', None, None, 'close', '(-0.59%)', "chg_pct('SPX','2025-08-19')", 'pct'),
        C('IXIC', 'close', '21314.95', 'points', None, '2025-08-19', None, None, 'close', '21,314.95', "close('IXIC','2025-08-19')", 'level'),
        C('IXIC', 'daily_change_pct', '-1.45', 'percent', None, '2025-08-19', None, None, 'close', '(-1.45%)', "chg_pct('IXIC','2025-08-19')", 'pct'),
    ]))

# Verdicts for claims that are not plain numbers (and notes for the numeric ones that need one).
# 'passage_id#claim_index': (verdict, rule, note)
V = {
    'lincolndailynews_20081101_october_trick_or_treat_month#2': ('supported', 'ordering/count on daily closes',
        'The Dow rose on 2008-10-30 and 2008-10-31; no other pair of consecutive up closes in October 2008 (the first session is not paired with September).'),
    'lincolndailynews_20081101_october_trick_or_treat_month#3': ('unverifiable', 'history before a file starts',
        'The week ending 2008-10-31 rose 11.29% (Oct 24 to Oct 31 closes), the largest weekly gain in the Dow file, which starts in 1992; whether any week between October 1974 and 1992 was larger cannot be checked.'),
    'lincolndailynews_20081101_october_trick_or_treat_month#4': (None, None,
        'Sept 30 close 10850.66 to Oct 10 close 8451.19 = -2399.47 points in the first eight sessions. By the integer tolerance (0.5) the round figure is just outside; read as a figure rounded to hundreds it would be supported.'),
    'lincolndailynews_20081101_october_trick_or_treat_month#5': (None, None,
        'Sessions of October 2008 with an absolute Dow change under 100 points, counted on closes.'),
    'cnbc_20100521_weekly_statistics_correction#0': ('supported', 'ordering on weekly closes',
        'Week ending 2010-05-21: RUT -6.44%, Nasdaq -5.02%, S&P 500 -4.23%, Dow -4.02%; the Russell 2000 and Nasdaq fell most.'),
    'cnbc_20100521_weekly_statistics_correction#1': ('contradicted', 'highest since X: an earlier X is contradicted',
        "VIX intraday high 48.20 on 2010-05-21; the last higher intraday high was 2009-03-10, about 14.4 months earlier, so a '15-month high' (since about 2009-02-21) overstates the span. On closes (40.10) the VIX was below its 2010-05-20 close of 45.79. Close to a month-rounding difference; imprecise under a looser month reading."),
    'cnbc_20100521_weekly_statistics_correction#3': ('supported', 'intraday low', 'Dow low 9918.82 on 2010-05-21, below 10,000.'),
    'cnbc_20100521_weekly_statistics_correction#7': ('supported', 'worst since X: last week with a drop at least as large', 'Last weekly drop at least as large as -4.02%: week ending 2010-05-07.'),
    'cnbc_20100521_weekly_statistics_correction#18': ('supported', 'record/high on closes', '2010 closing high through 2010-05-20: 11205.03 on 2010-04-26.'),
    'cnbc_20100521_weekly_statistics_correction#20': ('supported', 'worst since X: last day with a drop at least as large', 'Last daily drop at least as large as -3.60%: 2009-03-05.'),
    'cnbc_20100521_weekly_statistics_correction#24': ('supported', 'record/high on closes', '2010 closing high through 2010-05-20: 1217.28 on 2010-04-23.'),
    'cnbc_20100702_worst_week_since_may7#2': ('supported', 'worst since X: last week with a drop at least as large', 'Last weekly drop at least as large as -4.51%: week ending 2010-05-07.'),
    'cnbc_20100702_worst_week_since_may7#4': ('supported', 'lowest since X', 'Last close at or below 9686.48 before 2010-07-02: 2009-10-05.'),
    'cnbc_20100702_worst_week_since_may7#5': ('supported', 'streak on daily closes', '7 lower closes in a row ending 2010-07-02 (-611.96 points, -5.94%).'),
    'cnbc_20100702_worst_week_since_may7#8': ('supported', 'longest streak since X', 'The last losing streak of 7 sessions or more before this one ended 2008-10-10 and lasted 8 sessions.'),
    'cnbc_20100702_worst_week_since_may7#11': ('supported', 'record/high on closes', '2010 closing high 11205.03 on 2010-04-26.'),
    'cnbc_20100702_worst_week_since_may7#12': ('supported', 'record on closes', 'Highest close in the file before 2010-07-02: 14164.53 on 2007-10-09.'),
    'cnbc_20100702_worst_week_since_may7#16': ('supported', 'worst since X: last same quarter at least as bad', 'Q2 2010 -9.97%; the last second quarter at least as bad was Q2 2002 (-11.16%).'),
    'cnbc_20100702_worst_week_since_may7#21': ('supported', 'lowest since X', 'Last S&P 500 close at or below 1022.58 before 2010-07-02: 2009-09-04.'),
    'cnbc_20100702_worst_week_since_may7#22': ('supported', 'streak on daily closes', '5 lower closes in a row ending 2010-07-02 (-54.18 points, -5.03%), the whole week.'),
    'cnbc_20110225_worst_week_since_august#0': ('not_checkable', 'on pace / on track',
        "A mid-session 'on track' statement for the week. At the Friday close the Dow was down 2.10% for the week, the S&P 500 1.72%, the Nasdaq 1.87% and the Russell 2000 1.54%."),
    'cnbc_20110225_worst_week_since_august#5': ('not_checkable', 'on pace / on track',
        "Part of the 'on track' statement. On the Friday close (-2.10%) the last Dow week at least as bad ended 2010-11-12 (-2.20%), which would make 'since 8/13/10' wrong; on the Thursday close (-2.60% week to date) 'since 8/13/10' holds. The -3.29% figure itself is keyed separately."),
    'cnbc_20110225_worst_week_since_august#7': ('supported', 'count on weekly closes', 'Of the 8 weeks ending 2011-01-07 .. 2011-02-25 the Dow fell only in the weeks ending 2011-01-28 and 2011-02-25.'),
    'cnbc_20110225_worst_week_since_august#11': ('unverifiable', 'mid-session figure inside the session range',
        'February month to date on 2011-02-25: 2.01% on the close, 1.42% to 2.18% across the session range; 1.8% lies inside the range.'),
    'cnbc_20110225_worst_week_since_august#12': ('unverifiable', 'mid-session figure inside the session range',
        'S&P 500 February MTD on 2011-02-25: 2.62% on the close, 1.65% to 2.68% across the session; 2.2% is inside.'),
    'cnbc_20110225_worst_week_since_august#13': ('unverifiable', 'mid-session figure inside the session range',
        'Russell 2000 February MTD on 2011-02-25: 5.21% on the close, 3.26% to 5.22% across the session; 3.6% is inside.'),
    'jmgfinancial_202004_q1_2020_review#0': ('supported', 'sign of YTD on closes', 'On 2020-01-17 the Dow (+2.84%), S&P 500 (+3.06%), Nasdaq (+4.64%) and Russell 2000 (+1.87%) were all above their 2019 closes (Global Dow not in the files).'),
    'jmgfinancial_202004_q1_2020_review#1': ('supported', 'sign of YTD on closes', 'On 2020-01-31 only the Nasdaq (+1.99%) was above its 2019 close; Dow -0.99%, S&P 500 -0.16%, Russell 2000 -3.26%. The Global Dow is not in the files.'),
    'jmgfinancial_202004_q1_2020_review#2': ('supported', "'more than': true > claim", 'Nasdaq above its 2019 close by 7.31% (2020-02-10) to 8.45% (2020-02-14) during the second week of February.'),
    'jmgfinancial_202004_q1_2020_review#3': ('supported', 'sign of YTD on closes', 'On 2020-02-14 the S&P 500 was +4.62% and the Dow +3.01% for the year.'),
    'jmgfinancial_202004_q1_2020_review#5': ('supported', 'ordering of monthly returns', 'February 2020: Dow -10.07%, Russell 2000 -8.53%, S&P 500 -8.41%, Nasdaq -6.38%; the Dow fell most.'),
    'jmgfinancial_202010_q3_2020_review#0': ('supported', 'streak of monthly gains', 'S&P 500 monthly changes: March 2020 -12.51%, then April +12.68%, May +4.53%, June +1.84%, July +5.51% = fourth consecutive monthly gain (also true for the Dow and Nasdaq).'),
    'jmgfinancial_202010_q3_2020_review#6': ('supported', 'direction of end-of-day yields', 'DGS10 0.66% on 2020-06-30 and 0.55% on 2020-07-31: -11 bp.'),
    'schmittwealth_202107_midyear_2021#0': ('unverifiable', 'total-return figure where only a price index exists',
        'Stated as a total return (S&P Dow Jones Indices); the price index rose 14.41% from 3756.07 to 4297.50. The files have no S&P 500 total-return series.'),
    'schmittwealth_202107_midyear_2021#5': (None, None, 'File close 34502.51; 34,502 is a truncation (rounding gives 34,503).'),
    'schmittwealth_202107_midyear_2021#6': ('unverifiable', 'total-return figure where only a price index exists',
        'Total return; the price Dow rose 12.73% (30606.48 to 34502.51). No Dow total-return series in the files.'),
    'defoes_20220930_worst_september_since_2008#7': (None, None,
        'Nasdaq Septembers at or below -9%: 1990, 2000, 2001, 2002, 2008 and 2022 (the current September, -9.1% as of Thursday, -10.50% at month end) = 6. Without the current month the count is 5 (imprecise); 1986 was -8.41%.'),
    'defoes_20220930_worst_september_since_2008#8': (None, None, 'Average October after the 11 Septembers of -7% or worse, 1928-2021, on the price index (the S&P 90 before 1957).'),
    'defoes_20220930_worst_september_since_2008#9': (None, None, 'Mean October change 1928-2021 on the price index is 0.50%; the source may use a different start year or basis.'),
    'defoes_20220930_worst_september_since_2008#11': (None, None, '6 of the 11 Octobers after such Septembers were positive = 54.55%.'),
    'lnaonline_20221001_q3_client_letter#5': ('supported', 'level last seen', 'S&P 500 3585.62 on 2022-09-30; the last close at or below it was 2020-11-23 (November 2020).'),
    'lnaonline_20221001_q3_client_letter#7': ('supported', 'rank of year-to-date changes', 'Change from the prior year-end to the last close of September: 2022 (-24.77%) ranks 4th worst of 1928-2022 on the price index (behind 1931, 1974 and 2002; the S&P 90 before 1957).'),
    'theweek_20221031_dow_best_month_since_1976#0': ('supported', 'sign of daily change', 'Monday 2022-10-31: Dow -0.39%, S&P 500 -0.75%, Nasdaq -1.03%.'),
    'theweek_20221031_dow_best_month_since_1976#1': ('unverifiable', 'history before a file starts',
        'October 2022 Dow +13.95%, the best month in the Dow file (from 1992); whether any month from 1976 to 1991 was better cannot be checked (January 1987 is generally quoted at +13.8%).'),
    'theweek_20221031_dow_best_month_since_1976#5': ('supported', 'FOMC calendar', '2022-11-02, a Wednesday, is a scheduled FOMC decision day in the file.'),
    'mynewsbuffet_20220131_dismal_january#3': ('supported', 'worst since X: last month at least as bad', 'January 2022 -5.26%; the last worse month was March 2020 (-12.51%).'),
    'mynewsbuffet_20220131_dismal_january#5': ('supported', 'worst since X: last January at least as bad', 'The last January at least as bad as -5.26% was January 2009 (-8.57%).'),
    'mynewsbuffet_20220131_dismal_january#13': (None, None, 'File: -8.98%; 8.9 is a truncation of 8.98.'),
    'mynewsbuffet_20220131_dismal_january#14': ('supported', 'worst since X: last month at least as bad', 'Nasdaq January 2022 -8.98%; the last month at least as bad was March 2020 (-10.12%).'),
    'robotsforex_20231213_russell_december_rebound#8': ('supported', 'highest since X', 'Last Russell 2000 close at or above 1947.51 before 2023-12-13: 2023-08-07.'),
    'robotsforex_20231213_russell_december_rebound#9': ('supported', 'Fed target range', '2023-12-13 is an FOMC decision day; DFEDTARL/DFEDTARU stay 5.25/5.50 on 2023-12-14.'),
    'robotsforex_20231213_russell_december_rebound#13': ('supported', 'record close: above every earlier close', 'Dow close 37090.24 on 2023-12-13 is above every earlier close in the file.'),
    'robotsforex_20231213_russell_december_rebound#15': ('supported', 'first close above a level', 'First Dow close above 37,000 in the file: 2023-12-13.'),
    'robotsforex_20231213_russell_december_rebound#16': ('supported', "'nearly': claim - 1 unit <= true <= claim + 0.5 unit", 'S&P 500 +1.37% and Nasdaq +1.38% on 2023-12-13: both within 1.3..1.45.'),
    'civolatility_20250822_week_aug18_22#0': ('supported', 'record close and intraday record', 'The Dow close of 2025-08-22 (45631.74 in the file) is above every earlier close, and its high above every earlier high. Dow rows after 2025-07-11 come from a single source.'),
    'civolatility_20250822_week_aug18_22#1': ('imprecise', 'range claim just outside', 'VIX closes in the week: 14.22 to 16.60; the top of the stated 14-16 range is exceeded (on closes) by 0.60.'),
    'civolatility_20250822_week_aug18_22#6': (None, None, 'Close 44911.82 matches the file, but the change from the Friday 2025-08-15 close (44946.12) is -0.08%, not -0.34%. Dow rows after 2025-07-11 come from a single source.'),
    'civolatility_20250822_week_aug18_22#8': (None, None, 'Close 6449.15 matches; the change from 6449.80 (2025-08-15) is -0.01%.'),
    'civolatility_20250822_week_aug18_22#10': (None, None, 'Close 21629.77 matches; the change from 21622.98 (2025-08-15) is +0.03%, a gain.'),
    'civolatility_20250822_week_aug18_22#12': ('supported', "'about': within one unit of the last digit", 'Dow high-low on 2025-08-18 is 0.29% of the previous close (and of the close).'),
}
