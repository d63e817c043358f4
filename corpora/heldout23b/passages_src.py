# Passage texts (condensed close paraphrases) and their claims.
# claim tuple: (ticker, metric, claimed, unit, qualifier, ref_date, window, anchor_text, expression, kind, verdict_override, note)
N = None
PASSAGES = []


def P(id, site, url, outlet, published, conf, pnote, text, claims):
    PASSAGES.append({'id': id, 'source': {'site': site, 'url': url, 'original_outlet': outlet},
                     'published': published, 'published_confidence': conf, 'published_note': pnote,
                     'text': text, 'claims': claims})


D = '1998-08-20'
P('cbsnews_19980820_blue_chips_fall', 'cbsnews.com', 'https://www.cbsnews.com/news/blue-chips-fall-sharply-lower-20-08-1998/',
  'CBS News', D, 'exact', 'Date in the URL; the story is about Thursday 1998-08-20.',
  "Blue-Chips Fall Sharply Lower. U.S. stocks fell Thursday as investors weighed heightened tensions in Russia and Venezuela "
  "and a leading analyst turned bearish on Intel. The Dow Jones industrial average dropped 81.87 points, or 0.9 percent, to 8,611.41. "
  "Interest-sensitive components were hit hardest. After word of Clinton's planned announcement of military strikes hit newswires at 1:36 p.m. EDT, "
  "the Dow dropped 45 points in the next six minutes before recouping as much in the following 15 minutes. A Prudential strategist said he was "
  "looking for a meaningful bottom in late September or early October.",
  [('DJI', 'point_change', '-81.87', 'points', N, D, 'daily', '81.87 points', "chg('DJI','%s')" % D, 'num', N, 'Close vs previous close.'),
   ('DJI', 'pct_change', '-0.9', 'pct', N, D, 'daily', '0.9 percent', "pct('DJI','%s')" % D, 'num', N, 'Close vs previous close.'),
   ('DJI', 'close', '8,611.41', 'level', N, D, 'daily', '8,611.41', "close('DJI','%s')" % D, 'num', N, ''),
   ('DJI', 'intraday_move', '-45', 'points', N, D, '1:36-1:42 p.m.', '45 points', N, 'u', N, 'Intraday minute-by-minute path; the files hold daily bars only.'),
   ('QUOTE', 'forecast', 'bottom in late September or early October', 'text', N, D, N, 'meaningful bottom', N, 'f', N, 'Strategist projection. (The Dow did bottom on 1998-08-31 and again in early October.)'),
   ])

D = '2004-05-21'
P('thisismoney_20040521_wall_street_friday_close', 'thisismoney.co.uk', 'https://www.thisismoney.co.uk/money/news/article-1510898/Wall-Street-Friday-close.html',
  'This is Money (wire copy)', D, 'high', 'The page carries no date; the Dow close 9,966.74 and the Nasdaq close 1,912.09 match Friday 2004-05-21 only, and the oil story (Saudi call, crude below $40) fits that day.',
  "Wall Street: Friday close. Stocks ended up after Saudi Arabia's call for higher oil output pushed crude below $40 a barrel. "
  "The Dow Jones industrial average rose 29.1 points to 9,966.74. The technology-laced Nasdaq Composite Index ended up 15.50 points at 1,912.09. "
  "Trading was slow, and Friday's Nasdaq volume was one of the lightest of the year. "
  "Friday's gains were not enough to keep blue chips from notching their fourth week of losses.",
  [('DJI', 'point_change', '29.1', 'points', N, D, 'daily', '29.1 points', "chg('DJI','%s')" % D, 'num', N, ''),
   ('DJI', 'close', '9,966.74', 'level', N, D, 'daily', '9,966.74', "close('DJI','%s')" % D, 'num', N, ''),
   ('IXIC', 'point_change', '15.50', 'points', N, D, 'daily', '15.50 points', "chg('IXIC','%s')" % D, 'num', N, ''),
   ('IXIC', 'close', '1,912.09', 'level', N, D, 'daily', '1,912.09', "close('IXIC','%s')" % D, 'num', N, ''),
   ('DJI', 'weekly_losing_streak', '4', 'count', N, D, 'weeks', 'fourth week of losses', "weekly_streak('DJI','%s',-1)" % D, 'num', N, 'Consecutive Friday-to-Friday declines ending this week.'),
   ('NYSE', 'volume_rank', 'one of the lightest', 'text', N, D, 'year', 'one of the lightest', N, 'u', N, 'Nasdaq exchange volume is not in the files (IXIC volume is Yahoo index volume, a different measure).'),
   ])

D = '2008-08-22'
P('msnmoney_20080822_oil_biggest_drop_rally', 'trollkingdom.net', 'https://trollkingdom.net/threads/new-gas-cost-predictions-for-this-year.108226/page-3',
  'MSN Money (forum repost)', D, 'high', 'Forum repost of a market wrap; the Dow close 11,628 and the crude figures (down $5.69 to $114.59) fit Friday 2008-08-22.',
  "Stocks finished the week with a big gain as crude had its biggest one-day percentage drop since 2004 and financials rallied. "
  "The Dow Jones industrials closed up 198 points, or 1.7%, on Friday to 11,628. The Standard & Poor's 500 Index rose 14 points, or 1.1%, to 1,292, "
  "and the Nasdaq Composite Index added 34 points, or 1.4%, to 2,415. The gains for the three indexes were their best since Aug. 8. "
  "For the week, the Dow finished with a small loss after 100-plus-point losses on Monday and Tuesday. The S&P 500 was off 0.5%, and the Nasdaq Composite was off 1.5%. "
  "The close was the market's third daily gain in a row.",
  [('DJI', 'point_change', '198', 'points', N, D, 'daily', '198 points', "chg('DJI','%s')" % D, 'num', N, ''),
   ('DJI', 'pct_change', '1.7', 'pct', N, D, 'daily', '1.7%', "pct('DJI','%s')" % D, 'num', N, ''),
   ('DJI', 'close', '11,628', 'level', N, D, 'daily', '11,628', "close('DJI','%s')" % D, 'num', N, 'Rounded level.'),
   ('SPX', 'point_change', '14', 'points', N, D, 'daily', '14 points', "chg('SPX','%s')" % D, 'num', N, ''),
   ('SPX', 'pct_change', '1.1', 'pct', N, D, 'daily', '1.1%', "pct('SPX','%s')" % D, 'num', N, ''),
   ('SPX', 'close', '1,292', 'level', N, D, 'daily', '1,292', "close('SPX','%s')" % D, 'num', N, ''),
   ('IXIC', 'point_change', '34', 'points', N, D, 'daily', '34 points', "chg('IXIC','%s')" % D, 'num', N, ''),
   ('IXIC', 'pct_change', '1.4', 'pct', N, D, 'daily', '1.4%', "pct('IXIC','%s')" % D, 'num', N, ''),
   ('IXIC', 'close', '2,415', 'level', N, D, 'daily', '2,415', "close('IXIC','%s')" % D, 'num', N, ''),
   ('DJI', 'best_day_since', '2008-08-08', 'date', N, D, 'daily', 'best since Aug. 8', "last_day_move_as_big('DJI','%s',1)" % D, 'since', N, 'Judged on the Dow; see the S&P and Nasdaq in the README doubts.'),
   ('DJI', 'weekly_change_sign', 'small loss', 'text', N, D, 'week', 'small loss', "period_pct('DJI','%s','W')" % D, 'num_neg_small', N, 'Week = Friday close to Friday close.'),
   ('SPX', 'weekly_pct_change', '-0.5', 'pct', N, D, 'week', 'off 0.5%', "period_pct('SPX','%s','W')" % D, 'num', N, ''),
   ('IXIC', 'weekly_pct_change', '-1.5', 'pct', N, D, 'week', 'off 1.5%', "period_pct('IXIC','%s','W')" % D, 'num', N, ''),
   ('DJI', 'up_streak', '3', 'count', N, D, 'daily', 'third daily gain in a row', "up_streak('DJI','%s')" % D, 'num', N, '"The market" judged on the Dow; the S&P 500 streak is in the README.'),
   ])

