"""Passage texts and claim specifications for corpora/heldout30a (read by build.py)."""

NAMES = {"SPX": "S&P 500", "DJI": "Dow", "IXIC": "Nasdaq composite", "RUT": "Russell 2000", "IWM": "IWM"}


def _dec(s):
    s = s.replace(",", "").replace("%", "").replace(" per cent", "").strip()
    return len(s.split(".")[1]) if "." in s else 0


def _num(s):
    return float(s.replace(",", "").replace("%", "").replace(" per cent", ""))


def day(t, d, sign, pts_s, pct_s, level_s, note=""):
    """the three figures of an AP 'On <day>:' line"""
    pts, pct = sign * _num(pts_s), sign * _num(pct_s)
    base = dict(index_or_ticker=t, ref_date=d, basis="close", qualifier=None)
    return [
        dict(base, metric="daily_change_points", value=pts, unit="points", window="1d",
             comparison="vs previous close", kind="pts", dec=_dec(pts_s), expr="chg_pts(%r, %r)" % (t, d),
             anchors=["%s points" % pts_s], note=note or "close vs previous close"),
        dict(base, metric="daily_change_pct", value=pct, unit="pct", window="1d",
             comparison="vs previous close", kind="pct", dec=_dec(pct_s), expr="chg_pct(%r, %r)" % (t, d),
             anchors=["%s points, or %s" % (pts_s, pct_s), "or %s" % pct_s], note="close vs previous close"),
        dict(base, metric="close_level", value=_num(level_s), unit="index points", window=None,
             comparison=None, kind="level", dec=_dec(level_s), expr="close(%r, %r)" % (t, d),
             anchors=[level_s], note="closing level"),
    ]


def period(t, d, window, sign, pts_s, pct_s, tail=""):
    """the two figures of an AP 'For the week/year:' line"""
    fn = "wtd" if window == "WTD" else "ytd"
    start = "last close of the previous week" if window == "WTD" else "last close of the previous year"
    pts, pct = sign * _num(pts_s), sign * _num(pct_s)
    base = dict(index_or_ticker=t, ref_date=d, basis="close", qualifier=None, window=window,
                comparison="vs " + start)
    return [
        dict(base, metric=fn + "_change_points", value=pts, unit="points", kind="pts", dec=_dec(pts_s),
             expr="%s_pts(%r, %r)" % (fn, t, d), anchors=["%s points%s" % (pts_s, tail)],
             note="%s: close vs %s" % (window, start)),
        dict(base, metric=fn + "_change_pct", value=pct, unit="pct", kind="pct", dec=_dec(pct_s),
             expr="%s_pct(%r, %r)" % (fn, t, d), anchors=["%s points, or %s" % (pts_s, pct_s)],
             note="%s: close vs %s" % (window, start)),
    ]


def special(**kw):
    kw.setdefault("qualifier", None)
    kw.setdefault("window", None)
    kw.setdefault("comparison", None)
    kw.setdefault("basis", "close")
    kw.setdefault("unit", None)
    return kw


PASSAGES = []

# ---------------------------------------------------------------- 1
D = "2023-03-27"
PASSAGES.append(dict(
    id="ap_20230327_banks_steady_rut_up",
    source=dict(site="dailymail.co.uk (AP wire)",
                url="https://www.dailymail.co.uk/wires/ap/article-11908571/How-major-US-stock-indexes-fared-Monday-3-27-2023.html?ns_mchannel=rss&ns_campaign=1490&ito=1490",
                original_outlet="Associated Press"),
    published=D, published_confidence="exact",
    published_note="Date in the page title (Monday 3/27/2023); figures are Monday's closes.",
    text=("How major US stock indexes fared Monday 3/27/2023. Wall Street steadied and most stocks finished "
          "higher as battered banks showed more strength, at least for now; First Citizens jumped after agreeing "
          "to buy most of Silicon Valley Bank.\n"
          "On Monday:\n"
          "The S&P 500 rose 6.54 points, or 0.2%, to 3,977.53.\n"
          "The Dow Jones Industrial Average rose 194.55 points, or 0.6%, to 32,432.08.\n"
          "The Nasdaq composite fell 55.12 points, or 0.5% to 11,768.84.\n"
          "The Russell 2000 index of smaller companies rose 18.75 points, or 1.1%, to 1,753.67.\n"
          "For the year:\n"
          "The S&P 500 is up 138.03 points, or 3.6%.\n"
          "The Dow is down 715.17 points, or 2.2%.\n"
          "The Nasdaq is up 1,302.35 points, or 12.4%.\n"
          "The Russell 2000 is down 7.57 points, or 0.4%."),
    claims=(day("SPX", D, 1, "6.54", "0.2%", "3,977.53") + day("DJI", D, 1, "194.55", "0.6%", "32,432.08")
            + day("IXIC", D, -1, "55.12", "0.5%", "11,768.84") + day("RUT", D, 1, "18.75", "1.1%", "1,753.67")
            + period("SPX", D, "YTD", 1, "138.03", "3.6%") + period("DJI", D, "YTD", -1, "715.17", "2.2%")
            + period("IXIC", D, "YTD", 1, "1,302.35", "12.4%") + period("RUT", D, "YTD", -1, "7.57", "0.4%")),
))

