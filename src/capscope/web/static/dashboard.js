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
      (typeof r[c] === "number" ? r[c].toLocaleString(undefined, { maximumFractionDigits: 2 }) : r[c])))));
  }
  return t;
}

function renderReport(rep) {
  $("title").textContent = rep.title;
  const notes = $("top-notes");
  notes.replaceChildren();
  const titles = rep.sections.map((s) => s.title + ":");
  for (const w of rep.warnings) {
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
      if (t) facts.append(t);
      card.append(facts);
      const charts = el("div", { class: "charts" });
      card.append(charts);
      chartHosts[s.key] = charts;
    } else {
      card.append(el("p", { class: "note" }, s.note));
    }
    for (const w of s.warnings) card.append(el("p", { class: "warn" }, "note: " + w));
    host.append(card);
  }
  for (const [name, f] of Object.entries(rep.figures)) {
    const box = chartHosts[f.section];
    if (!box) continue;
    const div = el("div", { class: "chart", id: "chart-" + name });
    box.append(div);
    Plotly.newPlot(div, f.figure.data, f.figure.layout, { displaylogo: false, responsive: true });
  }
  for (const box of Object.values(chartHosts)) {
    if (box.children.length === 1) box.classList.add("single");
  }
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
    $("asof").min = body.first[$("pair").value];
    $("asof").max = body.last[$("pair").value];
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
  out.replaceChildren(el("p", { class: "hint" }, "checking..."));
  const payload = { text: $("article").value };
  if ($("published").value) payload.published = $("published").value;
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

document.addEventListener("DOMContentLoaded", init);
