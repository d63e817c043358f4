# AP "How major US stock indexes fared" style wraps and similar close reports.
NAMES = {"SPX": "The S&P 500", "DJI": "The Dow Jones Industrial Average", "IXIC": "The Nasdaq", "RUT": "The Russell 2000"}


def _fmt(x):
    return f"{x:,.2f}"


def fared(day, rows, text):
    """rows: list of (ticker, kind, pts, pct, level_or_None) with kind day/week/year.
    Builds claims with anchors found in `text`."""
    claims = []
    for tk, kind, pts, pct_, level in rows:
        pts_s = f"{abs(pts):,.2f} points"
        pct_s = f"{abs(pct_):g}%"
        if kind == "day":
            e_pts, e_pct, w = f"chg('{tk}','{day}')", f"pct('{tk}','{day}')", "1d"
        elif kind == "week":
            e_pts, e_pct, w = f"week_pts('{tk}','{day}')", f"week_pct('{tk}','{day}')", "wtd"
        else:
            e_pts, e_pct, w = f"ytd_pts('{tk}','{day}')", f"ytd_pct('{tk}','{day}')", "ytd"
        assert text.count(pts_s) == 1, (tk, kind, pts_s)
        claims.append(C(tk, {"day": "daily_point_change", "week": "wtd_point_change", "year": "ytd_point_change"}[kind], pts, "index_points", day, pts_s, e_pts, 2, "p2", window=w))
        a = f"{pts_s}, or {pct_s}"
        if text.count(a) != 1:
            a = f"{pts_s} ({pct_s})"
        assert text.count(a) == 1, (tk, kind, a)
        dec = len(pct_s.rstrip('%').split('.')[1]) if '.' in pct_s else 0
        claims.append(C(tk, {"day": "daily_pct_change", "week": "wtd_pct_change", "year": "ytd_pct_change"}[kind], pct_, "pct", day, a, e_pct, 2, "p1" if dec == 1 else ("p2" if dec == 2 else "p0"), window=w))
        if level is not None:
            lv = _fmt(level)
            assert text.count(lv) == 1, (tk, lv)
            claims.append(C(tk, "close_level", level, "index_points", day, lv, f"val('{tk}','{day}')", 2, "lvl2"))
    return claims


T1 = ("The S&P 500 closed at a record high on Friday as optimism grew that a coming coronavirus vaccine will help end the shutdowns "
      "that have battered the economy. Small-company stocks outpaced the rest of the market this week, and the Russell 2000 closed "
      "at a record high for the first time since August 2018. On Friday: The S&P 500 rose 48.14 points, or 1.4%, to 3,585.15. The "
      "Dow Jones Industrial Average added 399.64 points, or 1.4%, to 29,479.81. The Nasdaq composite rose 119.70 points, or 1%, to "
      "11,829.29. The Russell 2000 small-cap index rose 35.57 points, or 2.1%, to 1,744.04. For the week: the S&P 500 closed up "
      "75.71 points, or 2.2%; the Dow was up 1,156.41 points, or 4.1%; the Nasdaq closed down 65.94 points, or 0.6%; the Russell "
      "2000 was up 99.88 points, or 6.1%. For the year: the S&P 500 is up 354.37 points, or 11%; the Dow is up 941.37 points, or "
      "3.3%; the Nasdaq is up 2,856.68 points, or 31.8%; the Russell 2000 is up 75.57 points, or 4.5%.")
D1 = "2020-11-13"
C1 = [
    C("SPX", "record_close", True, "flag", D1, "closed at a record high on Friday", f"is_record('SPX','{D1}')", 2, kind="record", verdict="supported"),
    C("RUT", "record_close", True, "flag", D1, "closed at a record high for the first time since August 2018", f"[is_record('RUT','{D1}'), peak_before('RUT','{D1}')]", 2, kind="record", verdict="supported", note="1,744.04 tops the previous record close 1,740.75 of 2018-08-31."),
] + fared(D1, [("SPX", "day", 48.14, 1.4, 3585.15), ("DJI", "day", 399.64, 1.4, 29479.81), ("IXIC", "day", 119.70, 1, 11829.29), ("RUT", "day", 35.57, 2.1, 1744.04),
               ("SPX", "week", 75.71, 2.2, None), ("DJI", "week", 1156.41, 4.1, None), ("IXIC", "week", -65.94, -0.6, None), ("RUT", "week", 99.88, 6.1, None),
               ("SPX", "year", 354.37, 11, None), ("DJI", "year", 941.37, 3.3, None), ("IXIC", "year", 2856.68, 31.8, None), ("RUT", "year", 75.57, 4.5, None)], T1)