D = '2008-11-20'
P('efinancialnews_20081121_dow_drops_445', 'efinancialnews.com', 'http://www.efinancialnews.com/story/2008-11-21/dow-industrials-drop-445-points',
  'Financial News (Dow Jones)', '2008-11-21', 'exact', 'Date in the URL and on the page; the story is about Thursday 2008-11-20 (next-morning piece).',
  "Dow industrials drop 445 points (21 November 2008). The sharp slide continued Thursday, pushing the Dow Jones Industrial Average and the S&P 500 "
  "to lows not seen since before the dot-com bubble. The Dow plunged 444.99 points, or 5.6%, to 7552.29. The S&P 500 slid 6.7% to 752.44, hurt by declines in all its sectors. "
  "Both ended at their lowest closes in more than a decade. The market seesawed before a steep slide around 2 pm Eastern. Citigroup was off roughly 26%.",
  [('DJI', 'point_change', '-444.99', 'points', N, D, 'daily', '444.99 points', "chg('DJI','%s')" % D, 'num', N, ''),
   ('DJI', 'pct_change', '-5.6', 'pct', N, D, 'daily', '5.6%', "pct('DJI','%s')" % D, 'num', N, ''),
   ('DJI', 'close', '7552.29', 'level', N, D, 'daily', '7552.29', "close('DJI','%s')" % D, 'num', N, ''),
   ('SPX', 'pct_change', '-6.7', 'pct', N, D, 'daily', '6.7%', "pct('SPX','%s')" % D, 'num', N, ''),
   ('SPX', 'close', '752.44', 'level', N, D, 'daily', '752.44', "close('SPX','%s')" % D, 'num', N, ''),
   ('DJI', 'lowest_close_since', 'more than a decade', 'text', 'more than', D, 'decade', 'lowest closes in more than a decade', "lowest_since('DJI','%s')" % D, 'decade', N, 'Last close at or below this level.'),
   ('SPX', 'lowest_close_since', 'more than a decade', 'text', 'more than', D, 'decade', 'Both ended', "lowest_since('SPX','%s')" % D, 'decade', N, 'Last close at or below this level.'),
   ('SPX_SECTORS', 'breadth', 'declines in all its sectors', 'text', N, D, 'daily', 'declines in all its sectors', N, 'u', N, 'S&P 500 sector indexes are not in the files (sector SPDRs are proxies only).'),
   ])

D = '2012-03-30'
P('sdut_20120330_strong_first_quarter', 'sandiegouniontribune.com', 'http://www.sandiegouniontribune.com/sdut-summary-box-stocks-finish-up-post-strong-1q-2012mar30-story.html',
  'Associated Press (Summary Box, via San Diego Union-Tribune)', D, 'exact', 'Date in the URL (2012mar30); the story is about Friday 2012-03-30, the last session of the first quarter.',
  "Summary Box: Stocks finish up, post strong 1Q. HOW GOOD? The Dow Jones industrial average finished the quarter up 8 percent. Gains were 12 percent "
  "for the Standard & Poor's 500 index and almost 19 percent for the Nasdaq. On Friday, the Dow rose 66 points, or a half-percent. The S&P 500 rose five points, "
  "or 0.4 percent, while the Nasdaq posted a slight loss. SINCE HOW LONG? It was the S&P's best quarter since 2009, and its best first quarter since 1998. "
  "The Nasdaq's gain was its best to start the year since 1991.",
  [('DJI', 'quarter_pct_change', '8', 'pct', N, D, 'Q1 2012', 'up 8 percent', "period_pct('DJI','%s','Q')" % D, 'num', N, 'Quarter: 2011-12-30 close to 2012-03-30 close.'),
   ('SPX', 'quarter_pct_change', '12', 'pct', N, D, 'Q1 2012', '12 percent', "period_pct('SPX','%s','Q')" % D, 'num', N, ''),
   ('IXIC', 'quarter_pct_change', '19', 'pct', 'almost', D, 'Q1 2012', 'almost 19 percent', "period_pct('IXIC','%s','Q')" % D, 'num', N, ''),
   ('DJI', 'point_change', '66', 'points', N, D, 'daily', '66 points', "chg('DJI','%s')" % D, 'num', N, ''),
   ('DJI', 'pct_change', '0.5', 'pct', N, D, 'daily', 'a half-percent', "pct('DJI','%s')" % D, 'num', N, '"a half-percent" read as 0.5.'),
   ('SPX', 'point_change', '5', 'points', N, D, 'daily', 'five points', "chg('SPX','%s')" % D, 'num', N, ''),
   ('SPX', 'pct_change', '0.4', 'pct', N, D, 'daily', '0.4 percent', "pct('SPX','%s')" % D, 'num', N, ''),
   ('IXIC', 'pct_change', 'slight loss', 'text', N, D, 'daily', 'slight loss', "pct('IXIC','%s')" % D, 'num_neg_small', N, 'A loss smaller than 1%.'),
   ('SPX', 'best_quarter_since', '2009', 'year', N, D, 'quarter', 'best quarter since 2009', "period_best_since('SPX','%s','Q')" % D, 'since', N, 'Last quarter with a gain at least as large.'),
   ('SPX', 'best_q1_since', '1998', 'year', N, D, 'first quarter', 'best first quarter since 1998', "period_best_since('SPX','%s','Q',1,True)" % D, 'since', N, 'Among first quarters only.'),
   ('IXIC', 'best_q1_since', '1991', 'year', N, D, 'first quarter', 'since 1991', "period_best_since('IXIC','%s','Q',1,True)" % D, 'since', N, 'Among first quarters only.'),
   ])

D = '2014-04-10'
P('nbcnews_20140410_nasdaq_worst_day_two_years', 'nbcnews.com', 'http://www.nbcnews.com/business/markets/stocks-tumble-amid-tech-share-rout-n77181',
  'NBC News (CNBC, AP photo)', D, 'high', 'The page shows no date; the figures and the photo caption (Thursday) match Thursday 2014-04-10, the Nasdaq worst day since November 2011.',
  "Stocks Tumble in Tech Share Rout; Nasdaq's Worst Day in 2 Years. Stocks were slammed on Thursday as momentum technology and biotech shares led declines. "
  "The Dow Jones Industrial Average closed unofficially down 266 points or 1.62 percent. The tech-laden Nasdaq had its worst day since November 2011, dropping 129 points or 3.1 percent. "
  "The broader S&P 500 slumped just over 2 percent. Facebook fell over 5 percent.",
  [('DJI', 'point_change', '-266', 'points', 'preliminary', D, 'daily', '266 points', "chg('DJI','%s')" % D, 'num', N, 'Unofficial (preliminary) figure; the final close gives -266.96, so 266 is a truncation.'),
   ('DJI', 'pct_change', '-1.62', 'pct', 'preliminary', D, 'daily', '1.62 percent', "pct('DJI','%s')" % D, 'num', N, ''),
   ('IXIC', 'worst_day_since', '2011-11', 'month', N, D, 'daily', 'worst day since November 2011', "last_day_move_as_big('IXIC','%s',-1)" % D, 'since', N, 'Last day with a percentage drop at least as large.'),
   ('IXIC', 'point_change', '-129', 'points', N, D, 'daily', '129 points', "chg('IXIC','%s')" % D, 'num', N, 'Truncated from -129.79.'),
   ('IXIC', 'pct_change', '-3.1', 'pct', N, D, 'daily', '3.1 percent', "pct('IXIC','%s')" % D, 'num', N, ''),
   ('SPX', 'pct_decline', '2', 'pct', 'just over', D, 'daily', 'just over 2 percent', "-pct('SPX','%s')" % D, 'num', N, 'Magnitude of the drop compared with 2.'),
   ])