# ---------------------------------------------------------------- 2
D = "2023-03-23"
PASSAGES.append(dict(
    id="ap_20230323_wobbly_day_banks",
    source=dict(site="kaaltv.com (AP wire)",
                url="https://www.kaaltv.com/news/business-news/how-major-us-stock-indexes-fared-thursday-3-23-2023/",
                original_outlet="Associated Press"),
    published=D, published_confidence="exact",
    published_note="Date in the page title (Thursday 3/23/2023). Another corpus has a passage on this session from a different outlet (allowed overlap).",
    text=("How major US stock indexes fared Thursday 3/23/2023. Stocks ended mostly higher after a shaky session as "
          "worries about the banking industry kept growing. The S&P 500 finished up after swinging all the way "
          "from a 1.8% gain earlier in the day to a 0.4% loss, and strength in tech and high-growth stocks helped "
          "the Nasdaq composite do better than the rest of the market.\n"
          "On Thursday:\n"
          "The S&P 500 rose 11.75 points, or 0.3%, to 3,948.72.\n"
          "The Dow Jones Industrial Average rose 75.14 points, or 0.2%, to 32,105.25.\n"
          "The Nasdaq composite rose 117.44 points, or 1% to 11,787.40.\n"
          "The Russell 2000 index of smaller companies fell 7.07 points, or 0.4%, to 1,720.29.\n"
          "For the week:\n"
          "The S&P 500 is up 32.08 points, or 0.8%.\n"
          "The Dow is up 243.27 points, or 0.8%.\n"
          "The Nasdaq is up 156.89 points, or 1.3%.\n"
          "The Russell 2000 is down 5.60 points, or 0.3%\n"
          "For the year:\n"
          "The S&P 500 is up 109.22 points, or 2.8%.\n"
          "The Dow is down 1,042 points, or 3.1%.\n"
          "The Nasdaq is up 1,320.92 points, or 12.6%.\n"
          "The Russell 2000 is down 40.96 points, or 2.3%."),
    claims=([
        special(index_or_ticker="SPX", metric="session_high_pct", value=1.8, unit="pct", ref_date=D, window="1d",
                comparison="session high vs previous close", basis="intraday high", kind="pct", dec=1,
                expr="high_pct('SPX', %r)" % D, anchors=["a 1.8% gain"],
                note="'a 1.8% gain earlier in the day' read as the session high against the previous close"),
        special(index_or_ticker="SPX", metric="session_low_pct", value=-0.4, unit="pct", ref_date=D, window="1d",
                comparison="session low vs previous close", basis="intraday low", kind="pct", dec=1,
                expr="low_pct('SPX', %r)" % D, anchors=["a 0.4% loss"],
                note="'a 0.4% loss' read as the session low against the previous close (-0.455%, within 0.07)"),
        special(index_or_ticker="IXIC", metric="daily_change_pct_lead", value="best of the four", unit="pct gap",
                ref_date=D, window="1d", comparison="Nasdaq % change minus the best of S&P 500, Dow, Russell 2000",
                kind="flag", dec=2, expr="min_other_pct_gap('IXIC', ['SPX', 'DJI', 'RUT'], %r)" % D,
                anchors=["do better than the rest of the market"], verdict="supported",
                rule="ordering: the Nasdaq's daily % gain exceeds the other three indexes'",
                note="Nasdaq +1.01% vs S&P 500 +0.30%, Dow +0.23%, Russell 2000 -0.41%; computed_value is the margin in pp"),
    ] + day("SPX", D, 1, "11.75", "0.3%", "3,948.72") + day("DJI", D, 1, "75.14", "0.2%", "32,105.25")
      + day("IXIC", D, 1, "117.44", "1%", "11,787.40") + day("RUT", D, -1, "7.07", "0.4%", "1,720.29")
      + period("SPX", D, "WTD", 1, "32.08", "0.8%") + period("DJI", D, "WTD", 1, "243.27", "0.8%")
      + period("IXIC", D, "WTD", 1, "156.89", "1.3%") + period("RUT", D, "WTD", -1, "5.60", "0.3%")
      + period("SPX", D, "YTD", 1, "109.22", "2.8%") + period("DJI", D, "YTD", -1, "1,042", "3.1%")
      + period("IXIC", D, "YTD", 1, "1,320.92", "12.6%") + period("RUT", D, "YTD", -1, "40.96", "2.3%")),
))

# ---------------------------------------------------------------- 3
D = "2023-05-04"
PASSAGES.append(dict(
    id="ap_20230504_bank_worries_rut_down",
    source=dict(site="abcnews.go.com (AP wire)",
                url="https://abcnews.go.com/Business/wireStory/major-us-stock-indexes-fared-thursday-542023-99088068",
                original_outlet="Associated Press"),
    published=D, published_confidence="exact",
    published_note="Date in the URL and page (Thursday 5/4/2023); figures are Thursday's closes.",
    text=("How major US stock indexes fared Thursday 5/4/2023. Stocks closed lower as Wall Street's worries about the "
          "U.S. banking system cranked even higher. The S&P 500 lost 0.7% Thursday. The Dow Jones Industrial Average "
          "fell 286 points and is now down for the year. Better-than-expected profits at several companies helped "
          "limit the losses, and the European Central Bank raised its benchmark rate and signalled more increases.\n"
          "On Thursday:\n"
          "The S&P 500 fell 29.53 points, or 0.7%, to 4,061.22.\n"
          "The Dow Jones Industrial Average fell 286.50 points, or 0.9%, to 33,127.74.\n"
          "The Nasdaq composite fell 58.93 points, or 0.5% to 11,966.40.\n"
          "The Russell 2000 index of smaller companies fell 20.47 points, or 1.2%, to 1,718.81.\n"
          "For the week:\n"
          "The S&P 500 is down 108.26 points, or 2.6%.\n"
          "The Dow is down 970.42 points, or 2.8%.\n"
          "The Nasdaq is down 260.19 points, or 2.1%.\n"
          "The Russell 2000 is down 50.18 points, or 2.8%.\n"
          "For the year:\n"
          "The S&P 500 is up 221.72 points, or 5.8%.\n"
          "The Dow is down 19.51 points, or 0.1%.\n"
          "The Nasdaq is up 1,499.92 points, or 14.3%.\n"
          "The Russell 2000 is down 42.43 points, or 2.4%."),
    claims=([
        special(index_or_ticker="SPX", metric="daily_change_pct", value=-0.7, unit="pct", ref_date=D, window="1d",
                comparison="vs previous close", kind="pct", dec=1, expr="chg_pct('SPX', %r)" % D,
                anchors=["lost 0.7% Thursday"], note="lead figure; the list repeats it"),
        special(index_or_ticker="DJI", metric="daily_change_points", value=-286.0, unit="points", ref_date=D,
                window="1d", comparison="vs previous close", kind="pts", dec=0, expr="chg_pts('DJI', %r)" % D,
                anchors=["fell 286 points"], verdict="supported",
                rule="unhedged integer within 0.5",
                note="true -286.50; the lead rounds the list's 286.50 down (|error| = 0.50, on the tolerance edge; a reader could call it truncation -> imprecise)"),
        special(index_or_ticker="DJI", metric="ytd_sign", value="down for the year", unit="pct", ref_date=D,
                window="YTD", comparison="vs 2022-12-30 close", kind="flag", dec=2, expr="ytd_pct('DJI', %r)" % D,
                anchors=["is now down for the year"], verdict="supported", rule="sign of the YTD change is negative",
                note="YTD -0.06% (-19.51 points); the Dow had been up for the year before this week"),
    ] + day("SPX", D, -1, "29.53", "0.7%", "4,061.22") + day("DJI", D, -1, "286.50", "0.9%", "33,127.74")
      + day("IXIC", D, -1, "58.93", "0.5%", "11,966.40") + day("RUT", D, -1, "20.47", "1.2%", "1,718.81")
      + period("SPX", D, "WTD", -1, "108.26", "2.6%") + period("DJI", D, "WTD", -1, "970.42", "2.8%")
      + period("IXIC", D, "WTD", -1, "260.19", "2.1%") + period("RUT", D, "WTD", -1, "50.18", "2.8%")
      + period("SPX", D, "YTD", 1, "221.72", "5.8%") + period("DJI", D, "YTD", -1, "19.51", "0.1%")
      + period("IXIC", D, "YTD", 1, "1,499.92", "14.3%") + period("RUT", D, "YTD", -1, "42.43", "2.4%")),
))

