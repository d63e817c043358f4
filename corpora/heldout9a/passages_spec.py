"""Passage texts and claim specifications for heldout9a (read by build_corpus.py)."""

U_SERIES = "series not in the files"


def C(t, metric, claimed, anchor, expr=None, kind="num", **kw):
    d = dict(t=t, metric=metric, claimed=claimed, anchor=anchor, expr=expr, kind=kind)
    d.update(kw)
    return d


PASSAGES = []

# ---------------------------------------------------------------- 1
PASSAGES.append(dict(
    id="latimesblogs_20101202_small_stocks_clear_2010_high",
    source={"site": "latimesblogs.latimes.com",
            "url": "http://latimesblogs.latimes.com/money_co/2010/12/stocks-rally-dow-index-economy-retail-home-sales-bond-yields.html",
            "original_outlet": "Los Angeles Times (Money & Company blog)"},
    published="2010-12-02", published_confidence="high",
    published_note="URL gives 2010/12; the post describes a Thursday with the Dow at 11,362.41, which the files match on Thu 2010-12-02 (the day before the November jobs report).",
    text=("Wall Street closed broadly higher for a second straight session Thursday, helped by healthy November retail sales "
          "and a surprising jump in October pending home sales, with the November jobs report due Friday morning. In active "
          "trading the Dow Jones industrial average rose 106.63 points, or nearly 1%, to 11,362.41, leaving it just 0.7% below "
          "its two-year high of 11,444.08 reached Nov. 5. The Standard & Poor's 500 index and the Nasdaq composite got even "
          "closer to their recent two-year peaks: the S&P rose 1.3% to 1,221.53, or 0.4% below its Nov. 5 high of 1,225.85, "
          "and the Nasdaq gained 1.2% to 2,579.35, a hair's breadth from its Nov. 8 peak of 2,580.05. Indexes of small and "
          "midsize stocks, meanwhile, have finally moved past the highs they reached before the spring market plunge. The "
          "Russell 2,000 small-stock index rose 1.1% to 751.20 on Thursday, its best level since September 2008; the index on "
          "Tuesday climbed past its 2010 closing high of 741.92 set on April 23. Year to date, small stocks are far in the lead "
          "in the market derby: the Russell index is up 20.1%, compared with a 13.7% gain for the Nasdaq, 9.5% for the S&P 500 "
          "and 9% for the Dow. Rallies in European bonds and stocks also helped as worries about the continent's debt crisis "
          "eased, and rising bond yields may be nudging some investors out of bonds and into stocks."),
    claims=[
        C("DJI", "daily_point_change", "106.63", "106.63 points", "point_change('DJI','2010-12-02')", ref="2010-12-02", unit="index_points", cls="pts", verdict="supported"),
        C("DJI", "daily_pct_change", "1", "nearly 1%", "pct_change('DJI','2010-12-02')", ref="2010-12-02", qualifier="nearly", verdict="supported"),
        C("DJI", "close_level", "11362.41", "11,362.41", "close('DJI','2010-12-02')", ref="2010-12-02", unit="index_points", cls="level", verdict="supported"),
        C("DJI", "pct_from_high", "0.7", "0.7% below", "(1 - close('DJI','2010-12-02') / max_close('DJI','2008-12-02','2010-12-01')[1]) * 100", ref="2010-12-02", window="two-year high", verdict="supported",
          note="Distance from the highest close of the previous two years (11,444.08 on 2010-11-05): 0.71%."),
        C("DJI", "prior_high", "11444.08", "11,444.08 reached Nov. 5", "max_close('DJI','2008-12-02','2010-12-01')", kind="fixed", verdict="supported", rule="date and level of the prior high must match the files (level within 0.025)",
          ref="2010-11-05", unit="index_points", note="Highest close of the two years before the article: 11,444.08 on Fri 2010-11-05, as stated."),
        C("SPX", "daily_pct_change", "1.3", "S&P rose 1.3%", "pct_change('GSPC','2010-12-02')", ref="2010-12-02", verdict="supported"),
        C("SPX", "close_level", "1221.53", "1,221.53", "close('GSPC','2010-12-02')", ref="2010-12-02", unit="index_points", cls="level", verdict="supported"),
        C("SPX", "pct_from_high", "0.4", "0.4% below", "(1 - close('GSPC','2010-12-02') / max_close('GSPC','2010-01-01','2010-12-01')[1]) * 100", ref="2010-12-02", verdict="supported",
          note="1,221.53 against the Nov. 5 close of 1,225.85: 0.35%, within the 1-dp tolerance."),
        C("SPX", "prior_high", "1225.85", "Nov. 5 high of 1,225.85", "max_close('GSPC','2010-01-01','2010-12-01')", kind="fixed", verdict="supported", rule="date and level of the prior high must match the files", ref="2010-11-05", unit="index_points",
          note="2010 closing high before the article: 1,225.85 on 2010-11-05."),
        C("IXIC", "daily_pct_change", "1.2", "Nasdaq gained 1.2%", "pct_change('IXIC','2010-12-02')", ref="2010-12-02", verdict="supported"),
        C("IXIC", "close_level", "2579.35", "2,579.35", "close('IXIC','2010-12-02')", ref="2010-12-02", unit="index_points", cls="level", verdict="supported"),
        C("IXIC", "prior_high", "2580.05", "Nov. 8 peak of 2,580.05", "max_close('IXIC','2010-01-01','2010-12-01')", kind="fixed", verdict="supported", rule="date and level of the prior high must match the files", ref="2010-11-08", unit="index_points",
          note="Nasdaq's 2010 closing peak before the article: 2,580.05 on Mon 2010-11-08."),
        C("RUT", "daily_pct_change", "1.1", "rose 1.1% to 751.20", "pct_change('RUT','2010-12-02')", ref="2010-12-02", verdict="supported"),
        C("RUT", "close_level", "751.20", "751.20", "close('RUT','2010-12-02')", ref="2010-12-02", unit="index_points", cls="level", verdict="supported"),
        C("RUT", "highest_since", "2008-09", "best level since September 2008", "highest_since('RUT','2010-12-02')", kind="fixed", verdict="supported",
          rule="highest since X: X must be the last session with a close at least as high, or the first session after it", ref="2010-12-02", unit="date",
          note="Last close at or above 751.20 before 2010-12-02: 753.74 on 2008-09-19, i.e. September 2008."),
        C("RUT", "first_close_above_prior_high_date", "Tuesday", "on Tuesday climbed past", "first_close_above('RUT', 741.92, '2010-04-23')", kind="fixed", verdict="contradicted",
          rule="wrong date: the day named must be the session on which the close first exceeded the level", ref="2010-11-30", unit="date",
          note="Tuesday was 2010-11-30: RUT closed at 727.01 (high 730.71), below 741.92. The first 2010 close above the April 23 high came on Wednesday 2010-12-01 (743.14). Rows: 2010-11-30 close 727.01, 2010-12-01 close 743.14, 2010-12-02 close 751.20."),
        C("RUT", "prior_high", "741.92", "741.92 set on April 23", "max_close('RUT','2010-01-01','2010-11-30')", kind="fixed", verdict="supported", rule="date and level of the prior high must match the files", ref="2010-04-23", unit="index_points",
          note="2010 closing high before the breakout: 741.92 on 2010-04-23, as stated."),
        C("RUT", "ytd_return", "20.1", "up 20.1%", "ytd('RUT','2010-12-02')", ref="2010-12-02", window="YTD", verdict="supported"),
        C("IXIC", "ytd_return", "13.7", "13.7% gain", "ytd('IXIC','2010-12-02')", ref="2010-12-02", window="YTD", verdict="supported"),
        C("SPX", "ytd_return", "9.5", "9.5% for the S&P 500", "ytd('GSPC','2010-12-02')", ref="2010-12-02", window="YTD", verdict="supported"),
        C("DJI", "ytd_return", "9", "9% for the Dow", "ytd('DJI','2010-12-02')", ref="2010-12-02", window="YTD", verdict="supported"),
    ]))

# ---------------------------------------------------------------- 2
D2 = "2009-07-29"
MA_NOTE = ("FinancialWire's 50-day figures follow no convention the files reproduce; the key uses the close 50 sessions "
           "earlier and, where it differs, 49 sessions earlier (computed_value lists both) and takes the closer one.")
SMA_NOTE = ("50-day average = mean of the 50 closes ending on the day, or of the 50 ending the session before "
            "(computed_value lists both; either may support the claim).")
