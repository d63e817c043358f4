"""Writes README.md beside this file from passages.jsonl and key.jsonl (run after build.py)."""
import json, os
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
P = [json.loads(l) for l in open(os.path.join(HERE, "passages.jsonl"))]
K = [json.loads(l) for l in open(os.path.join(HERE, "key.jsonl"))]
AB = {"supported": "S", "imprecise": "I", "contradicted": "C", "unverifiable": "U", "forecast": "F", "not_checkable": "N"}
vc = Counter(k["verdict"] for k in K)
bt = defaultdict(Counter)
for k in K:
    bt[k["index_or_ticker"]][k["verdict"]] += 1
out = ["**HELD-BACK: do not run the checker on it until the final measure.**", "",
       "# Held-back claims corpus heldout25c: broad-market wraps 1999-2012", "",
       f"{len(P)} passages from real market-news pages published 1999-2012, with {len(K)} atomic claims, and an answer key "
       "computed from the CSV files of the shared data directory, following the format, claim conventions, verdict rules "
       "and tolerances of `corpora/dev/README.md`. The key was computed independently of the checker (helpers in `capref.py`).",
       "", "| file | content |", "|---|---|",
       "| `passages.jsonl` | one passage per line (condensed close paraphrase) with its claims |",
       f"| `key.jsonl` | one answer-key record per claim ({len(K)} lines) |",
       "| `reference.py` | recomputes every `computed_value`: `python reference.py PATH/TO/data` |",
       "| `capref.py` | the small pandas helpers used by the recipes |",
       "| `passages_src.py`, `build.py`, `make_readme.py` | build scripts: `python build.py PATH/TO/data`, then `python make_readme.py` |",
       "", "## Provenance", "",
       "Pages were found with a search over stored public web pages. Each text is a condensed close paraphrase: every number, "
       "index name, date, dateline, weekday, hedge word and claim phrase is kept as written; the prose around them is reworded "
       "or trimmed and some sentences are left out. Figures are kept where they are wrong. No page URL occurs in any other "
       "corpus (checked against every `corpora/*/passages.jsonl` just before finishing).", "",
       "Outlets: Deseret News (AP), Honolulu Star-Bulletin, Lubbock Avalanche-Journal (AP), Dow Jones Newswires (via Safe Money "
       "Report and a blog repost), BBC News, Seacoast Online (AP), Irish Examiner, The Washington Times (AP), Business Recorder "
       "(Reuters), CBS News (MarketWatch), CNNMoney.com, The Daily Beast, China Daily (Reuters), CNBC, Business Standard (Reuters).",
       "", "## Counts", "", "| verdict | claims |", "|---|---|"]
for v in AB:
    out.append(f"| {v} | {vc.get(v, 0)} |")
out += [f"| **total** | **{len(K)}** |", "", "By index or series:", "", "| ticker | S | I | C | U | F | N |", "|---|---|---|---|---|---|---|"]
for t, c in sorted(bt.items(), key=lambda x: -sum(x[1].values())):
    out.append(f"| {t} | " + " | ".join(str(c.get(v, 0)) for v in AB) + " |")
out += ["", "Per passage:", "", "| passage | published | claims | verdicts |", "|---|---|---|---|"]
for p in P:
    c = Counter(k["verdict"] for k in K if k["passage_id"] == p["id"])
    out.append(f"| {p['id']} | {p['published']} | {sum(c.values())} | " + ", ".join(f"{AB[v]} {c[v]}" for v in AB if c.get(v)) + " |")
out += ["", "Small-cap content: 2 passages mention the Russell 2000 (2000-06-06 and 2002-01-29 sessions); the rest is broad market.", "",
        "## Claim conventions added", "",
        "- Week windows across the post-9/11 closure use the 2001-09-10 close as the base (the first week of trading after the attacks).",
        "- Quarter figures use calendar-quarter closes (`quarter_pct`); 'best quarter since the end of 1998' is judged with `last_quarter_as_big`.",
        "- 'Third best week since World War II' counts Friday-to-Friday (last session of the week) moves from September 1945; GSPC before 1957 is the S&P 90.",
        "- A quarter-to-date figure written during the last session of the quarter uses the previous close, which the text calls 'yesterday's close'.",
        "- 'more than 10 percent off the year's high points' is judged on intraday high to intraday low (11.9%); close-to-close it is 9.4% (S&P 500) and 8.3% (Dow), noted as a caveat.",
        "", "## Hard cases", "",
        "- A typo'd point change and a close 8 points off (S&P 500 on 1999-06-11: 'slipped 1.18 to 1,301.64' against -9.18 and 1293.64).",
        "- Early-edition figures that differ by a few hundredths or tenths from the file (Nasdaq 2000-01-04, 2000-12-22, 2002-01-29): imprecise under the 2 dp tolerance.",
        "- A truncated Dow level ('10,635 points' for 10635.56).",
        "- Late-session Reuters figures written as 'was up ... at' (2006-12-14): inside the session range, so unverifiable; the intraday record 12,427.17 is above every earlier high.",
        "- Ranks that need history before the Dow file starts (the 'fourth-biggest point drop ever' on 2000-01-04 is third in the file; the 1987-10-19 508-point drop makes it fourth).",
        "- 'since' claims: biggest point and percent gains since 2002-10-15 and 2003-04-02, lowest close since 1997-04-15, highest since 2009-02-25, biggest drops since 2009-10-30 and 2012-06-01, biggest advance since 2004-06-07.",
        "- Next-morning and Saturday papers (Deseret, BBC, Seacoast, Washington Times 'yesterday'), a Business Standard dateline in IST, a preliminary-calculations close.",
        "- A broker target (S&P 1,600 for 2007): forecast.",
        "", "## Overlaps and doubts", "",
        "- Sessions also covered by earlier corpora from other outlets: 2007-09-18 (Fed half-point cut) and 2004-08-10 (Fed hike rally); the 1999-06-11 session may also be covered by a passage published 1999-06-14. At most 3 overlaps.",
        "- The Business Recorder and Irish Examiner pages are undated; dates are inferred from the figures (published_note).",
        "- The Dow Jones Newswires 2009-11-27 text is a repost on a blog; only the market figures are used.",
        "- The 10-year yield figure (6.13% on 2000-06-06, late trading) is one hundredth from the FRED end-of-day value and is supported within tolerance.",
        "- Publication years run 1999-2012; no usable 1998 page was found in time.", ""]
open(os.path.join(HERE, "README.md"), "w").write("\n".join(out))
print("README written")