T2 = ("Stocks closed lower on Wall Street Tuesday, led by drops in technology companies and banks. The S&P 500 gave back 0.7%, pulling "
      "further below the record high it set on Friday. Small-company stocks, which have been beating the rest of the market in recent "
      "months, fell more than other parts of the market. Analysts expect S&P 500 profits to be up 24% from a year earlier, according "
      "to FactSet. On Tuesday: The S&P 500 fell 28.32 points, or 0.7%, to 4,134.94. The Dow Jones Industrial Average fell 256.33 "
      "points, or 0.8%, to 33,821.30. The Nasdaq fell 128.50 points, or 0.9%, to 13,786.27. The Russell 2000 index of smaller "
      "companies fell 43.79 points (2%) to 2,188.21. For the week: the S&P 500 is down 50.53 points, or 1.2%; the Dow is down 379.37 "
      "points, or 1.1%; the Nasdaq is down 266.07 points, or 1.9%; the Russell 2000 is down 74.46 points, or 3.3%. For the year: the "
      "S&P 500 is up 378.87 points, or 10.1%; the Dow is up 3,214.82 points, or 10.5%; the Nasdaq is up 897.99 points, or 7%; the "
      "Russell 2000 is up 213.36 points, or 10.8%.")
D2 = "2021-04-20"
C2 = [
    C("SPX", "record_close_date", "2021-04-16", "date", D2, "record high it set on Friday", f"peak_before('SPX','{D2}')", 2, kind="record", verdict="supported", note="Record close 4,185.47 on Friday 2021-04-16."),
    C("RUT", "relative_daily_move", True, "flag", D2, "fell more than other parts of the market", f"[pct('RUT','{D2}'), pct('SPX','{D2}'), pct('DJI','{D2}'), pct('IXIC','{D2}')]", 2, kind="eq", verdict="supported", note="Russell -1.96% against -0.68% to -0.92% for the other three."),
    C("SPX", "earnings_growth_estimate", 24, "pct", None, "up 24% from a year earlier", verdict="unverifiable", kind="unverifiable", basis=None, note="Earnings estimates are not in the files."),
] + fared(D2, [("SPX", "day", -28.32, -0.7, 4134.94), ("DJI", "day", -256.33, -0.8, 33821.30), ("IXIC", "day", -128.50, -0.9, 13786.27), ("RUT", "day", -43.79, -2, 2188.21),
               ("SPX", "week", -50.53, -1.2, None), ("DJI", "week", -379.37, -1.1, None), ("IXIC", "week", -266.07, -1.9, None), ("RUT", "week", -74.46, -3.3, None),
               ("SPX", "year", 378.87, 10.1, None), ("DJI", "year", 3214.82, 10.5, None), ("IXIC", "year", 897.99, 7, None), ("RUT", "year", 213.36, 10.8, None)], T2)

T3 = ("Wall Street closed mixed Tuesday, leaving the S&P 500 just shy of the record high it set a day earlier. After wavering between "
      "gains and losses the benchmark closed down 0.1%, and the slight loss broke a four-day winning streak for the S&P 500. Small "
      "company stocks also fell. On Tuesday: The S&P 500 fell 4.84 points, or 0.1%, to 4,786.35. The Dow Jones Industrial Average "
      "rose 95.83 points, or 0.3%, to 36,398.21. The Nasdaq fell 89.54 points, or 0.6%, to 15,781.72. The Russell 2000 index of "
      "smaller companies fell 14.95 points, or 0.7%, to 2,246.51. For the week: the S&P 500 is up 60.56 points (1.3%); the Dow is up "
      "447.65 points, or 1.2%; the Nasdaq is up 128.35 points, or 0.8%; the Russell 2000 is up 4.93 points, or 0.2%. For the year: "
      "the S&P 500 is up 1,030.28 points, or 27.4%; the Dow is up 5,791.73 points, or 18.9%; the Nasdaq is up 2,893.44 points, or "
      "22.5%; the Russell 2000 is up 271.65 points, or 13.8%.")
D3 = "2021-12-28"
C3 = [
    C("SPX", "record_close_date", "2021-12-27", "date", D3, "record high it set a day earlier", f"[is_record('SPX','2021-12-27'), is_record('SPX','{D3}')]", 2, kind="record", verdict="supported", note="2021-12-27 was a record close (4,791.19); 12-28 was not."),
    C("SPX", "up_streak_broken", 4, "sessions", "2021-12-27", "four-day winning streak", "run_length('SPX','2021-12-27')", 0, kind="streak", verdict="supported", note="Four straight gains 12-21..12-27 before the 12-28 dip."),
] + fared(D3, [("SPX", "day", -4.84, -0.1, 4786.35), ("DJI", "day", 95.83, 0.3, 36398.21), ("IXIC", "day", -89.54, -0.6, 15781.72), ("RUT", "day", -14.95, -0.7, 2246.51),
               ("SPX", "week", 60.56, 1.3, None), ("DJI", "week", 447.65, 1.2, None), ("IXIC", "week", 128.35, 0.8, None), ("RUT", "week", 4.93, 0.2, None),
               ("SPX", "year", 1030.28, 27.4, None), ("DJI", "year", 5791.73, 18.9, None), ("IXIC", "year", 2893.44, 22.5, None), ("RUT", "year", 271.65, 13.8, None)], T3)