PASSAGES.append(dict(
    id="financialwire_20090730_iwm_spy_50day",
    source={"site": "einpresswire.com",
            "url": "https://www.einpresswire.com/article/56656845/spdr-trust-russell-small-micro-cap-etf-comparisons",
            "original_outlet": "FinancialWire"},
    published="2009-07-30", published_confidence="exact",
    published_note="Dateline July 30, 2009 (Thursday); the figures are for Wednesday's close, 2009-07-29, which the files match (IWM 54.84, SPY 97.65).",
    text=("July 30, 2009 (FinancialWire) — As of Wednesday's close, both the iShares Russell 2000 ETF (NYSE: IWM) and the "
          "iShares Russell Microcap ETF (NYSE: IWC) were well ahead of the SPDR Trust ETF (NYSE: SPY) on a 50-day gain-loss "
          "comparison. The Russell 2000 fund showed an overall 50-day gain of 11.44% (5.63 points) and the Microcap fund an "
          "overall 50-day gain of 13.39%, against an 8.77% (7.89 point) 50-day gain for the SPDR Trust. Set against their "
          "50-day averages, all three funds closed well above them, the SPDR and the Microcap fund equally far and the "
          "Russell 2000 fund less so: the SPDR finished 12.80% (11.11 points) above its 50-day average and the Russell 2000 "
          "fund 9.54% (4.78 points) above. On the day Wednesday, the SPDR Trust lost 0.24 points (0.245%) in an intraday "
          "trading range of 1.134% to close at 97.65, while the iShares Russell 2000 gave up 0.28 points (0.508%) over an "
          "intraday range of 1.070% to close at 54.84. The comparison, the service says, is meant to set the large-cap "
          "equity universe beside the small-cap one: the SPDR Trust holds all of the S&P 500 stocks, while the iShares fund "
          "follows the Russell 2000."),
    claims=[
        C("IWM", "n_session_pct_change", "11.44", "11.44%", f"[n_session_change('IWM','{D2}',50), n_session_change('IWM','{D2}',49)]", ref=D2, window="50 sessions", verdict="imprecise", note=MA_NOTE + " IWM: 11.10% (50) / 11.06% (49) against 11.44%."),
        C("IWM", "n_session_point_change", "5.63", "5.63 points", f"[n_session_change('IWM','{D2}',50,False), n_session_change('IWM','{D2}',49,False)]", ref=D2, window="50 sessions", unit="usd", cls="pts", verdict="imprecise", note=MA_NOTE + " IWM: $5.48 / $5.46."),
        C("IWC", "n_session_pct_change", "13.39", "13.39%", None, kind="U", rule="unverifiable: " + U_SERIES + " (IWC)", ref=D2, window="50 sessions", verdict="unverifiable", note="No IWC file."),
        C("SPY", "n_session_pct_change", "8.77", "8.77%", f"[n_session_change('SPY','{D2}',50), n_session_change('SPY','{D2}',49)]", ref=D2, window="50 sessions", verdict="contradicted", note=MA_NOTE + " SPY: 7.04% / 7.17%; 8.77 is 1.60 pp above the closer value, more than 20% of it."),
        C("SPY", "n_session_point_change", "7.89", "7.89 point", f"[n_session_change('SPY','{D2}',50,False), n_session_change('SPY','{D2}',49,False)]", ref=D2, window="50 sessions", unit="usd", cls="pts", verdict="contradicted", note=MA_NOTE + " SPY: $6.42 / $6.53; 7.89 is 21% above the closer value."),
        C("SPY", "pct_above_sma50", "12.80", "12.80%", f"[pct_vs_sma('SPY','{D2}'), (close('SPY','{D2}') / sma('SPY', prev_session('SPY','{D2}')) - 1) * 100]", ref=D2, window="50-day average", verdict="contradicted", note=SMA_NOTE + " SPY 97.65 vs 50-day averages 92.57 / 92.44: 5.5-5.6% above, not 12.80%."),
        C("SPY", "usd_above_sma50", "11.11", "11.11 points", f"[close('SPY','{D2}') - sma('SPY','{D2}'), close('SPY','{D2}') - sma('SPY', prev_session('SPY','{D2}'))]", ref=D2, unit="usd", cls="pts", verdict="contradicted", note=SMA_NOTE + " $5.08 / $5.21 above."),
        C("IWM", "pct_above_sma50", "9.54", "9.54%", f"[pct_vs_sma('IWM','{D2}'), (close('IWM','{D2}') / sma('IWM', prev_session('IWM','{D2}')) - 1) * 100]", ref=D2, window="50-day average", verdict="contradicted", note=SMA_NOTE + " IWM 54.84 vs 51.16 / 51.05: 7.2-7.4% above."),
        C("IWM", "usd_above_sma50", "4.78", "4.78 points", f"[close('IWM','{D2}') - sma('IWM','{D2}'), close('IWM','{D2}') - sma('IWM', prev_session('IWM','{D2}'))]", ref=D2, unit="usd", cls="pts", verdict="contradicted", note=SMA_NOTE + " $3.68 / $3.79 above."),
        C("SPY", "daily_point_change", "-0.24", "0.24 points", f"point_change('SPY','{D2}')", ref=D2, unit="usd", cls="pts", verdict="supported"),
        C("SPY", "daily_pct_change", "-0.245", "0.245%", f"pct_change('SPY','{D2}')", ref=D2, dec=3, verdict="supported"),
        C("SPY", "intraday_range_pct", "1.134", "1.134%", f"range_pct('SPY','{D2}')", ref=D2, dec=3, basis="intraday high-low", verdict="supported", note="(high 98.09 - low 96.98) / previous close 97.89."),
        C("SPY", "close_level", "97.65", "97.65", f"close('SPY','{D2}')", ref=D2, unit="usd", cls="level", verdict="supported"),
        C("IWM", "daily_point_change", "-0.28", "0.28 points", f"point_change('IWM','{D2}')", ref=D2, unit="usd", cls="pts", verdict="supported"),
        C("IWM", "daily_pct_change", "-0.508", "0.508%", f"pct_change('IWM','{D2}')", ref=D2, dec=3, verdict="supported"),
        C("IWM", "intraday_range_pct", "1.070", "1.070%", f"range_pct('IWM','{D2}')", ref=D2, dec=3, basis="intraday high-low", verdict="supported"),
        C("IWM", "close_level", "54.84", "54.84", f"close('IWM','{D2}')", ref=D2, unit="usd", cls="level", verdict="supported"),
    ]))

# ---------------------------------------------------------------- 3
D3 = "2009-08-04"


def n50(t, d, pct=True):
    return f"[n_session_change('{t}','{d}',50{'' if pct else ',False'}), n_session_change('{t}','{d}',49{'' if pct else ',False'})]"


def sma2(t, d, field="close"):
    return f"[sma('{t}','{d}',50,'{field}'), sma('{t}', prev_session('{t}','{d}'),50,'{field}')]"


def above_pct(t, d):
    return f"[pct_vs_sma('{t}','{d}'), (close('{t}','{d}') / sma('{t}', prev_session('{t}','{d}')) - 1) * 100]"


def above_usd(t, d):
    return f"[close('{t}','{d}') - sma('{t}','{d}'), close('{t}','{d}') - sma('{t}', prev_session('{t}','{d}'))]"


PASSAGES.append(dict(
    id="financialwire_20090805_iwm_spy_50day_averages",
    source={"site": "einpresswire.com",
            "url": "https://www.einpresswire.com/article/56657271/spdr-trust-russell-small-micro-cap-etf-50-day-comparisons",
            "original_outlet": "FinancialWire"},
    published="2009-08-05", published_confidence="exact",
    published_note="Dateline August 5, 2009 (Wednesday); 'yesterday' is Tue 2009-08-04, which the files match (IWM 57.11, SPY 100.70).",
    text=("August 5, 2009 (FinancialWire) — At yesterday's close the iShares Russell Microcap ETF (NYSE: IWC) and the "
          "iShares Russell 2000 ETF (NYSE: IWM) were beating the SPDR Trust ETF (NYSE: SPY) on 50-day gain-loss percentages. "
          "The Microcap fund led the three with an overall 50-day gain of 15.05%, the Russell 2000 fund followed with 14.45% "
          "(7.21 points), and the SPDR Trust trailed with 12.64% (11.27 points). Measured against their 50-day average "
          "closing levels, the Microcap and SPDR funds did slightly better for the day than the Russell 2000 fund, though all "
          "three posted high marks. The SPDR Trust ended the day at 100.70, which was 14.73% (12.89 points) higher than its "
          "50-day average close of 87.55; the Russell 2000 ETF finished at 57.11, or 12.70% (6.43 points) higher than its "
          "50-day average close of 50.68. On the session the Russell 2000 ETF's close was 0.57 points (1.01%) above the previous "
          "close, after trading anywhere from plus 0.78 points (+1.38%) to minus 0.38 (-0.67%). The SPDR Trust finished 0.26 "
          "points (0.26%) higher, having moved between plus 0.40 points (+0.39%) and minus 0.66 (-0.66%) during the day. "
          "The service runs the comparison to show how small- and micro-cap stocks are faring against their larger "
          "counterparts."),
    claims=[
        C("IWC", "n_session_pct_change", "15.05", "15.05%", None, kind="U", rule="unverifiable: " + U_SERIES + " (IWC)", ref=D3, window="50 sessions", note="No IWC file."),
        C("IWM", "n_session_pct_change", "14.45", "14.45%", n50("IWM", D3), ref=D3, window="50 sessions", note=MA_NOTE),
        C("IWM", "n_session_point_change", "7.21", "7.21 points", n50("IWM", D3, False), ref=D3, window="50 sessions", unit="usd", cls="pts", note=MA_NOTE),
        C("SPY", "n_session_pct_change", "12.64", "12.64%", n50("SPY", D3), ref=D3, window="50 sessions", note=MA_NOTE),
        C("SPY", "n_session_point_change", "11.27", "11.27 points", n50("SPY", D3, False), ref=D3, window="50 sessions", unit="usd", cls="pts", note=MA_NOTE),
        C("SPY", "close_level", "100.70", "100.70", f"close('SPY','{D3}')", ref=D3, unit="usd", cls="level"),
        C("SPY", "pct_above_sma50", "14.73", "14.73%", above_pct("SPY", D3), ref=D3, window="50-day average", note=SMA_NOTE),
        C("SPY", "usd_above_sma50", "12.89", "12.89 points", above_usd("SPY", D3), ref=D3, unit="usd", cls="pts", note=SMA_NOTE),
        C("SPY", "sma50_level", "87.55", "87.55", sma2("SPY", D3), ref=D3, unit="usd", cls="level", note=SMA_NOTE + " The files give 93.35 / 93.11; 87.55 is about 6% too low."),
        C("IWM", "close_level", "57.11", "57.11", f"close('IWM','{D3}')", ref=D3, unit="usd", cls="level"),
        C("IWM", "pct_above_sma50", "12.70", "12.70%", above_pct("IWM", D3), ref=D3, window="50-day average", note=SMA_NOTE),
        C("IWM", "usd_above_sma50", "6.43", "6.43 points", above_usd("IWM", D3), ref=D3, unit="usd", cls="pts", note=SMA_NOTE),
        C("IWM", "sma50_level", "50.68", "50.68", sma2("IWM", D3), ref=D3, unit="usd", cls="level", note=SMA_NOTE + " The files give 51.77 / 51.59."),
        C("IWM", "daily_point_change", "0.57", "0.57 points", f"point_change('IWM','{D3}')", ref=D3, unit="usd", cls="pts"),
        C("IWM", "daily_pct_change", "1.01", "(1.01%)", f"pct_change('IWM','{D3}')", ref=D3),
        C("IWM", "intraday_high_change", "0.78", "plus 0.78 points", f"intraday_change('IWM','{D3}','high')", ref=D3, unit="usd", cls="pts", basis="intraday high"),
        C("IWM", "intraday_high_pct", "1.38", "+1.38%", f"intraday_change('IWM','{D3}','high') / close('IWM', prev_session('IWM','{D3}')) * 100", ref=D3, basis="intraday high"),
        C("IWM", "intraday_low_change", "-0.38", "minus 0.38", f"intraday_change('IWM','{D3}','low')", ref=D3, unit="usd", cls="pts", basis="intraday low"),
        C("IWM", "intraday_low_pct", "-0.67", "-0.67%", f"intraday_change('IWM','{D3}','low') / close('IWM', prev_session('IWM','{D3}')) * 100", ref=D3, basis="intraday low"),
        C("SPY", "daily_point_change", "0.26", "0.26 points", f"point_change('SPY','{D3}')", ref=D3, unit="usd", cls="pts"),
        C("SPY", "daily_pct_change", "0.26", "(0.26%)", f"pct_change('SPY','{D3}')", ref=D3),
        C("SPY", "intraday_high_change", "0.40", "plus 0.40 points", f"intraday_change('SPY','{D3}','high')", ref=D3, unit="usd", cls="pts", basis="intraday high"),
        C("SPY", "intraday_high_pct", "0.39", "+0.39%", f"intraday_change('SPY','{D3}','high') / close('SPY', prev_session('SPY','{D3}')) * 100", ref=D3, basis="intraday high"),
        C("SPY", "intraday_low_change", "-0.66", "minus 0.66", f"intraday_change('SPY','{D3}','low')", ref=D3, unit="usd", cls="pts", basis="intraday low"),
        C("SPY", "intraday_low_pct", "-0.66", "(-0.66%)", f"intraday_change('SPY','{D3}','low') / close('SPY', prev_session('SPY','{D3}')) * 100", ref=D3, basis="intraday low"),
    ]))