# ---------------------------------------------------------------- 5
D = "2020-11-13"
PASSAGES.append(dict(
    id="foxbusiness_20201113_vaccine_hope_small_cap_record",
    source=dict(site="foxbusiness.com",
                url="https://www.foxbusiness.com/markets/covid-19-vaccine-hope-lifts-american-small-cap-stocks-near-record?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%253A%2520foxbusiness%252Flatest%2520%2528Internal%2520-%2520Late",
                original_outlet="FOX Business"),
    published=D, published_confidence="high",
    published_note=("No date on the stored page. 'hit a record Friday' and 'earlier this week, Pfizer and BioNTech "
                    "disclosed' (Monday 2020-11-09) place it on Friday 2020-11-13, the Russell 2000's first record "
                    "close since 2018-08-31. The piece reads as written during Friday's session, so its YTD figures are "
                    "judged as mid-session figures. The quote widgets on the page (IWM, SPY, PFE, BNTX prices) are "
                    "crawl-time quotes and were left out. Another corpus covers this session from a different outlet."),
    text=("COVID-19 vaccine hope lifts American small cap stocks to record. The Russell 2000, whose companies do most "
          "of their business in the U.S., hit a record Friday, reaching levels not seen since August of 2018. The "
          "gains, partly from money rotating out of tech, come to over 13% this month alone. For the year, small caps "
          "-- companies with $300 million to $2 billion in market capitalization -- have gained 4%, lagging their "
          "larger S&P 500 cousins, which have rallied 10.6%. \"Small stocks doing better than big stocks, cyclical "
          "stocks doing better than defensive stocks, value outperforming growth,\" Nuveen chief equity strategist "
          "Bob Doll told FOX Business."),
    claims=[
        special(index_or_ticker="RUT", metric="record_close", value="record", unit="flag", ref_date=D,
                comparison="close above every earlier close", kind="flag", dec=0,
                expr="is_record_close('RUT', %r)" % D, anchors=["hit a record Friday"], verdict="supported",
                rule="record: close 1,744.04 above every earlier close (intraday high 1,749.36 also above every earlier high)",
                note="previous record close 1,740.75 on 2018-08-31"),
        special(index_or_ticker="RUT", metric="previous_record_date", value="2018-08", unit="date", ref_date=D,
                comparison="last time at this level", kind="flag", dec=0,
                expr="prior_record_close_date('RUT', %r)" % D, anchors=["not seen since August of 2018"],
                verdict="supported", rule="'since X': X is the last session at least as high (the previous record)",
                note="the previous record close was 2018-08-31; taken as 'levels last reached in August 2018'"),
        special(index_or_ticker="RUT", metric="mtd_change_pct", value=13.0, unit="pct", qualifier="more than",
                ref_date=D, window="MTD", comparison="vs 2020-10-30 close", basis="close and session high",
                kind="pct", dec=0, expr="mtd_pct('RUT', %r)" % D, anchors=["over 13% this month"],
                verdict="supported",
                rule="bound claim: both the close (+13.36%) and the session high (+13.71%) exceed 13%",
                note="session range of the MTD change 11.15%..13.71%; the session low would not satisfy it"),
        special(index_or_ticker="RUT", metric="ytd_change_pct", value=4.0, unit="pct", ref_date=D, window="YTD",
                comparison="vs 2019-12-31 close", basis="mid-session", kind="pct", dec=0,
                expr="ytd_pct('RUT', %r)" % D, anchors=["have gained 4%"], verdict="unverifiable",
                rule="mid-session figure inside the session's range",
                note="YTD at the close +4.53% (just outside the integer tolerance: imprecise on a close basis); session range 2.49%..4.85%",
                detail="session YTD range: ytd_pct_range('RUT', %r)" % D),
        special(index_or_ticker="SPX", metric="ytd_change_pct", value=10.6, unit="pct", ref_date=D, window="YTD",
                comparison="vs 2019-12-31 close", basis="mid-session", kind="pct", dec=1,
                expr="ytd_pct('SPX', %r)" % D, anchors=["rallied 10.6%"], verdict="unverifiable",
                rule="mid-session figure inside the session's range",
                note="YTD at the close +10.97% (imprecise on a close basis); session range 9.96%..11.23%",
                detail="session YTD range: ytd_pct_range('SPX', %r)" % D),
        special(index_or_ticker="GENERIC", metric="definition", value="$300 million to $2 billion", unit="usd",
                ref_date=None, basis=None, kind="flag", dec=0, expr="NONE()",
                anchors=["$300 million to $2 billion"], verdict="not_checkable",
                rule="generic statement (a size definition)", note="definition of small caps, not a market figure"),
        special(index_or_ticker="QUOTE", metric="opinion", value="small beating big, value beating growth",
                unit=None, ref_date=D, basis=None, kind="flag", dec=0, expr="NONE()",
                anchors=["Small stocks doing better than big stocks"], verdict="not_checkable",
                rule="quoted opinion", note="quoted characterisation; the Russell 2000's week (+6.1%) does beat the S&P 500's (+2.2%)"),
    ],
))

