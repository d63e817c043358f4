"""Write README.md of the heldout5a corpus from passages.jsonl and key.jsonl (no data access)."""
import json
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
P = [json.loads(l) for l in (HERE / "passages.jsonl").read_text().splitlines() if l.strip()]
K = [json.loads(l) for l in (HERE / "key.jsonl").read_text().splitlines() if l.strip()]
V = ["supported", "imprecise", "contradicted", "unverifiable", "forecast", "not_checkable"]
AB = dict(supported="S", imprecise="I", contradicted="C", unverifiable="U", forecast="F", not_checkable="N")
IN_FILES = ["RUT", "DJI", "SPX", "IXIC", "NDX", "VIX", "IWM", "SPY", "FEDFUNDS", "US10Y"]

cnt = Counter(k["verdict"] for k in K)
by = defaultdict(Counter)
for k in K:
    t = k["index_or_ticker"]
    by[t if t in IN_FILES else ("joint" if ", " in t else "other")][k["verdict"]] += 1
rows = []
for t in IN_FILES + ["joint", "other"]:
    if t in by:
        name = {"other": "series not in the files, or not market figures", "joint": "several indexes in one claim"}.get(t, t)
        rows.append("| " + name + " | " + " | ".join(str(by[t][v]) for v in V) + " |")

pp = []
for p in P:
    ks = [k for k in K if k["passage_id"] == p["id"]]
    c = Counter(k["verdict"] for k in ks)
    pp.append(f"| {p['id']} | {p['published']} | {len(ks)} | " + ", ".join(f"{AB[v]} {c[v]}" for v in V if c[v]) + " |")

outlets = []
for p in P:
    o = p["source"]["original_outlet"]
    if o not in outlets:
        outlets.append(o)

SMALL_CAP = ("latimes_", "semissourian_20101103", "cnbc_", "usatoday_20140522", "cboeoptionshub_",
             "echelonwealth_", "investorplace_", "myvalueidea_")
small = [p["id"] for p in P if p["id"].startswith(SMALL_CAP)]