# ---------------------------------------------------------------- 4
D4 = "2009-10-08"
PASSAGES.append(dict(
    id="financialwire_20091009_iwm_spy_volume_averages",
    source={"site": "einpresswire.com",
            "url": "https://www.einpresswire.com/article/56672354/russell-small-micro-cap-vs-spdr-trust-etf-50-day-comparisons",
            "original_outlet": "FinancialWire"},
    published="2009-10-09", published_confidence="exact",
    published_note="Dateline October 9, 2009 (Friday); 'yesterday' is Thu 2009-10-08 (IWM 60.71, SPY 106.61 in the files).",
    text=("October 9, 2009 (FinancialWire) — As of yesterday's close the iShares Russell Microcap ETF (NYSE: IWC) and the "
          "iShares Russell 2000 ETF (NYSE: IWM) were outperforming the SPDR Trust ETF (NYSE: SPY) on 50-day gain-loss "
          "comparisons. The Microcap fund led with an overall 11.17% ($3.95 per share) 50-day gain, followed by the Russell "
          "2000 ETF with 10.97% ($6.00 per share) and the SPDR Trust with 7.74% ($7.60 per share). The Russell 2000 ETF "
          "closed at $60.71 per share on volume of 48,971,800 shares, which was $2.42 (4.15%) above its 50-day average of "
          "$58.29 per share and 3,314,720 shares (7.26%) above its 50-day average volume of 45,657,080 shares. On the day the "
          "fund was up $0.55 (+0.91%) from the previous session, after trading in a range of $0.94 (1.56%), from a high of "
          "+$1.15 (+1.91%) to a low of +$0.21 (+0.35%). The SPDR Trust ETF closed at $106.61 per share on volume of "
          "183,180,700 shares, $7.25 (7.35%) above its 50-day average of $98.55 per share but 20,020,606 shares (11.17%) "
          "below its 50-day average volume of 179,220,906 shares. On the day the SPDR Trust's close was up $0.81 (+0.77%) "
          "from the previous session."),
    claims=[
        C("IWC", "n_session_pct_change", "11.17", "overall 11.17%", None, kind="U", rule="unverifiable: " + U_SERIES + " (IWC)", ref=D4, window="50 sessions", note="No IWC file."),
        C("IWC", "n_session_point_change", "3.95", "$3.95 per share", None, kind="U", rule="unverifiable: " + U_SERIES + " (IWC)", ref=D4, window="50 sessions", unit="usd", note="No IWC file."),
        C("IWM", "n_session_pct_change", "10.97", "10.97%", n50("IWM", D4), ref=D4, window="50 sessions", note=MA_NOTE),
        C("IWM", "n_session_point_change", "6.00", "$6.00 per share", n50("IWM", D4, False), ref=D4, window="50 sessions", unit="usd", cls="pts", note=MA_NOTE),
        C("SPY", "n_session_pct_change", "7.74", "7.74%", n50("SPY", D4), ref=D4, window="50 sessions", note=MA_NOTE),
        C("SPY", "n_session_point_change", "7.60", "$7.60 per share", n50("SPY", D4, False), ref=D4, window="50 sessions", unit="usd", cls="pts", note=MA_NOTE),
        C("IWM", "close_level", "60.71", "$60.71", f"close('IWM','{D4}')", ref=D4, unit="usd", cls="level"),
        C("IWM", "volume", "48971800", "48,971,800", f"close('IWM','{D4}','volume')", ref=D4, unit="shares", cls="pts", dec=0),
        C("IWM", "usd_above_sma50", "2.42", "$2.42", above_usd("IWM", D4), ref=D4, unit="usd", cls="pts", note=SMA_NOTE),
        C("IWM", "pct_above_sma50", "4.15", "(4.15%)", above_pct("IWM", D4), ref=D4, note=SMA_NOTE),
        C("IWM", "sma50_level", "58.29", "$58.29", sma2("IWM", D4), ref=D4, unit="usd", cls="level", note=SMA_NOTE),
        C("IWM", "volume_above_avg", "3314720", "3,314,720 shares", f"[close('IWM','{D4}','volume') - sma('IWM','{D4}',50,'volume'), close('IWM','{D4}','volume') - sma('IWM', prev_session('IWM','{D4}'),50,'volume')]", ref=D4, unit="shares", cls="pts", dec=0, note=SMA_NOTE),
        C("IWM", "volume_pct_above_avg", "7.26", "(7.26%)", f"[pct_vs_sma('IWM','{D4}',50,'volume'), (close('IWM','{D4}','volume') / sma('IWM', prev_session('IWM','{D4}'),50,'volume') - 1) * 100]", ref=D4, note=SMA_NOTE),
        C("IWM", "avg_volume_50d", "45657080", "45,657,080", sma2("IWM", D4, "volume"), ref=D4, unit="shares", cls="pts", dec=0, note=SMA_NOTE),
        C("IWM", "daily_point_change", "0.55", "$0.55", f"point_change('IWM','{D4}')", ref=D4, unit="usd", cls="pts"),
        C("IWM", "daily_pct_change", "0.91", "+0.91%", f"pct_change('IWM','{D4}')", ref=D4),
        C("IWM", "intraday_range", "0.94", "$0.94", f"session_range('IWM','{D4}')", ref=D4, unit="usd", cls="pts", basis="intraday high-low"),
        C("IWM", "intraday_range_pct", "1.56", "(1.56%)", f"range_pct('IWM','{D4}')", ref=D4, basis="intraday high-low"),
        C("IWM", "intraday_high_change", "1.15", "+$1.15", f"intraday_change('IWM','{D4}','high')", ref=D4, unit="usd", cls="pts", basis="intraday high"),
        C("IWM", "intraday_high_pct", "1.91", "+1.91%", f"intraday_change('IWM','{D4}','high') / close('IWM', prev_session('IWM','{D4}')) * 100", ref=D4, basis="intraday high"),
        C("IWM", "intraday_low_change", "0.21", "+$0.21", f"intraday_change('IWM','{D4}','low')", ref=D4, unit="usd", cls="pts", basis="intraday low"),
        C("IWM", "intraday_low_pct", "0.35", "+0.35%", f"intraday_change('IWM','{D4}','low') / close('IWM', prev_session('IWM','{D4}')) * 100", ref=D4, basis="intraday low"),
        C("SPY", "close_level", "106.61", "$106.61", f"close('SPY','{D4}')", ref=D4, unit="usd", cls="level"),
        C("SPY", "volume", "183180700", "183,180,700", f"close('SPY','{D4}','volume')", ref=D4, unit="shares", cls="pts", dec=0, note="The SPY file gives 183,305,800 shares for the day (a consolidated-volume difference of 125,100 shares)."),
        C("SPY", "usd_above_sma50", "7.25", "$7.25", above_usd("SPY", D4), ref=D4, unit="usd", cls="pts", note=SMA_NOTE),
        C("SPY", "pct_above_sma50", "7.35", "(7.35%)", above_pct("SPY", D4), ref=D4, note=SMA_NOTE),
        C("SPY", "sma50_level", "98.55", "$98.55", sma2("SPY", D4), ref=D4, unit="usd", cls="level", note=SMA_NOTE + " The files give 102.99 / 102.81."),
        C("SPY", "volume_below_avg", "-20020606", "20,020,606 shares", f"[close('SPY','{D4}','volume') - sma('SPY','{D4}',50,'volume'), close('SPY','{D4}','volume') - sma('SPY', prev_session('SPY','{D4}'),50,'volume')]", ref=D4, unit="shares", cls="pts", dec=0, note=SMA_NOTE),
        C("SPY", "volume_pct_below_avg", "-11.17", "(11.17%) below", f"[pct_vs_sma('SPY','{D4}',50,'volume'), (close('SPY','{D4}','volume') / sma('SPY', prev_session('SPY','{D4}'),50,'volume') - 1) * 100]", ref=D4, note=SMA_NOTE),
        C("SPY", "avg_volume_50d", "179220906", "179,220,906", sma2("SPY", D4, "volume"), ref=D4, unit="shares", cls="pts", dec=0, note=SMA_NOTE),
        C("SPY", "daily_point_change", "0.81", "$0.81", f"point_change('SPY','{D4}')", ref=D4, unit="usd", cls="pts"),
        C("SPY", "daily_pct_change", "0.77", "+0.77%", f"pct_change('SPY','{D4}')", ref=D4),
    ]))