# ---------------------------------------------------------------- 6
D = "2020-11-30"
PASSAGES.append(dict(
    id="seekingalpha_20201130_small_caps_best_month",
    source=dict(site="seekingalpha.com", url="https://seekingalpha.com/news/3640090-small-caps-ride-recovery-wave-to-best-month-ever",
                original_outlet="Seeking Alpha"),
    published=D, published_confidence="exact",
    published_note=("Dateline 'Nov. 30, 2020 3:34 PM ET': a live item during Monday's session; 'Friday' is "
                    "2020-11-27. Another corpus has a passage dated 2020-11-30 from a different outlet."),
    text=("Small-caps ride the recovery wave to best month ever (Nov. 30, 2020 3:34 PM ET). Small-cap stocks are still "
          "on a pace for a record monthly performance as money rotates into stocks that gain from COVID vaccine "
          "distribution. The Russell 2000 (RTY) (NYSEARCA:IWM) -1.5% and the S&P Small Cap 600 (SP600) -1.7% are "
          "both set to finish November up 19%. Month-end rebalancing is weighing on the indexes as money managers "
          "take profits in outsize gainers. Pfizer kicked off the recovery trade on Nov. 6 with its efficacy data. "
          "The Russell hit an all-time high of 1,855.27 on Friday. Jefferies' Steven DeSanctis wrote that the "
          "earnings revision ratio hit an all-time high and valuations are still very affordable."),
    claims=[
        special(index_or_ticker="RUT", metric="on_pace_record_month", value="record monthly performance", unit=None,
                ref_date=D, window="month", basis="mid-session", kind="flag", dec=0, expr="mtd_pct('RUT', %r)" % D,
                anchors=["on a pace for a record monthly performance"], verdict="not_checkable",
                rule="'on pace' statement",
                note="November 2020 ended +18.29% for the Russell 2000 (computed_value), its best calendar month in the file"),
        special(index_or_ticker="RUT", metric="daily_change_pct", value=-1.5, unit="pct", ref_date=D, window="1d",
                comparison="vs previous close", basis="mid-session (3:34 PM)", kind="pct", dec=1,
                expr="chg_pct('RUT', %r)" % D, anchors=["-1.5%"], verdict="unverifiable",
                rule="mid-session figure inside the session's range",
                note="close -1.91%; session range -2.25%..-0.02%", detail="session range: session_pct_range('RUT', %r)" % D),
        special(index_or_ticker="SP600", metric="daily_change_pct", value=-1.7, unit="pct", ref_date=D, window="1d",
                basis="mid-session (3:34 PM)", kind="pct", dec=1, expr="NONE()", anchors=["-1.7%"],
                verdict="unverifiable", rule="series not in the files", note="S&P SmallCap 600 is not in the data"),
        special(index_or_ticker="RUT", metric="mtd_change_pct", value=19.0, unit="pct", ref_date=D, window="MTD",
                comparison="vs 2020-10-30 close", basis="mid-session projection", kind="pct", dec=0,
                expr="mtd_pct('RUT', %r)" % D, anchors=["finish November up 19%"], verdict="not_checkable",
                rule="'set to finish' (on pace) statement",
                note="actual November change +18.29% at the close (would be imprecise as a final figure); session range of MTD 17.88%..20.57%",
                detail="session MTD range: mtd_pct_range('RUT', %r)" % D),
        special(index_or_ticker="SP600", metric="mtd_change_pct", value=19.0, unit="pct", ref_date=D, window="MTD",
                basis="mid-session projection", kind="pct", dec=0, expr="NONE()", anchors=["are both set"],
                verdict="not_checkable", rule="'set to finish' (on pace) statement; series not in the files",
                note="S&P SmallCap 600 is not in the data"),
        special(index_or_ticker="GENERIC", metric="event_date", value="2020-11-06", unit="date", ref_date="2020-11-06",
                basis=None, kind="flag", dec=0, expr="chg_pct('RUT', '2020-11-09')",
                anchors=["on Nov. 6"], verdict="unverifiable",
                rule="event date not in the files",
                note="the files cannot date Pfizer's data release; they show the Russell 2000 -0.71% on 2020-11-06 and +3.44% on Monday 2020-11-09 (computed_value), which fits a Nov. 9 release"),
        special(index_or_ticker="RUT", metric="close_level", value=1855.27, unit="index points", ref_date="2020-11-27",
                kind="level", dec=2, expr="close('RUT', '2020-11-27')", anchors=["1,855.27"],
                note="Friday 2020-11-27 close (also that session's high)"),
        special(index_or_ticker="RUT", metric="record_close", value="all-time high", unit="flag", ref_date="2020-11-27",
                comparison="close above every earlier close", kind="flag", dec=0,
                expr="is_record_close('RUT', '2020-11-27')", anchors=["all-time high of"], verdict="supported",
                rule="record close: above every earlier close",
                note="a record close; not an intraday record (2020-11-24 high 1,862.17 is higher)"),
        special(index_or_ticker="GENERIC", metric="earnings_revision_ratio", value="all-time high", unit=None,
                ref_date=D, basis=None, kind="flag", dec=0, expr="NONE()",
                anchors=["earnings revision ratio hit an all-time high"], verdict="unverifiable",
                rule="series not in the files", note="analyst statistic quoted from a broker note"),
    ],
))