D = '2014-12-12'
P('argusleader_20141212_dow_brutal_week', 'argusleader.com', 'https://www.argusleader.com/story/news/business-journal/2014/12/12/dow-caps-brutal-week-point-drop/20321425/',
  'USA Today (with AP), via Argus Leader', D, 'exact', 'Date in the URL; Friday 2014-12-12. Another outlet in earlier corpora covers this session.',
  "Dow caps off brutal week with 315-point drop. Stocks plunged again Friday as tumbling oil prices spooked markets. The Dow Jones industrial average fell 315.51 points, "
  "or 1.8%, to 17,280.83. The blue-chip index fell 678 points, or 3.8%, this week, its worst week since Sept. 2011. The Standard & Poor's 500 index tumbled 32 points, "
  "or 1.6%, to 2002.33 and closed the week down 3.5%, its lowest since Oct. 30 and its worst week since May 2012. The Nasdaq composite index dropped 54.57 points, "
  "or 1.2%, to 4653.40 and was down about 2.7% for the week. Energy stocks in the S&P 500 fell 1.4%, taking their loss for the year to 15.9%.",
  [('DJI', 'point_change', '-315.51', 'points', N, D, 'daily', '315.51 points', "chg('DJI','%s')" % D, 'num', N, ''),
   ('DJI', 'pct_change', '-1.8', 'pct', N, D, 'daily', 'or 1.8%', "pct('DJI','%s')" % D, 'num', N, ''),
   ('DJI', 'close', '17,280.83', 'level', N, D, 'daily', '17,280.83', "close('DJI','%s')" % D, 'num', N, ''),
   ('DJI', 'weekly_point_change', '-678', 'points', N, D, 'week', '678 points', "period_pts('DJI','%s','W')" % D, 'num', N, ''),
   ('DJI', 'weekly_pct_change', '-3.8', 'pct', N, D, 'week', '3.8%', "period_pct('DJI','%s','W')" % D, 'num', N, ''),
   ('DJI', 'worst_week_since', '2011-09', 'month', N, D, 'week', 'worst week since Sept. 2011', "period_best_since('DJI','%s','W',-1)" % D, 'since', N, 'The week to 2011-11-25 (-4.8%) was worse, so September 2011 is too early.'),
   ('SPX', 'point_change', '-32', 'points', N, D, 'daily', '32 points', "chg('SPX','%s')" % D, 'num', N, 'File gives -33.00.'),
   ('SPX', 'pct_change', '-1.6', 'pct', N, D, 'daily', '1.6%', "pct('SPX','%s')" % D, 'num', N, ''),
   ('SPX', 'close', '2002.33', 'level', N, D, 'daily', '2002.33', "close('SPX','%s')" % D, 'num', N, ''),
   ('SPX', 'weekly_pct_change', '-3.5', 'pct', N, D, 'week', 'down 3.5%', "period_pct('SPX','%s','W')" % D, 'num', N, ''),
   ('SPX', 'lowest_close_since', '2014-10-30', 'date', N, D, 'daily', 'lowest since Oct. 30', "lowest_since('SPX','%s')" % D, 'since', N, ''),
   ('SPX', 'worst_week_since', '2012-05', 'month', N, D, 'week', 'worst week since May 2012', "period_best_since('SPX','%s','W',-1)" % D, 'since', N, ''),
   ('IXIC', 'point_change', '-54.57', 'points', N, D, 'daily', '54.57 points', "chg('IXIC','%s')" % D, 'num', N, ''),
   ('IXIC', 'pct_change', '-1.2', 'pct', N, D, 'daily', 'or 1.2%', "pct('IXIC','%s')" % D, 'num', N, ''),
   ('IXIC', 'close', '4653.40', 'level', N, D, 'daily', '4653.40', "close('IXIC','%s')" % D, 'num', N, 'File close 4653.60.'),
   ('IXIC', 'weekly_pct_change', '-2.7', 'pct', 'about', D, 'week', 'about 2.7%', "period_pct('IXIC','%s','W')" % D, 'num', N, ''),
   ('SPX_ENERGY', 'pct_change', '-1.4', 'pct', N, D, 'daily', 'fell 1.4%', N, 'u', N, 'S&P 500 energy sector index not in the files (XLE is a proxy only).'),
   ('SPX_ENERGY', 'ytd_pct_change', '-15.9', 'pct', N, D, 'YTD', '15.9%', N, 'u', N, 'S&P 500 energy sector index not in the files.'),
   ])

D = '2018-03-27'
P('cnbc_20180327_nasdaq_drops_tech_rolls_over', 'cnbc.com', 'https://www.cnbc.com/2018/03/27/us-stock-futures-dow-data-trade-and-politics-on-the-agenda.html',
  'CNBC', D, 'exact', 'Date in the URL; Tuesday 2018-03-27.',
  "Nasdaq drops nearly 3%, Dow closes more than 300 points lower as tech rolls over. U.S. stocks closed sharply lower on Tuesday, erasing earlier gains. "
  "The Nasdaq composite fell 2.9 percent to 7,008.81 as Apple and Amazon declined. The S&P 500 pulled back 1.7 percent to 2,612.62, with tech sliding 3.5 percent in its worst day since Feb. 8. "
  "The Dow Jones industrial average closed 344.89 points lower at 23,857.71 and re-entered correction territory. Earlier in the session, the Dow rose 243 points.",
  [('IXIC', 'pct_decline', '3', 'pct', 'nearly', D, 'daily', 'drops nearly 3%', "-pct('IXIC','%s')" % D, 'num', N, 'Headline; magnitude 2.93.'),
   ('DJI', 'point_decline', '300', 'points', 'more than', D, 'daily', 'more than 300 points', "-chg('DJI','%s')" % D, 'num', N, 'Magnitude compared with 300.'),
   ('IXIC', 'pct_change', '-2.9', 'pct', N, D, 'daily', 'fell 2.9 percent', "pct('IXIC','%s')" % D, 'num', N, ''),
   ('IXIC', 'close', '7,008.81', 'level', N, D, 'daily', '7,008.81', "close('IXIC','%s')" % D, 'num', N, ''),
   ('SPX', 'pct_change', '-1.7', 'pct', N, D, 'daily', '1.7 percent', "pct('SPX','%s')" % D, 'num', N, ''),
   ('SPX', 'close', '2,612.62', 'level', N, D, 'daily', '2,612.62', "close('SPX','%s')" % D, 'num', N, ''),
   ('SPX_TECH', 'pct_change', '-3.5', 'pct', N, D, 'daily', '3.5 percent', N, 'u', N, 'S&P 500 tech sector index not in the files.'),
   ('SPX_TECH', 'worst_day_since', '2018-02-08', 'date', N, D, 'daily', 'worst day since Feb. 8', N, 'u', N, 'Sector index not in the files; XLK has adj_close only and never decides a verdict.'),
   ('DJI', 'point_change', '-344.89', 'points', N, D, 'daily', '344.89 points', "chg('DJI','%s')" % D, 'num', N, ''),
   ('DJI', 'close', '23,857.71', 'level', N, D, 'daily', '23,857.71', "close('DJI','%s')" % D, 'num', N, ''),
   ('DJI', 'in_correction', 'true', 'flag', N, D, '52 weeks', 're-entered correction territory', "in_correction('DJI','%s')" % D, 'flag', N, 'Close at least 10% below the highest close of the previous 52 weeks (2018-01-26).'),
   ('DJI', 'intraday_gain', '243', 'points', 'as much as', D, 'session high', 'rose 243 points', "round(float(px('DJI')['high'].loc['%s'] - px('DJI')['close'].loc['2018-03-26']), 2)" % D, 'num', N, 'Session high minus previous close.'),
   ])

