"""Passage texts (condensed close paraphrases) and their claims, with recipes and verdict specs."""

U_RUI = ("unverifiable", "series not in the files",
         "Russell 1000 (RUI) is not in the files; no proxy decides it.")
U_RVX = ("unverifiable", "series not in the files",
         "CBOE Russell 2000 Volatility Index (RVX) is not in the files.")


def C(t, metric, value, unit, anchor, recipe=None, judge=None, q=None, ref=None, window=None,
      comp=None, basis="close", note="", detail=""):
    return {"index_or_ticker": t, "metric": metric, "value": value, "unit": unit, "qualifier": q,
            "ref_date": ref, "window": window, "comparison": comp, "basis": basis,
            "recipe": recipe, "judge": judge, "anchor": anchor, "note": note, "detail": detail}


def S(note=""):
    return ("x", "supported", note)


CBOE_NOTE = ("Weekly options-blog review published on the weekend; the centre session is the Friday "
             "close of the week named in the title.")

PASSAGES = [
 {"id": "cboeoptionshub_20140607_rut_catch_up_week", "published": "2014-06-07",
  "published_confidence": "exact",
  "published_note": "Date in the URL (Saturday); the post is dated 6/6/2014 in its title and reviews the week ended Friday 2014-06-06.",
  "source": {"site": "cboeoptionshub.com", "url": "http://www.cboeoptionshub.com/2014/06/07/week-russell-2000-nasdaq-100-volatility-662014/", "original_outlet": "CBOE Options Hub (Russell Rhoads)"},
  "text": ("This Week in Russell 2000 and NASDAQ-100 Volatility - 6/6/2014. After a great 2013 the Russell 2000 (RUT) has trailed "
           "other markets in 2014, but it caught up some last week, rising 2.71%, which leaves RUT with positive performance for 2014. "
           "RVX fell as expected and ended the week at 17.09, low but well above its lowest close on record of 13.65, set on March 14, 2013. "
           "The NASDAQ-100 was up over 1% last week and VXN fell too; its lowest close came on March 15, 2013 at 12.03. "
           "On both March 14 and March 15 last year VIX closed at 11.30, which until yesterday was the post 2008 record low."),
  "claims": [
   C("RUT", "weekly_change_pct", 2.71, "pct", "rising 2.71%", "window_pct('RUT','2014-05-30','2014-06-06')", ("num", "pct", 2),
     ref="2014-06-06", window="week 2014-05-30..2014-06-06", note="Friday-to-Friday close."),
   C("RUT", "ytd_sign", "positive", "flag", "positive performance for 2014", "ytd('RUT','2014-06-06')",
     ("x", "supported", "sign of the year-to-date change from the 2013-12-31 close"), ref="2014-06-06", window="YTD",
     comp="> 0", note="YTD +0.13% at the 2014-06-06 close: just positive, as the text says."),
   C("RVX", "close", 17.09, "level", "17.09", None, U_RVX, ref="2014-06-06"),
   C("RVX", "record_low_close", 13.65, "level", "13.65", None, U_RVX, ref="2013-03-14"),
   C("NDX", "weekly_change_pct", 1, "pct", "up over 1% last week", "window_pct('NDX','2014-05-30','2014-06-06')",
     ("num", "pct", 0), q="more than", ref="2014-06-06", window="week 2014-05-30..2014-06-06"),
   C("VXN", "record_low_close", 12.03, "level", "12.03", None,
     ("unverifiable", "series not in the files", "CBOE Nasdaq-100 Volatility Index (VXN) is not in the files."), ref="2013-03-15"),
   C("VIX", "close", 11.30, "level", "VIX closed at 11.30", "[close('VIX','2013-03-14'), close('VIX','2013-03-15')]",
     ("x", "supported", "both closes equal the claim (2 dp, tolerance 0.025)"), ref="2013-03-14/2013-03-15",
     note="The file has 11.30 on both days."),
   C("VIX", "record_low_since", "2008", "flag", "until yesterday was the post 2008 record low",
     "[min_close_since('VIX','2008-01-01','2014-06-06'), close('VIX','2014-06-06')]",
     ("x", "supported", "lowest close since X: 11.30 was the lowest close from 2008 up to the day before, and the 2014-06-06 close went below it"),
     ref="2014-06-06", window="2008-01-01..2014-06-06",
     note="Written on Saturday 2014-06-07, so 'yesterday' is Friday 2014-06-06 (VIX 10.73). On a Friday-written reading 'yesterday' is 2014-06-05 (VIX 11.68), which was not below 11.30."),
  ]},
 {"id": "cboeoptionshub_20150809_rut_lags_week", "published": "2015-08-09", "published_confidence": "exact",
  "published_note": "Date in the URL; reviews the week 8/3 - 8/7 (centre session Friday 2015-08-07). " + CBOE_NOTE,
  "source": {"site": "cboeoptionshub.com", "url": "http://www.cboeoptionshub.com/2015/08/09/rut0807/", "original_outlet": "CBOE Options Hub (Russell Rhoads)"},
  "text": ("The Week in Russell 2000 Trading - 8/3 - 8/7. The Russell 2000 (RUT) fell 2.57% last week, over twice the drop of the large cap "
           "Russell 1000 (RUI), putting large caps firmly ahead of small caps in 2015. For the year RUT is now up (a strong word for this) 0.18% "
           "while RUI is up 1.25%. The RVX / VIX premium last closed over 30% on April 27th of this year."),
  "claims": [
   C("RUT", "weekly_change_pct", -2.57, "pct", "fell 2.57% last week", "window_pct('RUT','2015-07-31','2015-08-07')", ("num", "pct", 2),
     ref="2015-08-07", window="week 2015-07-31..2015-08-07"),
   C("RUI", "relative_weekly_drop", 2, "ratio", "over twice the drop", None, U_RUI, q="more than", ref="2015-08-07"),
   C("RUT", "ytd_pct", 0.18, "pct", "0.18%", "ytd('RUT','2015-08-07')", ("num", "pct", 2), ref="2015-08-07", window="YTD"),
   C("RUI", "ytd_pct", 1.25, "pct", "1.25%", None, U_RUI, ref="2015-08-07", window="YTD"),
   C("RVX", "rvx_vix_premium", 30, "pct", "over 30% on April 27th", None, U_RVX, q="more than", ref="2015-04-27"),
  ]},
 {"id": "cboeoptionshub_20151213_rut_december_slide", "published": "2015-12-13", "published_confidence": "exact",
  "published_note": "Date in the URL; reviews the week 12/7 - 12/11 (centre session Friday 2015-12-11). " + CBOE_NOTE,
  "source": {"site": "cboeoptionshub.com", "url": "http://www.cboeoptionshub.com/2015/12/13/weekly-review-russell-2000-index-and-volatility-127-1211/", "original_outlet": "CBOE Options Hub (Russell Rhoads)"},
  "text": ("Weekly Review - Russell 2000 Index and Volatility - 12/7 - 12/11. Small caps took it on the chin last week: the Russell 2000 (RUT) "
           "lost just over 5% on the week, leaving it down 6.73% for 2015. The large cap Russell 1000 (RUI) lost 3.85% on the week and slipped into "
           "the red for the year, now down 2.6% for 2015. Two weeks into December, RUT is down 6.22% and RUI is down 3.47% so far this month. "
           "Last year December also began in the red: as of the second Friday RUT was down 1.75% for the month as of December 12th last year. "
           "In 2015 the first day RVX closed below VIX was August 24th, when the Russell 2000 closed at 1111.69."),
  "claims": [
   C("RUT", "weekly_change_pct", -5, "pct", "just over 5% on the week", "window_pct('RUT','2015-12-04','2015-12-11')", ("num", "pct", 0),
     q="just over", ref="2015-12-11", window="week 2015-12-04..2015-12-11"),
   C("RUT", "ytd_pct", -6.73, "pct", "down 6.73% for 2015", "ytd('RUT','2015-12-11')", ("num", "pct", 2), ref="2015-12-11", window="YTD"),
   C("RUI", "weekly_change_pct", -3.85, "pct", "lost 3.85%", None, U_RUI, ref="2015-12-11"),
   C("RUI", "ytd_pct", -2.6, "pct", "down 2.6% for 2015", None, U_RUI, ref="2015-12-11", window="YTD"),
   C("RUT", "mtd_pct", -6.22, "pct", "RUT is down 6.22%", "mtd('RUT','2015-12-11')", ("num", "pct", 2), ref="2015-12-11", window="MTD"),
   C("RUI", "mtd_pct", -3.47, "pct", "3.47%", None, U_RUI, ref="2015-12-11", window="MTD"),
   C("RUT", "mtd_pct", -1.75, "pct", "RUT was down 1.75%", "mtd('RUT','2014-12-12')", ("num", "pct", 2), ref="2014-12-12", window="MTD",
     note="Another day in the story: December 2014 month-to-date through Friday 2014-12-12."),
   C("RUT", "close", 1111.69, "level", "closed at 1111.69", "close('RUT','2015-08-24')", ("num", "level", 2), ref="2015-08-24",
     note="Another day in the story: 2015-08-24."),
   C("RVX", "rvx_below_vix_first_day", "2015-08-24", "date", "August 24th", None, U_RVX, ref="2015-08-24"),
  ]},
 {"id": "cboeoptionshub_20160220_rut_holiday_week", "published": "2016-02-20", "published_confidence": "exact",
  "published_note": "Date in the URL; reviews the holiday-shortened week 2/16 - 2/19 (centre session Friday 2016-02-19). " + CBOE_NOTE,
  "source": {"site": "cboeoptionshub.com", "url": "http://www.cboeoptionshub.com/2016/02/20/weekly-review-russell-2000-options-and-volatility-216-219/", "original_outlet": "CBOE Options Hub (Russell Rhoads)"},
  "text": ("Weekly Review Russell 2000 Options and Volatility 2/16 - 2/19. Small caps had a great holiday shortened week, the Russell 2000 (RUT) "
           "rising almost 4% and gaining some ground on the Russell 1000 (RUI), which was up a little less than 3%; RUT still has far to go to catch "
           "RUI for 2016. RVX and VIX both dropped sharply, in line with each other, so RVX keeps its usual premium of about 20%. Late Friday, "
           "with RUT trading around 1007, a trader sold 300 RUT Feb 26th 1040 Calls and bought 450 RUT Feb 26th 950 Puts."),
  "claims": [
   C("RUT", "weekly_change_pct", 4, "pct", "rising almost 4%", "window_pct('RUT','2016-02-12','2016-02-19')", ("num", "pct", 0),
     q="almost", ref="2016-02-19", window="week 2016-02-12..2016-02-19 (4 sessions, Presidents Day)"),
   C("RUI", "weekly_change_pct", 3, "pct", "a little less than 3%", None, U_RUI, q="less than", ref="2016-02-19"),
   C("RVX", "rvx_vix_premium", 20, "pct", "about 20%", None, U_RVX, q="about", ref="2016-02-19"),
   C("RUT", "intraday_level", 1007, "level", "trading around 1007", "session_range('RUT','2016-02-19')",
     ("x", "unverifiable", "mid-session figure inside the session's low-high range"), q="around", ref="2016-02-19", basis="late Friday",
     note="Late-session level; the session ran 998.27-1010.72 (close 1010.01), so the files cannot place it."),
  ]},
 {"id": "cboeoptionshub_20160501_rut_turns_negative", "published": "2016-05-01", "published_confidence": "exact",
  "published_note": "Date in the URL; reviews the week 4/25 - 4/29 (centre session Friday 2016-04-29). " + CBOE_NOTE,
  "source": {"site": "cboeoptionshub.com", "url": "http://www.cboeoptionshub.com/2016/05/01/weekend-review-russell-2000-index-volatility-425-429/", "original_outlet": "CBOE Options Hub (Russell Rhoads)"},
  "text": ("Weekend Review - Russell 2000 Index and Volatility - 4/25 - 4/29. A tough week: the Russell 2000 (RUT) was down 1.4% on the week, "
           "which took the small cap benchmark from positive to negative territory for 2016. Large caps held up a bit better, the Russell 1000 (RUI) "
           "losing 1.26%, and the large cap benchmark remains positive on the year by just over 1%. With about an hour left in the day and the "
           "Russell 2000 at 1127, a trader sold RUT May 20th 1150 Calls and bought RUT May 20th 1050 Puts."),
  "claims": [
   C("RUT", "weekly_change_pct", -1.4, "pct", "down 1.4% on the week", "window_pct('RUT','2016-04-22','2016-04-29')", ("num", "pct", 1),
     ref="2016-04-29", window="week 2016-04-22..2016-04-29"),
   C("RUT", "ytd_sign_change", "positive to negative", "flag", "from positive to negative territory for 2016",
     "[ytd('RUT','2016-04-22'), ytd('RUT','2016-04-29')]",
     ("x", "supported", "YTD positive at the previous Friday close and negative at this Friday close"), ref="2016-04-29", window="YTD",
     note="YTD +0.95% on 2016-04-22 and -0.44% on 2016-04-29."),
   C("RUI", "weekly_change_pct", -1.26, "pct", "losing 1.26%", None, U_RUI, ref="2016-04-29"),
   C("RUI", "ytd_pct", 1, "pct", "just over 1%", None, U_RUI, q="just over", ref="2016-04-29", window="YTD"),
   C("RUT", "intraday_level", 1127, "level", "Russell 2000 at 1127", "session_range('RUT','2016-04-29')",
     ("x", "unverifiable", "mid-session figure inside the session's low-high range"), ref="2016-04-29", basis="about an hour before the close",
     note="The session ran 1124.26-1140.11 (close 1130.85)."),
  ]},
 {"id": "cboeoptionshub_20160619_rut_lags_brexit_jitters", "published": "2016-06-19", "published_confidence": "exact",
  "published_note": "Date in the URL; reviews the week 6/13 - 6/17 (centre session Friday 2016-06-17). " + CBOE_NOTE,
  "source": {"site": "cboeoptionshub.com", "url": "http://www.cboeoptionshub.com/2016/06/19/weekend-review-russell-2000-options-volatility-613-617/", "original_outlet": "CBOE Options Hub (Russell Rhoads)"},
  "text": ("Weekend Review - Russell 2000 Options and Volatility - 6/13 - 6/17. Global worries dominated the talk, yet large caps beat small caps; "
           "both fell, the Russell 1000 (RUI) losing 1.16% and the Russell 2000 (RUT) giving up 1.65%. RUI widened its lead and is up 1.33% for "
           "2016, while RUT is still higher, but by only 0.78%. RVX rose, though far less than VIX. Late Friday, with RUT at 1141.38, a trader sold "
           "RUT Jul 1st 1150 Puts and bought RUT Jul 1st 1140 Puts."),
  "claims": [
   C("RUI", "weekly_change_pct", -1.16, "pct", "losing 1.16%", None, U_RUI, ref="2016-06-17"),
   C("RUT", "weekly_change_pct", -1.65, "pct", "giving up 1.65%", "window_pct('RUT','2016-06-10','2016-06-17')", ("num", "pct", 2),
     ref="2016-06-17", window="week 2016-06-10..2016-06-17"),
   C("RUI", "ytd_pct", 1.33, "pct", "up 1.33%", None, U_RUI, ref="2016-06-17", window="YTD"),
   C("RUT", "ytd_pct", 0.78, "pct", "by only 0.78%", "ytd('RUT','2016-06-17')", ("num", "pct", 2), ref="2016-06-17", window="YTD"),
   C("RUT", "intraday_level", 1141.38, "level", "RUT at 1141.38", "session_range('RUT','2016-06-17')",
     ("x", "imprecise", "mid-session figure just outside the session's range"), ref="2016-06-17", basis="late Friday",
     note="The session low in the file is 1141.49, 0.11 above the quoted level (close 1144.70); a rounding or feed difference is possible."),
  ]},
 {"id": "cboeoptionshub_20160827_rut_widens_lead", "published": "2016-08-27", "published_confidence": "exact",
  "published_note": "Date in the URL; reviews the week 8/22 - 8/26 (centre session Friday 2016-08-26). " + CBOE_NOTE,
  "source": {"site": "cboeoptionshub.com", "url": "http://www.cboeoptionshub.com/2016/08/27/weekend-review-russell-2000-options-volatility-822-826/", "original_outlet": "CBOE Options Hub (Russell Rhoads)"},
  "text": ("Weekend Review - Russell 2000 Options and Volatility - 8/22 - 8/26. The Russell 2000 (RUT) widened its 2016 lead over the Russell 1000 "
           "(RUI): RUT rose 0.11% last week while RUI was down 0.67%. For the year RUT is up 8.99% and RUI around 6.17%. Often missed is the gap "
           "since February's lows: RUT has gained 29.8% and RUI only 19.5% since the market bottomed. On Friday, with RUT near 1230, a trader bought "
           "RUT Sep 9th 1240 Puts and sold RUT Sep 9th 1230 Puts."),
  "claims": [
   C("RUT", "weekly_change_pct", 0.11, "pct", "RUT rose 0.11%", "window_pct('RUT','2016-08-19','2016-08-26')", ("num", "pct", 2),
     ref="2016-08-26", window="week 2016-08-19..2016-08-26"),
   C("RUI", "weekly_change_pct", -0.67, "pct", "down 0.67%", None, U_RUI, ref="2016-08-26"),
   C("RUT", "ytd_pct", 8.99, "pct", "up 8.99%", "ytd('RUT','2016-08-26')", ("num", "pct", 2), ref="2016-08-26", window="YTD"),
   C("RUI", "ytd_pct", 6.17, "pct", "around 6.17%", None, U_RUI, q="around", ref="2016-08-26", window="YTD"),
   C("RUT", "change_since_low_pct", 29.8, "pct", "gained 29.8%", "window_pct('RUT','2016-02-11','2016-08-26')", ("num", "pct", 1),
     ref="2016-08-26", window="2016-02-11 close (February closing low) .. 2016-08-26",
     detail="February low close: min_close_date('RUT','2016-02-01','2016-02-29') = 2016-02-11",
     note="The February closing low is 2016-02-11 (953.72)."),
   C("RUI", "change_since_low_pct", 19.5, "pct", "19.5%", None, U_RUI, ref="2016-08-26"),
   C("RUT", "intraday_level", 1230, "level", "RUT near 1230", "session_range('RUT','2016-08-26')",
     ("x", "imprecise", "mid-session figure just outside the session's range"), q="about", ref="2016-08-26", basis="intraday (Friday)",
     note="The session low was 1231.27 (close 1238.03): 1.27 above the hedged level, just beyond one unit of the last digit."),
  ]},
 {"id": "cboeoptionshub_20160925_rut_doubles_rui_fomc_week", "published": "2016-09-25", "published_confidence": "exact",
  "published_note": "Date in the URL; reviews the week 9/19 - 9/23 (centre session Friday 2016-09-23). " + CBOE_NOTE,
  "source": {"site": "cboeoptionshub.com", "url": "http://www.cboeoptionshub.com/2016/09/25/weekend-review-russell-2000-options-volatility-919-923/", "original_outlet": "CBOE Options Hub (Russell Rhoads)"},
  "text": ("Weekend Review - Russell 2000 Options and Volatility - 9/19 - 9/23. Small caps against large caps have done wonderfully for anyone who "
           "bought the February bottom. Last week the Russell 2000 (RUT) almost doubled the performance of the Russell 1000 (RUI), rising 2.56% "
           "against 1.30%, which puts RUT up 10.45% for 2016 and RUI up 6.06%. Measured from February 11th, RUT is up 31.6% since the equity market "
           "bottomed out, RUI up 19.3%. VIX took it on the chin last week as stocks digested the FOMC announcement and Janet Yellen's press "
           "conference; RVX fell too, but less than VIX."),
  "claims": [
   C("RUT", "weekly_change_pct", 2.56, "pct", "rising 2.56%", "window_pct('RUT','2016-09-16','2016-09-23')", ("num", "pct", 2),
     ref="2016-09-23", window="week 2016-09-16..2016-09-23",
     note="The file gives +2.44% Friday to Friday; no other window of the week gives 2.56%."),
   C("RUI", "weekly_change_pct", 1.30, "pct", "against 1.30%", None, U_RUI, ref="2016-09-23"),
   C("RUT", "ytd_pct", 10.45, "pct", "RUT up 10.45%", "ytd('RUT','2016-09-23')", ("num", "pct", 2), ref="2016-09-23", window="YTD"),
   C("RUI", "ytd_pct", 6.06, "pct", "6.06%", None, U_RUI, ref="2016-09-23", window="YTD"),
   C("RUT", "change_since_date_pct", 31.6, "pct", "up 31.6%", "window_pct('RUT','2016-02-11','2016-09-23')", ("num", "pct", 1),
     ref="2016-09-23", window="2016-02-11 close .. 2016-09-23"),
   C("RUI", "change_since_date_pct", 19.3, "pct", "19.3%", None, U_RUI, ref="2016-09-23"),
   C("VIX", "weekly_direction", "down", "flag", "VIX took it on the chin", "window_pct('VIX','2016-09-16','2016-09-23')",
     ("x", "supported", "direction of the Friday-to-Friday change"), ref="2016-09-23", window="week",
     note="VIX fell about 20% on the week."),
   C("FEDFUNDS", "fomc_meeting_in_week", "2016-09-21", "flag", "FOMC announcement", "fomc_on('2016-09-21')",
     ("x", "supported", "FOMC decision day in FOMC_meetings.csv"), ref="2016-09-21"),
  ]},
 {"id": "cboe_20161029_rut_gives_back_lead", "published": "2016-10-29", "published_confidence": "exact",
  "published_note": "Date in the URL; reviews the week 10/24 - 10/28 (centre session Friday 2016-10-28). " + CBOE_NOTE,
  "source": {"site": "cboe.com", "url": "http://www.cboe.com/blogs/options-hub/2016/10/29/weekend-review-russell-2000-options-volatility-1024-1028", "original_outlet": "CBOE Options Hub (Russell Rhoads)"},
  "text": ("Weekend Review - Russell 2000 Options and Volatility - 10/24 - 10/28. Last week the Russell 2000 (RUT) took it on the chin, dropping 2.6%, "
           "while the Russell 1000 (RUI) was down only 0.80%. RUT keeps a small lead for the year, up 4.55% against up 3.98%, but it could vanish "
           "next week. Friday afternoon's volatility spike pushed the RVX / VIX ratio down. The week closed in the RUT pit with a 2 x 3 call trade "
           "expiring Nov 4th, done with RUT at 1188.05."),
  "claims": [
   C("RUT", "weekly_change_pct", -2.6, "pct", "dropping 2.6%", "window_pct('RUT','2016-10-21','2016-10-28')", ("num", "pct", 1),
     ref="2016-10-28", window="week 2016-10-21..2016-10-28", note="The file gives -2.50% Friday to Friday."),
   C("RUI", "weekly_change_pct", -0.80, "pct", "down only 0.80%", None, U_RUI, ref="2016-10-28"),
   C("RUT", "ytd_pct", 4.55, "pct", "up 4.55%", "ytd('RUT','2016-10-28')", ("num", "pct", 2), ref="2016-10-28", window="YTD"),
   C("RUI", "ytd_pct", 3.98, "pct", "up 3.98%", None, U_RUI, ref="2016-10-28", window="YTD"),
   C("RUT", "intraday_level", 1188.05, "level", "RUT at 1188.05", "session_range('RUT','2016-10-28')",
     ("x", "unverifiable", "mid-session figure inside the session's low-high range"), ref="2016-10-28", basis="intraday (Friday)",
     note="The session ran 1185.48-1196.24 (close 1187.61)."),
  ]},
 {"id": "cboe_20161204_rut_rests_after_election_run", "published": "2016-12-04", "published_confidence": "exact",
  "published_note": "Date in the URL; reviews the week 11/28 - 12/2 (centre session Friday 2016-12-02). " + CBOE_NOTE,
  "source": {"site": "cboe.com", "url": "http://www.cboe.com/blogs/options-hub/2016/12/04/weekend-review-russell-2000-options-volatility-1128-122", "original_outlet": "CBOE Options Hub (Russell Rhoads)"},
  "text": ("Weekend Review - Russell 2000 Options and Volatility - 11/28 - 12/2. The Russell 2000 (RUT) paused its dominance of the Russell 1000 "
           "(RUI) last week: RUT dropped 2.8% while RUI was down about 1.1%. Since the election RUT had gone a bit parabolic; as of Friday RUT is up "
           "15.7% and RUI 7.5% for 2016. Despite the rough week RUT is up 10.0% since November 8th, RUI 2.7%. The RVX to VIX ratio fell last week, "
           "as VIX rose while RVX slipped a bit, perhaps with the Italian referendum pending."),
  "claims": [
   C("RUT", "weekly_change_pct", -2.8, "pct", "RUT dropped 2.8%", "window_pct('RUT','2016-11-25','2016-12-02')", ("num", "pct", 1),
     ref="2016-12-02", window="week 2016-11-25..2016-12-02", note="The file gives -2.45% Friday to Friday."),
   C("RUI", "weekly_change_pct", -1.1, "pct", "about 1.1%", None, U_RUI, q="about", ref="2016-12-02"),
   C("RUT", "ytd_pct", 15.7, "pct", "15.7%", "ytd('RUT','2016-12-02')", ("num", "pct", 1), ref="2016-12-02", window="YTD"),
   C("RUI", "ytd_pct", 7.5, "pct", "7.5%", None, U_RUI, ref="2016-12-02", window="YTD"),
   C("RUT", "change_since_date_pct", 10.0, "pct", "up 10.0%", "window_pct('RUT','2016-11-08','2016-12-02')", ("num", "pct", 1),
     ref="2016-12-02", window="2016-11-08 close .. 2016-12-02", note="Election day close as the start (the other reading, the 11-07 close, gives a larger gain)."),
   C("RUI", "change_since_date_pct", 2.7, "pct", "RUI 2.7%", None, U_RUI, ref="2016-12-02"),
   C("VIX", "weekly_direction", "up", "flag", "VIX rose", "window_pct('VIX','2016-11-25','2016-12-02')",
     ("x", "supported", "direction of the Friday-to-Friday change"), ref="2016-12-02", window="week"),
   C("RVX", "weekly_direction", "down", "flag", "RVX slipped a bit", None, U_RVX, ref="2016-12-02"),
  ]},
]