# ---------------------------------------------------------------- 7
D = "2020-12-09"
PASSAGES.append(dict(
    id="smallbusinessminder_20201209_small_cap_rally_far_from_over",
    source=dict(site="smallbusinessminder.com",
                url="https://smallbusinessminder.com/the-rally-in-small-caps-is-likely-far-from-over-even-with-the-big-gains-so-far/",
                original_outlet="CNBC"),
    published=D, published_confidence="medium",
    published_note=("No date on the stored page (a repost 'originally published at CNBC'). 'The Russell 2000 was lower "
                    "Wednesday, off 0.8% to 1,902' matches only Wednesday 2020-12-09 (close 1,902.15, -0.82%)."),
    text=("The rally in small caps is likely far from over, even with the big gains so far. Small caps are up more "
          "than 20% since the start of November, and they should still lead the broad market higher into 2021. "
          "\"If you look at the Russell 2000, it's up 90% from the March 18 low. We now have two-thirds of the "
          "Russell 2000 trading 10% or more above their 200-day moving average,\" said Jefferies equity strategist "
          "Steven DeSanctis. \"The last time we saw that was September, 2009.\" The Russell 2000 was lower "
          "Wednesday, off 0.8% to 1,902. Originally published at CNBC."),
    claims=[
        special(index_or_ticker="RUT", metric="change_since_pct", value=20.0, unit="pct", qualifier="more than",
                ref_date=D, window="since 2020-10-30 close", comparison="vs 2020-10-30 close", kind="pct", dec=0,
                expr="since_close_pct('RUT', '2020-10-30', %r)" % D, anchors=["more than 20%"],
                verdict="supported", rule="bound satisfied (+23.64% at the close; the session low also exceeds 20%)",
                note="'since the start of November' read from the last October close"),
        special(index_or_ticker="RUT", metric="forecast", value="lead the broad market higher into 2021", unit=None,
                ref_date=D, basis=None, kind="flag", dec=0, expr="NONE()", anchors=["should still lead"],
                verdict="forecast", rule="projection", note="not judged against what happened"),
        special(index_or_ticker="RUT", metric="change_since_pct", value=90.0, unit="pct", ref_date=D,
                window="since 2020-03-18", comparison="vs the 2020-03-18 low", kind="pct", dec=0,
                expr="since_close_pct('RUT', '2020-03-18', %r)" % D, anchors=["up 90%"], verdict="imprecise",
                rule="outside the integer tolerance; within 2 pp / 20%",
                note="from the 2020-03-18 close (991.16) +91.91% at the 12-09 close (computed_value); from the 03-18 intraday low 966.22 +96.87%; the quote may date from 12-08 (+93.49%); every reading misses 90% by more than 0.5",
                detail="intraday-low reading: since_low_pct('RUT', '2020-03-18', %r)" % D),
        special(index_or_ticker="RUT_BREADTH", metric="share_above_200dma", value="two-thirds", unit="share",
                ref_date=D, basis=None, kind="flag", dec=0, expr="NONE()", anchors=["two-thirds"],
                verdict="unverifiable", rule="series not in the files", note="constituent breadth is not in the data"),
        special(index_or_ticker="RUT_BREADTH", metric="last_time", value="2009-09", unit="date", ref_date=D,
                basis=None, kind="flag", dec=0, expr="NONE()", anchors=["September, 2009"],
                verdict="unverifiable", rule="series not in the files", note="constituent breadth is not in the data"),
        special(index_or_ticker="RUT", metric="daily_change_pct", value=-0.8, unit="pct", ref_date=D, window="1d",
                comparison="vs previous close", kind="pct", dec=1, expr="chg_pct('RUT', %r)" % D,
                anchors=["off 0.8%"], note="close -0.82%"),
        special(index_or_ticker="RUT", metric="close_level", value=1902.0, unit="index points", ref_date=D,
                kind="level", dec=0, expr="close('RUT', %r)" % D, anchors=["1,902"], note="close 1,902.15"),
    ],
))

# ---------------------------------------------------------------- 8
D = "2025-04-03"
PASSAGES.append(dict(
    id="benzinga_20250403_iwm_tariff_plunge",
    source=dict(site="fixedincome.fidelity.com (Benzinga feed)",
                url="https://fixedincome.fidelity.com/ftgw/fi/FINewsArticle?id=202504031053BENZINGAFULLNGTH44629725",
                original_outlet="Benzinga"),
    published=D, published_confidence="exact",
    published_note=("Stamped 04/03/25 10:53 AM EDT, early in Thursday's session. Other corpora cover 2025-04-03 from "
                    "different outlets (allowed overlap)."),
    text=("Why iShares Russell 2000 ETF (IWM) Is Down 6% Today (04/03/25 10:53 AM EDT). The iShares Russell 2000 ETF "
          "(IWM), which tracks small-cap stocks, plunged 6.5% on Thursday as President Donald Trump's sweeping "
          "reciprocal tariffs rattled financial markets and deepened fears of an economic downturn. The Russell 2000 "
          "index, which IWM mirrors, is especially sensitive to domestic conditions. With financials the largest "
          "sector allocation in IWM at 25.25%, worries about a slowing economy and credit stress have hit regional "
          "banks and smaller lenders hard. Higher tariffs could also hurt the industrial sector, which accounts for "
          "17.73% of IWM's holdings."),
    claims=[
        special(index_or_ticker="IWM", metric="daily_change_pct", value=-6.0, unit="pct", ref_date=D, window="1d",
                comparison="vs previous close", basis="mid-session (headline)", kind="pct", dec=0,
                expr="chg_pct('IWM', %r)" % D, anchors=["Down 6% Today"], verdict="unverifiable",
                rule="mid-session figure inside the session's range",
                note="close -6.42% (189.65 vs 202.66); session range -6.64%..-3.75%",
                detail="session range: session_pct_range('IWM', %r)" % D),
        special(index_or_ticker="IWM", metric="daily_change_pct", value=-6.5, unit="pct", ref_date=D, window="1d",
                comparison="vs previous close", basis="mid-session (10:53 AM)", kind="pct", dec=1,
                expr="chg_pct('IWM', %r)" % D, anchors=["plunged 6.5%"], verdict="unverifiable",
                rule="mid-session figure inside the session's range",
                note="close -6.42% (within 0.07 of the claim, so it would also pass on a close basis); session range -6.64%..-3.75%",
                detail="session range: session_pct_range('IWM', %r)" % D),
        special(index_or_ticker="IWM", metric="sector_weight", value=25.25, unit="pct", ref_date=D, basis=None,
                kind="flag", dec=2, expr="NONE()", anchors=["25.25%"], verdict="unverifiable",
                rule="series not in the files", note="fund holdings are not in the data"),
        special(index_or_ticker="IWM", metric="sector_weight", value=17.73, unit="pct", ref_date=D, basis=None,
                kind="flag", dec=2, expr="NONE()", anchors=["17.73%"], verdict="unverifiable",
                rule="series not in the files", note="fund holdings are not in the data"),
    ],
))