# ---------------------------------------------------------------- 5
D5 = "2009-10-30"
PASSAGES.append(dict(
    id="financialwire_20091101_iwm_spy_week",
    source={"site": "einpresswire.com",
            "url": "https://www.einpresswire.com/article/56676669/russell-small-micro-cap-vs-spdr-trust-etfs-last-week",
            "original_outlet": "FinancialWire"},
    published="2009-11-01", published_confidence="exact",
    published_note="Dateline November 1, 2009, a Sunday; the piece covers the week Mon 2009-10-26 to Fri 2009-10-30 against the close of Fri 2009-10-23. Published two days after the last session it describes (a weekend piece).",
    text=("November 1, 2009 (FinancialWire) — Measured against their closing levels for the week ending October 23, 2009, "
          "the iShares Russell Microcap ETF (NYSE: IWC), the iShares Russell 2000 ETF (NYSE: IWM) and the SPDR Trust ETF "
          "(NYSE: SPY) all lost ground last week, closing out the week on Friday with overall declines in the 4% to 7% range. "
          "As of last week's close, only the SPDR Trust remained in positive territory relative to its 50-day rolling "
          "average. The Russell Microcap fared the worst of the three, losing a total of 6.98% over the week. The Russell "
          "2000 ETF lost a total of 6.21% through the week on average daily volume of 73,615,700 shares, compared with its "
          "50-day average volume of 48,895,442 shares. The SPDR Trust ETF gave up a total of 4.18% on average daily volume of "
          "253,552,700 shares, against a 50-day average volume of 181,091,316. Comparing the SPDR Trust with the two Russell "
          "funds, the service says, gives a fair representation of how small- and micro-cap stocks are faring in relation to "
          "their larger counterparts. The iShares fund uses a representative sampling strategy to track the Russell 2000 "
          "Index, the benchmark for the small-capitalization sector of the broad U.S. equity market."),
    claims=[
        C("IWM", "weekly_return_range_check", "4% to 7%", "4% to 7% range", f"[round(ret('IWM','2009-10-23','{D5}'), 2), round(ret('SPY','2009-10-23','{D5}'), 2)]", kind="fixed", verdict="supported",
          rule="range claim: every checkable member must fall inside the range", ref=D5, window="2009-10-23..2009-10-30", comparison={"members": ["IWC", "IWM", "SPY"]},
          note="IWM -6.21% and SPY -4.18% fall inside 4%-7%; IWC (no file) cannot be checked, the stated -6.98% would also fit."),
        C("SPY", "above_sma50_only_spy", "only SPY above", "only the SPDR Trust remained in positive territory", f"[close('SPY','{D5}') > sma('SPY','{D5}'), close('SPY','{D5}') > sma('SPY', prev_session('SPY','{D5}')), close('IWM','{D5}') > sma('IWM','{D5}')]",
          kind="fixed", verdict="contradicted", rule="ordering/state claim must hold in the files", ref=D5, unit="flag",
          note="SPY closed at 103.56 on 2009-10-30, below its 50-day average of 105.40 (105.44 on the previous-50 reading), so it was not in positive territory either; IWM (56.33 vs 59.64) was below as stated. Rows: SPY 2009-10-30 close 103.56; 50-session mean 105.40."),
        C("IWC", "weekly_return", "-6.98", "6.98%", None, kind="U", rule="unverifiable: " + U_SERIES + " (IWC)", ref=D5, window="week", note="No IWC file."),
        C("IWM", "weekly_return", "-6.21", "6.21%", f"ret('IWM','2009-10-23','{D5}')", ref=D5, window="2009-10-23..2009-10-30"),
        C("IWM", "week_avg_volume", "73615700", "73,615,700", f"week_avg_volume('IWM','{D5}')", ref=D5, unit="shares", cls="pts", dec=0, note="The IWM file averages 83,328,080 shares a day for 2009-10-26..30."),
        C("IWM", "avg_volume_50d", "48895442", "48,895,442", sma2("IWM", D5, "volume"), ref=D5, unit="shares", cls="pts", dec=0, note=SMA_NOTE),
        C("SPY", "weekly_return", "-4.18", "4.18%", f"ret('SPY','2009-10-23','{D5}')", ref=D5, window="2009-10-23..2009-10-30"),
        C("SPY", "week_avg_volume", "253552700", "253,552,700", f"week_avg_volume('SPY','{D5}')", ref=D5, unit="shares", cls="pts", dec=0, note="The SPY file averages 253,566,920 shares a day, 14,220 more: a data-source difference, but outside the integer tolerance."),
        C("SPY", "avg_volume_50d", "181091316", "181,091,316", sma2("SPY", D5, "volume"), ref=D5, unit="shares", cls="pts", dec=0, note=SMA_NOTE),
    ]))

# ---------------------------------------------------------------- 6
D6 = "2010-12-23"
PASSAGES.append(dict(
    id="financialwire_20101227_iwm_spy_christmas_week",
    source={"site": "einpresswire.com",
            "url": "https://www.einpresswire.com/article/56786476/firstalert-tm-12-27-10-iwc-iwm-spy-50-day-comparisons",
            "original_outlet": "FinancialWire (FirstAlert)"},
    published="2010-12-27", published_confidence="exact",
    published_note="Dateline December 27, 2010 (Monday); the figures are for Thursday's close, 2010-12-23, the last session before the Christmas holiday (markets closed Fri 2010-12-24). Files: IWM 78.72, SPY 125.60.",
    text=("December 27, 2010 (FinancialWire) — Setting the SPDR Trust ETF (AMEX: SPY) beside the iShares Russell 2000 ETF "
          "(AMEX: IWM) and the iShares Russell Microcap ETF (AMEX: IWC), the service says, gives a fair picture of how small- "
          "and micro-cap stocks are faring against their bigger-capitalized counterparts. As of the close of Thursday's "
          "pre-Christmas Eve session, and looking back over the latest fifty trading sessions, IWC and IWM were outperforming "
          "SPY by approximately 58 to 76 percent, respectively, in 50-day gain-loss terms. The Russell Microcap led the three "
          "with an overall 13.36% ($5.91 per share) 50-day gain, the Russell 2000 ETF followed with 12.04% ($8.46 per share), "
          "and the SPDR Trust trailed with 7.64% ($8.93 per share). IWM closed at $78.72 per share on volume of 25,239,600 "
          "shares Thursday, $5.67 (7.77%) above its 50-day average of $73.05 and 22,706,706 shares (47.36%) below its 50-day "
          "average volume of 47,946,306 shares. SPY closed at $125.60 on volume of 70,053,700 shares, $5.38 (4.48%) above its "
          "50-day average of $120.22 and 104,297,914 shares (59.82%) below its 50-day average volume of 174,351,614 shares."),
    claims=[
        C("IWC", "relative_outperformance", "58", "approximately 58", None, kind="U", rule="unverifiable: " + U_SERIES + " (IWC)", qualifier="approximately", ref=D6, window="50 sessions",
          note="'IWC and IWM ... by approximately 58 to 76 percent, respectively': the article's own gains give 75% for IWC (13.36/7.64) and 58% for IWM (12.04/7.64), so 'respectively' swaps them; IWC has no file."),
        C("IWM", "relative_outperformance", "76", "76 percent", f"[(n_session_change('IWM','{D6}',50) / n_session_change('SPY','{D6}',50) - 1) * 100, (n_session_change('IWM','{D6}',49) / n_session_change('SPY','{D6}',49) - 1) * 100]",
          qualifier="approximately", ref=D6, window="50 sessions", note="IWM's 50-session gain divided by SPY's, minus 1. On the article's own figures IWM's edge is 58% (12.04/7.64), the 76% belongs to IWC: the pairing is swapped in the text. " + MA_NOTE),
        C("IWC", "n_session_pct_change", "13.36", "13.36%", None, kind="U", rule="unverifiable: " + U_SERIES + " (IWC)", ref=D6, window="50 sessions", note="No IWC file."),
        C("IWM", "n_session_pct_change", "12.04", "12.04%", n50("IWM", D6), ref=D6, window="50 sessions", note=MA_NOTE),
        C("IWM", "n_session_point_change", "8.46", "$8.46 per share", n50("IWM", D6, False), ref=D6, window="50 sessions", unit="usd", cls="pts", note=MA_NOTE),
        C("SPY", "n_session_pct_change", "7.64", "7.64%", n50("SPY", D6), ref=D6, window="50 sessions", note=MA_NOTE),
        C("SPY", "n_session_point_change", "8.93", "$8.93 per share", n50("SPY", D6, False), ref=D6, window="50 sessions", unit="usd", cls="pts", note=MA_NOTE),
        C("IWM", "close_level", "78.72", "$78.72", f"close('IWM','{D6}')", ref=D6, unit="usd", cls="level"),
        C("IWM", "volume", "25239600", "25,239,600", f"close('IWM','{D6}','volume')", ref=D6, unit="shares", cls="pts", dec=0),
        C("IWM", "usd_above_sma50", "5.67", "$5.67", above_usd("IWM", D6), ref=D6, unit="usd", cls="pts", note=SMA_NOTE),
        C("IWM", "pct_above_sma50", "7.77", "(7.77%)", above_pct("IWM", D6), ref=D6, note=SMA_NOTE),
        C("IWM", "sma50_level", "73.05", "$73.05", sma2("IWM", D6), ref=D6, unit="usd", cls="level", note=SMA_NOTE),
        C("IWM", "volume_below_avg", "-22706706", "22,706,706 shares", f"[close('IWM','{D6}','volume') - sma('IWM','{D6}',50,'volume'), close('IWM','{D6}','volume') - sma('IWM', prev_session('IWM','{D6}'),50,'volume')]", ref=D6, unit="shares", cls="pts", dec=0, note=SMA_NOTE),
        C("IWM", "volume_pct_below_avg", "-47.36", "(47.36%)", f"[pct_vs_sma('IWM','{D6}',50,'volume'), (close('IWM','{D6}','volume') / sma('IWM', prev_session('IWM','{D6}'),50,'volume') - 1) * 100]", ref=D6, note=SMA_NOTE),
        C("IWM", "avg_volume_50d", "47946306", "47,946,306", sma2("IWM", D6, "volume"), ref=D6, unit="shares", cls="pts", dec=0, note=SMA_NOTE + " The stated figure is exactly the mean of the 50 sessions before Thursday."),
        C("SPY", "close_level", "125.60", "$125.60", f"close('SPY','{D6}')", ref=D6, unit="usd", cls="level"),
        C("SPY", "volume", "70053700", "70,053,700", f"close('SPY','{D6}','volume')", ref=D6, unit="shares", cls="pts", dec=0),
        C("SPY", "usd_above_sma50", "5.38", "$5.38", above_usd("SPY", D6), ref=D6, unit="usd", cls="pts", note=SMA_NOTE),
        C("SPY", "pct_above_sma50", "4.48", "(4.48%)", above_pct("SPY", D6), ref=D6, note=SMA_NOTE),
        C("SPY", "sma50_level", "120.22", "$120.22", sma2("SPY", D6), ref=D6, unit="usd", cls="level", note=SMA_NOTE),
        C("SPY", "volume_below_avg", "-104297914", "104,297,914 shares", f"[close('SPY','{D6}','volume') - sma('SPY','{D6}',50,'volume'), close('SPY','{D6}','volume') - sma('SPY', prev_session('SPY','{D6}'),50,'volume')]", ref=D6, unit="shares", cls="pts", dec=0, note=SMA_NOTE + " The previous-50 reading differs from the stated figure by 604 shares (a data-source difference), outside the integer tolerance."),
        C("SPY", "volume_pct_below_avg", "-59.82", "(59.82%)", f"[pct_vs_sma('SPY','{D6}',50,'volume'), (close('SPY','{D6}','volume') / sma('SPY', prev_session('SPY','{D6}'),50,'volume') - 1) * 100]", ref=D6, note=SMA_NOTE),
        C("SPY", "avg_volume_50d", "174351614", "174,351,614", sma2("SPY", D6, "volume"), ref=D6, unit="shares", cls="pts", dec=0, note=SMA_NOTE + " 604 shares off the previous-50 mean."),
    ]))

