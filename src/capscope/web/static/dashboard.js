// capscope dashboard: fetches /api/report and draws it; posts articles to /api/check.
"use strict";

const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") node.className = v; else node.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function showError(payload) {
  const box = $("error");
  box.textContent = payload ? `${payload.error}${payload.hint ? " (" + payload.hint + ")" : ""}` : "";
  box.hidden = !payload;
}

async function getJSON(url, options) {
  const res = await fetch(url, options);
  let body = null;
  try { body = await res.json(); } catch (e) { body = { error: `HTTP ${res.status}`, hint: "" }; }
  return { ok: res.ok, status: res.status, body };
}

function kvTable(rows) {
  const t = el("table", { class: "kv" });
  for (const [label, value] of rows) t.append(el("tr", {}, el("td", {}, label), el("td", {}, value)));
  return t;
}

function recordsTable(records) {
  if (!records || !records.length) return null;
  const cols = Object.keys(records[0]);
  const t = el("table", { class: "data" });
  t.append(el("tr", {}, ...cols.map((c) => el("th", {}, c))));
  for (const r of records) {
    t.append(el("tr", {}, ...cols.map((c) => el("td", {}, r[c] === null ? "n/a" :
      (typeof r[c] === "number" && c !== "year" ? r[c].toLocaleString(undefined, { maximumFractionDigits: 2 }) : r[c])))));
  }
  return t;
}

function renderReport(rep) {
  $("title").textContent = rep.title;
  const notes = $("top-notes");
  notes.replaceChildren();
  const titles = rep.sections.map((s) => s.title + ":");
  const moved = rep.requested && rep.requested !== rep.asof; // said by the notice instead
  for (const w of rep.warnings) {
    if (moved && w.startsWith(rep.requested)) continue;
    if (!titles.some((t) => w.startsWith(t))) notes.append(el("p", { class: "warn" }, "note: " + w));
  }
  const host = $("sections");
  host.replaceChildren();
  const chartHosts = {};
  for (const s of rep.sections) {
    const card = el("section", { class: "card", id: "sec-" + s.key, "data-status": s.status },
      el("h3", {}, s.title));
    if (s.status === "ok") {
      card.append(el("p", { class: "takeaway" }, s.takeaway));
      const facts = el("div", { class: "facts" });
      if (s.rows.length) facts.append(kvTable(s.rows));
      const t = recordsTable(s.table);
      if (t) facts.append(el("div", { class: "tablebox" }, t));
      card.append(facts);
      const extras = el("div", { class: "facts" });
      for (const [caption, records] of Object.entries(s.tables || {})) {
        const extra = recordsTable(records);
        if (extra) extras.append(el("div", { class: "tablebox" }, el("p", { class: "hint" }, caption), extra));
      }
      if (extras.children.length) card.append(extras);
      const charts = el("div", { class: "charts" });
      card.append(charts);
      chartHosts[s.key] = charts;
    } else {
      card.append(el("p", { class: "note" }, s.note));
    }
    for (const w of s.warnings) card.append(el("p", { class: "warn" }, "note: " + w));
    host.append(card);
  }
  // every chart's box now (the page keeps its layout), its drawing one chart per task: the first
  // screen shows while the 40-year lines further down are still being drawn
  const queue = [];
  for (const [name, f] of Object.entries(rep.figures)) {
    const box = chartHosts[f.section];
    if (!box) continue;
    const div = el("div", { class: "chart", id: "chart-" + name });
    box.append(div);
    queue.push([div, f.figure]);
  }
  const generation = (renderReport.generation = (renderReport.generation || 0) + 1);
  const drawNext = () => {
    if (generation !== renderReport.generation || !queue.length) return; // a newer report won
    const [div, fig] = queue.shift();
    Plotly.newPlot(div, fig.data, fig.layout, { displaylogo: false, responsive: true });
    setTimeout(drawNext, 0);
  };
  drawNext();
}

// the as-of date the user asked for, when the report used another session, said in words
function showAsofNotice(asked, rep) {
  const box = $("asof-notice");
  const moved = asked && asked !== rep.asof;
  box.hidden = !moved;
  if (!moved) return;
  const last = $("asof").max;
  box.textContent = asked > (last || rep.asof)
    ? `${asked} is after the data, which end on ${rep.asof}: showing ${rep.asof}.`
    : `${asked} is not a trading session: showing the session before, ${rep.asof}.`;
}