# ---------------------------------------------------------------- 9
D = "2021-01-19"
PASSAGES.append(dict(
    id="ap_20210119_stimulus_hopes_rut_ytd",
    source=dict(site="miamiherald.com (AP wire)", url="https://www.miamiherald.com/news/article248614230.html",
                original_outlet="Associated Press"),
    published=D, published_confidence="high",
    published_note=("No date on the stored page. 'Tuesday' and the figures (Russell 2000 2,151.14, YTD +8.9%) match "
                    "only Tuesday 2021-01-19, the session after the Martin Luther King Jr. Day holiday."),
    text=("Stocks closed higher on Wall Street Tuesday, making up some of last week's losses and moving closer to "
          "their record highs. Technology, communication services and health care stocks did much of the lifting, "
          "while energy companies posted the biggest gain. Markets have been climbing on hopes for an economic "
          "recovery as COVID-19 vaccines roll out and on expectations of another round of stimulus from Washington.\n"
          "On Tuesday:\n"
          "The S&P 500 rose 30.66 points, or 0.8%, to 3,798.91.\n"
          "The Dow Jones Industrial Average added 116.26 points, or 0.4%, to 30,930.52.\n"
          "The Nasdaq composite gained 198.68 points, or 1.5%, to 13,197.18.\n"
          "The Russell 2000 index of smaller companies picked up 27.94 points, or 1.3%, to 2,151.14.\n"
          "For the year:\n"
          "The S&P 500 is up 42.84 points, or 1.1%.\n"
          "The Dow is up 324.04 points, or 1.1%.\n"
          "The Nasdaq is up 308.90 points, or 2.4%.\n"
          "The Russell 2000 is up 176.28 points, or 8.9%."),
    claims=(day("SPX", D, 1, "30.66", "0.8%", "3,798.91") + day("DJI", D, 1, "116.26", "0.4%", "30,930.52")
            + day("IXIC", D, 1, "198.68", "1.5%", "13,197.18") + day("RUT", D, 1, "27.94", "1.3%", "2,151.14")
            + period("SPX", D, "YTD", 1, "42.84", "1.1%") + period("DJI", D, "YTD", 1, "324.04", "1.1%")
            + period("IXIC", D, "YTD", 1, "308.90", "2.4%") + period("RUT", D, "YTD", 1, "176.28", "8.9%")),
))

# ---------------------------------------------------------------- 10
D = "2017-07-13"
PASSAGES.append(dict(
    id="ap_20170713_dow_second_record_rut",
    source=dict(site="business.financialpost.com (AP wire)",
                url="http://business.financialpost.com/business-pmn/how-major-us-stock-market-indexes-fared-on-thursday-3/wcm/b9d890e0-683d-49b6-b6ec-658e560440c8",
                original_outlet="Associated Press"),
    published=D, published_confidence="high",
    published_note=("No date on the stored page. 'Thursday' and the figures (Dow 21,553.09, Russell 2000 1,425.66) match "
                    "only Thursday 2017-07-13; the Dow's previous record close was Wednesday 2017-07-12."),
    text=("How major U.S. stock market indexes fared on Thursday. U.S. stocks closed higher Thursday, led by modest "
          "gains in banks and technology companies. The gains were enough to nudge the Dow Jones industrial average "
          "to its second all-time closing high in two days. Consumer-focused stocks also rose, while phone "
          "companies and utilities lagged.\n"
          "On Thursday:\n"
          "The Standard & Poor's 500 index rose 4.58 points, or 0.2 per cent, to 2,447.83.\n"
          "The Dow Jones industrial average gained 20.95 points, or 0.1 per cent, to 21,553.09.\n"
          "The Nasdaq composite added 13.27 points, or 0.2 per cent, to 6,274.44.\n"
          "The Russell 2000 index of smaller-company stocks picked up 1.34 points, or 0.1 per cent, to 1,425.66.\n"
          "For the week:\n"
          "The S&P 500 is up 22.65 points, or 0.9 per cent.\n"
          "The Dow is up 138.75 points, or 0.7 per cent.\n"
          "The Nasdaq is up 121.36 points, or 2 per cent.\n"
          "The Russell 2000 is up 9.83 points, or 0.7 per cent.\n"
          "For the year:\n"
          "The S&P 500 is up 209 points, or 9.3 per cent.\n"
          "The Dow is up 1,790.49 points, or 9.1 per cent.\n"
          "The Nasdaq is up 891.32 points, or 16.6 per cent.\n"
          "The Russell 2000 is up 68.53 points, or 5.1 per cent."),
    claims=([
        special(index_or_ticker="DJI", metric="record_closes_in_window", value="second record close in two days",
                unit="dates", ref_date=D, window="2017-07-12..2017-07-13", comparison="closes above every earlier close",
                kind="flag", dec=0, expr="record_closes_between('DJI', '2017-07-12', %r)" % D,
                anchors=["second all-time closing high in two days"], verdict="supported",
                rule="record: both sessions closed above every earlier close in the file",
                note="record closes 2017-07-12 (21,532.14) and 2017-07-13 (21,553.09)"),
    ] + day("SPX", D, 1, "4.58", "0.2 per cent", "2,447.83") + day("DJI", D, 1, "20.95", "0.1 per cent", "21,553.09")
      + day("IXIC", D, 1, "13.27", "0.2 per cent", "6,274.44") + day("RUT", D, 1, "1.34", "0.1 per cent", "1,425.66")
      + period("SPX", D, "WTD", 1, "22.65", "0.9 per cent") + period("DJI", D, "WTD", 1, "138.75", "0.7 per cent")
      + period("IXIC", D, "WTD", 1, "121.36", "2 per cent") + period("RUT", D, "WTD", 1, "9.83", "0.7 per cent")
      + period("SPX", D, "YTD", 1, "209", "9.3 per cent") + period("DJI", D, "YTD", 1, "1,790.49", "9.1 per cent")
      + period("IXIC", D, "YTD", 1, "891.32", "16.6 per cent") + period("RUT", D, "YTD", 1, "68.53", "5.1 per cent")),
))