D = '2018-04-23'
P('bostonglobe_20180423_yields_near_3pct', 'bostonglobe.com', 'https://www.bostonglobe.com/business/2018/04/23/stocks-wobble-bond-yields-set-four-year-highs/NFtw1tOFjQFs5ffjJVFYvN/story.html',
  'Associated Press, via Boston Globe', D, 'exact', 'Date in the URL; Monday 2018-04-23.',
  "US stocks could not hold an early gain and finished mostly lower Monday as technology companies slipped. Bond prices kept falling, and the yield on the 10-year Treasury note "
  "drew closer to 3 percent, a milestone it hasn't reached since January 2014. The 10-year yield kept trading at four-year highs, rising to 2.98 percent from 2.96 percent. "
  "It stood at 2.43 percent at the end of 2017. A Baird portfolio manager said three percent is an important milestone on the trend toward higher rates.",
  [('US10Y', 'yield', '2.98', 'pct', N, D, 'end of day', '2.98 percent', "y('%s')" % D, 'num', N, 'FRED DGS10 end of day.'),
   ('US10Y', 'yield_prev', '2.96', 'pct', N, '2018-04-20', 'end of day', '2.96 percent', "y('2018-04-20')", 'num', N, 'Previous session (Friday 2018-04-20).'),
   ('US10Y', 'yield', '2.43', 'pct', N, '2017-12-29', 'end of day', '2.43 percent', "y('2017-12-29')", 'num', N, 'FRED gives 2.40 for 2017-12-29; 2.43 is off by 0.03.'),
   ('US10Y', 'not_reached_since', '2014-01', 'month', N, D, 'end of day', "hasn't reached since January 2014", "str(rate('DGS10').dropna()[lambda s: s >= 3.0].loc[:'%s'].index[-1].date())" % D, 'since', N, 'Last end-of-day 10-year yield at or above 3.00%.'),
   ('US10Y', 'highest_since', 'four-year highs', 'text', N, D, 'end of day', 'four-year highs', "y_highest_since('%s')" % D, 'flag_fouryear', N, 'Last end-of-day yield at least as high.'),
   ('QUOTE', 'opinion', 'important milestone', 'text', N, D, N, 'important milestone', N, 'n', N, 'Quoted opinion.'),
   ])

D = '2019-11-04'
P('landsbergbennett_20191104_three_records', 'landsbergbennett.com', 'https://www.landsbergbennett.com/daily-market-commentary-monday-november-4-2019/',
  'Landsberg Bennett Private Wealth Management (daily commentary)', D, 'exact', 'Date in the title and URL; Monday 2019-11-04.',
  "Daily market commentary, Monday, November 4, 2019. Stocks finished higher Monday, with the Dow, S&P 500, and Nasdaq Composite all closing at record levels on U.S.-China trade optimism. "
  "The Dow climbed 114 points, notching its first all-time high since mid-July and now on course for its best one-year advance since 2017. The S&P 500 added 0.4%, while the Nasdaq Composite was up 0.6%. "
  "Seven of 11 S&P 500 sectors closed in positive territory. Treasuries slumped, sending the yield on the benchmark 10-year note up six basis points to 1.78%.",
  [('DJI', 'record_close', 'true', 'flag', N, D, 'daily', 'all closing at record levels', "is_record_close('DJI','%s') and is_record_close('SPX','%s') and is_record_close('IXIC','%s')" % (D, D, D), 'flag', N, 'All three indexes closed above every earlier close.'),
   ('DJI', 'point_change', '114', 'points', N, D, 'daily', '114 points', "chg('DJI','%s')" % D, 'num', N, 'File 114.75; truncated.'),
   ('DJI', 'first_record_since', '2019-07', 'month', N, D, 'daily', 'first all-time high since mid-July', "prev_record_date('DJI','%s')" % D, 'since', N, 'Previous record close 2019-07-15.'),
   ('DJI', 'on_course', 'best one-year advance since 2017', 'text', N, D, 'year', 'on course for', N, 'n', N, '"On course" for a calendar-year result: not an assertion of a present fact.'),
   ('SPX', 'pct_change', '0.4', 'pct', N, D, 'daily', '0.4%', "pct('SPX','%s')" % D, 'num', N, ''),
   ('IXIC', 'pct_change', '0.6', 'pct', N, D, 'daily', '0.6%', "pct('IXIC','%s')" % D, 'num', N, ''),
   ('SPX_SECTORS', 'breadth', '7 of 11', 'count', N, D, 'daily', 'Seven of 11', N, 'u', N, 'S&P 500 sector indexes not in the files.'),
   ('US10Y', 'yield_change_bp', '6', 'bp', N, D, 'end of day', 'six basis points', "y_chg_bp('%s')" % D, 'num', N, ''),
   ('US10Y', 'yield', '1.78', 'pct', N, D, 'end of day', '1.78%', "y('%s')" % D, 'num', N, 'FRED 1.79.'),
   ])

