"""Write passages.jsonl and key.jsonl beside this file.

Usage: python build.py PATH/TO/data   (or set CAPSCOPE_DATA_DIR)
computed_value comes from the RECIPES of reference.py; verdicts, rules and notes are set by hand below
after applying the dev corpus rules to the printed values.
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import reference as R

P = []

def passage(pid, site, url, outlet, published, conf, note, text, claims):
    P.append(dict(id=pid, source=dict(site=site, url=url, original_outlet=outlet), published=published,
                  published_confidence=conf, published_note=note, text_kind='condensed_close_paraphrase',
                  text=text, claims=claims))

def C(tk, metric, value, unit, qual, ref, window, comparison, basis, anchor, verdict, rule, note):
    return dict(index_or_ticker=tk, metric=metric, value=value, unit=unit, qualifier=qual, ref_date=ref,
                window=window, comparison=comparison, basis=basis, _anchor=anchor, _verdict=verdict,
                _rule=rule, _note=note)

# ---------------------------------------------------------------- 1998
passage('latimes_19981119_shortest_bear_debate', 'latimes.com',
 'https://www.latimes.com/archives/la-xpm-1998-nov-19-fi-44355-story.html', 'Los Angeles Times',
 '1998-11-19', 'exact', 'Date in the URL; a morning paper, so the "3.3% move" refers to the 1998-11-18 close.',
 "The Unbearable Question: Was It Really a Bear? With the Dow Jones industrial average just a 3.3% move away "
 "from a new all-time high, Wall Street is arguing over a record-book question: was the slump of recent months the "
 "shortest bear market in U.S. history? It is not simple to decide, because the two main blue-chip indexes, the Dow "
 "and the Standard & Poor's 500, came very close to but did not breach, on a closing basis, the 20%-loss threshold "
 "most analysts use for a true bear market. The Dow's lowest daily close in the slump that began in late July was "
 "7,539.07 on Aug. 31, a 19.3% drop from the record-high close of 9,337.97 set on July 17. The S&P 500 also reached "
 "its lowest daily close on Aug. 31, at 957.28, likewise a 19.3% decline from its July 17 peak. Measured intraday, "
 "both did hit the threshold: in a deep sell-off on Oct. 8 the Dow fell to 7,467.49 at its low point for the day, "
 "down precisely 20% from its July peak, before rebounding by the close. If 19.3% counts as close enough to 20%, the "
 "Dow's drop from July 17 to Aug. 31 was the shortest bear market ever: 45 days. The previous bear market, in 1990, "
 "began on July 18 and ended Oct. 11, taking the Dow down 21%, from 2,999.75 to 2,365.10 in 85 days; the 1987 bear "
 "ran from Aug. 26 to Oct. 19, a 36% decline in 55 days.",
 [C('DJI','pct_to_record',3.3,'%',None,'1998-11-18',None,'record close 1998-07-17','close','3.3% move','supported','1 decimal: |3.28-3.3|<=0.07','Rise needed from the 1998-11-18 close 9,041.11 to the 9,337.97 record. Distance measured downward from the record is 3.18%, also within tolerance.'),
  C('DJI','lowest_close_in_window',7539.07,'points',None,'1998-08-31','1998-07-17..1998-11-18',None,'close','7,539.07','supported','level exact; date matches','Lowest close between the July 17 record and the publication session is 7,539.07 on 1998-08-31.'),
  C('DJI','record_close',9337.97,'points',None,'1998-07-17',None,None,'close','9,337.97','supported','level and date exact',None),
  C('DJI','drawdown',19.3,'%',None,'1998-08-31','from 1998-07-17 record',None,'close','a 19.3% drop','supported','1 decimal: |19.26-19.3|<=0.07',None),
  C('SPX','lowest_close_in_window',957.28,'points',None,'1998-08-31','1998-07-17..1998-11-18',None,'close','957.28','supported','level exact; date matches',None),
  C('SPX','drawdown',19.3,'%',None,'1998-08-31','from 1998-07-17 record (1,186.75)',None,'close','likewise a 19.3% decline','supported','1 decimal: |19.34-19.3|<=0.07',None),
  C('DJI','intraday_low',7467.49,'points',None,'1998-10-08',None,None,'intraday low','7,467.49','supported','level exact',None),
  C('DJI','intraday_drawdown',20,'%','precisely','1998-10-08','from 1998-07-17 record close',None,'intraday low','down precisely 20%','supported','integer: |20.03-20|<=0.5','The intraday low against the record close.'),
  C('DJI','duration_days',45,'calendar days',None,'1998-08-31','1998-07-17..1998-08-31',None,'close','45 days','supported','calendar days between the record close and the lowest close',None),
  C('DJI','bear_market_1990',21,'%',None,'1990-10-11','1990-07-18..1990-10-11',None,'close','2,365.10','unverifiable','history before the file starts','The Dow file starts 1992-01-02; the 21%, the 2,999.75 and 2,365.10 levels and the 85 days cannot be checked.'),
  C('DJI','bear_market_1987',36,'%',None,'1987-10-19','1987-08-26..1987-10-19',None,'close','36% decline','unverifiable','history before the file starts','Needs 1987 Dow closes; the Dow file starts 1992.'),
 ])

# ---------------------------------------------------------------- 2001
passage('irishtimes_20010313_nasdaq_28_month_low', 'irishtimes.com',
 'https://www.irishtimes.com/business/turbulent-nasdaq-falls-to-28-month-low-1.290179', 'The Irish Times',
 '2001-03-13', 'high', 'No date on the page; "yesterday" is the Monday 2001-03-12 session (Cisco job cuts, Nasdaq below 2,000), so a 2001-03-13 paper.',
 "Turbulent Nasdaq falls to 28-month low. Stocks fell sharply yesterday, knocking the Nasdaq Composite Index to a "
 "28-month low and pushing the broad market into bear territory after Cisco Systems said it would lay off thousands "
 "of workers because of the weak American economy. The Nasdaq index slumped 128.28 points to 1,924.5, according to "
 "the latest data, its lowest finish since November 1998. More than half of the Nasdaq's 25 most active stocks fell "
 "to 52-week lows. The Dow Jones Industrial average suffered its fifth largest point drop ever, a 436.37-point tumble "
 "to 10,208.25, the blue-chip average's lowest close since late October 2000. The Standard & Poor's 500 closed at "
 "1,180.18, down 53.24 points, putting the broad market measure into bear territory, having finished 20 per cent "
 "below the all-time closing high of 1,527.5 set on March 24th, 2000.",
 [C('IXIC','lowest_since_months',28,'months',None,'2001-03-12',None,None,'close','a 28-month low','supported','lowest since X: X = last session with a close at or below','Last lower close 1,919.68 on 1998-11-19, 28 calendar months earlier.'),
  C('IXIC','daily_change',-128.28,'points','early calculations','2001-03-12',None,'previous close','close','128.28 points','imprecise','point change within 20% but outside 0.025','File: -129.40. "According to the latest data": a preliminary figure.'),
  C('IXIC','close',1924.5,'points','early calculations','2001-03-12',None,None,'close','1,924.5','imprecise','level within 1% but outside 0.07','File close 1,923.38; preliminary figure.'),
  C('IXIC','lowest_since','1998-11','month',None,'2001-03-12',None,None,'close','lowest finish since November 1998','supported','lowest since X: X = last session at or below','Last close at or below: 1998-11-19 (1,919.68).'),
  C('GENERIC','most_active_52wk_lows',None,'stocks','more than half','2001-03-12',None,None,'close','25 most active','unverifiable','series not in the files','Single-stock data not in the files.'),
  C('DJI','point_drop_rank',5,'rank',None,'2001-03-12','all history',None,'close','fifth largest point drop','unverifiable','history before the file starts','In the file (from 1992) the drop ranks 4th (after 2000-04-14, 1997-10-27, 1998-08-31); the 1987-10-19 drop of 508 points is outside the file and would make it fifth, so the claim cannot be decided from the files.'),
  C('DJI','daily_change',-436.37,'points',None,'2001-03-12',None,'previous close','close','436.37','supported','2 decimals: exact',None),
  C('DJI','close',10208.25,'points',None,'2001-03-12',None,None,'close','10,208.25','supported','2 decimals: exact',None),
  C('DJI','lowest_since','2000-10','month','late','2001-03-12',None,None,'close','late October 2000','supported','lowest since X: X = last session at or below, or the first session after it','Last close at or below 10,208.25: 10,142.98 on 2000-10-19; "late October" covers 2000-10-20, the first session after.'),
  C('SPX','close',1180.18,'points',None,'2001-03-12',None,None,'close','1,180.18','supported','index level 2 dp: |1180.16-1180.18|<=0.025',None),
  C('SPX','daily_change',-53.24,'points',None,'2001-03-12',None,'previous close','close','53.24','supported','2 decimals: |53.26-53.24|<=0.025',None),
  C('SPX','pct_from_ath',20,'%','at least (bear-market threshold)','2001-03-12',None,'record close','close','finished 20 per cent','supported','threshold reading: true 22.74 >= 20','Read as the bear-market threshold the sentence invokes ("into bear territory"). Read literally as a point figure, 22.74 vs 20 is off by 2.7 pp and would be contradicted; see README doubts.'),
  C('SPX','record_close',1527.5,'points',None,'2000-03-24',None,None,'close','1,527.5','supported','1 decimal: |1527.46-1527.5|<=0.07; date matches',None),
 ])

# ---------------------------------------------------------------- 2007 close story
passage('abcnews_20070817_discount_rate_cut_rally', 'abcnews.go.com',
 'https://abcnews.go.com/amp/Business/MarketTalk/story?id=3491883&page=1', 'ABC News',
 '2007-08-17', 'exact', 'Dateline "Aug. 17, 2007" on the page; end-of-day story.',
 "Fed Cuts Bank-to-Bank Rate to Calm Markets. Aug. 17, 2007 — The Federal Reserve has finally managed to calm the "
 "stock market. Before the open this morning the central bank approved a half-percentage point cut in its discount "
 "rate on loans to banks, sending stocks sharply higher, and that is where they stayed through the close. When the "
 "market opened about an hour after the decision, the Dow Jones industrial average went up about 320 points and the "
 "NASDAQ was up more than 65 points. Those gains eased slightly by late morning but held up for the rest of the day: "
 "the Dow closed up 233 points, a 1.82-percent gain, and the NASDAQ closed up 54 points, a 2.2 percent increase. This "
 "was the first day the markets closed up in seven trading days. The Fed lowered its discount window rate from 6.25 "
 "percent to 5.75 percent but did not change its target for the more important federal funds rate, which has "
 "remained at 5.25 percent for more than a year.",
 [C('DJI','early_change',320,'points','about','2007-08-17',None,'previous close','just after the open','about 320 points','unverifiable','mid-session figure inside the session range','Session range as change from the 2007-08-16 close: +2.03 to +321.90; an opening-minutes figure inside it cannot be checked.'),
  C('IXIC','early_change',65,'points','more than','2007-08-17',None,'previous close','just after the open','more than 65 points','unverifiable','mid-session figure inside the session range','Session range +15.29 to +73.89 points.'),
  C('DJI','daily_change',233,'points',None,'2007-08-17',None,'previous close','close','233 points','supported','integer: |233.30-233|<=0.5',None),
  C('DJI','daily_pct',1.82,'%',None,'2007-08-17',None,'previous close','close','1.82-percent','supported','2 decimals: |1.82-1.82|<=0.025',None),
  C('IXIC','daily_change',54,'points',None,'2007-08-17',None,'previous close','close','54 points','supported','integer: |53.96-54|<=0.5',None),
  C('IXIC','daily_pct',2.2,'%',None,'2007-08-17',None,'previous close','close','2.2 percent','supported','1 decimal: |2.20-2.2|<=0.07',None),
  C('DJI','first_up_close_in_sessions',7,'sessions',None,'2007-08-17','7 sessions',None,'close','first day the markets closed up in seven','supported','streak: six down closes before an up close = first up day in seven','Dow and Nasdaq both fell six sessions in a row (2007-08-09 to 08-16). The S&P 500 rose on 2007-08-16, so "the markets" holds for the two indexes the story quotes, not the S&P.'),
  C('DISCOUNT_RATE','discount_rate_change',[6.25,5.75],'%',None,'2007-08-17',None,None,None,'6.25','unverifiable','series not in the files','The primary-credit (discount) rate is not in the files; FOMC_meetings.csv notes the 2007-08-17 unscheduled call but gives no rate.'),
  C('FEDFUNDS','target',5.25,'%',None,'2007-08-17',None,None,None,'5.25 percent','supported','exact',None),
  C('FEDFUNDS','target_unchanged_duration',365,'days','more than','2007-08-17',None,None,None,'for more than a year','supported','more than: 414 days > 365','DFEDTAR has been 5.25 since 2006-06-29.'),
 ])

# ---------------------------------------------------------------- 2007 mid-morning story
passage('bizjournals_20070817_midmorning_discount_cut', 'upstart.bizjournals.com',
 'http://upstart.bizjournals.com/news-markets/top-5/2007/08/17/A-Running-of-the-Bulls.html', 'Upstart Business Journal (American City Business Journals)',
 '2007-08-17', 'exact', 'Timestamp "August 17, 2007, 11:00am EDT" on the page; a mid-morning story about the same session as abcnews_20070817.',
 "A Running of the Bulls. August 17, 2007, 11:00am EDT. Stocks shot up sharply after the Federal Reserve lowered a "
 "symbolic interest rate, cutting the discount rate it charges banks on loans from its discount window by half a "
 "point, to 5.75 percent. The surprise move calmed liquidity worries and lifted the Dow Jones industrial average by "
 "more than 300 points in the first minutes of trading. The Fed gave no sign that a change to its benchmark federal "
 "funds rate is coming, but investors now widely expect an easing soon. At mid-morning, the Dow Jones was up more "
 "than 150 points, or 1.3 percent. The Standard & Poor's 500 was up 2 percent, while the Nasdaq composite index "
 "added about 1.4 percent from Thursday's close.",
 [C('DISCOUNT_RATE','discount_rate',5.75,'%',None,'2007-08-17',None,None,None,'to 5.75 percent','unverifiable','series not in the files','Discount rate not in the files.'),
  C('DJI','early_change',300,'points','more than','2007-08-17',None,'previous close','just after the open','more than 300 points','unverifiable','mid-session figure inside the session range','Session range +2.03 to +321.90 points; the session high satisfies the bound, the close (+233.30) does not, but the claim is about the first minutes.'),
  C('DJI','midday_change',150,'points','more than','2007-08-17',None,'previous close','midday','more than 150 points','unverifiable','mid-session figure inside the session range','Range +2.03 to +321.90.'),
  C('DJI','midday_pct',1.3,'%',None,'2007-08-17',None,'previous close','midday','1.3 percent','unverifiable','mid-session figure inside the session range','Range +0.02% to +2.51%.'),
  C('SPX','midday_pct',2,'%',None,'2007-08-17',None,'previous close','midday','up 2 percent','unverifiable','mid-session figure inside the session range','Range 0.00% to +2.77%.'),
  C('IXIC','midday_pct',1.4,'%','about','2007-08-17',None,"Thursday's close",'midday','about 1.4 percent','unverifiable','mid-session figure inside the session range','Range +0.62% to +3.01%.'),
  C('FEDFUNDS','expected_easing',None,None,None,'2007-08-17',None,None,None,'easing soon','forecast','projection, never judged','Investors\' expectation of a federal funds cut; not judged against the 2007-09-18 cut.'),
 ])

# ---------------------------------------------------------------- 2008
passage('abcnews_20080318_fed_cut_75bp_rally', 'abcnews.go.com',
 'http://abcnews.go.com/Business/Economy/story?id=4468724&page=3', 'ABC News',
 '2008-03-18', 'exact', 'Dateline "March 18, 2008" in the text (the page header also shows "March 17, 2008, 6:43 PM", a template artefact); the session is 2008-03-18, the FOMC decision day.',
 "Fed Cuts Key Interest Rate .75%. March 18, 2008 — Wall Street bounced back today with a massive rally, helped "
 "first by better-than-expected earnings from brokerages Goldman Sachs and Lehman Brothers and then by another rate "
 "cut from the Federal Reserve. The Dow Jones Industrial Average closed up 420 points, the NASDAQ up 91 points and "
 "the Standard & Poor's 500 was up 54 points. Goldman shares closed up 16 percent and Lehman Brothers saw a 43 "
 "percent jump in its share price. The earnings reports started the rally in the morning, and a three-quarters of a "
 "percentage point rate cut by the Fed in the afternoon pushed markets even higher. After today's move, the key "
 "Federal Funds rate now stands at 2.25 percent, down from 5.25 percent in the summer. Since August, the Federal "
 "Reserve and chairman Ben Bernanke have cut the rate five times. The last time interest rates were this low was "
 "February 2005.",
 [C('DJI','daily_change',420,'points',None,'2008-03-18',None,'previous close','close','up 420 points','supported','integer: |420.41-420|<=0.5',None),
  C('IXIC','daily_change',91,'points',None,'2008-03-18',None,'previous close','close','up 91 points','supported','integer: |91.25-91|<=0.5',None),
  C('SPX','daily_change',54,'points',None,'2008-03-18',None,'previous close','close','up 54 points','supported','integer: |54.14-54|<=0.5',None),
  C('GS','daily_pct',16,'%',None,'2008-03-18',None,'previous close','close','up 16 percent','unverifiable','series not in the files','Single stock.'),
  C('LEH','daily_pct',43,'%',None,'2008-03-18',None,'previous close','close','43 percent','unverifiable','series not in the files','Single stock.'),
  C('FEDFUNDS','target_change',-0.75,'pp',None,'2008-03-18',None,None,None,'three-quarters of a percentage point','supported','exact','DFEDTAR 3.00 -> 2.25, effective 2008-03-18.'),
  C('FEDFUNDS','target',2.25,'%',None,'2008-03-18',None,None,None,'2.25 percent','supported','exact',None),
  C('FEDFUNDS','target',5.25,'%',None,'2007-07-31','summer 2007',None,None,'5.25 percent in the summer','supported','exact','DFEDTAR on 2007-07-31.'),
  C('FEDFUNDS','cuts_count',5,'cuts',None,'2008-03-18','2007-08-01..2008-03-18',None,None,'five times','imprecise','count within 20%: |6-5|/6 = 17%','DFEDTAR fell six times since August (2007-09-18, 10-31, 12-11, 2008-01-22, 01-30, 03-18). Excluding today\'s move the count is five, but the sentence follows "After today\'s move"; the August 17 discount-rate cut is not a target cut.'),
  C('FEDFUNDS','lowest_since','2005-02','month',None,'2008-03-18',None,None,None,'February 2005','supported','lowest since X: X = last day at or below','DFEDTAR was last at or below 2.25 on 2005-02-01 (raised to 2.50 on 2005-02-02).'),
 ])


def main():
    R.DATA = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('CAPSCOPE_DATA_DIR')
    if not R.DATA:
        sys.exit('usage: python build.py PATH/TO/data')
    keys = []
    with open(os.path.join(HERE, 'passages.jsonl'), 'w') as fp:
        for p in P:
            out = []
            for i, c in enumerate(p['claims']):
                expr = R.RECIPES[(p['id'], i)]
                v = R.compute(expr)
                assert p['text'].count(c['_anchor']) == 1, (p['id'], i, c['_anchor'])
                keys.append(dict(passage_id=p['id'], claim_index=i, index_or_ticker=c['index_or_ticker'], metric=c['metric'],
                                 claimed_value=c['value'], qualifier=c['qualifier'], ref_date_used=c['ref_date'],
                                 computed_value=v, computed_detail=f"reference.py: {expr}", verdict=c['_verdict'],
                                 rule=c['_rule'], note=c['_note'], anchor_text=c['_anchor']))
                out.append({k: c[k] for k in ('index_or_ticker','metric','value','unit','qualifier','ref_date','window','comparison','basis')})
            q = dict(p); q['claims'] = out
            fp.write(json.dumps(q, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'key.jsonl'), 'w') as fk:
        for k in keys:
            fk.write(json.dumps(k, ensure_ascii=False) + '\n')
    from collections import Counter
    print(len(P), 'passages', len(keys), 'claims', dict(Counter(k['verdict'] for k in keys)))
    for k in keys:
        print(k['passage_id'][:30], k['claim_index'], k['verdict'], k['claimed_value'], json.dumps(k['computed_value']))


if __name__ == '__main__':
    main()