# ---------------------------------------------------------------- 7
PASSAGES.append(dict(
    id="seekingalpha_200607_smallcaps_lagging",
    source={"site": "seekingalpha.com", "url": "http://seekingalpha.com/article/14265-smallcaps-lagging-behind-the-s-and-p-500",
            "original_outlet": "Crossing Wall Street (Eddy Elfenbein), via Seeking Alpha"},
    published="2006-07", published_confidence="medium",
    published_note="No date on the stored page. The figures run to April 19, 2006 and the post speaks of 'the past few months' of small-cap pain after that peak; the Seeking Alpha article number (14265) places it in mid-2006. Month is an estimate (May-August 2006); no claim depends on the day.",
    text=("Eddy Elfenbein writes: small-caps are having a big day today. In fact, it is one of the few areas of the market "
          "that is convincingly higher. That is not how things have gone for the past few months, though. After a "
          "spectacular run, small-caps have been feeling the most pain in this market, as a chart of the Russell 2000 "
          "plotted against the S&P 500 makes plain. That marks a big change from the previous six years, which amounted to "
          "one long small-cap party: from April 8, 1999 to April 19, 2006, the Russell 2000 gained 94.7% while the S&P 500 "
          "lost -2.5%. The post ran on Seeking Alpha under the title 'Smallcaps Lagging Behind the S&P 500', with an editor's "
          "note listing exchange-traded funds that cover small caps: IJR, IWM, JKJ, PZJ and VB."),
    claims=[
        C("RUT", "period_return", "94.7", "94.7%", "ret('RUT','1999-04-08','2006-04-19')", ref="2006-04-19", window="1999-04-08..2006-04-19"),
        C("SPX", "period_return", "-2.5", "-2.5%", "ret('GSPC','1999-04-08','2006-04-19')", ref="2006-04-19", window="1999-04-08..2006-04-19"),
        C("RUT", "window_length_years", "6", "previous six years", "(ts('2006-04-19') - ts('1999-04-08')).days / 365.25", ref="2006-04-19", unit="years", cls="pts",
          note="The window the post itself gives runs 7.03 years; 'six years' understates it by one year (14%)."),
    ]))

# ---------------------------------------------------------------- 8
W1 = "1999-09-23"
PASSAGES.append(dict(
    id="baltimoresun_19990924_dow_nears_correction",
    source={"site": "articles.baltimoresun.com",
            "url": "http://articles.baltimoresun.com/1999-09-24/business/9909240207_1_york-stock-exchange-composite-index-market",
            "original_outlet": "Bloomberg News (in The Baltimore Sun)"},
    published="1999-09-24", published_confidence="exact",
    published_note="Dated September 24, 1999 (Friday); 'yesterday' is Thu 1999-09-23 (Dow 10,318.59 in the files).",
    text=("NEW YORK — Stocks plummeted yesterday as investors sold heavily on continued worries about higher interest rates "
          "and the strength of the dollar, and a Microsoft Corp. executive's warning that technology stocks are overvalued "
          "took away a big source of the market's strength. The Dow Jones industrial average fell 205.48, or 2 percent, to "
          "close at 10,318.59, bringing its decline over the past three sessions to 505.31 points, or 4.5 percent. The week's "
          "sell-off has left the Dow more than 1,000 points below its Aug. 25 closing record of 11,326.04, a drop of 8.9 "
          "percent — just shy of the 10 percent decline analysts use to define a market correction. Broader indicators fell "
          "steeply as well. The Standard & Poor's 500 index lost 29.74, or 2.3 percent, to 1,280.77, led by software, "
          "computer, semiconductor and communications-equipment shares; Microsoft, the most heavily weighted stock in the "
          "index, accounts for 4.4 percent of it. The Nasdaq composite index tumbled 108.33, or 3.8 percent, to 2,749.83, its "
          "fourth-biggest decline. Elsewhere, the Russell 2,000 index, a benchmark of small-cap stocks, skidded 7.32 to "
          "420.21. Declining issues outnumbered advancers by a 5-to-2 margin on the New York Stock Exchange. The blue chips "
          "made some short-lived attempts to turn around; in early afternoon the Dow gave up a brief rally that had lifted it "
          "as much as 48 points."),
    claims=[
        C("DJI", "daily_point_change", "-205.48", "205.48", f"point_change('DJI','{W1}')", ref=W1, unit="index_points", cls="pts"),
        C("DJI", "daily_pct_change", "-2", "2 percent", f"pct_change('DJI','{W1}')", ref=W1),
        C("DJI", "close_level", "10318.59", "10,318.59", f"close('DJI','{W1}')", ref=W1, unit="index_points", cls="level"),
        C("DJI", "period_point_change", "-505.31", "505.31 points", f"points('DJI','1999-09-20','{W1}')", ref=W1, window="3 sessions (1999-09-21..23)", unit="index_points", cls="pts"),
        C("DJI", "period_pct_change", "-4.5", "4.5 percent", f"ret('DJI','1999-09-20','{W1}')", ref=W1, window="3 sessions (1999-09-21..23)",
          note="505.31 points from the 1999-09-20 close of 10,823.90 is 4.67%; the point figure is exact but the percentage is understated."),
        C("DJI", "points_below_record", "1000", "more than 1,000 points", f"max_close('DJI','1992-01-02','1999-09-22')[1] - close('DJI','{W1}')", qualifier="more than", ref=W1, unit="index_points", cls="pts"),
        C("DJI", "record_close", "11326.04", "Aug. 25 closing record of 11,326.04", "max_close('DJI','1992-01-02','1999-09-22')", kind="fixed", verdict="supported", rule="record: date and level must match the highest earlier close in the file", ref="1999-08-25", unit="index_points",
          note="Highest close before 1999-09-23 in the file: 11,326.04 on Wed 1999-08-25, as stated."),
        C("DJI", "pct_from_record", "8.9", "8.9", f"(1 - close('DJI','{W1}') / max_close('DJI','1992-01-02','1999-09-22')[1]) * 100", ref=W1),
        C("DJI", "in_correction", "not yet", "just shy of the 10 percent decline", f"[round((1 - close('DJI','{W1}') / max_close('DJI','1998-09-23','1999-09-22')[1]) * 100, 2), (1 - close('DJI','{W1}') / max_close('DJI','1998-09-23','1999-09-22')[1]) * 100 < 10]", kind="fixed", verdict="supported",
          rule="correction = a close at least 10% below the highest close of the previous 52 weeks; the text says the Dow is not there yet", ref=W1, unit="flag",
          note="8.89% below the 52-week closing high (the record of 1999-08-25): not a correction, as stated."),
        C("SPX", "daily_point_change", "-29.74", "29.74", f"point_change('GSPC','{W1}')", ref=W1, unit="index_points", cls="pts",
          note="The file has -30.10 (1,310.51 to 1,280.41); the article's figures are consistent with a 1,280.77 close, 0.36 above the file."),
        C("SPX", "daily_pct_change", "-2.3", "2.3 percent", f"pct_change('GSPC','{W1}')", ref=W1),
        C("SPX", "close_level", "1280.77", "1,280.77", f"close('GSPC','{W1}')", ref=W1, unit="index_points", cls="level", note="File close 1,280.41."),
        C("SPX_WEIGHTS", "constituent_weight", "4.4", "4.4 percent of it", None, kind="U", rule="unverifiable: " + U_SERIES + " (index weights)", ref=W1, note="Index weights are not in the files."),
        C("IXIC", "daily_point_change", "-108.33", "108.33", f"point_change('IXIC','{W1}')", ref=W1, unit="index_points", cls="pts"),
        C("IXIC", "daily_pct_change", "-3.8", "3.8 percent", f"pct_change('IXIC','{W1}')", ref=W1),
        C("IXIC", "close_level", "2749.83", "2,749.83", f"close('IXIC','{W1}')", ref=W1, unit="index_points", cls="level"),
        C("IXIC", "point_drop_rank", "4", "fourth-biggest decline", f"move_rank('IXIC','{W1}','pts')", ref=W1, unit="rank", cls="pts", dec=0,
          note="Ranked by points among all daily moves in the file (from 1971): behind 1998-08-31 (-140.43), 1999-04-19 (-138.43) and 1997-10-27 (-118.17). In percent it ranks far lower."),
        C("RUT", "daily_point_change", "-7.32", "7.32", f"point_change('RUT','{W1}')", ref=W1, unit="index_points", cls="pts"),
        C("RUT", "close_level", "420.21", "420.21", f"close('RUT','{W1}')", ref=W1, unit="index_points", cls="level"),
        C("NYSE", "breadth_ratio", "5-to-2", "5-to-2 margin", None, kind="U", rule="unverifiable: " + U_SERIES + " (NYSE breadth)", ref=W1),
        C("DJI", "intraday_high_change", "48", "as much as 48 points", f"intraday_change('DJI','{W1}','high')", qualifier="as much as", ref=W1, unit="index_points", cls="pts", basis="intraday high",
          note="Session high 10,572.51 against the previous close 10,524.07: +48.44; 'in early afternoon' is not checkable, the session extreme is."),
    ]))