T4 = ("Stocks closed lower as shares of beleaguered banks tumbled again and worries about the economy deepened. The S&P 500 fell 1.2% "
      "Tuesday and the Dow fell 367 points, with some of the sharpest drops among smaller and mid-sized banks under scrutiny as the "
      "banking system shows cracks under much higher interest rates. On Tuesday: The S&P 500 fell 48.29 points (1.2%) to 4,119.58. "
      "The Dow Jones Industrial Average fell 367.17 points (1.1%) to 33,684.53. The Nasdaq composite fell 132.09 points, or 1.1%, to "
      "12,080.51. The Russell 2000 index of smaller companies fell 37.10 points, or 2.1%, to 1,732.11. For the week: the S&P 500 is "
      "down 49.90 points, or 1.2%; the Dow is down 413.63 points, or 1.2%; the Nasdaq is down 146.08 points, or 1.2%; the Russell "
      "2000 is down 36.88 points, or 2.1%. For the year: the S&P 500 is up 280.08 points, or 7.3%; the Dow is up 537.28 points, or "
      "1.6%; the Nasdaq is up 1,614.02 points, or 15.4%; the Russell 2000 is down 29.14 points, or 1.7%.")
D4 = "2023-05-02"
C4 = [
    C("DJI", "daily_point_change", -367, "index_points", D4, "Dow fell 367 points", f"chg('DJI','{D4}')", 2, "int"),
] + fared(D4, [("SPX", "day", -48.29, -1.2, 4119.58), ("DJI", "day", -367.17, -1.1, 33684.53), ("IXIC", "day", -132.09, -1.1, 12080.51), ("RUT", "day", -37.10, -2.1, 1732.11),
               ("SPX", "week", -49.90, -1.2, None), ("DJI", "week", -413.63, -1.2, None), ("IXIC", "week", -146.08, -1.2, None), ("RUT", "week", -36.88, -2.1, None),
               ("SPX", "year", 280.08, 7.3, None), ("DJI", "year", 537.28, 1.6, None), ("IXIC", "year", 1614.02, 15.4, None), ("RUT", "year", -29.14, -1.7, None)], T4)

PASSAGES = [
 dict(id="ap_20201113_indexes_fared_rut_record", source={"site": "sandiegouniontribune.com", "url": "https://www.sandiegouniontribune.com/business/nation/story/2020-11-13/how-the-dow-and-other-indexes-fared-on-friday", "original_outlet": "Associated Press"},
      published="2020-11-13", published_confidence="exact", published_note="URL dated 2020-11-13 (Friday); the week runs from the 2020-11-06 close.", text=T1, claims=C1),
 dict(id="ap_20210420_indexes_fared_small_caps_lag", source={"site": "sandiegouniontribune.com", "url": "https://www.sandiegouniontribune.com/business/nation/story/2021-04-20/how-major-us-stock-indexes-fared-tuesday", "original_outlet": "Associated Press"},
      published="2021-04-20", published_confidence="exact", published_note="URL dated 2021-04-20 (Tuesday); week figures from the Friday 2021-04-16 close.", text=T2, claims=C2),
 dict(id="ap_20211228_indexes_fared_streak_ends", source={"site": "wtop.com", "url": "https://wtop.com/business-finance/2021/12/how-major-us-stock-indexes-fared-tuesday-62/", "original_outlet": "Associated Press"},
      published="2021-12-28", published_confidence="exact", published_note="page dated December 28, 2021, 4:31 PM (Tuesday); week from the Thursday 2021-12-23 close (Friday 12-24 was a holiday).", text=T3, claims=C3),
 dict(id="ap_20230502_indexes_fared_bank_worries", source={"site": "washingtonpost.com", "url": "https://www.washingtonpost.com/business/2023/05/02/financial-markets-box/fff49a3a-e926-11ed-869e-986dd5713bc8_story.html", "original_outlet": "Associated Press"},
      published="2023-05-02", published_confidence="exact", published_note="URL dated 2023/05/02 (Tuesday); week from the Friday 2023-04-28 close.", text=T4, claims=C4),
]