D = '2019-12-12'
P('arkansasonline_20191213_sp_nasdaq_records_trade_hope', 'arkansasonline.com', 'https://www.arkansasonline.com/news/2019/dec/13/trade-deal-hope-drives-s-p-nasdaq-to-re/',
  'Associated Press, via Arkansas Democrat-Gazette', '2019-12-13', 'exact', 'Date in the URL (2019-12-13, print edition); the story is about Thursday 2019-12-12.',
  "Trade deal hope drives S&P, Nasdaq to record highs. The S&P 500 and Nasdaq closed at all-time highs Thursday on renewed optimism that the U.S. and China are close to a trade deal. "
  "The S&P 500 climbed 26.94 points, or 0.9%, to 3,168.57. The index is up about 0.5% from its last all-time closing high on Nov. 27. "
  "The Dow Jones Industrial Average rose 220.75, or 0.8%, to 28,132.05. The Nasdaq gained 63.27 points, or 0.7%, to 8,717.32, and is now up about 0.1% its record set on Nov. 27. "
  "The Russell 2000 index of smaller company stocks climbed 12.89 points, or 0.8%, to 1,644.81. Bond yields surged.",
  [('SPX', 'record_close', 'true', 'flag', N, D, 'daily', 'closed at all-time highs', "is_record_close('SPX','%s') and is_record_close('IXIC','%s')" % (D, D), 'flag', N, 'Both the S&P 500 and the Nasdaq.'),
   ('SPX', 'point_change', '26.94', 'points', N, D, 'daily', '26.94 points', "chg('SPX','%s')" % D, 'num', N, ''),
   ('SPX', 'pct_change', '0.9', 'pct', N, D, 'daily', 'or 0.9%', "pct('SPX','%s')" % D, 'num', N, ''),
   ('SPX', 'close', '3,168.57', 'level', N, D, 'daily', '3,168.57', "close('SPX','%s')" % D, 'num', N, ''),
   ('SPX', 'pct_above_prev_record', '0.5', 'pct', 'about', D, 'since 2019-11-27', 'up about 0.5%', "pct_vs_close_on('SPX','%s','2019-11-27')" % D, 'num', N, ''),
   ('SPX', 'prev_record_date', '2019-11-27', 'date', N, D, 'daily', 'closing high on Nov. 27', "prev_record_date('SPX','%s')" % D, 'since', N, ''),
   ('DJI', 'point_change', '220.75', 'points', N, D, 'daily', '220.75', "chg('DJI','%s')" % D, 'num', N, ''),
   ('DJI', 'pct_change', '0.8', 'pct', N, D, 'daily', 'or 0.8%, to 28', "pct('DJI','%s')" % D, 'num', N, ''),
   ('DJI', 'close', '28,132.05', 'level', N, D, 'daily', '28,132.05', "close('DJI','%s')" % D, 'num', N, ''),
   ('IXIC', 'point_change', '63.27', 'points', N, D, 'daily', '63.27 points', "chg('IXIC','%s')" % D, 'num', N, ''),
   ('IXIC', 'pct_change', '0.7', 'pct', N, D, 'daily', '0.7%', "pct('IXIC','%s')" % D, 'num', N, ''),
   ('IXIC', 'close', '8,717.32', 'level', N, D, 'daily', '8,717.32', "close('IXIC','%s')" % D, 'num', N, ''),
   ('IXIC', 'pct_above_prev_record', '0.1', 'pct', 'about', D, 'since 2019-11-27', 'up about 0.1%', "pct_vs_close_on('IXIC','%s','2019-11-27')" % D, 'num', N, 'The sentence drops a word ("up about 0.1% [from] its record").'),
   ('IXIC', 'prev_record_date', '2019-11-27', 'date', N, D, 'daily', 'its record set on Nov. 27', "prev_record_date('IXIC','%s')" % D, 'since', N, ''),
   ('RUT', 'point_change', '12.89', 'points', N, D, 'daily', '12.89 points', "chg('RUT','%s')" % D, 'num', N, ''),
   ('RUT', 'pct_change', '0.8', 'pct', N, D, 'daily', 'or 0.8%, to 1', "pct('RUT','%s')" % D, 'num', N, ''),
   ('RUT', 'close', '1,644.81', 'level', N, D, 'daily', '1,644.81', "close('RUT','%s')" % D, 'num', N, ''),
   ])

D = '2020-06-30'
P('axios_20200701_q2_record_books', 'axios.com', 'https://www.axios.com/q2-one-for-record-books-01f80de9-1acf-4309-9ece-4a40a2918f97.html',
  'Axios', '2020-07-01', 'high', 'The stored page is dated 2020-07-01; the story is about Tuesday 2020-06-30, the last session of Q2.',
  "U.S. stock indexes closed out a record-breaking second quarter on Tuesday. The benchmark S&P 500 ended Tuesday up 1.5% for its third positive close in four days. "
  "It finished June up 1.8%, rising every month during the quarter. Its 20% gain for Q2 was the best quarterly performance since Q4 1998, when the index jumped 20.9%. "
  "Still the S&P is down 4% year to date. The Dow ended Tuesday up 0.85%, or 217 points, for its third positive day in a row. It rose 1.7% for the month. "
  "The index closed the second quarter up 17.8% for its best quarter since Q1 1987, but is down 9.6% year to date. "
  "The Nasdaq rose 1.9% on Tuesday, gaining 6% in June, which marked its third straight positive month.",
  [('SPX', 'pct_change', '1.5', 'pct', N, D, 'daily', 'up 1.5%', "pct('SPX','%s')" % D, 'num', N, ''),
   ('SPX', 'up_days_in_last_4', '3', 'count', N, D, '4 sessions', 'third positive close in four days', "ups_in_last('SPX','%s',4)" % D, 'num', N, ''),
   ('SPX', 'mtd_pct_change', '1.8', 'pct', N, D, 'June', 'June up 1.8%', "period_pct('SPX','%s','M')" % D, 'num', N, ''),
   ('SPX', 'months_up_in_quarter', '3', 'count', N, D, 'Q2', 'rising every month', "months_up_in_quarter('SPX','%s')" % D, 'num', N, ''),
   ('SPX', 'quarter_pct_change', '20', 'pct', N, D, 'Q2 2020', '20% gain', "period_pct('SPX','%s','Q')" % D, 'num', N, ''),
   ('SPX', 'best_quarter_since', '1998-12', 'month', N, D, 'quarter', 'best quarterly performance since Q4 1998', "period_best_since('SPX','%s','Q')" % D, 'since', N, 'Q4 1998 ends 1998-12-31.'),
   ('SPX', 'quarter_pct_change', '20.9', 'pct', N, '1998-12-31', 'Q4 1998', '20.9%', "period_ret('SPX','1998-12-31','Q')", 'num', N, ''),
   ('SPX', 'ytd_pct_change', '-4', 'pct', N, D, 'YTD', 'down 4% year', "period_pct('SPX','%s','Y')" % D, 'num', N, ''),
   ('DJI', 'pct_change', '0.85', 'pct', N, D, 'daily', '0.85%', "pct('DJI','%s')" % D, 'num', N, ''),
   ('DJI', 'point_change', '217', 'points', N, D, 'daily', '217 points', "chg('DJI','%s')" % D, 'num', N, ''),
   ('DJI', 'up_streak', '3', 'count', N, D, 'daily', 'third positive day in a row', "up_streak('DJI','%s')" % D, 'num', N, 'The Dow fell on Friday 2020-06-26, so Tuesday was its second straight gain.'),
   ('DJI', 'mtd_pct_change', '1.7', 'pct', N, D, 'June', '1.7% for the month', "period_pct('DJI','%s','M')" % D, 'num', N, ''),
   ('DJI', 'quarter_pct_change', '17.8', 'pct', N, D, 'Q2 2020', '17.8%', "period_pct('DJI','%s','Q')" % D, 'num', N, ''),
   ('DJI', 'best_quarter_since', '1987-03', 'month', N, D, 'quarter', 'since Q1 1987', "period_best_since('DJI','%s','Q')" % D, 'u', N, 'The Dow file starts in 1992; no quarter since then is as good, which fits the claim but cannot reach 1987.'),
   ('DJI', 'ytd_pct_change', '-9.6', 'pct', N, D, 'YTD', '9.6%', "period_pct('DJI','%s','Y')" % D, 'num', N, ''),
   ('IXIC', 'pct_change', '1.9', 'pct', N, D, 'daily', 'rose 1.9%', "pct('IXIC','%s')" % D, 'num', N, ''),
   ('IXIC', 'mtd_pct_change', '6', 'pct', N, D, 'June', 'gaining 6%', "period_pct('IXIC','%s','M')" % D, 'num', N, ''),
   ('IXIC', 'monthly_up_streak', '3', 'count', N, D, 'months', 'third straight positive month', "int(sum(period_ret('IXIC','%s','M',k) > 0 for k in range(3)) + (period_ret('IXIC','%s','M',3) > 0) * 100)" % (D, D), 'num', N, 'Counts April, May and June gains; 100 is added if March was also up (it was not).'),
   ])

