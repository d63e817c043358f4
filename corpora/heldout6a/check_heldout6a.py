"""Print the CSV rows behind every imprecise and contradicted verdict of key.jsonl, for a hand check.

Usage:  python check_heldout6a.py PATH/TO/data      (or set CAPSCOPE_DATA_DIR)
"""
import json
import os
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
ROWS = {  # (passage_id, claim_index): [(file, first date, last date), ...]
    ("sunsentinel_19980831_small_caps_bear_market", 1): [("RUT", "1998-04-20", "1998-04-22"), ("RUT", "1998-08-26", "1998-08-31")],
    ("latimes_20000201_dow_rallies_around_fed_hikes", 11): [("DJI", "1999-08-20", "1999-08-25")],
    ("latimes_20000201_dow_rallies_around_fed_hikes", 12): [("DJI", "1999-11-12", "1999-11-17")],
    ("starbulletin_20000321_fed_fifth_hike_dow_227", 2): [("IXIC", "2000-03-20", "2000-03-21")],
    ("timesleader_20090527_treasury_slump_dow_175", 0): [("DJI", "2009-05-26", "2009-05-27")],
    ("timesleader_20090527_treasury_slump_dow_175", 3): [("DGS10", "2009-05-26", "2009-05-27")],
    ("latimesblogs_20100317_dow_17_month_high", 16): [("IXIC", "2008-08-27", "2008-09-03"), ("IXIC", "2010-03-04", "2010-03-05"), ("IXIC", "2010-03-17", "2010-03-17")],
    ("cbsnews_20091105_dow_10000_small_caps_lag", 8): [("RUT", "2009-03-09", "2009-03-09"), ("RUT", "2009-10-14", "2009-10-14")],
    ("covnews_20120914_stocks_soaring_bad_economy", 8): [("DJI", "2007-10-09", "2007-10-09")],
    ("covnews_20120914_stocks_soaring_bad_economy", 14): [("DJI", "2009-03-17", "2009-03-18"), ("DJI", "2010-03-17", "2010-03-18")],
    ("estinaspen_20120228_dow_closes_above_13000", 9): [("IXIC", "2011-12-30", "2011-12-30"), ("IXIC", "2012-02-28", "2012-02-28")],
    ("ibtimes_20120327_overnight_report_prodigal_qe3", 0): [("DJI", "2012-03-23", "2012-03-26")],
    ("ibtimes_20120327_overnight_report_prodigal_qe3", 3): [("GSPC", "2012-03-26", "2012-03-26")],
    ("ibtimes_20120327_overnight_report_prodigal_qe3", 8): [("DJI", "2012-03-23", "2012-03-26")],
}


def main():
    data = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ["CAPSCOPE_DATA_DIR"])
    missing = 0
    for line in (HERE / "key.jsonl").open():
        k = json.loads(line)
        if k["verdict"] not in ("imprecise", "contradicted"):
            continue
        key = (k["passage_id"], k["claim_index"])
        print(f"== {key[0]} #{key[1]} {k['verdict']}: claimed {k['claimed_value']!r}, computed {k['computed_value']!r}")
        if key not in ROWS:
            missing += 1
            print("   (no rows listed)")
            continue
        for f, a, b in ROWS[key]:
            df = pd.read_csv(data / f"{f}.csv", parse_dates=["date"]).set_index("date")
            print(df.loc[a:b].to_string().replace("\n", "\n   "))
    print(f"{missing} imprecise/contradicted verdicts without rows")


if __name__ == "__main__":
    main()