async function loadReport() {
  const asof = $("asof").value;
  const pair = $("pair").value;
  const params = new URLSearchParams({ pair });
  if (asof) params.set("asof", asof);
  $("status").textContent = "loading...";
  document.body.dataset.loading = "1";
  const { ok, body } = await getJSON("/api/report?" + params.toString());
  delete document.body.dataset.loading;
  if (!ok) { $("status").textContent = ""; showError(body); return; }
  showError(null);
  renderReport(body);
  showAsofNotice(asof, body);
  if (body.freshness && body.freshness.message) $("freshness").textContent = body.freshness.message;
  $("asof").value = body.asof;
  $("status").textContent = `as of ${body.asof}`;
  document.body.dataset.asof = body.asof;
  $("download").href = "/api/report.html?" + new URLSearchParams({ asof: body.asof, pair });
  history.replaceState(null, "", "?" + new URLSearchParams({ asof: body.asof, pair }).toString());
}

async function init() {
  const q = new URLSearchParams(location.search);
  const { ok, body } = await getJSON("/api/health");
  const setRange = () => {
    if (!ok) return;
    const pair = $("pair").value;
    $("asof").min = body.first[pair];
    $("asof").max = body.last[pair];
    $("asof").title = `${pair}: data from ${body.first[pair]} to ${body.last[pair]}`;
    const small = pair.split(":")[0];
    if (!$("ask-symbol").dataset.edited) $("ask-symbol").value = small;
  };
  if (ok) {
    const pair = q.get("pair") || "RUT:SPX";
    $("pair").value = pair in body.last ? pair : "RUT:SPX";
    setRange();
  }
  $("pair").addEventListener("change", setRange);
  if (q.get("asof")) $("asof").value = q.get("asof");
  $("controls").addEventListener("submit", (e) => { e.preventDefault(); loadReport(); });
  $("asof").addEventListener("change", loadReport);
  $("pair").addEventListener("change", loadReport);
  $("check-go").addEventListener("click", checkArticle);
  $("ask-form").addEventListener("submit", (e) => { e.preventDefault(); askData(); });
  $("ask-symbol").addEventListener("input", () => { $("ask-symbol").dataset.edited = "1"; });
  $("ask-stat").addEventListener("change", showAskFields);
  showAskFields();
  if (ok && body.freshness) $("freshness").textContent = body.freshness.message;
  await loadReport();
}

// ---------------------------------------------------------------- check an article

function spanOf(item, key) {
  const s = item[key];
  return s && Number.isInteger(s.start) && Number.isInteger(s.end) ? s : null;
}

function highlighted(text, items, key) {
  const out = el("div", { class: "text", id: "check-text" });
  const spans = items.map((it) => ({ it, s: spanOf(it, key) })).filter((x) => x.s)
    .sort((a, b) => a.s.start - b.s.start);
  let pos = 0;
  for (const { it, s } of spans) {
    if (s.start < pos) continue; // overlapping claims: the list below still shows them
    out.append(text.slice(pos, s.start));
    const v = it.verdict || "unverifiable";
    out.append(el("mark", { class: v, title: it.explanation || v }, text.slice(s.start, s.end),
      el("span", { class: "verdict" }, v.replace("_", " "))));
    pos = s.end;
  }
  out.append(text.slice(pos));
  return out;
}

async function checkArticle() {
  const out = $("check-out");
  if (!$("article").value.trim()) {
    out.replaceChildren(el("p", { class: "note", id: "check-note" },
      "Paste an article first: the text of a market story, e.g. 'The Russell 2000 rose 3.5% on Tuesday.'"));
    return;
  }
  out.replaceChildren(el("p", { class: "hint" }, "checking..."));
  const payload = { text: $("article").value };
  const published = $("published").value || document.body.dataset.asof;
  if (published) payload.published = published;
  const { ok, body } = await getJSON("/api/check", {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(payload),
  });
  out.replaceChildren();
  if (!ok) {
    out.append(el("p", { class: "note", id: "check-note" },
      `${body.error}${body.hint ? " (" + body.hint + ")" : ""}`));
    return;
  }
  const items = body.claims || [];
  // highlight in the user's own text when every claim maps back to it, else the normalised text
  const useSource = body.source && items.every((it) => spanOf(it, "source_span"));
  out.append(highlighted(useSource ? body.source : body.text, items,
    useSource ? "source_span" : "span"));
  const list = el("ol", { class: "claims" });
  for (const it of items) {
    list.append(el("li", { "data-verdict": it.verdict || "" },
      el("strong", {}, (it.verdict || "").replace("_", " ")), ": ", it.text || "",
      it.found ? ` (data: ${it.found})` : "", it.explanation ? " - " + it.explanation : ""));
  }
  for (const n of body.notes || []) out.append(el("p", { class: "warn" }, "note: " + n));
  if (!items.length) out.append(el("p", { class: "hint" }, "No checkable claims found."));
  out.append(list);
}

// ---------------------------------------------------------------- ask the data