# ---------------------------------------------------------------- 11
D = "2019-02-26"
PASSAGES.append(dict(
    id="etftrends_201902_iwm_soaring_gap",
    source=dict(site="etftrends.com",
                url="https://www.etftrends.com/relative-value-channel/minding-gap-between-large-small-caps-etfs/?utm_source=ETFRelated&utm_medium=related&utm_campaign=ETFRelated",
                original_outlet="ETF Trends"),
    published="2019-02-27", published_confidence="medium",
    published_note=("No date on the stored page. 'IWM is up 17.33% year-to-date' matches the IWM close of Tuesday "
                    "2019-02-26 (+17.33% on both price and total-return bases; no distribution yet in 2019) and no "
                    "other 2019 session; the piece is dated to the next day. The ETF figures are taken as of the "
                    "2019-02-26 close."),
    text=("Minding The Gap Between Large & Small Cap ETFs. The iShares Russell 2000 ETF (NYSEArca: IWM), the largest ETF "
          "tracking smaller companies, is soaring to start 2019: IWM is up 17.33% year-to-date against a gain of 12.15% "
          "for the large-cap iShares Russell 1000 ETF (NYSEArca: IWB). Small-cap stocks were among the first assets to "
          "enter bear markets when U.S. markets tumbled in the fourth quarter. This year's gap is a sharp departure from "
          "2018, \"with the Russell 1000 losing only 4.8% while the Russell 2000 lost a much larger 11% on the year,\" "
          "according to FTSE Russell. \"In 2019, small cap's leadership stems primarily from the Fed's dovish monetary "
          "policy pivot in January,\" said FTSE Russell managing director Alec Young."),
    claims=[
        special(index_or_ticker="IWM", metric="ytd_change_pct", value=17.33, unit="pct", ref_date=D, window="YTD",
                comparison="vs 2018-12-31 close", kind="pct", dec=2, expr="ytd_pct('IWM', %r)" % D,
                anchors=["up 17.33% year-to-date"],
                note="price basis +17.33% at the 2019-02-26 close (total return identical); the next sessions give 17.49% and 17.09%"),
        special(index_or_ticker="IWB", metric="ytd_change_pct", value=12.15, unit="pct", ref_date=D, window="YTD",
                kind="pct", dec=2, expr="NONE()", anchors=["12.15%"], verdict="unverifiable",
                rule="series not in the files", note="the Russell 1000 ETF is not in the data"),
        special(index_or_ticker="RUT", metric="bear_market_order", value="among the first", unit="dates",
                ref_date="2018-12-31", window="2018-10-01..2018-12-31",
                comparison="first close at least 20% below the 52-week closing high: RUT, IXIC, SPX, DJI",
                kind="flag", dec=0, expr="bear_order(['RUT', 'IXIC', 'SPX', 'DJI'], '2018-10-01', '2018-12-31')",
                anchors=["among the first assets to enter bear markets"], verdict="supported",
                rule="ordering: the Russell 2000 closed in a bear market first (2018-12-17), before the Nasdaq (2018-12-21); the S&P 500 and Dow did not on a closing basis",
                note="other assets (foreign markets, commodities) are outside the files; judged on the four US indexes"),
        special(index_or_ticker="RUSSELL_1000", metric="annual_return_pct", value=-4.8, unit="pct",
                ref_date="2018-12-31", window="2018", kind="pct", dec=1, expr="NONE()", anchors=["losing only 4.8%"],
                verdict="unverifiable", rule="series not in the files", note="the Russell 1000 is not in the data"),
        special(index_or_ticker="RUT", metric="annual_return_pct", value=-11.0, unit="pct", ref_date="2018-12-31",
                window="2018", comparison="2018-12-31 close vs 2017-12-29 close", kind="pct", dec=0,
                expr="ytd_pct('RUT', '2018-12-31')", anchors=["lost a much larger 11%"], verdict="unverifiable",
                rule="total-return figure where only a price index exists",
                note="FTSE Russell quotes total returns (about -11.0% for 2018); the price index fell 12.18% (computed_value), which would be imprecise"),
        special(index_or_ticker="QUOTE", metric="opinion", value="Fed pivot drives small-cap leadership", unit=None,
                ref_date=D, basis=None, kind="flag", dec=0, expr="NONE()", anchors=["dovish monetary"],
                verdict="not_checkable", rule="quoted opinion",
                note="the FOMC held rates at its 2019-01-30 meeting; the 'pivot' is a matter of guidance, not in the files"),
    ],
))