# ---------------------------------------------------------------- 9
W2 = "1998-10-05"
PASSAGES.append(dict(
    id="baltimoresun_19981006_computer_shares_nasdaq_plunge",
    source={"site": "articles.baltimoresun.com",
            "url": "http://articles.baltimoresun.com/1998-10-06/business/1998279123_1_composite-index-nasdaq-composite-slumped",
            "original_outlet": "Bloomberg News (in The Baltimore Sun)"},
    published="1998-10-06", published_confidence="exact",
    published_note="Dated October 6, 1998 (Tuesday); 'yesterday' is Mon 1998-10-05 (Dow 7,726.24 in the files).",
    text=("NEW YORK — U.S. stocks fell yesterday, led by computer shares, after finance officials from the industrialized "
          "nations failed to offer a remedy for slowing world economic growth. Cisco Systems Inc. and Microsoft Corp. "
          "tumbled as the Nasdaq composite index dropped 4.85 percent. \"We're having a crisis of confidence right now,\" "
          "said a Philadelphia money manager, pointing to uncertainty in Japan and the rest of Asia and to companies' "
          "earnings problems. The Dow Jones industrial average, led lower by International Business Machines Corp., closed "
          "down 58.45 at 7,726.24, after climbing back from a 233-point loss. The Standard & Poor's 500 index lost 14.04, or "
          "1.4 percent, to 988.56, and the Nasdaq composite, dominated by computer-related shares, sank 78.29 to 1,536.69. "
          "Among other broad indexes, the Russell 2,000 index of small-capitalization stocks lost 12.91, to 336.80. Declining "
          "issues led advancers by a 3-to-1 ratio on the New York Stock Exchange. The U.S. declines followed slumps in Europe "
          "and Asia, where Hong Kong's Hang Seng index fell 4.05 percent."),
    claims=[
        C("IXIC", "daily_pct_change", "-4.85", "4.85 percent", f"pct_change('IXIC','{W2}')", ref=W2),
        C("DJI", "daily_point_change", "-58.45", "58.45", f"point_change('DJI','{W2}')", ref=W2, unit="index_points", cls="pts"),
        C("DJI", "close_level", "7726.24", "7,726.24", f"close('DJI','{W2}')", ref=W2, unit="index_points", cls="level"),
        C("DJI", "intraday_low_change", "-233", "233-point loss", f"intraday_change('DJI','{W2}','low')", ref=W2, unit="index_points", cls="pts", basis="intraday low",
          note="Session low 7,551.68 against the previous close 7,784.69: -233.01."),
        C("SPX", "daily_point_change", "-14.04", "14.04", f"point_change('GSPC','{W2}')", ref=W2, unit="index_points", cls="pts"),
        C("SPX", "daily_pct_change", "-1.4", "1.4 percent", f"pct_change('GSPC','{W2}')", ref=W2),
        C("SPX", "close_level", "988.56", "988.56", f"close('GSPC','{W2}')", ref=W2, unit="index_points", cls="level"),
        C("IXIC", "daily_point_change", "-78.29", "78.29", f"point_change('IXIC','{W2}')", ref=W2, unit="index_points", cls="pts"),
        C("IXIC", "close_level", "1536.69", "1,536.69", f"close('IXIC','{W2}')", ref=W2, unit="index_points", cls="level"),
        C("RUT", "daily_point_change", "-12.91", "12.91", f"point_change('RUT','{W2}')", ref=W2, unit="index_points", cls="pts"),
        C("RUT", "close_level", "336.80", "336.80", f"close('RUT','{W2}')", ref=W2, unit="index_points", cls="level"),
        C("NYSE", "breadth_ratio", "3-to-1", "3-to-1 ratio", None, kind="U", rule="unverifiable: " + U_SERIES + " (NYSE breadth)", ref=W2),
        C("HSI", "daily_pct_change", "-4.05", "4.05 percent", None, kind="U", rule="unverifiable: " + U_SERIES + " (Hang Seng)", ref=W2),
    ]))

# ---------------------------------------------------------------- 10
W3 = "2004-01-05"
PASSAGES.append(dict(
    id="honoluluadvertiser_20040105_nasdaq_two_year_high",
    source={"site": "the.honoluluadvertiser.com", "url": "http://the.honoluluadvertiser.com/article/2004/Jan/05/br/br10p.html",
            "original_outlet": "Associated Press (Meg Richards), in The Honolulu Advertiser"},
    published="2004-01-05", published_confidence="exact",
    published_note="'Posted at 12:16 p.m., Monday, January 5, 2004' (Hawaii time, after the New York close); the figures are Mon 2004-01-05 closes, given as preliminary.",
    text=("Posted at 12:16 p.m., Monday, January 5, 2004 — By Meg Richards, Associated Press. The Nasdaq composite index rose "
          "2 percent to its highest point in two years and the Dow Jones industrial average picked up more than 130 points, "
          "as upbeat high-tech news and a Federal Reserve governor's hint that interest rates might stay low sent stocks "
          "soaring while many traders returned from the holidays. Analysts noted that Wall Street also tends to rise in the "
          "first weeks of a year and that momentum had carried over from 2003. \"The big picture is still the bull market,\" "
          "said Alfred E. Goldman of A.G. Edwards & Sons Inc. in St. Louis. According to preliminary calculations, the "
          "Nasdaq closed up 40.68 at 2,047.36, after a gain of 1.7 percent last week; it was the index's highest close since "
          "Jan. 8, 2002, when it finished at 2,055.74. The Dow closed up 134.22, or 1.3 percent, at 10,544.07, after a 0.8 "
          "percent rise last week; the 30-stock average last closed higher on March 19, 2002, at 10,635.25. The Standard & "
          "Poor's 500 index closed up 13.74, or 1.2 percent, at 1,122.22, following a weekly rise of 1.1 percent. It was the "
          "S&P's highest close since April 19, 2002, when it ended the day at 1,125.17. The tech-dominated Nasdaq's jump "
          "followed positive data on semiconductor sales."),
    claims=[
        C("IXIC", "daily_pct_change", "2", "rose 2 percent", f"pct_change('IXIC','{W3}')", ref=W3),
        C("IXIC", "highest_since_years", "2", "highest point in two years", f"highest_since('IXIC','{W3}')", kind="fixed", verdict="supported",
          rule="highest since X: X must be the last session with a close at least as high", ref=W3, unit="date", note="Last close at or above 2,047.36: 2002-01-08 (2,055.74), just under two years earlier."),
        C("DJI", "daily_point_change", "130", "more than 130 points", f"point_change('DJI','{W3}')", qualifier="more than", ref=W3, unit="index_points", cls="pts"),
        C("IXIC", "daily_point_change", "40.68", "40.68", f"point_change('IXIC','{W3}')", ref=W3, qualifier="preliminary", unit="index_points", cls="pts"),
        C("IXIC", "close_level", "2047.36", "2,047.36", f"close('IXIC','{W3}')", ref=W3, qualifier="preliminary", unit="index_points", cls="level"),
        C("IXIC", "weekly_return", "1.7", "1.7 percent last week", "wtd('IXIC','2004-01-02')", ref="2004-01-02", window="week to 2004-01-02"),
        C("IXIC", "highest_since", "2002-01-08", "since Jan. 8, 2002", f"highest_since('IXIC','{W3}')", kind="fixed", verdict="supported", rule="highest since X: X must be the last session with a close at least as high", ref=W3, unit="date"),
        C("IXIC", "close_level_on_since_date", "2055.74", "2,055.74", "close('IXIC','2002-01-08')", ref="2002-01-08", unit="index_points", cls="level"),
        C("DJI", "daily_point_change", "134.22", "134.22", f"point_change('DJI','{W3}')", ref=W3, qualifier="preliminary", unit="index_points", cls="pts"),
        C("DJI", "daily_pct_change", "1.3", "1.3 percent, at", f"pct_change('DJI','{W3}')", ref=W3, qualifier="preliminary"),
        C("DJI", "close_level", "10544.07", "10,544.07", f"close('DJI','{W3}')", ref=W3, qualifier="preliminary", unit="index_points", cls="level"),
        C("DJI", "weekly_return", "0.8", "0.8 percent rise", "wtd('DJI','2004-01-02')", ref="2004-01-02", window="week to 2004-01-02"),
        C("DJI", "highest_since", "2002-03-19", "last closed higher on March 19, 2002", f"highest_since('DJI','{W3}')", kind="fixed", verdict="supported", rule="highest since X: X must be the last session with a close at least as high", ref=W3, unit="date"),
        C("DJI", "close_level_on_since_date", "10635.25", "10,635.25", "close('DJI','2002-03-19')", ref="2002-03-19", unit="index_points", cls="level"),
        C("SPX", "daily_point_change", "13.74", "13.74", f"point_change('GSPC','{W3}')", ref=W3, qualifier="preliminary", unit="index_points", cls="pts"),
        C("SPX", "daily_pct_change", "1.2", "1.2 percent, at", f"pct_change('GSPC','{W3}')", ref=W3, qualifier="preliminary"),
        C("SPX", "close_level", "1122.22", "1,122.22", f"close('GSPC','{W3}')", ref=W3, qualifier="preliminary", unit="index_points", cls="level"),
        C("SPX", "weekly_return", "1.1", "weekly rise of 1.1 percent", "wtd('GSPC','2004-01-02')", ref="2004-01-02", window="week to 2004-01-02"),
        C("SPX", "highest_since", "2002-04-19", "since April 19, 2002", f"highest_since('GSPC','{W3}')", kind="fixed", verdict="supported", rule="highest since X: X must be the last session with a close at least as high", ref=W3, unit="date"),
        C("SPX", "close_level_on_since_date", "1125.17", "1,125.17", "close('GSPC','2002-04-19')", ref="2002-04-19", unit="index_points", cls="level"),
    ]))