text = f"""# heldout5a: held-back claims corpus, US index and small-cap news 2006-2014

**HELD-BACK: do not run the checker on it until the final measure.**

{len(P)} passages from real market-news pages published 2006-2014, with {len(K)} atomic claims, and an answer key that
gives every claim a verdict computed from the CSV files of the bundled market data (the `data/` directory; its
`README.md` and `PROVENANCE.md` describe every series). The format, claim conventions, verdict rules and tolerances
are those of `corpora/dev/README.md`; the key was computed independently with the scripts in this directory.

| file | content |
|---|---|
| `passages.jsonl` | one passage per line: source, publication date, text, claims |
| `key.jsonl` | one answer-key record per claim ({len(K)} lines) |
| `reference.py` | recomputes every `computed_value` in the key from the CSV files; exits 1 on any mismatch |
| `build_passages.py` | passage texts and claim specifications (no data access) |
| `build_key.py` | computes the key from the CSVs, applies the tolerances, writes `passages.jsonl`, `key.jsonl`, `reference.py` |
| `refhelpers_template.py`, `reference_head.py`, `reference_tail.py` | helper functions and the frame that `build_key.py` assembles into `reference.py` |
| `make_readme.py` | writes this README from the two jsonl files |
| `README.md` | this file |

The data directory is never written into a file: `reference.py` and `build_key.py` take it as their first
command-line argument or, failing that, from the environment variable `CAPSCOPE_DATA_DIR`:

    python reference.py PATH/TO/data            # prints "{len(K)} recipes, {len(K)} key records, 0 mismatches"
    python build_key.py PATH/TO/data            # rebuilds passages.jsonl, key.jsonl and reference.py
    python make_readme.py                       # rebuilds this README

## Provenance

The passages were found with a search over stored public web pages and condensed. Each text is a close paraphrase
(`text_kind: condensed_close_paraphrase`), not a verbatim copy: every number, index name, date, dateline, weekday,
hedge word and claim phrase is kept as written, the prose around them is reworded or trimmed, and some sentences of
the original are left out (notably a few whose figures the files could only decide through a data artefact, and
long lists of single-stock moves). `source.url` is the page the passage comes from (often a repost or syndication);
`source.original_outlet` names the publisher where the page makes it clear, or the wire service inferred from the
dateline. Figures are kept even where they are wrong; the key says so. Every page URL differs from those of the
other corpora in `corpora/`, and no passage is centred on a session that is the centre of a passage there.

Every publication date is a trading session; where the text describes another session (a next-morning edition, a
blog post written over a weekend, a repost the day after) `published_note` says which one, and `ref_date` in each
claim names the session the claim is about.

Outlets: Los Angeles Times (Money & Company blog), Associated Press (as syndicated by semissourian.com, heraldnet.com,
tampabay.com, the Honolulu Star-Bulletin, The Tuscaloosa News and msnbc.com), msnbc.com news services, CNBC, USA Today
(two pieces), CBOE Options Hub, Echelon Wealth Strategies (two posts), InvestorPlace, My Value Idea, Providence
Business News (citing Bloomberg News), optionMONSTER. Publication dates run from June 2006 to October 2014.

Small caps / Russell 2000 / IWM against large caps are the centre of {len(small)} of the {len(P)} passages
({", ".join(small)}); the other {len(P) - len(small)} are daily market wraps (Dow, S&P 500, Nasdaq, Nasdaq-100, Russell 2000, VIX,
10-year Treasury yields, Fed decisions).

## Counts

| verdict | claims |
|---|---|
""" + "\n".join(f"| {v} | {cnt[v]} |" for v in V) + f"""
| **total** | **{len(K)}** |

By index or series (S supported, I imprecise, C contradicted, U unverifiable, F forecast, N not_checkable):

| ticker | S | I | C | U | F | N |
|---|---|---|---|---|---|---|
""" + "\n".join(rows) + """

Per passage:

| passage | published | claims | verdicts |
|---|---|---|---|
""" + "\n".join(pp) + """

## Record format

As in `corpora/dev/README.md`.

### passages.jsonl
- `id`: `<outlet>_<yyyymmdd>_<topic>`.
- `source`: `{site, url, original_outlet}`.
- `published`: ISO date; `published_confidence`: `exact` (stated on the page, in the URL or in a dateline), `high`
  or `medium` (inferred; `published_note` gives the reasoning and the session described).
- `text_kind`: `condensed_close_paraphrase`; `text`: the passage (120-400 words).
- `claims[]`: `{index_or_ticker, metric, value, unit, qualifier, ref_date, window, comparison, basis}`, in the order
  of `claim_index` in the key.

### key.jsonl
`{passage_id, claim_index, index_or_ticker, metric, claimed_value, qualifier, ref_date_used, computed_value,
computed_detail, verdict, rule, note, anchor_text}`.
- `computed_value`: the value recomputed from the files (number rounded to 2 decimals, date, list, dict or flag), or
  `null` when nothing in the files computes it. For an unverifiable claim it may still hold the nearest file value
  (for example the close-basis figure or a proxy) for information.
- `computed_detail`: ends with `reference.py: <expression>`, the exact computation.
- `rule`: the verdict rule applied; `note`: the reasoning, other readings, and the CSV rows behind every
  contradicted or imprecise verdict.
- `anchor_text`: a short exact substring of the passage text that occurs once in it.

## Claim conventions

Those of the dev corpus: `RUT` (RUT.csv), `SPX` (GSPC.csv), `IXIC`, `NDX`, `DJI`, `VIX`, `IWM`, `SPY`, `FEDFUNDS`
(DFEDTAR / DFEDTARU / DFEDTARL and FOMC_meetings.csv), `US10Y` (DGS10). Series not in the files keep a descriptive
ticker (`RUSSELL1000`, `SP400`, `SPX_FINANCIALS`, `SPX_SECTORS`, `CRUDE_OIL`, `BOVESPA`, `CSI300`, `VXST`, `VXX`,
`US5Y`, `US_GDP`, `US_RETAIL_SALES`, `US_UNEMPLOYMENT`, `US_CONSUMER_CONFIDENCE`, `US_ISM_MANUFACTURING`,
`FED_ASSET_PURCHASES`, `US_MARKET_CAP`, single stocks); `GENERIC` and `QUOTE` mark definitions, rules of thumb and
quoted opinions. Returns and changes are signed; distances below a record or high are positive. `qualifier` keeps
the hedge or marks `preliminary`. `ref_date` is the session the claim is about.

## Verdicts, tolerances and rules

Exactly those of `corpora/dev/README.md` (supported / imprecise / contradicted / unverifiable / forecast /
not_checkable; unhedged 1-dp figures within 0.05 + 0.02, 2-dp within 0.025, integers within 0.5; about = one unit of
the last stated digit + 0.02; nearly/almost = claim - 1 unit to claim + 0.5 unit, with a unit of 2% of the value for
round whole numbers of 100 or more; more than / within as strict bounds; imprecise = outside tolerance but within
20% and max(2 pp, 10%) for % figures, 1% for index levels, 20% for point changes and counts; since-X, record,
rank, streak and correction rules; Fed changes on the effective date; end-of-day yields only). `build_key.py`
applies the numeric tolerances mechanically (`judge()`); the other verdicts are set by hand and checked against an
expected computed value, so a data change stops the build.

## Hard cases included

- Several indexes in one claim: "All the major indexes rose more than 11 percent" (true for the Dow, S&P 500 and
  Nasdaq, not for the Russell 2000, +9.27%; starbulletin_20081014); "roughly double the return of the Dow and of the
  broad Standard and Poor's 500" (semissourian_20101103); the Russell 2000 "worst beating this year of all the major
  U.S. stock indexes" (usatoday_20140522); "had either of those ... reached an all-time high" (neither did;
  cboeoptionshub_20130711); Nasdaq-100 "stayed above Tuesday's close" while the S&P 500 did not (optionmonster_20141010).
- Other days inside the story: a Friday-close blog post published the following Tuesday (echelonwealth_20140923,
  judged on Friday's close; Monday's would change three verdicts); "heading into Thursday's trading" with a May 15
  close in the same sentence (usatoday_20140522); "through last Thursday" against "the end of last week"
  (echelonwealth_20140414); next-morning editions (semissourian_20101103, tampabay_20120126, starbulletin_20081014);
  "yesterday" in a repost (optionmonster_20141010, cboeoptionshub_20130711); "Wednesday" figures in a Thursday-noon
  post (investorplace_20121115); weekly streak "through last week" in a Monday story (latimes_20110613).
- Mid-session and intraday: year-to-date figures of a blog post written during the session that fit only intraday
  levels (myvalueidea_20080904, unverifiable); an intraday Dow drop "as much as 546 points" and "the most since"
  the first day after 9/11 (pbn_20070227); the VIX session high (optionmonster_20141010); "nearly double its gain in
  the last hour" (tuscaloosanews_20081028); 10-year yields "by late afternoon" and an intraday weekly peak
  (nbcnews_20070620, unverifiable) against end-of-day yields that the files decide.
- Not assertions of a present fact: "on track to double" (cnbc_20101217), Fed guidance "near zero for almost three
  more years" and an expected rate cut or increase (tampabay_20120126, tuscaloosanews_20081028,
  nbcnews_20060629: forecast), a conditional unemployment threshold (usatoday_20131218), technical support and
  resistance levels, seasonal rules of thumb, correction and bear-market definitions, quoted opinions.
- Basis traps: total-return figures from Russell Investments against the price index (usatoday_20140522 "average
  total returns of 9.1%", echelonwealth_20140414 "38.8 percent"; unverifiable, with the IWM total-return proxy in the
  note); a Russell year-to-date figure that fits the total-return proxy better than the price index
  (echelonwealth_20140414, imprecise on price); ETF price against total return (cnbc_20101217); "lowest close of the
  year" true only intraday (usatoday_20140522, contradicted on the close); an in-year drawdown against the
  2007-09 peak-to-trough fall (usatoday_20140522); RSI and Bollinger-band claims computed from closes
  (investorplace_20121115); preliminary closing figures (tuscaloosanews_20081028).
- Headline against body: "Dow drops almost 140" over a body that says "more than 140 points" (-146.00;
  nbcnews_20070620); "almost 300 points" for +292.71 (usatoday_20131218).
- True errors: the S&P 500's "previous closing high of 1,807.23 on Dec. 9" (the Dec. 9 record was 1,808.37; 1,807.23
  was Nov. 27; usatoday_20131218); May 15 as the Russell 2000's lowest close of 2014 (Feb. 5 was lower;
  usatoday_20140522); SPY "11 percent" (cnbc_20101217), S&P 500 "up 15%" (cboeoptionshub_20130711), Dow "up about 4.5
  percent" (echelonwealth_20140923), a "48.7%" 2008 plunge (usatoday_20140522), all imprecise.
- Counts, ranks, streaks and since-claims: Nasdaq's 10th biggest point gain and second biggest percentage gain,
  record point gains of the Dow and S&P 500 (starbulletin_20081014); the Dow's second-largest point gain and "only
  two" of 20 October sessions without a triple-digit move (tuscaloosanews_20081028); six straight weekly declines,
  the longest since 2002, and "only its second positive session this month" (latimes_20110613); the S&P 500's 34th
  record of 2014 (echelonwealth_20140923); four intraday breaks above the 2010 closing high without a close above it
  (semissourian_20101103); "first time since December 2000", "highest close since Dec. 31, 2007", "13-year high",
  "8-month high", "worst day since December 2002", "lowest close in exactly a year", 10-year yield "above 5.25
  percent ... since 2002" and "past 5 percent for the first time since last summer".

## Data notes that matter here

- IWM and SPY `close` are split-adjusted traded prices; `adj_close` (total return) is used only as a proxy in notes.
- DFEDTAR changed on the decision day in 2006 (2006-06-29) and the 0-0.25% range starts 2008-12-16 (decision day);
  `fed_change()` compares the day after with the day before a decision, so both conventions give the same answer.
- GSPC before 1952 has no Saturday rows, so some pre-war "daily" moves span two sessions; the passage that cited a
  1933 record percentage gain was trimmed to avoid a verdict that would rest on that artefact.
- Drawdown episodes as counted by Russell Investments ("1.5 times a year", "three downdrafts" in 2011) depend on an
  unstated definition and are unverifiable; calendar-year peak-to-trough declines of closes are computed instead for
  the "every year except 2013" claim.
"""
(HERE / "README.md").write_text(text)
print("README written", len(text.split()), "words")