U_INTRADAY_YIELD = ("unverifiable", "intraday yield event",
                    "FRED DGS10 is an end-of-day series; a session-high yield cannot be checked.")

PASSAGES += [
 {"id": "usatoday_20140917_dow_record_fed_considerable_time", "published": "2014-09-17", "published_confidence": "high",
  "published_note": "Short link without a date; the story describes the Wednesday FOMC day (2014-09-17 was an FOMC decision day, the CPI fell 0.2% in August) and every closing figure matches 2014-09-17.",
  "source": {"site": "usat.ly", "url": "http://usat.ly/XEBffA", "original_outlet": "USA Today (David Carrig)"},
  "text": ("Dow closes at record high as Fed says rates to stay low. The Dow rose to a record close Wednesday after the Federal Reserve repeated that "
           "a key short-term rate will stay near zero for a \"considerable time\" after bond buying ends next month. The Fed has kept a near zero "
           "interest rate policy since the 2008 financial crisis. The Dow Jones industrial average rose 24.88 points, or 0.2%, to a record close of "
           "17,156.85, and set an all-time intraday high of 17,221.11. It was the sixteenth record close for the blue chip index in 2014. The "
           "Standard & Poor's 500 index climbed back above the 2000 mark, gaining 2.59 points, or 0.1%, to 2001.57, about 6 points below its record "
           "close of 2007.71. The Nasdaq composite index rose 9.43 points, or 0.2%, to 4562.19. The yield on the 10-year Treasury note rose to 2.62% "
           "from 2.59% Tuesday."),
  "claims": [
   C("DJI", "change_pts", 24.88, "points", "24.88 points", "chg_pts('DJI','2014-09-17')", ("num", "points", 2), ref="2014-09-17"),
   C("DJI", "change_pct", 0.2, "pct", "or 0.2%, to a record", "chg_pct('DJI','2014-09-17')", ("num", "pct", 1), ref="2014-09-17",
     note="+0.145% in the file; 0.2 is the rounded figure (within 0.07)."),
   C("DJI", "close", 17156.85, "level", "17,156.85", "close('DJI','2014-09-17')", ("num", "level", 2), ref="2014-09-17"),
   C("DJI", "record_close", True, "flag", "to a record close of", "is_record_close('DJI','2014-09-17')",
     ("x", "supported", "record close: above every earlier close in the file"), ref="2014-09-17"),
   C("DJI", "record_intraday_high", 17221.11, "level", "17,221.11", "[high('DJI','2014-09-17'), is_record_high('DJI','2014-09-17')]",
     ("x", "supported", "session high equals the claim and is above every earlier high"), ref="2014-09-17", basis="intraday high"),
   C("DJI", "record_close_count_ytd", 16, "count", "sixteenth record close", "count_record_closes('DJI','2014-01-01','2014-09-17')",
     ("num", "count", 0), ref="2014-09-17", window="2014-01-01..2014-09-17"),
   C("SPX", "change_pts", 2.59, "points", "2.59 points", "chg_pts('SPX','2014-09-17')", ("num", "points", 2), ref="2014-09-17"),
   C("SPX", "change_pct", 0.1, "pct", "or 0.1%, to 2001.57", "chg_pct('SPX','2014-09-17')", ("num", "pct", 1), ref="2014-09-17"),
   C("SPX", "close", 2001.57, "level", "to 2001.57", "close('SPX','2014-09-17')", ("num", "level", 2), ref="2014-09-17"),
   C("SPX", "record_close", 2007.71, "level", "record close of 2007.71", "record_close_before('SPX','2014-09-17')", ("num", "level", 2),
     ref="2014-09-05", note="Record close set 2014-09-05."),
   C("SPX", "points_below_record", 6, "points", "about 6 points below", "r4(record_close_before('SPX','2014-09-17') - close('SPX','2014-09-17'))",
     ("num", "points", 0), q="about", ref="2014-09-17"),
   C("IXIC", "change_pts", 9.43, "points", "9.43 points", "chg_pts('IXIC','2014-09-17')", ("num", "points", 2), ref="2014-09-17"),
   C("IXIC", "change_pct", 0.2, "pct", "or 0.2%, to 4562.19", "chg_pct('IXIC','2014-09-17')", ("num", "pct", 1), ref="2014-09-17"),
   C("IXIC", "close", 4562.19, "level", "to 4562.19", "close('IXIC','2014-09-17')", ("num", "level", 2), ref="2014-09-17"),
   C("US10Y", "yield", 2.62, "pct", "2.62%", "dgs10('2014-09-17')", ("num", "pct", 2), ref="2014-09-17", basis="end of day"),
   C("US10Y", "yield", 2.59, "pct", "2.59%", "dgs10('2014-09-16')", ("num", "pct", 2), ref="2014-09-16", basis="end of day",
     note="DGS10 has 2.60 on Tuesday 2014-09-16; the story's late-Tuesday quote differs by 0.01."),
   C("FEDFUNDS", "target_range", "near zero", "flag", "near zero interest rate policy", "fed_target('2014-09-17')",
     ("x", "supported", "target range 0-0.25% in DFEDTARL/DFEDTARU, unchanged since 2008-12-16"), ref="2014-09-17",
     note="The 'considerable time' guidance itself is a forward statement and is not keyed."),
  ]},
 {"id": "nasdaq_20171212_dow_spx_records_before_hike", "published": "2017-12-12", "published_confidence": "exact",
  "published_note": "Date in the URL; a close update on Tuesday 2017-12-12, the day before the FOMC decision.",
  "source": {"site": "nasdaq.com", "url": "https://www.nasdaq.com/articles/close-update-dow-sp-500-close-record-highs-fed-set-deliver-last-hike-2017-2017-12-12", "original_outlet": "Nasdaq.com (RTTNews-style close update)"},
  "text": ("Close Update: Dow, S&P 500 Close At Record Highs As Fed Set To Deliver Last Hike of 2017. The Dow Jones Industrial Average and S&P 500 "
           "closed at record highs on Tuesday, though off their session highs after mixed signals on the tax bill. Chip stocks pushed the Nasdaq to a "
           "loss for the first time in five days. Investors still expected the FOMC to raise interest rates on Wednesday, by another 25 basis points; "
           "producer prices increased 0.4% in November. At the close: Dow Jones Industrial Index was up 118.77 points (+0.49%); S&P 500 was up 4.12 "
           "points (+0.15%); Nasdaq Composite Index was down 12.76 points (-0.19%)."),
  "claims": [
   C("DJI", "record_close", True, "flag", "Dow Jones Industrial Average and S&P 500 closed at record highs", "is_record_close('DJI','2017-12-12')",
     ("x", "supported", "record close"), ref="2017-12-12"),
   C("SPX", "record_close", True, "flag", "closed at record highs on Tuesday", "is_record_close('SPX','2017-12-12')",
     ("x", "supported", "record close"), ref="2017-12-12"),
   C("IXIC", "first_loss_in_days", 5, "count", "loss for the first time in five days", "up_streak_before('IXIC','2017-12-12')",
     ("x", "supported", "four straight gains before the session, so the loss is the first in five days"), ref="2017-12-12"),
   C("FEDFUNDS", "expected_hike", 25, "bp", "raise interest rates on Wednesday", None,
     ("forecast", "forecast", "an expected decision is a projection"), ref="2017-12-13",
     note="Not judged against the outcome (the FOMC did raise the range to 1.25-1.50% on 2017-12-13)."),
   C("GENERIC", "ppi_mom", 0.4, "pct", "producer prices increased 0.4%", None,
     ("unverifiable", "series not in the files", "Producer price index is not in the files."), ref="2017-12-12"),
   C("DJI", "change_pts", 118.77, "points", "118.77 points", "chg_pts('DJI','2017-12-12')", ("num", "points", 2), ref="2017-12-12"),
   C("DJI", "change_pct", 0.49, "pct", "+0.49%", "chg_pct('DJI','2017-12-12')", ("num", "pct", 2), ref="2017-12-12"),
   C("SPX", "change_pts", 4.12, "points", "4.12", "chg_pts('SPX','2017-12-12')", ("num", "points", 2), ref="2017-12-12"),
   C("SPX", "change_pct", 0.15, "pct", "+0.15%", "chg_pct('SPX','2017-12-12')", ("num", "pct", 2), ref="2017-12-12"),
   C("IXIC", "change_pts", -12.76, "points", "12.76 points", "chg_pts('IXIC','2017-12-12')", ("num", "points", 2), ref="2017-12-12"),
   C("IXIC", "change_pct", -0.19, "pct", "-0.19%", "chg_pct('IXIC','2017-12-12')", ("num", "pct", 2), ref="2017-12-12"),
  ]},
 {"id": "sputnik_20210308_dow_record_intraday_nasdaq_slide", "published": "2021-03-08", "published_confidence": "exact",
  "published_note": "Date in the URL (20210308); describes the Monday 2021-03-08 session.",
  "source": {"site": "sputnikglobe.com", "url": "https://sputnikglobe.com/amp/20210308/dow-hits-record-high-lifting-us-stocks-as-nasdaq-continues-slide-1082287951.html", "original_outlet": "Sputnik"},
  "text": ("Dow hits record high as Nasdaq keeps sliding. The Dow rose almost 1 percent to close at 31,802, after hitting a record high at 32,148, as "
           "Wall Street staggered back from weeks of losses driven by rising bond yields; the Senate had passed the $1.9 trillion relief bill on "
           "Saturday. Tech stocks, measured by the Nasdaq Composite Index, closed down 2.4 percent, at 12,609; with Monday's drop the Nasdaq is down "
           "2.2 percent this year. The S&P 500 slid 0.5 percent on Monday to close at 3,821, and remains up 1.7 percent on the year."),
  "claims": [
   C("DJI", "change_pct", 1, "pct", "rose almost 1 percent", "chg_pct('DJI','2021-03-08')", ("num", "pct", 0), q="almost", ref="2021-03-08"),
   C("DJI", "close", 31802, "level", "31,802", "close('DJI','2021-03-08')", ("num", "level", 0), ref="2021-03-08"),
   C("DJI", "record_intraday_high", 32148, "level", "record high at 32,148", "[high('DJI','2021-03-08'), is_record_high('DJI','2021-03-08')]",
     ("x", "supported", "intraday record: session high 32,148.04 above every earlier high"), ref="2021-03-08", basis="intraday high",
     note="Not a record close: the close stayed below the 2021-02-24 record close of 31,961.86."),
   C("IXIC", "change_pct", -2.4, "pct", "closed down 2.4 percent", "chg_pct('IXIC','2021-03-08')", ("num", "pct", 1), ref="2021-03-08"),
   C("IXIC", "close", 12609, "level", "12,609", "close('IXIC','2021-03-08')", ("num", "level", 0), ref="2021-03-08"),
   C("IXIC", "ytd_pct", -2.2, "pct", "2.2 percent this year", "ytd('IXIC','2021-03-08')", ("num", "pct", 1), ref="2021-03-08", window="YTD"),
   C("SPX", "change_pct", -0.5, "pct", "slid 0.5 percent", "chg_pct('SPX','2021-03-08')", ("num", "pct", 1), ref="2021-03-08"),
   C("SPX", "close", 3821, "level", "3,821", "close('SPX','2021-03-08')", ("num", "level", 0), ref="2021-03-08"),
   C("SPX", "ytd_pct", 1.7, "pct", "up 1.7 percent on the year", "ytd('SPX','2021-03-08')", ("num", "pct", 1), ref="2021-03-08", window="YTD"),
  ]},
 {"id": "businessstandard_20210313_dow_fifth_record", "published": "2021-03-13", "published_confidence": "exact",
  "published_note": "Page dated 2021-03-13 (IST); describes the Friday 2021-03-12 session.",
  "source": {"site": "business-standard.com", "url": "https://www.business-standard.com/article/news-cm/us-stocks-close-mixed-as-dow-notches-record-high-121031300338_1.html", "original_outlet": "Business Standard (Capital Market news, CNBC-based)"},
  "text": ("US stocks close mixed as Dow notches record high. The blue-chip Dow powered to its fifth consecutive record high on Friday and the S&P 500 "
           "closed slightly higher as investors bought reopening winners. The Dow Jones Industrial Average rose 293.05 points, or 0.9%, to close at a "
           "record at 32,778.64. The S&P 500 erased earlier losses and inched up 0.1%, eking out a record close of 3,943.34. The Nasdaq Composite "
           "dropped 78.81 points, or 0.59%, to end at 13,319.87, as rising yields revived inflation worries. The 10-year Treasury yield jumped 10 "
           "basis points to 1.64% at its session high Friday, hitting its highest level since February 2020. The benchmark rate started 2021 at "
           "around 0.92%."),
  "claims": [
   C("DJI", "record_close_streak", 5, "count", "fifth consecutive record high", "[record_close_streak('DJI','2021-03-12'), record_high_streak('DJI','2021-03-12')]",
     ("x", "supported", "intraday record: five consecutive sessions (2021-03-08..12) each with a high above every earlier high"),
     ref="2021-03-12", basis="intraday high",
     note="'Record high' without 'close' read as intraday records, which ran five sessions. On closes the streak is three (2021-03-10..12; the 03-08 and 03-09 closes stayed below the 2021-02-24 record close), which would be contradicted."),
   C("DJI", "change_pts", 293.05, "points", "293.05 points", "chg_pts('DJI','2021-03-12')", ("num", "points", 2), ref="2021-03-12"),
   C("DJI", "change_pct", 0.9, "pct", "or 0.9%", "chg_pct('DJI','2021-03-12')", ("num", "pct", 1), ref="2021-03-12"),
   C("DJI", "close", 32778.64, "level", "32,778.64", "[close('DJI','2021-03-12'), is_record_close('DJI','2021-03-12')]",
     ("x", "supported", "close equals the claim and is a record close"), ref="2021-03-12"),
   C("SPX", "change_pct", 0.1, "pct", "inched up 0.1%", "chg_pct('SPX','2021-03-12')", ("num", "pct", 1), ref="2021-03-12"),
   C("SPX", "close", 3943.34, "level", "record close of 3,943.34", "[close('SPX','2021-03-12'), is_record_close('SPX','2021-03-12')]",
     ("x", "supported", "close equals the claim and is a record close"), ref="2021-03-12"),
   C("IXIC", "change_pts", -78.81, "points", "78.81 points", "chg_pts('IXIC','2021-03-12')", ("num", "points", 2), ref="2021-03-12"),
   C("IXIC", "change_pct", -0.59, "pct", "0.59%", "chg_pct('IXIC','2021-03-12')", ("num", "pct", 2), ref="2021-03-12"),
   C("IXIC", "close", 13319.87, "level", "13,319.87", "close('IXIC','2021-03-12')", ("num", "level", 2), ref="2021-03-12"),
   C("US10Y", "yield_change_bp", 10, "bp", "jumped 10 basis points", "r4((dgs10('2021-03-12') - dgs10('2021-03-11')) * 100)",
     U_INTRADAY_YIELD, ref="2021-03-12", basis="session high",
     note="End of day the DGS10 change was also +10 bp (1.54 to 1.64)."),
   C("US10Y", "yield", 1.64, "pct", "to 1.64% at its session high", "dgs10('2021-03-12')", U_INTRADAY_YIELD, ref="2021-03-12",
     basis="session high", note="DGS10 end of day was 1.64 as well."),
   C("US10Y", "highest_since", "2020-02", "date", "highest level since February 2020", "dgs10_highest_since('2021-03-12')",
     U_INTRADAY_YIELD, ref="2021-03-12", basis="session high",
     note="On the end-of-day series the last value at least as high is 2020-02-06 (1.65), which would fit."),
   C("US10Y", "yield", 0.92, "pct", "around 0.92%", "dgs10('2020-12-31')", ("num", "pct", 2), q="around", ref="2020-12-31", basis="end of day",
     note="DGS10 was 0.93 at the end of 2020 and on 2021-01-04."),
  ]},
 {"id": "mtsgold_20210315_dow_spx_records_fed_week", "published": "2021-03-15", "published_confidence": "high",
  "published_note": "Research note reposting CNBC/Reuters; the closing figures match Monday 2021-03-15 and it previews the FOMC meeting ending Wednesday 2021-03-17.",
  "source": {"site": "mtsgold.co.th", "url": "https://mtsgold.co.th/en/research/detail.php?ID=23244&SECTION_ID=22", "original_outlet": "MTS Gold (citing CNBC, Reuters)"},
  "text": ("The S&P 500 and Dow Jones Industrial Average closed at a record highs on Monday as investors bet on recovery and awaited the Federal Reserve. "
           "The S&P 500 has gained almost 6% in 2021, while the Dow has added nearly 8%. The Dow Jones Industrial Average rose 0.53% to end at "
           "32,953.46 points. The S&P 500 gained 0.65% to 3,968.94. The Nasdaq Composite climbed 1.05% to 13,459.71. It remains down almost 5% from "
           "its Feb. 12 record high close. It was the Dow's sixth straight record high close, a surge driven by vaccinations and the $1.9 trillion "
           "aid bill. The Fed's two-day meeting ends on Wednesday. The yield on benchmark 10-year Treasuries ticked lower to 1.60%, below its "
           "13-month peak of 1.64% on Friday. Volume on U.S. exchanges was 12.5 billion shares."),
  "claims": [
   C("SPX", "record_close", True, "flag", "closed at a record highs on Monday", "[is_record_close('SPX','2021-03-15'), is_record_close('DJI','2021-03-15')]",
     ("x", "supported", "both indexes closed above every earlier close"), ref="2021-03-15"),
   C("SPX", "ytd_pct", 6, "pct", "gained almost 6% in 2021", "ytd('SPX','2021-03-15')", ("num", "pct", 0), q="almost", ref="2021-03-15", window="YTD"),
   C("DJI", "ytd_pct", 8, "pct", "added nearly 8%", "ytd('DJI','2021-03-15')", ("num", "pct", 0), q="nearly", ref="2021-03-15", window="YTD"),
   C("DJI", "change_pct", 0.53, "pct", "rose 0.53%", "chg_pct('DJI','2021-03-15')", ("num", "pct", 2), ref="2021-03-15"),
   C("DJI", "close", 32953.46, "level", "32,953.46", "close('DJI','2021-03-15')", ("num", "level", 2), ref="2021-03-15"),
   C("SPX", "change_pct", 0.65, "pct", "gained 0.65%", "chg_pct('SPX','2021-03-15')", ("num", "pct", 2), ref="2021-03-15"),
   C("SPX", "close", 3968.94, "level", "3,968.94", "close('SPX','2021-03-15')", ("num", "level", 2), ref="2021-03-15"),
   C("IXIC", "change_pct", 1.05, "pct", "climbed 1.05%", "chg_pct('IXIC','2021-03-15')", ("num", "pct", 2), ref="2021-03-15"),
   C("IXIC", "close", 13459.71, "level", "13,459.71", "close('IXIC','2021-03-15')", ("num", "level", 2), ref="2021-03-15"),
   C("IXIC", "pct_from_ath", 5, "pct", "down almost 5%", "pct_below_record_close('IXIC','2021-03-15')", ("num", "pct", 0), q="almost",
     ref="2021-03-15", note="Below the 2021-02-12 record close (14,095.47)."),
   C("IXIC", "record_close_date", "2021-02-12", "date", "Feb. 12 record high close", "record_close_date('IXIC','2021-03-15')",
     ("x", "supported", "date of the highest close up to the session"), ref="2021-03-15"),
   C("DJI", "record_close_streak", 6, "count", "sixth straight record high close", "[record_close_streak('DJI','2021-03-15'), record_high_streak('DJI','2021-03-15')]",
     ("x", "contradicted", "count off by more than 20%: four consecutive record closes (2021-03-10..15)"), ref="2021-03-15",
     note="The text says record close; the intraday-record streak is six sessions (2021-03-08..15), so the figure fits intraday highs, not closes."),
   C("FEDFUNDS", "fomc_meeting", "2021-03-17", "date", "ends on Wednesday", "fomc_on('2021-03-17')",
     ("x", "supported", "FOMC decision day in FOMC_meetings.csv"), ref="2021-03-17"),
   C("US10Y", "yield", 1.60, "pct", "ticked lower to 1.60%", "dgs10('2021-03-15')", ("num", "pct", 2), ref="2021-03-15", basis="end of day",
     note="DGS10 end of day 1.62; the story's time of quote is not stated."),
   C("US10Y", "yield", 1.64, "pct", "13-month peak of 1.64%", "[dgs10('2021-03-12'), dgs10_highest_since('2021-03-12')]",
     ("x", "supported", "end-of-day 1.64 on Friday, highest since 2020-02-06 (13 months earlier)"), ref="2021-03-12", basis="end of day",
     note="Reuters' '13-month peak' is an intraday high; the end-of-day series gives the same level and horizon."),
   C("GENERIC", "volume_shares", 12.5e9, "shares", "12.5 billion shares", None,
     ("unverifiable", "series not in the files", "Consolidated exchange volume is not in the files."), ref="2021-03-15"),
  ]},
 {"id": "forexlive_20231219_rut_chart_to_watch", "published": "2023-12-19", "published_confidence": "exact",
  "published_note": "Page dated 2023-12-19; written during the session ('today').",
  "source": {"site": "forexlive.com", "url": "https://www.forexlive.com/news/the-russell-2000-remains-the-chart-to-watch-20231219/", "original_outlet": "ForexLive (Adam Button)"},
  "text": ("The Russell 2000 remains the chart to watch. Once again the Russell 2000 is today's standout US equity performer, up 1.8%, or 35 points, "
           "leaving it just 12 points from the top of a series of highs over the past two years. It has stalled there four times, each followed by a "
           "big drawdown, but six weeks ago it tried to break lower and has rocketed since. It looks overbought short term, yet I think it breaks out."),
  "claims": [
   C("RUT", "change_pct", 1.8, "pct", "up 1.8%", "[chg_pct('RUT','2023-12-19')] + session_range_pct('RUT','2023-12-19')",
     ("x", "unverifiable", "mid-session figure inside the session's low-high range"), ref="2023-12-19", basis="intraday",
     note="Close-basis +1.94%; the session's range ran +0.65% to +2.11% from the previous close."),
   C("RUT", "change_pts", 35, "points", "or 35 points", "chg_pts('RUT','2023-12-19')",
     ("x", "unverifiable", "mid-session figure inside the session's low-high range"), ref="2023-12-19", basis="intraday",
     note="Close-basis +38.53 points; intraday the gain ran between about +12.8 and +41.8 points."),
   C("RUT", "points_from_range_top", 12, "points", "just 12 points from the top", None,
     ("unverifiable", "unstated reference level", "Which highs make 'the top of a series of highs' is not stated, and the figure is mid-session."),
     ref="2023-12-19", basis="intraday",
     note="At +35 points the index stood near 2,017, so the top would be near 2,029. Intraday highs since 2022-03 peaked at 2,138.45 (2022-03-29); the 2023 highs before the session reached 2,009.08 (2023-12-15). No high in the files near 2,029 identifies the reference level."),
   C("QUOTE", "forecast_breakout", None, None, "I think it breaks out", None,
     ("forecast", "forecast", "the author's projection"), ref="2023-12-19"),
  ]},
]