D = '2020-09-08'
P('baystreet_20200908_techs_weigh', 'baystreet.ca', 'https://www.baystreet.ca/articles/market_updates_us.aspx?articleid=60082',
  'Baystreet.ca', D, 'high', 'The page gives no date; the closes match Tuesday 2020-09-08 (first session after Labor Day, Tesla -21.1% after the S&P snub).',
  "Techs Weigh on Markets Tuesday. Stocks fell sharply as technology shares stayed under pressure after their worst selloff in more than five months last week. "
  "The Dow Jones Industrials hurtled lower 632.42 points, or 2.3%, to 27,500.89. The S&P 500 faltered 95.12 points, or 2.8%, to 3,331.84. "
  "The NASDAQ Composite fainted 465.44 points, or 4.1%, to 10,857.69. Tuesday's drop put the NASDAQ down 10% over the past three sessions; in that time it has fallen "
  "from a record into a correction on an intraday and closing basis. The S&P 500 tech sector dropped 4.6% and closed more than 11% below an all-time high set on Sept. 2. "
  "Even with last week's pullback, the NASDAQ is up more than 70% from its March bottom.",
  [('DJI', 'point_change', '-632.42', 'points', N, D, 'daily', '632.42 points', "chg('DJI','%s')" % D, 'num', N, ''),
   ('DJI', 'pct_change', '-2.3', 'pct', N, D, 'daily', 'or 2.3%', "pct('DJI','%s')" % D, 'num', N, ''),
   ('DJI', 'close', '27,500.89', 'level', N, D, 'daily', '27,500.89', "close('DJI','%s')" % D, 'num', N, ''),
   ('SPX', 'point_change', '-95.12', 'points', N, D, 'daily', '95.12 points', "chg('SPX','%s')" % D, 'num', N, ''),
   ('SPX', 'pct_change', '-2.8', 'pct', N, D, 'daily', 'or 2.8%', "pct('SPX','%s')" % D, 'num', N, ''),
   ('SPX', 'close', '3,331.84', 'level', N, D, 'daily', '3,331.84', "close('SPX','%s')" % D, 'num', N, ''),
   ('IXIC', 'point_change', '-465.44', 'points', N, D, 'daily', '465.44 points', "chg('IXIC','%s')" % D, 'num', N, ''),
   ('IXIC', 'pct_change', '-4.1', 'pct', N, D, 'daily', 'or 4.1%', "pct('IXIC','%s')" % D, 'num', N, ''),
   ('IXIC', 'close', '10,857.69', 'level', N, D, 'daily', '10,857.69', "close('IXIC','%s')" % D, 'num', N, 'File close 10,847.69: a 10-point typo (the stated change 465.44 from 11,313.13 also gives 10,847.69).'),
   ('IXIC', 'three_session_pct_change', '-10', 'pct', N, D, '3 sessions', 'down 10% over the past three sessions', "nsess_pct('IXIC','%s',3)" % D, 'num', N, 'Close 2020-09-02 to close 2020-09-08.'),
   ('IXIC', 'record_then_correction', 'true', 'flag', N, D, '3 sessions', 'from a record into a correction', "is_record_close('IXIC','2020-09-02') and in_correction('IXIC','%s')" % D, 'flag', N, 'Record close on 2020-09-02; 10.0% below it on the 8th. Intraday basis: the 09-02 high and the 09-08 low are further apart, so it holds too.'),
   ('SPX_TECH', 'pct_change', '-4.6', 'pct', N, D, 'daily', 'dropped 4.6%', N, 'u', N, 'Sector index not in the files.'),
   ('SPX_TECH', 'pct_from_ath', '11', 'pct', 'more than', D, 'since 2020-09-02', 'more than 11%', N, 'u', N, 'Sector index not in the files.'),
   ('IXIC', 'pct_above_march_low', '70', 'pct', 'more than', D, 'since March 2020 low', 'more than 70%', "pct_from_min_in('IXIC','%s','2020-03-01','2020-03-31')" % D, 'num', N, 'March closing low 6,860.67 (2020-03-23) gives +58.1%; the intraday low 6,631.42 gives about +63.6%; as of the prior Friday +64.9%. No basis reaches 70%.'),
   ])

D = '2020-10-09'
P('mtsgold_20201009_stimulus_talks_weekly_gains', 'mtsgold.co.th', 'https://mtsgold.co.th/en/research/detail.php?ID=21493&SECTION_ID=22',
  'Reuters, via MTS Gold research page', D, 'high', 'The page gives no date; the closes match Friday 2020-10-09 (Pelosi-Mnuchin stimulus talks).',
  "Wall Street finishes up as stimulus talks continue. U.S. stocks rose on Friday and the S&P 500 and Nasdaq registered their biggest weekly percentage gains since July on hopes of more fiscal aid. "
  "The small-cap Russell 2000 index climbed 6.4% for the week, its biggest percentage gain since early June. "
  "The Dow Jones Industrial Average rose 161.39 points, or 0.57%, to 28,586.9, the S&P 500 gained 30.31 points, or 0.88%, to 3,477.14 and the Nasdaq Composite added 158.96 points, or 1.39%, to 11,579.94. "
  "For the week, the S&P 500 rose 3.8% and the Nasdaq climbed 4.6%. The Dow added 3.3%, its biggest weekly gain since August.",
  [('SPX', 'best_week_since', '2020-07', 'month', N, D, 'week', 'biggest weekly percentage gains since July', "period_best_since('SPX','%s','W')" % D, 'since', N, 'Judged on the S&P 500; the Nasdaq is claim 1.'),
   ('IXIC', 'best_week_since', '2020-07', 'month', N, D, 'week', 'S&P 500 and Nasdaq registered', "period_best_since('IXIC','%s','W')" % D, 'since', N, ''),
   ('RUT', 'weekly_pct_change', '6.4', 'pct', N, D, 'week', '6.4%', "period_pct('RUT','%s','W')" % D, 'num', N, ''),
   ('RUT', 'best_week_since', '2020-06', 'month', N, D, 'week', 'since early June', "period_best_since('RUT','%s','W')" % D, 'since', N, 'Week to 2020-06-05.'),
   ('DJI', 'point_change', '161.39', 'points', N, D, 'daily', '161.39 points', "chg('DJI','%s')" % D, 'num', N, ''),
   ('DJI', 'pct_change', '0.57', 'pct', N, D, 'daily', '0.57%', "pct('DJI','%s')" % D, 'num', N, ''),
   ('DJI', 'close', '28,586.9', 'level', N, D, 'daily', '28,586.9', "close('DJI','%s')" % D, 'num', N, ''),
   ('SPX', 'point_change', '30.31', 'points', N, D, 'daily', '30.31 points', "chg('SPX','%s')" % D, 'num', N, ''),
   ('SPX', 'pct_change', '0.88', 'pct', N, D, 'daily', '0.88%', "pct('SPX','%s')" % D, 'num', N, ''),
   ('SPX', 'close', '3,477.14', 'level', N, D, 'daily', '3,477.14', "close('SPX','%s')" % D, 'num', N, ''),
   ('IXIC', 'point_change', '158.96', 'points', N, D, 'daily', '158.96 points', "chg('IXIC','%s')" % D, 'num', N, ''),
   ('IXIC', 'pct_change', '1.39', 'pct', N, D, 'daily', '1.39%', "pct('IXIC','%s')" % D, 'num', N, ''),
   ('IXIC', 'close', '11,579.94', 'level', N, D, 'daily', '11,579.94', "close('IXIC','%s')" % D, 'num', N, ''),
   ('SPX', 'weekly_pct_change', '3.8', 'pct', N, D, 'week', 'rose 3.8%', "period_pct('SPX','%s','W')" % D, 'num', N, ''),
   ('IXIC', 'weekly_pct_change', '4.6', 'pct', N, D, 'week', 'climbed 4.6%', "period_pct('IXIC','%s','W')" % D, 'num', N, ''),
   ('DJI', 'weekly_pct_change', '3.3', 'pct', N, D, 'week', 'added 3.3%', "period_pct('DJI','%s','W')" % D, 'num', N, ''),
   ('DJI', 'best_week_since', '2020-08', 'month', N, D, 'week', 'biggest weekly gain since August', "period_best_since('DJI','%s','W')" % D, 'since', N, ''),
   ])