function showAskFields() {
  const stat = $("ask-stat").value;
  for (const node of document.querySelectorAll(".for-streaks")) node.hidden = stat !== "streaks";
  $("ask-symbol").parentElement.hidden = stat === "brief"; // the brief is about the pair
}

const fmt = (v, digits = 2) => (v === null || v === undefined) ? "n/a" :
  (typeof v === "number" ? v.toLocaleString(undefined, { maximumFractionDigits: digits }) : String(v));
const signed = (v) => (v === null || v === undefined) ? "n/a" : (v >= 0 ? "+" : "") + v.toFixed(2) + "%";

function askUrl(stat, symbol, on) {
  const sym = encodeURIComponent(symbol);
  const q = new URLSearchParams();
  if (on) q.set("on", on);
  if (stat === "brief") {
    q.set("pair", $("pair").value);
    return `/api/brief?${q.toString()}`;
  }
  if (stat === "streaks") {
    q.set("days", $("ask-days").value || "5");
    q.set("min_pct", $("ask-min").value || "0");
  }
  return `/api/${stat}/${sym}?${q.toString()}`;
}

function askRows(stat, r) {
  if (stat === "brief") {
    const figures = (r.sentences || []).flatMap((x) => x.figures || []).map((f) => ({
      figure: f.text, "reproduce with": f.command }));
    return { rows: [["session", r.session], ["pair", r.pair], ["words", r.words]],
      table: figures, lead: r.text };
  }
  if (stat === "move") {
    const hs = r.highest_close_since || {};
    return { rows: [
      ["close", `${fmt(r.close)} on ${r.session}`], ["change", signed(r.change_pct)],
      ["highest close since", hs.is_record ? "a record" : `${hs.since_date} (${hs.ago})`],
      ["record close", `${fmt(r.record_close)} on ${r.record_date} (${signed(r.pct_below_record)})`],
      ["streak", `${r.streak_sessions} session(s) ${r.streak_direction}`],
      ["52-week range", `${fmt(r.low_52w)} - ${fmt(r.high_52w)}`]], table: null };
  }
  if (stat === "streaks") {
    const eps = (r.episodes || []).slice(-10).reverse().map((e) => ({
      start: e.start, end: e.end, sessions: e.length, move: signed(e.cum_pct),
      "1M after": signed(e.fwd_1M_pct), "1Y after": signed(e.fwd_1Y_pct) }));
    return { rows: [["episodes", `${r.n_episodes} since ${r.history_begins}`]], table: eps };
  }
  if (stat === "levels") {
    const zones = (r.zones || []).map((z) => ({ zone: `${fmt(z.low)}-${fmt(z.high)}`,
      role: z.role, touches: z.touches, "last test": z.last_test, distance: signed(z.distance_pct) }));
    return { rows: [["last close", `${fmt(r.last_close)} on ${r.asof}`]], table: zones };
  }
  const cur = r.current;
  const runs = (r.streaks || []).slice(-10).reverse().map((x) => ({ from: x.first_period,
    to: x.last_period, months: x.length, direction: x.direction, move: signed(x.cumulative_pct) }));
  return { rows: [["current streak", cur ? `${cur.length} ${cur.direction} (${signed(cur.cumulative_pct)})`
    : "none (a flat month)"], ["longest up", r.longest_up ? `${r.longest_up.length} months to ${r.longest_up.last_period}` : "n/a"]],
  table: runs };
}

async function askData() {
  const out = $("ask-out");
  const stat = $("ask-stat").value;
  const symbol = $("ask-symbol").value.trim();
  if (!symbol) { out.replaceChildren(el("p", { class: "note" }, "Type a symbol first, e.g. RUT or IWM.")); return; }
  out.replaceChildren(el("p", { class: "hint" }, "asking..."));
  const { ok, body } = await getJSON(askUrl(stat, symbol, document.body.dataset.asof));
  if (!ok) {
    out.replaceChildren(el("p", { class: "note", id: "ask-note" },
      `${body.error}${body.hint ? " (" + body.hint + ")" : ""}`));
    return;
  }
  const { rows, table, lead } = askRows(stat, body);
  out.replaceChildren();
  out.dataset.stat = stat;
  if (body.takeaway) out.append(el("p", { class: "takeaway" }, body.takeaway));
  if (lead) out.append(el("p", { class: "brief-text" }, lead));
  const facts = el("div", { class: "facts" }, kvTable(rows));
  const t = recordsTable(table);
  if (t) facts.append(el("div", { class: "tablebox" }, t));
  out.append(facts);
  for (const w of body.warnings || []) out.append(el("p", { class: "warn" }, "note: " + w));
}

document.addEventListener("DOMContentLoaded", init);
