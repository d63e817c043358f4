"""Write README.md of the heldout6b corpus from passages.jsonl and key.jsonl (tables are generated)."""
import collections
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
P = [json.loads(l) for l in open(HERE / "passages.jsonl")]
K = [json.loads(l) for l in open(HERE / "key.jsonl")]
V = ["supported", "imprecise", "contradicted", "unverifiable", "forecast", "not_checkable"]
AB = dict(zip(V, "SICUFN"))
cnt = collections.Counter(k["verdict"] for k in K)
by_t = collections.defaultdict(collections.Counter)
for k in K:
    by_t[k["index_or_ticker"]][k["verdict"]] += 1
outlets = sorted({p["source"]["original_outlet"] for p in P})
pubs = sorted(p["published"] for p in P)

counts = "\n".join(f"| {v} | {cnt[v]} |" for v in V)
tick = "\n".join(f"| {t} | " + " | ".join(str(c[v]) for v in V) + " |"
                 for t, c in sorted(by_t.items(), key=lambda x: (-sum(x[1].values()), x[0])))
per = "\n".join(f"| {p['id']} | {p['published']} | {len(p['claims'])} | " +
                ", ".join(f"{AB[v]} {c[v]}" for v in V if c[v]) + " |"
                for p in P for c in [collections.Counter(k['verdict'] for k in K if k['passage_id'] == p['id'])])