D = '2022-03-16'
P('baystreet_20220316_dow_relief_rally_fed_hike', 'baystreet.ca', 'https://www.baystreet.ca/articles/market_updates_us.aspx?articleid=75585',
  'Baystreet.ca', D, 'high', 'The page gives no date; the closes and the first hike of the cycle match Wednesday 2022-03-16. Another outlet in earlier corpora covers this session.',
  "Dow Piles on 500+ in Relief Rally, After Fed Hike. Stocks rallied in a wild session after the Federal Reserve raised rates and signalled six more hikes this year. "
  "The Dow Jones Industrials leaped 518.76 points, or 1.6%, to conclude the session Wednesday at 34,063.10. The S&P 500 index rose 95.41 points, or 2.2%, to 4,357.86. "
  "The NASDAQ Composite spiked 487.93 points, or 3.8%, to 13,436.55. At the end of its two-day meeting the Fed said it will increase short-term rates by a quarter of a percentage point. "
  "The Fed forecast a consensus funds rate of 1.9% by year's end.",
  [('DJI', 'point_change', '500', 'points', 'more than', D, 'daily', '500+', "chg('DJI','%s')" % D, 'num', N, '"500+" read as more than 500.'),
   ('DJI', 'point_change', '518.76', 'points', N, D, 'daily', '518.76 points', "chg('DJI','%s')" % D, 'num', N, ''),
   ('DJI', 'pct_change', '1.6', 'pct', N, D, 'daily', 'or 1.6%', "pct('DJI','%s')" % D, 'num', N, ''),
   ('DJI', 'close', '34,063.10', 'level', N, D, 'daily', '34,063.10', "close('DJI','%s')" % D, 'num', N, ''),
   ('SPX', 'point_change', '95.41', 'points', N, D, 'daily', '95.41 points', "chg('SPX','%s')" % D, 'num', N, ''),
   ('SPX', 'pct_change', '2.2', 'pct', N, D, 'daily', 'or 2.2%', "pct('SPX','%s')" % D, 'num', N, ''),
   ('SPX', 'close', '4,357.86', 'level', N, D, 'daily', '4,357.86', "close('SPX','%s')" % D, 'num', N, ''),
   ('IXIC', 'point_change', '487.93', 'points', N, D, 'daily', '487.93 points', "chg('IXIC','%s')" % D, 'num', N, ''),
   ('IXIC', 'pct_change', '3.8', 'pct', N, D, 'daily', 'or 3.8%', "pct('IXIC','%s')" % D, 'num', N, ''),
   ('IXIC', 'close', '13,436.55', 'level', N, D, 'daily', '13,436.55', "close('IXIC','%s')" % D, 'num', N, ''),
   ('FEDFUNDS', 'rate_change_bp', '25', 'bp', N, D, 'FOMC decision', 'a quarter of a percentage point', "fed_upper_change('2022-03-17')", 'num', N, 'DFEDTARU 0.25 -> 0.50 effective 2022-03-17, the day after the 2022-03-16 decision (FOMC_meetings.csv).'),
   ('FEDFUNDS', 'forecast', '1.9', 'pct', N, D, "year's end", 'consensus funds rate of 1.9%', N, 'f', N, 'Projection (median dot). Not judged against the outcome.'),
   ('FEDFUNDS', 'forecast', 'six more hikes', 'text', N, D, 'this year', 'six more hikes', N, 'f', N, 'Projection.'),
   ])

D = '2023-12-15'
P('kaaltv_20231215_how_indexes_fared', 'kaaltv.com', 'https://www.kaaltv.com/news/business-news/how-major-us-stock-indexes-fared-friday-12-15-2023/',
  'Associated Press, via KAAL-TV', D, 'exact', 'Date in the URL and on the page; Friday 2023-12-15.',
  "How major US stock indexes fared Friday, 12/15/2023. Wall Street closed out its longest weekly winning streak in six years on hopes for lower interest rates. "
  "The S&P 500 ended an up-and-down day little changed but posted its seventh straight weekly gain. The Dow added 0.2%, reaching its third all-time high in a row. "
  "On Friday: The S&P 500 fell 0.36 points, or less than 0.1%, to 4,719.19. The Dow Jones Industrial Average rose 56.81 points, or 0.2%, to 37,305.16. "
  "The Nasdaq composite rose 52.36 points, or 0.4%, to 14,813.92. The Russell 2000 index of smaller companies fell 15.39 points, or 0.8% to 1,985.13. "
  "For the week: The S&P 500 is up 114.82 points, or 2.5%. The Dow is up 1,057.29 points, or 2.9%. The Nasdaq is up 409.95 points, or 2.8%. The Russell 2000 is up 104.31 points, or 5.5%. "
  "For the year: The S&P 500 is up 879.69 points, or 22.9%. The Dow is up 4,157.91 points, or 12.5%. The Nasdaq is up 4,347.44 points, or 41.5%. The Russell 2000 is up 223.88 points, or 12.7%.",
  [('SPX', 'longest_weekly_streak_since', '2017', 'year', N, D, 'weeks', 'longest weekly winning streak in six years', "last_weekly_streak_at_least('SPX','%s',7)" % D, 'since', N, 'Judged on the S&P 500: the last run of 7+ weekly gains ended 2017-11-03 (six years earlier).'),
   ('SPX', 'weekly_up_streak', '7', 'count', N, D, 'weeks', 'seventh straight weekly gain', "weekly_streak('SPX','%s',1)" % D, 'num', N, ''),
   ('DJI', 'pct_change', '0.2', 'pct', N, D, 'daily', 'The Dow added 0.2%', "pct('DJI','%s')" % D, 'num', N, ''),
   ('DJI', 'record_streak', '3', 'count', N, D, 'daily', 'third all-time high in a row', "sum(is_record_close('DJI',x) for x in ['2023-12-13','2023-12-14','2023-12-15']) + (not is_record_close('DJI','2023-12-12')) * 10", 'num_rec3', N, 'Record closes on 12-13, 12-14 and 12-15, none on 12-12 (the expression adds 10 when 12-12 is not a record, so 13 means exactly three).'),
   ('SPX', 'point_change', '-0.36', 'points', N, D, 'daily', 'fell 0.36 points', "chg('SPX','%s')" % D, 'num', N, ''),
   ('SPX', 'pct_change', '-0.1', 'pct', 'less than', D, 'daily', 'less than 0.1%', "abs(pct('SPX','%s'))" % D, 'num_lt', N, 'Magnitude below 0.1.'),
   ('SPX', 'close', '4,719.19', 'level', N, D, 'daily', '4,719.19', "close('SPX','%s')" % D, 'num', N, ''),
   ('DJI', 'point_change', '56.81', 'points', N, D, 'daily', '56.81 points', "chg('DJI','%s')" % D, 'num', N, ''),
   ('DJI', 'close', '37,305.16', 'level', N, D, 'daily', '37,305.16', "close('DJI','%s')" % D, 'num', N, ''),
   ('IXIC', 'point_change', '52.36', 'points', N, D, 'daily', '52.36 points', "chg('IXIC','%s')" % D, 'num', N, ''),
   ('IXIC', 'pct_change', '0.4', 'pct', N, D, 'daily', 'or 0.4%, to 14', "pct('IXIC','%s')" % D, 'num', N, ''),
   ('IXIC', 'close', '14,813.92', 'level', N, D, 'daily', '14,813.92', "close('IXIC','%s')" % D, 'num', N, ''),
   ('RUT', 'point_change', '-15.39', 'points', N, D, 'daily', '15.39 points', "chg('RUT','%s')" % D, 'num', N, 'File -15.38.'),
   ('RUT', 'pct_change', '-0.8', 'pct', N, D, 'daily', '0.8% to', "pct('RUT','%s')" % D, 'num', N, ''),
   ('RUT', 'close', '1,985.13', 'level', N, D, 'daily', '1,985.13', "close('RUT','%s')" % D, 'num', N, ''),
   ('SPX', 'weekly_point_change', '114.82', 'points', N, D, 'week', '114.82 points', "period_pts('SPX','%s','W')" % D, 'num', N, ''),
   ('SPX', 'weekly_pct_change', '2.5', 'pct', N, D, 'week', 'or 2.5%', "period_pct('SPX','%s','W')" % D, 'num', N, ''),
   ('DJI', 'weekly_point_change', '1,057.29', 'points', N, D, 'week', '1,057.29', "period_pts('DJI','%s','W')" % D, 'num', N, ''),
   ('DJI', 'weekly_pct_change', '2.9', 'pct', N, D, 'week', 'or 2.9%', "period_pct('DJI','%s','W')" % D, 'num', N, ''),
   ('IXIC', 'weekly_point_change', '409.95', 'points', N, D, 'week', '409.95 points', "period_pts('IXIC','%s','W')" % D, 'num', N, ''),
   ('IXIC', 'weekly_pct_change', '2.8', 'pct', N, D, 'week', 'or 2.8%', "period_pct('IXIC','%s','W')" % D, 'num', N, ''),
   ('RUT', 'weekly_point_change', '104.31', 'points', N, D, 'week', '104.31 points', "period_pts('RUT','%s','W')" % D, 'num', N, ''),
   ('RUT', 'weekly_pct_change', '5.5', 'pct', N, D, 'week', 'or 5.5%', "period_pct('RUT','%s','W')" % D, 'num', N, ''),
   ('SPX', 'ytd_point_change', '879.69', 'points', N, D, 'YTD', '879.69 points', "period_pts('SPX','%s','Y')" % D, 'num', N, ''),
   ('SPX', 'ytd_pct_change', '22.9', 'pct', N, D, 'YTD', 'or 22.9%', "period_pct('SPX','%s','Y')" % D, 'num', N, ''),
   ('DJI', 'ytd_point_change', '4,157.91', 'points', N, D, 'YTD', '4,157.91 points', "period_pts('DJI','%s','Y')" % D, 'num', N, ''),
   ('DJI', 'ytd_pct_change', '12.5', 'pct', N, D, 'YTD', 'or 12.5%', "period_pct('DJI','%s','Y')" % D, 'num', N, ''),
   ('IXIC', 'ytd_point_change', '4,347.44', 'points', N, D, 'YTD', '4,347.44 points', "period_pts('IXIC','%s','Y')" % D, 'num', N, ''),
   ('IXIC', 'ytd_pct_change', '41.5', 'pct', N, D, 'YTD', 'or 41.5%', "period_pct('IXIC','%s','Y')" % D, 'num', N, ''),
   ('RUT', 'ytd_point_change', '223.88', 'points', N, D, 'YTD', '223.88 points', "period_pts('RUT','%s','Y')" % D, 'num', N, ''),
   ('RUT', 'ytd_pct_change', '12.7', 'pct', N, D, 'YTD', 'or 12.7%', "period_pct('RUT','%s','Y')" % D, 'num', N, ''),
   ])