PASSAGES += [
 {"id": "tradealgo_20250704_rut_turns_positive_for_year", "published": "2025-07-04", "published_confidence": "exact",
  "published_note": "Page dated July 4, 2025 (a market holiday); it reports the Thursday 2025-07-03 session (a MarketWatch story rewritten).",
  "source": {"site": "tradealgo.com", "url": "https://www.tradealgo.com/news/dow-jones-and-russell-2000-are-joining-the-stock-market-party-would-it-be-a-game-changer-for-the-bulls", "original_outlet": "TradeAlgo (after MarketWatch)"},
  "text": ("Dow Jones and Russell 2000 Are Joining the Stock Market Party. July 4, 2025. The S&P 500 and Nasdaq Composite both closed at new record "
           "highs on Thursday after a stronger-than-anticipated jobs report cut the odds of a July rate cut by the Federal Reserve. Laggards are "
           "catching up too: on Thursday the Russell 2000 index of small-cap stocks turned positive for the year for the first time since February, "
           "helped by a rally that began in June and sped up in July, and the Dow also posted gains. Barclays says a budget-bill change to "
           "interest-expense deductions could lift small-cap earnings by double digits."),
  "claims": [
   C("SPX", "record_close", True, "flag", "both closed at new record highs", "[is_record_close('SPX','2025-07-03'), is_record_close('IXIC','2025-07-03')]",
     ("x", "supported", "both closes above every earlier close"), ref="2025-07-03", note="Applies to the S&P 500 and the Nasdaq Composite."),
   C("RUT", "ytd_sign", "positive", "flag", "turned positive for the year", "ytd('RUT','2025-07-03')",
     ("x", "supported", "YTD change from the 2024-12-31 close is positive at the session's close"), ref="2025-07-03", window="YTD",
     note="+0.85% YTD on 2025-07-03, after -0.17% on 2025-07-02."),
   C("RUT", "first_since", "2025-02", "date", "for the first time since February", "last_ytd_positive_before('RUT','2025-07-03')",
     ("x", "supported", "since X: the last earlier session with a positive YTD close is in February (2025-02-20)"), ref="2025-07-03"),
   C("DJI", "change_sign", "up", "flag", "the Dow also posted gains", "chg_pct('DJI','2025-07-03')",
     ("x", "supported", "daily change positive"), ref="2025-07-03", note="+0.77%; Dow rows after 2025-07-11 are single-source, this one is not."),
   C("FEDFUNDS", "rate_cut_odds_july", None, None, "cut the odds of a July rate cut", None,
     ("unverifiable", "futures odds not in the files", "Futures-implied odds for the July 2025 meeting are not in the files (ZQ contracts start July 2026)."),
     ref="2025-07-03"),
   C("QUOTE", "earnings_impact", None, None, "lift small-cap earnings by double digits", None,
     ("forecast", "forecast", "a broker's projection"), ref="2025-07-03"),
  ]},
]