# ---------------------------------------------------------------- 11
W4 = "2006-05-23"
PASSAGES.append(dict(
    id="chicagotribune_20060524_late_slide_tech_may",
    source={"site": "articles.chicagotribune.com",
            "url": "http://articles.chicagotribune.com/2006-05-24/business/0605240190_1_index-of-small-company-stocks-commodity-linked-composite-index",
            "original_outlet": "Chicago Tribune (Bill Barnhart, Stock watch)"},
    published="2006-05-24", published_confidence="exact",
    published_note="Dated May 24, 2006 (Wednesday); the column describes Tuesday's session, 2006-05-23 (Dow 11,098.35 in the files).",
    text=("Stock watch, by Bill Barnhart. The late slide in stock prices Tuesday was not only swift but left a bad taste. "
          "The so-called tick index compiled at the New York Stock Exchange, which counts trades at a higher price than the "
          "one before minus trades at a lower price, broke down sharply in the closing minutes, even though the NYSE "
          "composite index of all listed stocks ended virtually unchanged. At the close losers outnumbered winners by a 6-5 "
          "ratio among NYSE-listed stocks, on volume of 1.89 billion shares. The Dow Jones industrial average, which traded as "
          "high as 11,202, closed down 26.98 points at 11,098.35, just a point above its low for the day. Home Depot led the "
          "losers among the 30 Dow stocks, while Caterpillar, a beneficiary of the global hunt for commodities, was the "
          "biggest Dow gainer. The broader Standard & Poor's 500 index dropped 5.49, to 1256.58. The Nasdaq composite index "
          "fell 14.10, to 2158.76. The Russell 2000 index of small-company stocks lost 3.96, to 711.29. Technology stocks, "
          "the market's leaders in recent years, have collapsed in May: the 30-stock index of major technology companies "
          "tracked by the Chicago Board Options Exchange has plunged 8 percent so far this month. Crude oil futures rallied, "
          "with oil for July delivery jumping $1.80 a barrel."),
    claims=[
        C("NYSE", "breadth_ratio", "6-5", "6-5 ratio", None, kind="U", rule="unverifiable: " + U_SERIES + " (NYSE breadth)", ref=W4),
        C("NYSE", "volume", "1.89 billion", "1.89 billion shares", None, kind="U", rule="unverifiable: " + U_SERIES + " (NYSE volume)", ref=W4, unit="shares"),
        C("DJI", "intraday_high", "11202", "as high as 11,202", f"close('DJI','{W4}','high')", qualifier="as high as", ref=W4, unit="index_points", cls="level", basis="intraday high"),
        C("DJI", "daily_point_change", "-26.98", "26.98 points", f"point_change('DJI','{W4}')", ref=W4, unit="index_points", cls="pts"),
        C("DJI", "close_level", "11098.35", "11,098.35", f"close('DJI','{W4}')", ref=W4, unit="index_points", cls="level"),
        C("DJI", "close_above_low", "1", "just a point above its low", f"close('DJI','{W4}') - close('DJI','{W4}','low')", qualifier="about", ref=W4, unit="index_points", cls="pts", basis="intraday low",
          note="Close 11,098.35 against a session low of 11,097.31: 1.04 points."),
        C("SPX", "daily_point_change", "-5.49", "5.49", f"point_change('GSPC','{W4}')", ref=W4, unit="index_points", cls="pts"),
        C("SPX", "close_level", "1256.58", "1256.58", f"close('GSPC','{W4}')", ref=W4, unit="index_points", cls="level"),
        C("IXIC", "daily_point_change", "-14.10", "14.10", f"point_change('IXIC','{W4}')", ref=W4, unit="index_points", cls="pts"),
        C("IXIC", "close_level", "2158.76", "2158.76", f"close('IXIC','{W4}')", ref=W4, unit="index_points", cls="level"),
        C("RUT", "daily_point_change", "-3.96", "3.96", f"point_change('RUT','{W4}')", ref=W4, unit="index_points", cls="pts"),
        C("RUT", "close_level", "711.29", "711.29", f"close('RUT','{W4}')", ref=W4, unit="index_points", cls="level"),
        C("CBOE_TECH", "mtd_return", "-8", "plunged 8 percent", None, kind="U", rule="unverifiable: " + U_SERIES + " (CBOE technology index)", ref=W4, window="MTD"),
        C("OIL", "daily_change", "1.80", "$1.80 a barrel", None, kind="U", rule="unverifiable: " + U_SERIES + " (crude oil futures)", ref=W4, unit="usd"),
    ]))

# ---------------------------------------------------------------- 12
W5 = "2001-08-10"
PASSAGES.append(dict(
    id="crainsnewyork_20010810_dow_rallies_nasdaq_slips",
    source={"site": "crainsnewyork.com", "url": "https://www.crainsnewyork.com/article/20010810/FREE/108100706/dow-rallies-nasdaq-slips",
            "original_outlet": "Crain's New York Business"},
    published="2001-08-10", published_confidence="exact",
    published_note="URL date 2001-08-10 (Friday); the closes (Dow +117.69 to 10,416.25) match Fri 2001-08-10 in the files.",
    text=("The Dow Jones Industrial Average rallied as a larger-than-expected drop in wholesale prices lifted hopes that the "
          "Federal Reserve will cut interest rates again. The Dow closed with a gain of 117.69, or 11%, to 10,416.25. The "
          "Standard & Poor's 500 Index, meanwhile, advanced 6.73, or 0.6%, to 1190.16, while the Nasdaq Composite Index fell "
          "for a sixth day, losing 6.85, or 0.4%, to 1956.47. Four of the six New York companies in the Dow rose, if only by "
          "small degrees. Philip Morris was the lone loser, slipping 38 cents to $44.11 even though a judge had cut the record "
          "$3 billion it was to pay a cancer sufferer. Software shares led the Nasdaq's decline after a Goldman Sachs analyst "
          "said business would get worse because companies have not increased their software spending. Among the biggest "
          "local Nasdaq decliners were tech-related names, while health-care companies led the local gainers."),
    claims=[
        C("DJI", "daily_point_change", "117.69", "117.69", f"point_change('DJI','{W5}')", ref=W5, unit="index_points", cls="pts"),
        C("DJI", "daily_pct_change", "11", "or 11%", f"pct_change('DJI','{W5}')", ref=W5,
          note="117.69 points on a 10,298.56 base is 1.14%, not 11% (a dropped decimal point in the original). Rows: 2001-08-09 close 10,298.56; 2001-08-10 close 10,416.25."),
        C("DJI", "close_level", "10416.25", "10,416.25", f"close('DJI','{W5}')", ref=W5, unit="index_points", cls="level"),
        C("SPX", "daily_point_change", "6.73", "6.73", f"point_change('GSPC','{W5}')", ref=W5, unit="index_points", cls="pts"),
        C("SPX", "daily_pct_change", "0.6", "0.6%", f"pct_change('GSPC','{W5}')", ref=W5),
        C("SPX", "close_level", "1190.16", "1190.16", f"close('GSPC','{W5}')", ref=W5, unit="index_points", cls="level"),
        C("IXIC", "down_streak", "6", "fell for a sixth day", f"streak('IXIC','{W5}', up=False)", ref=W5, unit="sessions", cls="pts", dec=0,
          note="Nasdaq closes fell on 2001-08-03, 06, 07, 08, 09 and 10: six sessions."),
        C("IXIC", "daily_point_change", "-6.85", "6.85", f"point_change('IXIC','{W5}')", ref=W5, unit="index_points", cls="pts"),
        C("IXIC", "daily_pct_change", "-0.4", "0.4%", f"pct_change('IXIC','{W5}')", ref=W5),
        C("IXIC", "close_level", "1956.47", "1956.47", f"close('IXIC','{W5}')", ref=W5, unit="index_points", cls="level"),
        C("GENERIC", "count_of_local_dow_stocks_up", "Four of the six", "Four of the six", None, kind="U", rule="unverifiable: single stocks are not in the files", ref=W5, unit="count"),
        C("STOCK", "single_stock_move", "-0.38", "38 cents", None, kind="U", rule="unverifiable: single stocks are not in the files", ref=W5, unit="usd"),
        C("STOCK", "single_stock_price", "44.11", "$44.11", None, kind="U", rule="unverifiable: single stocks are not in the files", ref=W5, unit="usd"),
        C("GENERIC", "legal_award", "3 billion", "$3 billion", None, kind="U", rule="unverifiable: not a market figure in the files", unit="usd"),
    ]))