D = '2024-11-22'
P('blockwise_20241122_reuters_weekly_gains_small_caps', 'blockwise.info', 'https://blockwise.info/wall-street-closes-higher-after-business-activity-data-by-reuters',
  'Reuters (machine-rewritten repost, blockwise.info)', D, 'high', 'The page gives no date; the closes (Dow 44,296.51) and the November PMI match Friday 2024-11-22.',
  "(Reuters) - Wall Street closed higher on Friday, with all three major indexes posting weekly gains, as data pointed to robust economic activity. "
  "The domestically focused small-cap index outperformed, rising 1.8%. The index rose 4.3% this week to close at its highest in more than a week. "
  "The S&P 500 rose 426.16 points, or 0.97%, to 44,296.51, the S&P 500 gained 20.63 points, or 0.35%, to 5,969.34 and gained 31.23 points, or 0. 16%, to 19,003.65. "
  "This week, the S&P 500 rose 1.68%, the Nasdaq rose 1.73% and the Dow Jones rose 1.96%. "
  "There is a 59.6% chance that the central bank will cut borrowing costs by 25 basis points in December, according to CME Group's FedWatch Tool.",
  [('RUT', 'pct_change', '1.8', 'pct', N, D, 'daily', 'rising 1.8%', "pct('RUT','%s')" % D, 'num', N, '"The small-cap index" read as the Russell 2000.'),
   ('RUT', 'weekly_pct_change', '4.3', 'pct', N, D, 'week', 'rose 4.3% this week', "period_pct('RUT','%s','W')" % D, 'num', N, 'File gives +4.46%, outside the 1-decimal tolerance.'),
   ('RUT', 'highest_close_since', 'more than a week', 'text', N, D, 'daily', 'highest in more than a week', "highest_since('RUT','%s')" % D, 'flag_week', N, 'Last close at least as high: 2024-11-11, eleven days (nine sessions) earlier.'),
   ('SPX', 'point_change', '426.16', 'points', N, D, 'daily', 'rose 426.16 points', "chg('SPX','%s')" % D, 'num', ('contradicted', 'wrong index: the figures belong to another index'), 'Labelled the S&P 500, but 426.16 / 0.97% / 44,296.51 are the Dow figures (the Dow rose 426.16 to 44,296.51).'),
   ('SPX', 'close', '44,296.51', 'level', N, D, 'daily', '44,296.51', "close('SPX','%s')" % D, 'num', N, 'The S&P 500 closed at 5,969.34; 44,296.51 is the Dow close.'),
   ('SPX', 'point_change', '20.63', 'points', N, D, 'daily', '20.63 points', "chg('SPX','%s')" % D, 'num', N, ''),
   ('SPX', 'pct_change', '0.35', 'pct', N, D, 'daily', '0.35%', "pct('SPX','%s')" % D, 'num', N, ''),
   ('SPX', 'close', '5,969.34', 'level', N, D, 'daily', '5,969.34', "close('SPX','%s')" % D, 'num', N, ''),
   ('IXIC', 'point_change', '31.23', 'points', N, D, 'daily', '31.23 points', "chg('IXIC','%s')" % D, 'num', N, 'Index name dropped in the rewrite; the Nasdaq Composite figures.'),
   ('IXIC', 'pct_change', '0.16', 'pct', N, D, 'daily', '0. 16%', "pct('IXIC','%s')" % D, 'num', N, 'Written "0. 16%".'),
   ('IXIC', 'close', '19,003.65', 'level', N, D, 'daily', '19,003.65', "close('IXIC','%s')" % D, 'num', N, ''),
   ('SPX', 'weekly_pct_change', '1.68', 'pct', N, D, 'week', 'S&P 500 rose 1.68%', "period_pct('SPX','%s','W')" % D, 'num', N, ''),
   ('IXIC', 'weekly_pct_change', '1.73', 'pct', N, D, 'week', 'Nasdaq rose 1.73%', "period_pct('IXIC','%s','W')" % D, 'num', N, ''),
   ('DJI', 'weekly_pct_change', '1.96', 'pct', N, D, 'week', 'Dow Jones rose 1.96%', "period_pct('DJI','%s','W')" % D, 'num', N, ''),
   ('FEDFUNDS', 'implied_odds', '59.6', 'pct', N, D, 'December 2024 meeting', '59.6%', N, 'u', N, 'ZQ_futures.csv holds no contract for the December 2024 meeting.'),
   ])