# ---------------------------------------------------------------- 12
D = "2007-11-07"
PASSAGES.append(dict(
    id="bloomberg_20071107_rut_falls_financials",
    source=dict(site="bloomberg.com",
                url="http://www.bloomberg.com/news/2007-11-07/russell-2000-falls-led-by-financial-companies-apollo-declines.html",
                original_outlet="Bloomberg"),
    published=D, published_confidence="exact",
    published_note="Date in the URL (Wednesday 2007-11-07); the figures are that day's closes.",
    text=("Russell 2000 Falls, Led by Financial Companies; Apollo Declines. The Russell 2000 Index fell to the lowest in "
          "almost two months, led by financial companies. \"The whole issue around access to credit is obviously "
          "having an impact on the ability for small companies to finance growth,\" said Matthew Patsky of Winslow "
          "Management. The Russell 2000 slipped 3.2 percent to 775.96, the lowest since the day before the Federal "
          "Reserve's interest rate cut on Sept. 18. Its members have a median market value of $618 million. The measure "
          "has alternated between daily gains and losses since Oct. 29. The Standard & Poor's Smallcap 600 Index "
          "declined 3.2 percent to 401.77. The Fed's lending-rate reduction sparked a 9 percent rally in the Russell "
          "200 through Oct. 9; the measure has since erased that advance. Banks and brokerages dragged down the S&P "
          "500, a benchmark for larger companies, by falling 2.9 percent after New York Attorney General Andrew Cuomo "
          "said he is widening his investigation of the home-loan industry."),
    claims=[
        special(index_or_ticker="RUT", metric="lowest_since", value="almost two months", unit="date", ref_date=D,
                comparison="last close at or below this close", kind="flag", dec=0,
                expr="lowest_since('RUT', %r)" % D, anchors=["lowest in almost two months"], verdict="supported",
                rule="'lowest since X': the last lower close was 2007-09-17, seven weeks earlier",
                note="2007-09-17 close 775.81"),
        special(index_or_ticker="QUOTE", metric="opinion", value="credit access hurting small companies", unit=None,
                ref_date=D, basis=None, kind="flag", dec=0, expr="NONE()", anchors=["access to credit"],
                verdict="not_checkable", rule="quoted opinion", note=""),
        special(index_or_ticker="RUT", metric="daily_change_pct", value=-3.2, unit="pct", ref_date=D, window="1d",
                comparison="vs previous close", kind="pct", dec=1, expr="chg_pct('RUT', %r)" % D,
                anchors=["slipped 3.2 percent"], note="close -3.22%"),
        special(index_or_ticker="RUT", metric="close_level", value=775.96, unit="index points", ref_date=D,
                kind="level", dec=2, expr="close('RUT', %r)" % D, anchors=["775.96"], note="closing level"),
        special(index_or_ticker="RUT", metric="lowest_since", value="2007-09-17", unit="date", ref_date=D,
                comparison="last close at or below this close", kind="flag", dec=0,
                expr="lowest_since('RUT', %r)" % D, anchors=["the lowest since the day before"], verdict="supported",
                rule="'lowest since X': X (2007-09-17, the day before the cut) is the last session with a close at least as low",
                note="775.81 on 2007-09-17 vs 775.96"),
        special(index_or_ticker="FEDFUNDS", metric="fomc_decision_date", value="2007-09-18", unit="date",
                ref_date="2007-09-18", kind="flag", dec=0, expr="fomc_decision_on('2007-09-18')",
                anchors=["interest rate cut on Sept. 18"], verdict="supported",
                rule="FOMC decision day in FOMC_meetings.csv and a cut in DFEDTAR",
                note="DFEDTAR 5.25 -> 4.75 on 2007-09-18 (fed_target_change('2007-09-17', '2007-09-18') = -0.5)",
                detail="target change: fed_target_change('2007-09-17', '2007-09-18')"),
        special(index_or_ticker="GENERIC", metric="median_market_cap", value=618, unit="usd millions", ref_date=D,
                basis=None, kind="flag", dec=0, expr="NONE()", anchors=["$618 million"], verdict="unverifiable",
                rule="series not in the files", note="index constituent data are not in the files"),
        special(index_or_ticker="RUT", metric="alternating_streak", value="alternated since Oct. 29", unit="pattern",
                ref_date=D, window="2007-10-29..2007-11-07", comparison="daily up/down closes", kind="flag", dec=0,
                expr="up_down_pattern('RUT', '2007-10-29', %r)" % D, anchors=["alternated between daily gains and losses"],
                verdict="supported", rule="streaks use daily closes: up, down, up, down, up, down, up, down",
                note="eight sessions 2007-10-29..2007-11-07 alternate starting with a gain"),
        special(index_or_ticker="SP600", metric="daily_change_pct", value=-3.2, unit="pct", ref_date=D, window="1d",
                kind="pct", dec=1, expr="NONE()", anchors=["declined 3.2 percent"], verdict="unverifiable",
                rule="series not in the files", note="S&P SmallCap 600 is not in the data"),
        special(index_or_ticker="SP600", metric="close_level", value=401.77, unit="index points", ref_date=D,
                kind="level", dec=2, expr="NONE()", anchors=["401.77"], verdict="unverifiable",
                rule="series not in the files", note="S&P SmallCap 600 is not in the data"),
        special(index_or_ticker="RUT", metric="change_since_pct", value=9.0, unit="pct", ref_date="2007-10-09",
                window="2007-09-17..2007-10-09", comparison="2007-10-09 close vs 2007-09-17 close", kind="pct", dec=0,
                expr="since_close_pct('RUT', '2007-09-17', '2007-10-09')", anchors=["9 percent rally"],
                note="from the close before the cut (775.81) to 2007-10-09 (845.72) +9.01%; measured from the cut-day close (806.63) it is +4.85%, which would contradict",
                detail="cut-day reading: since_close_pct('RUT', '2007-09-18', '2007-10-09')"),
        special(index_or_ticker="RUT", metric="erased_advance", value="erased", unit="index points", ref_date=D,
                window="2007-09-17..2007-11-07", comparison="close vs the 2007-09-17 close", kind="flag", dec=2,
                expr="close('RUT', %r) - close('RUT', '2007-09-17')" % D, anchors=["has since erased that advance"],
                verdict="imprecise", rule="close but not exact: the index is 0.15 points above where the rally began",
                note="775.96 vs 775.81: 99.8% of the 69.91-point advance is gone; the text's own 'lowest since the day before' agrees it is not fully erased"),
        special(index_or_ticker="SPX", metric="daily_change_pct", value=-2.9, unit="pct", ref_date=D, window="1d",
                comparison="vs previous close", kind="pct", dec=1, expr="chg_pct('SPX', %r)" % D,
                anchors=["by falling 2.9 percent"],
                note="read as the S&P 500's fall (-2.94%); if it means the banks and brokerages themselves, the sector index is not in the files (XLF has only adj_close then)"),
    ],
))