# ---------------------------------------------------------------- 13
W6 = "2010-12-07"
PASSAGES.append(dict(
    id="newsday_20101207_tax_deal_yields_surge",
    source={"site": "newsday.com", "url": "https://www.newsday.com/business/surging-yield-on-10-year-notes-affects-stocks-1.2524835",
            "original_outlet": "Newsday (Associated Press copy)"},
    published="2010-12-07", published_confidence="high",
    published_note="Undated page; the text describes a Tuesday after the Obama-Republican tax-cut deal (announced Mon 2010-12-06) with the Dow at 11,359.16, which the files match on Tue 2010-12-07.",
    text=("Stocks closed mixed Tuesday as enthusiasm over a deal to extend tax cuts faded. Bond prices fell sharply as "
          "traders anticipated that the tax cuts would lead to ballooning budget deficits, and the yield on the 10-year "
          "Treasury note jumped to its highest level since June 22. Stocks had soared in the morning on the plan agreed "
          "between President Barack Obama and Republican leaders to extend the Bush-era tax cuts, which were due to expire "
          "at the end of the year, but the rally fizzled late as debt prices slid. \"Investors really do like certainty, and "
          "they really do like certainty around taxes,\" said Kim Caughey Forrest of Fort Pitt Capital Group. The Dow Jones "
          "industrial average fell 3.03 points, or 0.03 percent, to close at 11,359.16. The broader Standard & Poor's 500 "
          "index rose 0.63, or 0.05 percent, to 1,223.75, closing within 2 points of its 2010 high reached on Nov. 5. The "
          "Nasdaq composite index rose 3.57, or 0.1 percent, to 2,598.49. Treasury prices fell sharply, sending the yield on "
          "the 10-year note up to 3.13 percent from 2.93 percent late Monday; that yield is a widely used benchmark for "
          "mortgage and other loan rates. Citigroup Inc. rose 3.8 percent to $4.62 after the government said late Monday it "
          "had reached a deal to sell its remaining stake in the bank for a $12 billion profit."),
    claims=[
        C("US10Y", "highest_since", "2010-06-22", "highest level since June 22", f"rate_level_since('DGS10','{W6}')", kind="fixed", verdict="contradicted",
          rule="highest since X: X must be the last date with a value at least as high, or the first date after it; an earlier X is contradicted", ref=W6, unit="date", basis="end of day",
          note="FRED end-of-day 10-year yields: 2010-12-07 3.15; the last earlier value at or above it is 3.15 on 2010-07-13 (2010-06-22 was 3.18). 'Since June 22' skips July 13, an earlier X than the true one. On the article's own 3.13 level the last earlier date at or above is also 2010-07-13. Intraday yields are not in the files."),
        C("DJI", "daily_point_change", "-3.03", "3.03 points", f"point_change('DJI','{W6}')", ref=W6, unit="index_points", cls="pts"),
        C("DJI", "daily_pct_change", "-0.03", "0.03 percent", f"pct_change('DJI','{W6}')", ref=W6),
        C("DJI", "close_level", "11359.16", "11,359.16", f"close('DJI','{W6}')", ref=W6, unit="index_points", cls="level"),
        C("SPX", "daily_point_change", "0.63", "0.63", f"point_change('GSPC','{W6}')", ref=W6, unit="index_points", cls="pts"),
        C("SPX", "daily_pct_change", "0.05", "0.05 percent", f"pct_change('GSPC','{W6}')", ref=W6),
        C("SPX", "close_level", "1223.75", "1,223.75", f"close('GSPC','{W6}')", ref=W6, unit="index_points", cls="level"),
        C("SPX", "points_from_year_high", "2", "within 2 points", f"max_close('GSPC','2010-01-01','2010-12-06')[1] - close('GSPC','{W6}')", qualifier="within", allow_imprecise=True, ref=W6, unit="index_points", cls="pts",
          note="2010 closing high 1,225.85 (2010-11-05) minus 1,223.75 = 2.10 points: just outside 'within 2 points' (5% over the bound), keyed imprecise as a point distance within 20%."),
        C("SPX", "year_high_date", "2010-11-05", "2010 high reached on Nov. 5", "max_close('GSPC','2010-01-01','2010-12-06')[0]", kind="fixed", verdict="supported", rule="date of the year's high must match the files", ref=W6, unit="date"),
        C("IXIC", "daily_point_change", "3.57", "3.57", f"point_change('IXIC','{W6}')", ref=W6, unit="index_points", cls="pts"),
        C("IXIC", "daily_pct_change", "0.1", "0.1 percent", f"pct_change('IXIC','{W6}')", ref=W6),
        C("IXIC", "close_level", "2598.49", "2,598.49", f"close('IXIC','{W6}')", ref=W6, unit="index_points", cls="level"),
        C("US10Y", "yield_level", "3.13", "3.13 percent", f"rate_on('DGS10','{W6}')", ref=W6, basis="end of day", cls="level",
          note="FRED end-of-day 3.15; the article's late-trading 3.13 is within the 2-dp tolerance."),
        C("US10Y", "yield_level_prior", "2.93", "2.93 percent", "rate_on('DGS10','2010-12-06')", ref="2010-12-06", basis="end of day", cls="level",
          note="FRED end-of-day 2010-12-06: 2.95, within the 2-dp tolerance of 'late Monday' 2.93."),
        C("STOCK", "single_stock_move", "3.8", "3.8 percent", None, kind="U", rule="unverifiable: single stocks are not in the files", ref=W6),
        C("STOCK", "single_stock_price", "4.62", "$4.62", None, kind="U", rule="unverifiable: single stocks are not in the files", ref=W6, unit="usd"),
        C("GENERIC", "government_profit", "12 billion", "$12 billion", None, kind="U", rule="unverifiable: not a market figure in the files", unit="usd"),
    ]))

# ---------------------------------------------------------------- 14
PASSAGES.append(dict(
    id="nstarcapital_20110812_downgrade_week_review",
    source={"site": "nstarcapital.com", "url": "https://nstarcapital.com/2011/08/weekly-market-review-friday-august-12-2011/",
            "original_outlet": "N-Star Capital (adviser's weekly market review)"},
    published="2011-08-12", published_confidence="exact",
    published_note="Title and URL give Friday, August 12, 2011; the review covers Mon 2011-08-08 to Fri 2011-08-12, the week after S&P's downgrade of Fri 2011-08-05.",
    text=("Weekly Market Review, Friday, August 12, 2011. On Monday, stocks reacted most unfavorably to S&P's decision the "
          "previous Friday to downgrade U.S. debt to AA+ from AAA+: the S&P 500 index dropped almost 7%, and the Dow fell "
          "below 11000. Investor panic drove volatility to its highest level since the 'Flash Crash' of May 6, 2010. "
          "Volatility stayed high on Tuesday, but stocks ended up soaring on a roller-coaster day that saw the Dow swing 600 "
          "points; a Fed statement that interest rates would stay low through mid-2013 at first sank stocks, before the major "
          "indexes recovered with a bang in the final hour. Those gains, and more, were wiped out on Wednesday by a 520 point "
          "loss for the Dow on concerns about French banks and European debt. It was the third consecutive day that the Dow "
          "had a move of at least 400 points. On Thursday stocks screamed up once again, as the Dow set a record for the most "
          "consecutive 400+ point swings. Stocks settled on Friday, as volatility and big intraday swings subsided on lighter "
          "volume, with the Dow gaining 125 points. Despite the fallout from the downgrade and the extreme volatility, the "
          "markets lost a relatively small amount this week, with large-cap stocks faring better than small-cap stocks."),
    claims=[
        C("SPX", "daily_pct_change", "-7", "dropped almost 7%", "pct_change('GSPC','2011-08-08')", qualifier="almost", ref="2011-08-08"),
        C("DJI", "close_below_level", "11000", "fell below 11000", "close('DJI','2011-08-08') < 11000", kind="bool", rule="level crossing: the close must be on the stated side", ref="2011-08-08", unit="index_points",
          note="Close 10,809.85 on 2011-08-08 (11,444.61 the Friday before)."),
        C("VIX", "highest_since", "2010-05-06", "since the 'Flash Crash' of May 6, 2010", "highest_since('VIX','2011-08-08')", kind="fixed", verdict="imprecise",
          rule="highest since X: X must be the last session with a value at least as high; a later X is imprecise (understated)", ref="2011-08-08", unit="date",
          note="VIX closed at 48.00 on 2011-08-08; the last earlier close at or above it was 49.68 on 2009-03-09, so the level was the highest since March 2009 and 'since May 6, 2010' understates it. Intraday reading: the high of 48.00 was last matched by the 48.20 high of 2010-05-21, after May 6. Rows: VIX 2010-05-06 close 32.80; 2010-05-20 close 45.79; 2011-08-08 close 48.00."),
        C("DJI", "intraday_swing", "600", "swing 600 points", "session_range('DJI','2011-08-09')", ref="2011-08-09", unit="index_points", cls="pts", basis="intraday high-low",
          note="High 11,244.01, low 10,604.07: a 639.94-point range. An unhedged round 600 is 6.6% short."),
        C("FEDFUNDS", "fomc_decision_day", "Tuesday", "a Fed statement", "[str(d.date()) for d in fomc_meetings_between('2011-08-08','2011-08-12')]", kind="fixed", verdict="supported",
          rule="FOMC decision day must be in FOMC_meetings.csv", ref="2011-08-09", unit="date", note="FOMC decision on Tue 2011-08-09; the 'mid-2013' guidance itself is statement text, not in the files."),
        C("FEDFUNDS", "guidance_horizon", "mid-2013", "through mid-2013", None, kind="N", rule="not_checkable: policy guidance (a forward statement), not a market figure", ref="2011-08-09"),
        C("DJI", "daily_point_change", "-520", "520 point loss", "point_change('DJI','2011-08-10')", ref="2011-08-10", unit="index_points", cls="pts"),
        C("DJI", "consecutive_400pt_moves", "3", "third consecutive day", "abs_move_run('DJI','2011-08-10',400)", ref="2011-08-10", unit="sessions", cls="pts", dec=0,
          note="Close-to-close moves: 2011-08-08 -634.76, 08-09 +429.92, 08-10 -519.83."),
        C("DJI", "record_consecutive_400pt_moves", "record", "set a record for the most consecutive 400+ point swings", "[abs_move_run('DJI','2011-08-11',400), longest_abs_move_run_before('DJI','2011-08-11',400)]", kind="fixed", verdict="supported",
          rule="record: the run must exceed every earlier run in the file", ref="2011-08-11", unit="flag",
          note="Four straight 400-point closes (08-08 to 08-11, +423.37 on Thursday) against a previous longest run of three (November 2008). The Dow file starts in 1992; before then the Dow never moved 400 points in a day except once in 1987."),
        C("DJI", "daily_point_change", "125", "gaining 125 points", "point_change('DJI','2011-08-12')", ref="2011-08-12", unit="index_points", cls="pts",
          note="+125.71: an unhedged 125 truncates the figure (it rounds to 126)."),
        C("RUT", "weekly_relative_performance", "large caps better", "large-cap stocks faring better than small-cap stocks", "[round(wtd('RUT','2011-08-12'), 2), round(wtd('GSPC','2011-08-12'), 2), round(wtd('DJI','2011-08-12'), 2)]", kind="fixed", verdict="supported",
          rule="ordering claim must hold in the files", ref="2011-08-12", window="week", unit="flag",
          note="Week to 2011-08-12: Russell 2000 -2.40%, S&P 500 -1.72%, Dow -1.53%."),
    ]))