text = f"""# Held-out claims corpus 6b: US small caps and index wraps, 2017-2025

**HELD-BACK: do not run the checker on it until the final measure.**

{len(P)} passages from real market-news pages published {pubs[0][:4]}-{pubs[-1][:4]}, with {len(K)} atomic
claims, and an answer key that gives every claim a verdict computed with pandas from the CSV files of
the bundled market data (the data directory's `README.md` and `PROVENANCE.md` describe every series).
Nine passages are centred on small caps (Russell 2000 / IWM against large caps); nine are daily or
weekly market wraps (AP "How major US stock indexes fared", GuruFocus, Anadolu Agency, Nasdaq.com,
First Merchants) that mention the Russell 2000, the S&P 500, the Dow, the Nasdaq, the VIX, Treasury
yields and Fed decisions.

| file | content |
|---|---|
| `passages.jsonl` | one passage per line: source, publication date, text, claims |
| `key.jsonl` | one answer-key record per claim ({len(K)} lines) |
| `reference.py` | recomputes every `computed_value` in the key from the CSV files; exits 1 on any mismatch |
| `build.py`, `passages_src.py`, `ref_helpers.py`, `ref_main.py`, `make_readme.py` | build scripts: texts and claim specifications, the helper functions, generation of `reference.py`, the JSONL files and this README |
| `README.md` | this file |

## Provenance

The passages were found with a search over stored public web pages and condensed by hand. Each text
is a close paraphrase (`text_kind: condensed_close_paraphrase`), not a verbatim copy: every number,
index name, date, dateline, weekday, hedge word and claim phrase is kept as written, the prose between
them is reworded or trimmed, and some sentences of the original (mostly figures for series that are
not market data, such as individual stocks, oil, gold or jobs numbers) are left out. `source.url` is
the page the passage comes from (often a repost or syndication); `source.original_outlet` names the
publisher where the page makes it clear. Figures are kept even where they are wrong; the key says so.
No page is a `source.url` of an earlier corpus, and no passage is centred on a session that is the
centre of a passage of an earlier corpus.

Outlets: {", ".join(outlets)}. Publication dates run from {pubs[0]} to {pubs[-1]}.

## Counts

| verdict | claims |
|---|---|
{counts}
| **total** | **{len(K)}** |

By index or series (S supported, I imprecise, C contradicted, U unverifiable, F forecast, N not_checkable):

| ticker | S | I | C | U | F | N |
|---|---|---|---|---|---|---|
{tick}

Per passage:

| passage | published | claims | verdicts |
|---|---|---|---|
{per}

## Record format

Same as the development corpus.

### passages.jsonl
- `id`: `<outlet>_<yyyymmdd>_<topic>`.
- `source`: `{{site, url, original_outlet}}`.
- `published`: ISO date. `published_confidence`: `exact` (stated on the page, in the URL or in a
  dateline), `high` or `medium` (inferred; `published_note` gives the reasoning). Every publication
  date is a trading session or the day after one, and every session a passage describes was checked
  against the files; the note says which session the text is about when that is not the publication day.
- `text_kind`: `condensed_close_paraphrase`; `text`: the passage.
- `claims[]`: `{{index_or_ticker, metric, value, unit, qualifier, ref_date, window, comparison, basis}}`,
  in the order of `claim_index` in the key.

### key.jsonl
`{{passage_id, claim_index, index_or_ticker, metric, claimed_value, qualifier, ref_date_used,
computed_value, computed_detail, verdict, rule, note, anchor_text}}`.
- `computed_value`: the value recomputed from the files (number, date, list or flag), or `null` when
  nothing in the files computes it. For mid-session claims it is the session's range (level, or % of
  the previous close) and the note gives the close.
- `computed_detail`: supporting figures, then `reference.py: <expression>`, the exact computation.
- `rule`: the verdict rule applied; `note`: the reasoning, with the CSV rows behind every
  `contradicted` verdict and the other readings considered.
- `anchor_text`: a short exact substring of the passage text that locates the claim; it occurs once in
  its passage.

## Claim conventions
- Tickers: `RUT` Russell 2000 (`RUT.csv`), `SPX` S&P 500 (`GSPC.csv`), `DJI`, `IXIC` Nasdaq Composite,
  `NDX` Nasdaq-100, `VIX`, `IWM`, `SPY`, `FEDFUNDS` (target range, FOMC calendar, implied odds),
  `US10Y` (DGS10). Series not in the files: `SP600` (S&P SmallCap 600), `RUT_BREADTH`,
  `SPX_HIGH_BETA`, `MAGS` (Roundhill Magnificent Seven ETF), `MAG7_STOCKS` (individual stocks),
  `US_CPI` (inflation projections). `GENERIC` marks a generic description.
- Returns and changes are signed; `pct_from_ath` is a positive number meaning "below". "Since" claims
  hold the date, month or year as written.
- `qualifier` keeps the hedge (nearly, almost, more than, within, at least, up to, approximately, only).
- `ref_date` is the session the claim is about; it often differs from `published`.
- `basis`: close, intraday high, intraday, midday, end of day (yields), decision (Fed), date.

## Verdicts and tolerances
The verdict rules and tolerances are those of the development corpus README, applied unchanged:
- **supported** within tolerance; **imprecise** outside it but close (|error| <= 20% of the true value
  and <= max(2 pp, 10% of the true value) for % figures; <= 1% for index levels and yields; <= 20% for
  point changes and counts; a "since X" whose X is later than the true date; a bound missed by a small
  margin); **contradicted** further off, or a wrong date, weekday, "since", record, rank or ordering;
  **unverifiable** when the files cannot decide (series not in the files, history before a file
  starts, a mid-session figure inside the session's range, an unstated window, futures odds for a
  meeting without futures in the files, intraday yields); **forecast** for projections;
  **not_checkable** for "on pace" statements and generic descriptions.
- Unhedged figures: 1 decimal |true - claim| <= 0.07; 2 decimals <= 0.025; 3 decimals <= 0.0205;
  integers <= 0.5 (a truncated figure such as "265 points" for 265.66 is imprecise). nearly / almost:
  claim - 1 unit <= true <= claim + 0.5 unit. more than: true > claim; within: true < claim; at least:
  true >= claim; as much as / up to (a session extreme): within one unit of the last stated digit.
- Moves are close to close; week = previous Friday close to the week's last close; MTD and YTD start
  at the last close of the previous month or year. Highest/lowest since X: X must be the last session
  with a value at least as extreme. Records: above every earlier close (intraday record: every earlier
  high) in the file. Streaks, counts and sessions use daily closes (index difference between dates).
- Fed: DFEDTAR (to 2008-12-15) and DFEDTARU/DFEDTARL, which change on the effective date (the day after
  the decision); `FOMC_meetings.csv` gives decision days. Yields: FRED end-of-day constant-maturity
  yields; intraday yield events are unverifiable, and a quoted yield level or change is judged against
  the end-of-day series.
- ETFs: `close` is the traded price, `adj_close` total return; where a text names an ETF's return
  (IWM, IVV) the total-return basis is used, and IVV (not in the files) is represented by SPY.

## Hard cases included
- Wrong dates and weekdays: "Thursday, April 4, 2025" for Thursday April 3 (ainvest_20250403);
  "Wednesday's trading session, April 10th" for Thursday 2025-04-10 (apnakal_20250410).
- Live and mid-session figures: a 12:37 PM level, point and % change inside the session's range
  (apnakal_20250410); an intraday record with mid-session YTD and three-month figures, on a day the
  index closed lower (marketwatch_20171204); an intraday high of 1,424.06 below the final session high
  (marketwatch_20170426); an intraday 10-year yield of 4.996% (nasdaq_20231019); "up to 4%" judged on
  the session high (deepnewz_20250822).
- Several indexes in one sentence: "the S&P 500 and the Nasdaq Composite each advanced nearly 1.4%"
  (marketwatch_20231213); "only major index in the red" (nasdaq_20231019); the Nasdaq, S&P 500, Dow
  and Russell weekly losses (firstmerchants_20240910); "small-company stocks rose even more than the
  rest of the market" (ap_20211221).
- Other days and windows inside the story: January 2021 inside a December 2023 story
  (marketwatch_20231213); November 2020 inside a July 2024 story (cnbc_20240711); 50 trading days from
  the 10/27/23 low, March 2019 and 2012 episodes (bespoke_20240110); 94 trading days since April 8
  (deepnewz_20250822); "last Friday" records (ap_20201116); September 2017 and the year to the end of
  the third quarter in an October 12 piece (centerpoint_20171012); "the past two years"
  (ainvest_20250403); an undated "past three months" window (marketwatch_20171204).
- Records and "since" claims: first Dow close above 37,000 and a record (marketwatch_20231213); Dow
  record erasing pandemic losses (ap_20201116); "highest in 16 years" for a rate last matched in 2001,
  true but understated (nasdaq_20231019); "two-decade high" (ap_20240823); "lowest level since
  December 2022" for a level last seen in December 2023 (ainvest_20250403); "biggest daily gap on
  record" and "second day since 1979" with a file that starts in 1987 (cnbc_20240711).
- Not assertions of a present fact: "on pace for its best month" (marketwatch_20231213); Fed
  projections and expected hikes or cuts (anadolu_20210616, anadolu_20230920, marketwatch_20231213,
  nasdaq_20231019); futures-implied odds (nasdaq_20231019); a generic constituent count (apnakal_20250410).
- Basis traps: ETF total return against price index and IVV against SPY (centerpoint_20171012); record
  close against record intraday high for "within $10 of its all-time high" (deepnewz_20250822); an
  early print of the Russell 2000 close (gurufocus_20191021); afternoon yield quotes against end-of-day
  yields (anadolu_20210616, anadolu_20230920).
- True errors: a year-to-date "27.8%" where the stated 893.16 points is 23.8% (ap_20211221); a close
  of "1,800" for 1,910.55, "only four worse days" in March 2020 where there were five, small caps
  "outperforming" over two years in which they lagged by 24 points (ainvest_20250403); a 10-year yield
  of "1,575%" and a "5%" jump that the end-of-day series puts at 3.97% (anadolu_20210616); a yield that
  "rose" on a day the end-of-day series fell (anadolu_20230920); truncated Anadolu point and level
  figures (anadolu_20210616, anadolu_20230920); a gap "above 5 percentage points" in November 2020
  that the file puts at 4.97 (cnbc_20240711).

## Data notes that matter here
- RUT starts 1987-09-10: claims that count from 1979 are decided on the file's history with a caveat
  (cnbc_20240711) or are unverifiable when the pre-1987 part matters (bespoke_20240110).
- The Dow file ends 2026-02-23; every Dow claim here is earlier.
- FRED's DGS10 has two decimals; three-decimal yields (0.722%, 4.393%) are compared with it using
  the 3-decimal tolerance.

## reference.py and the build scripts
`python reference.py DATA_DIR [KEY_JSONL]` (or set the environment variable `CAPSCOPE_DATA_DIR` and run
`python reference.py`) prints every recomputed value, compares it with `key.jsonl` and ends with
"N recipes, N key records, 0 mismatches"; it exits 1 on any mismatch. Each `RECIPES` entry is a call of
a small helper (`pct_change`, `ytd`, `wtd`, `highest_since`, `lowest_since`, `last_move_as_big`,
`record_before`, `is_record`, `session_range_pct`, `rel_days`, `fomc_holds`, `fed_top_high_since`, ...).
`python build.py DATA_DIR` (or `CAPSCOPE_DATA_DIR`) regenerates `reference.py`, `passages.jsonl` and
`key.jsonl` from `passages_src.py`; `python make_readme.py` regenerates this file. Needs pandas.
"""
(HERE / "README.md").write_text(text)
print("README written")
