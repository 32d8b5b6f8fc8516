// The explorer page: plain browser JavaScript over the API's JSON endpoints, no build step.
//
// Flow: search (/actors?q=) -> pick an actor -> its neighbourhood graph
// (/graph/neighbourhood/{id}, drawn with Cytoscape.js) and its positions timeline (/positions)
// -> click a timeline cell or a graph edge -> the claims and their quotes (/claims/{key}).
// Every string from the graph is inserted as text (textContent), never as HTML: quotes come
// from documents nobody vetted.
"use strict";

const CLAIM_TYPES = [
  "SUPPORTS", "OPPOSES", "ABSTAINS", "CONDEMNS", "PROPOSES", "SANCTIONS", "COOPERATES_WITH", "MEETS",
  "VISITS", "ATTENDS", "HOSTS", "SIGNS", "MEMBER_OF", "HOLDS_OFFICE", "ADOPTS",
];
// Relations shown when the page opens: positions and the ties between actors.
const DEFAULT_TYPES = new Set([
  "SUPPORTS", "OPPOSES", "ABSTAINS", "CONDEMNS", "PROPOSES", "SANCTIONS", "COOPERATES_WITH", "MEETS", "VISITS",
]);
const FIRST_YEAR = 2015;
const LAST_YEAR = 2025;
// Targets the timeline shows at first, and adds with each "more" (`?rows=N` in the URL changes it).
const TIMELINE_ROWS = Math.max(1, Number.parseInt(new URL(window.location).searchParams.get("rows"), 10) || 60);
// The graph opens on the actor's most important neighbours (by number of claims with it) and
// pages on demand: a hub's full neighbourhood is hundreds of nodes nobody can read.
// `?neighbours=N` in the URL changes the page size.
const NEIGHBOURS_PAGE = Math.max(1, Number.parseInt(new URL(window.location).searchParams.get("neighbours"), 10) || 25);

const VIEWS = ["timeline", "matrix", "shifts", "alignment"];
const MAX_COMPARED = 3;
const state = {
  actor: null, cy: null, timeline: [], searchTimer: null, searchSeq: 0, loadSeq: 0, loading: 0,
  view: "timeline", tables: {},
};
// Exposed for the browser test and for poking at the graph from the devtools console.
window.diplographExplorer = state;
const $ = (id) => document.getElementById(id);

// -- small helpers ------------------------------------------------------------------------------

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "dataset") Object.assign(node.dataset, v);
    else if (k in node) node[k] = v;
    else node.setAttribute(k, v);
  }
  for (const child of children) node.append(child);
  return node;
}

async function api(path, params = {}) {
  const url = new URL(path, window.location.origin);
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined || v === "") continue;
    for (const item of Array.isArray(v) ? v : [v]) url.searchParams.append(k, item);
  }
  const response = await fetch(url);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.detail ? String(body.detail) : `${response.status} on ${path}`);
  return body;
}

function status(text) { $("status").textContent = text; }

function years() {
  const clamp = (v, d) => Math.min(LAST_YEAR, Math.max(FIRST_YEAR, Number.parseInt(v, 10) || d));
  let since = clamp($("since").value, FIRST_YEAR);
  let until = clamp($("until").value, LAST_YEAR);
  if (since > until) [since, until] = [until, since];
  return { since: String(since), until: String(until) };
}

function selectedTypes() {
  return [...document.querySelectorAll("#types input:checked")].map((i) => i.value);
}

function stanceOf(type, choice) {
  if (choice === "yes" || type === "SUPPORTS" || type === "PROPOSES") return "support";
  if (choice === "no" || type === "OPPOSES" || type === "CONDEMNS" || type === "SANCTIONS") return "oppose";
  if (choice === "abstain" || type === "ABSTAINS") return "abstain";
  return "other";
}

// -- search -------------------------------------------------------------------------------------

function setUpSearch() {
  const input = $("search");
  const list = $("search-results");
  input.addEventListener("input", () => {
    clearTimeout(state.searchTimer);
    state.searchTimer = setTimeout(() => search(input.value.trim()), 180);
  });
  $("search-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const first = list.querySelector("li");
    if (first) first.click();
  });
  document.addEventListener("click", (e) => { if (!$("search-form").contains(e.target)) list.hidden = true; });
}

async function search(q) {
  const list = $("search-results");
  const seq = ++state.searchSeq;
  if (!q) { list.hidden = true; return; }
  try {
    const found = await api("/actors", { q, limit: 12 });
    if (seq !== state.searchSeq) return; // a later keystroke already asked
    list.replaceChildren(...found.data.map((a) => {
      const item = el("li", { tabIndex: 0, dataset: { id: a.id } }, a.name, el("span", { className: "kind" }, a.kind));
      item.addEventListener("click", () => { list.hidden = true; $("search").value = a.name; pick(a.id, a.name); });
      item.addEventListener("keydown", (e) => { if (e.key === "Enter") item.click(); });
      return item;
    }));
    if (!found.data.length) list.replaceChildren(el("li", { className: "hint" }, "no actor by that name"));
    list.hidden = false;
  } catch (err) { status(`search failed: ${err.message}`); }
}

// -- an actor: graph and timeline ---------------------------------------------------------------

async function pick(id, name) {
  state.actor = { id, name };
  $("actor-title").textContent = `${name} (${id})`;
  // the claims panel follows the actor: the previous actor's claims are not this one's
  $("claims").replaceChildren(el("p", { className: "hint" }, "Click a timeline cell or a line of the graph."));
  $("quote").hidden = true;
  await reload();
}

// -- the view in the URL: actor, relations, years (a link reopens the same view) -------------------

function writeUrl() {
  const url = new URL(window.location);
  const { since, until } = years();
  if (state.actor) url.searchParams.set("actor", state.actor.id);
  url.searchParams.set("since", since);
  url.searchParams.set("until", until);
  url.searchParams.set("types", selectedTypes().join(","));
  url.searchParams.set("view", state.view);
  const compare = $("compare").value.trim();
  if (compare) url.searchParams.set("compare", compare); else url.searchParams.delete("compare");
  history.replaceState(null, "", url);
}

function readUrl() {
  const params = new URL(window.location).searchParams;
  for (const id of ["since", "until"]) if (params.get(id)) $(id).value = params.get(id);
  if (params.get("compare")) $("compare").value = params.get("compare");
  if (VIEWS.includes(params.get("view"))) showView(params.get("view"));
  if (params.has("types")) {
    const wanted = new Set(params.get("types").split(",").filter(Boolean));
    for (const box of document.querySelectorAll("#types input")) box.checked = wanted.has(box.value);
  }
  return params.get("actor");
}

async function reload() {
  if (!state.actor) return;
  const seq = ++state.loadSeq;
  state.loadedYears = JSON.stringify(years());
  writeUrl();
  state.loading += 1;
  document.body.dataset.loading = "true";
  status("loading ...");
  try {
    await Promise.all([loadGraph(seq), loadView(seq)]);
    if (seq === state.loadSeq) status(state.note || "");
  } catch (err) {
    if (seq === state.loadSeq) status(`could not load: ${err.message}`);
  } finally {
    state.loading -= 1;
    if (!state.loading) document.body.dataset.loading = "false";
  }
}

async function neighbourhood(id) {
  const { since, until } = years();
  const types = selectedTypes();
  if (!types.length) return { elements: { nodes: [], edges: [] }, truncated: false };
  return api(`/graph/neighbourhood/${encodeURIComponent(id)}`, { depth: 1, types, since, until, edge_limit: 2000 });
}

// A node's neighbours ranked by how many claims tie them to it, most first (then by name).
function rankNeighbours(id, hood) {
  const claims = new Map();
  for (const e of hood.elements.edges) {
    const other = e.data.source === id ? e.data.target : e.data.source;
    if (other !== id) claims.set(other, (claims.get(other) || 0) + 1);
  }
  const label = new Map(hood.elements.nodes.map((n) => [n.data.id, n.data.label || n.data.id]));
  return [...claims.entries()]
    .sort((a, b) => b[1] - a[1] || String(label.get(a[0])).localeCompare(String(label.get(b[0]))))
    .map(([other, count]) => ({ id: other, claims: count }));
}

async function loadGraph(seq) {
  const hood = await neighbourhood(state.actor.id);
  if (seq !== state.loadSeq) return;
  state.hood = hood;
  state.ranked = rankNeighbours(state.actor.id, hood);
  state.shown = NEIGHBOURS_PAGE;
  state.expanded = new Set();
  drawGraph();
}

// The centre, its `state.shown` most important neighbours, and the claims among them.
function visibleElements() {
  const hood = state.hood;
  const keep = new Map([[state.actor.id, hood.elements.edges.length], ...state.ranked.slice(0, state.shown).map((r) => [r.id, r.claims])]);
  const nodes = hood.elements.nodes.filter((n) => keep.has(n.data.id));
  if (!nodes.some((n) => n.data.id === state.actor.id)) {
    nodes.unshift({ data: { id: state.actor.id, label: state.actor.name, kind: "" } });
  }
  const edges = hood.elements.edges.filter((e) => keep.has(e.data.source) && keep.has(e.data.target));
  return [
    ...nodes.map((n) => ({ group: "nodes", data: { ...n.data, centre: n.data.id === state.actor.id, claims: keep.get(n.data.id) || 1 } })),
    ...edges.map((e) => ({ group: "edges", data: { ...e.data, stance: stanceOf(e.data.label, e.data.choice) } })),
  ];
}

function showMoreButton() {
  const rest = state.ranked.length - Math.min(state.shown, state.ranked.length);
  const button = $("graph-more");
  button.hidden = rest <= 0;
  button.textContent = `${Math.min(rest, NEIGHBOURS_PAGE)} more neighbours (of ${rest})`;
}

// A click on a node adds its own most important neighbours to the picture.
async function expand(node) {
  if (state.expanded.has(node.id())) return;
  state.expanded.add(node.id());
  const seq = state.loadSeq;
  try {
    const hood = await neighbourhood(node.id());
    if (seq !== state.loadSeq || !state.cy) return;
    const top = new Set(rankNeighbours(node.id(), hood).slice(0, NEIGHBOURS_PAGE).map((r) => r.id));
    top.add(node.id());
    const added = state.cy.add([
      ...hood.elements.nodes.filter((n) => top.has(n.data.id) && !state.cy.getElementById(n.data.id).length)
        .map((n) => ({ group: "nodes", data: { ...n.data, centre: false, claims: 1 } })),
      ...hood.elements.edges.filter((e) => top.has(e.data.source) && top.has(e.data.target)
        && !state.cy.getElementById(e.data.id).length)
        .map((e) => ({ group: "edges", data: { ...e.data, stance: stanceOf(e.data.label, e.data.choice) } })),
    ]);
    node.data("expanded", true);
    if (added.length) state.cy.layout(layoutOptions()).run();
  } catch (err) { status(`could not expand ${node.id()}: ${err.message}`); }
}

function layoutOptions() {
  // The centre in the middle, its neighbours on rings around it by importance, what an expansion
  // added outside: deterministic and readable (a force layout piles a star's leaves together).
  const inner = new Set(state.ranked.slice(0, 8).map((r) => r.id));
  const neighbours = new Set(state.ranked.slice(0, state.shown).map((r) => r.id));
  return {
    // nodeDimensionsIncludeLabels: the rings are spaced for the labels too, so they do not collide
    name: "concentric", animate: false, padding: 24, minNodeSpacing: 12, avoidOverlap: true, nodeDimensionsIncludeLabels: true,
    concentric: (n) => (n.data("centre") ? 4 : inner.has(n.id()) ? 3 : neighbours.has(n.id()) ? 2 : 1),
    levelWidth: () => 1,
  };
}

function drawGraph() {
  const elements = visibleElements();
  if (state.cy) state.cy.destroy();
  state.cy = cytoscape({
    container: $("graph"),
    elements,
    wheelSensitivity: 0.3,
    maxZoom: 1.6,
    style: [
      { selector: "node", style: {
        label: "data(label)", "font-size": 9, "text-valign": "bottom", "text-margin-y": 3,
        // size by the number of claims with the actor at the centre
        width: "mapData(claims, 1, 20, 14, 40)", height: "mapData(claims, 1, 20, 14, 40)",
        "background-color": "#4a78b5", "text-wrap": "ellipsis", "text-max-width": 110, color: "#1d2430" } },
      { selector: "node[kind = 'State']", style: { "background-color": "#2f4f7f" } },
      { selector: "node[kind = 'Person']", style: { "background-color": "#7d5ba6", shape: "ellipse" } },
      { selector: "node[kind = 'Organisation'], node[kind = 'Group']", style: { "background-color": "#3c8d93", shape: "round-rectangle" } },
      { selector: "node[kind = 'Issue']", style: { "background-color": "#b0793a", shape: "diamond" } },
      { selector: "node[kind = 'Resolution'], node[kind = 'Summit'], node[kind = 'Agreement']", style: { "background-color": "#9a4f6e", shape: "hexagon" } },
      { selector: "node[?centre]", style: { width: 44, height: 44, "font-size": 12, "font-weight": "bold", "border-width": 3, "border-color": "#1d2430" } },
      { selector: "node[?expanded]", style: { "border-width": 2, "border-color": "#1d2430", "border-style": "dashed" } },
      { selector: "edge", style: {
        width: 1.4, "curve-style": "bezier", "target-arrow-shape": "triangle", "arrow-scale": 0.7,
        "line-color": "#4a78b5", "target-arrow-color": "#4a78b5", opacity: 0.75 } },
      { selector: "edge[stance = 'support']", style: { "line-color": "#2e8b57", "target-arrow-color": "#2e8b57" } },
      { selector: "edge[stance = 'oppose']", style: { "line-color": "#c0392b", "target-arrow-color": "#c0392b" } },
      { selector: "edge[stance = 'abstain']", style: { "line-color": "#8c8c8c", "target-arrow-color": "#8c8c8c", "line-style": "dashed" } },
      { selector: "edge:selected", style: { width: 4, opacity: 1, label: "data(label)", "font-size": 8 } },
    ],
    layout: layoutOptions(),
  });
  state.cy.on("tap", "edge", (evt) => showClaim(evt.target.id()));
  state.cy.on("tap", "node", (evt) => { if (evt.target.id() !== state.actor.id) expand(evt.target); });
  state.cy.on("dbltap", "node", (evt) => {
    const node = evt.target;
    if (node.id() !== state.actor.id && ["State", "Person", "Organisation", "Group"].includes(node.data("kind"))) {
      $("search").value = node.data("label");
      pick(node.id(), node.data("label"));
    }
  });
  showMoreButton();
  state.note = state.hood.truncated ? "the graph was cut at 2000 claims: narrow the years or relations" : "";
}

// -- views: timeline, matrix, shifts, alignment (one shows at a time) ------------------------------

function showView(view) {
  state.view = view;
  for (const tab of document.querySelectorAll("#views button")) tab.setAttribute("aria-selected", String(tab.dataset.view === view));
  for (const name of VIEWS) $(`view-${name}`).hidden = name !== view;
}

// The actors compared with the current one: ids or exact names, comma-separated, at most three.
function comparedActors() {
  return $("compare").value.split(",").map((x) => x.trim()).filter(Boolean).slice(0, MAX_COMPARED);
}

// Another view, or other actors compared: only the view is read again (the graph stays as it is).
async function refreshView() {
  if (!state.actor) return;
  const seq = state.loadSeq;
  writeUrl();
  state.loading += 1;
  document.body.dataset.loading = "true";
  try {
    await loadView(seq);
  } catch (err) {
    status(`could not load the ${state.view}: ${err.message}`);
  } finally {
    state.loading -= 1;
    if (!state.loading) document.body.dataset.loading = "false";
  }
}

async function loadView(seq) {
  const loaders = { timeline: loadTimeline, matrix: loadMatrix, shifts: loadShifts, alignment: loadAlignment };
  await loaders[state.view](seq);
}

async function loadMatrix(seq) {
  const { since, until } = years();
  const body = await api("/positions/matrix", {
    actors: [state.actor.id, ...comparedActors()], since, until, max_targets: 20, limit: 1000,
  });
  if (seq !== state.loadSeq) return;
  const types = new Set(selectedTypes());
  // a cell stays when some of its claims are of the chosen relations
  const cells = body.data.filter((c) => Object.keys(c.relations).some((t) => types.has(t)));
  const byRow = new Map(cells.map((c) => [`${c.target}|${c.actor}`, new Map()]));
  for (const c of cells) byRow.get(`${c.target}|${c.actor}`).set(c.period, c);
  const name = new Map([...body.actors, ...body.targets].map((n) => [n.id, n.name || n.id]));
  const periods = [];
  for (let y = Number(since); y <= Number(until); y += 1) periods.push(String(y));
  const rows = [];
  for (const target of body.targets) for (const actor of body.actors) {
    const cellsOf = byRow.get(`${target.id}|${actor.id}`);
    if (cellsOf) rows.push({ target, actor, cells: cellsOf });
  }
  const head = el("tr", {}, el("th", {}, "target"), el("th", {}, "actor"), ...periods.map((p) => el("th", {}, p)));
  const body2 = rows.map((r) => el("tr", { dataset: { target: r.target.id, actor: r.actor.id } },
    el("td", { className: "target", title: r.target.id }, r.target.name || r.target.id),
    el("td", { className: "target", title: r.actor.id }, r.actor.name || r.actor.id),
    ...periods.map((p) => {
      const c = r.cells.get(p);
      if (!c) return el("td");
      const button = el("button", {
        type: "button", className: `cell ${c.stance || "abstain"}`, dataset: { period: p },
        title: `${name.get(c.actor)} on ${name.get(c.target)}, ${p}: ${c.stance} (${c.claim_count} claims)`,
      }, String(c.claim_count));
      button.addEventListener("click", () => showClaimKeys(`${name.get(c.actor)} on ${name.get(c.target)}, ${p}`, c.claim_keys));
      return el("td", {}, button);
    })));
  $("matrix").replaceChildren(rows.length ? el("table", {}, el("thead", {}, head), el("tbody", {}, ...body2))
    : el("p", { className: "hint" }, "No positions of these actors in these years."));
  state.tables.matrix = {
    header: ["actor", "target", "target_name", "period", "stance", "score", "claim_count", "claim_keys"],
    rows: cells.map((c) => [c.actor, c.target, name.get(c.target), c.period, c.stance, c.score, c.claim_count, c.claim_keys.join(" ")]),
  };
}

async function showClaimKeys(title, keys) {
  const claims = await Promise.all(keys.slice(0, 30).map((k) => api(`/claims/${encodeURIComponent(k)}`)));
  showClaims(title, claims.map((c) => ({ ...c, dated: Boolean(c.date) })));
}

async function loadShifts(seq) {
  const { since, until } = years();
  const found = await api("/positions/shifts", { actor: state.actor.id, since, until, limit: 200 });
  if (seq !== state.loadSeq) return;
  // a shift stays when claims of the chosen relations are on either side of it
  const types = new Set(selectedTypes());
  const body = { ...found, data: found.data.filter((x) => [...x.before, ...x.after].some((c) => types.has(c.type))) };
  const quote = (c) => {
    const q = el("blockquote", { dataset: { key: c.key } }, `${c.date || `as of ${c.as_of}`}: “${c.evidence || ""}”`);
    q.addEventListener("click", () => showClaim(c.key));
    return q;
  };
  $("shifts").replaceChildren(...(body.data.length ? body.data.map((s) => el("li", { dataset: { target: s.target.id, kind: s.kind } },
    el("strong", {}, s.target.name || s.target.id), ` (${s.kind}): ${s.explanation}`,
    el("div", { className: "sides" },
      el("div", {}, el("span", { className: "meta" }, `before, ${s.from_period}`), ...s.before.map(quote)),
      el("div", {}, el("span", { className: "meta" }, `after, ${s.to_period}`), ...s.after.map(quote),
        ...(s.kind === "silence" ? [el("span", { className: "meta" }, `${s.silent_documents.length} documents of the actor say nothing of it`)] : []))),
  )) : [el("li", { className: "hint" }, "No shifts in these years.")]));
  state.tables.shifts = {
    header: ["actor", "target", "target_name", "kind", "from_period", "from_stance", "to_period", "to_stance", "before_keys", "after_keys"],
    rows: body.data.map((s) => [state.actor.id, s.target.id, s.target.name, s.kind, s.from_period, s.from_stance, s.to_period,
      s.to_stance, s.before.map((c) => c.key).join(" "), s.after.map((c) => c.key).join(" ")]),
  };
}

async function loadAlignment(seq) {
  const { since, until } = years();
  const compared = comparedActors();
  if (!compared.length) {
    $("alignment").replaceChildren(el("p", { className: "hint" }, "Give one to three actors to compare with."));
    state.tables.alignment = { header: [], rows: [] };
    return;
  }
  const body = await api("/analytics/alignment", { actors: [state.actor.id, ...compared], since, until, limit: 1000 });
  if (seq !== state.loadSeq) return;
  const pct = (x) => (x === null || x === undefined ? "" : `${Math.round(100 * x)} %`);
  const head = el("tr", {}, ...["pair", "year", "votes alike", "of", "stances alike", "of"].map((h) => el("th", {}, h)));
  const rows = body.data.map((p) => el("tr", { dataset: { a: p.a.id, b: p.b.id, period: p.period } },
    el("td", { className: "target" }, `${p.a.name || p.a.id} – ${p.b.name || p.b.id}`), el("td", {}, p.period),
    el("td", {}, p.votes ? pct(p.votes.agreement) : ""), el("td", {}, p.votes ? String(p.votes.common) : ""),
    el("td", {}, p.positions ? pct(p.positions.agreement) : ""), el("td", {}, p.positions ? String(p.positions.common) : "")));
  $("alignment").replaceChildren(rows.length ? el("table", {}, el("thead", {}, head), el("tbody", {}, ...rows))
    : el("p", { className: "hint" }, "Nothing in common in these years."));
  state.tables.alignment = {
    header: ["a", "b", "period", "vote_agreement", "common_resolutions", "position_agreement", "common_issues"],
    rows: body.data.map((p) => [p.a.id, p.b.id, p.period, p.votes?.agreement, p.votes?.common, p.positions?.agreement, p.positions?.common]),
  };
}

async function loadTimeline(seq) {
  const { since, until } = years();
  const entries = [];
  // A timeline can run to a few thousand (target, year) entries: follow `next` through it.
  for (let offset = 0; offset !== null && offset < 5000;) {
    const page = await api("/positions", { actor: state.actor.id, since, until, limit: 1000, offset });
    if (seq !== state.loadSeq) return;
    entries.push(...page.data);
    offset = page.next;
  }
  state.timeline = entries;
  state.timelineRows = TIMELINE_ROWS;
  drawTimeline(entries, Number(since), Number(until));
}

// The signed stance of graph/algorithms.py: support and proposals +1, opposition and
// condemnation -1, abstention 0; a vote's choice decides for a vote; a period's stance is the sign
// of the sum ("mixed" when support and opposition cancel out).
const SCORES = { SUPPORTS: 1, PROPOSES: 1, OPPOSES: -1, CONDEMNS: -1, ABSTAINS: 0 };
const CHOICE_SCORES = { yes: 1, no: -1, abstain: 0 };

function stanceLabel(scores) {
  if (!scores.length) return null;
  const total = scores.reduce((a, b) => a + b, 0);
  if (total > 0) return "support";
  if (total < 0) return "oppose";
  return scores.every((x) => x === 0) ? "abstain" : "mixed";
}

// A timeline entry as the relation filters see it: only the claims of the chosen types, its
// count and stance recomputed from them when some were left out; null when none is left.
function filterEntry(entry, types) {
  const claims = entry.claims.filter((c) => types.has(c.type));
  if (!claims.length) return null;
  if (claims.length === entry.claims.length) return entry;
  const scores = claims.map((c) => (c.choice ? CHOICE_SCORES[c.choice] : SCORES[c.type])).filter((x) => x !== undefined);
  return {
    ...entry, claims, claim_count: claims.length, undated_count: claims.filter((c) => !c.dated).length,
    stance: stanceLabel(scores), score: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : 0,
  };
}

function drawTimeline(allEntries, since, until) {
  const box = $("timeline");
  const types = new Set(selectedTypes());
  const entries = allEntries.map((e) => filterEntry(e, types)).filter(Boolean);
  state.shownTimeline = entries;
  if (!entries.length) { box.replaceChildren(el("p", { className: "hint" }, "No positions in these years.")); return; }
  const byTarget = new Map();
  for (const entry of entries) {
    if (!byTarget.has(entry.target.id)) byTarget.set(entry.target.id, { target: entry.target, cells: new Map() });
    byTarget.get(entry.target.id).cells.set(entry.period.slice(0, 4), entry);
  }
  // Targets with positions in the most years first: those are the ones whose course can be read.
  const rows = [...byTarget.values()].sort((a, b) =>
    b.cells.size - a.cells.size || (a.target.name || a.target.id).localeCompare(b.target.name || b.target.id));
  const yearList = [];
  for (let y = since; y <= until; y += 1) yearList.push(String(y));
  const head = el("tr", {}, el("th", { className: "target" }, "target"), ...yearList.map((y) => el("th", {}, y)));
  const limit = state.timelineRows || TIMELINE_ROWS;
  const body = rows.slice(0, limit).map(({ target, cells }) => el("tr", { dataset: { target: target.id } },
    el("td", { className: "target", title: `${target.name || target.id} (${target.id})` }, target.name || target.id),
    ...yearList.map((y) => {
      const entry = cells.get(y);
      if (!entry) return el("td");
      const label = String(entry.claim_count);
      const undated = entry.undated_count ? `; ${entry.undated_count} placed by their document's date` : "";
      const button = el("button", {
        className: `cell ${entry.stance || "abstain"}`, type: "button",
        title: `${target.name}, ${y}: ${entry.stance} (score ${entry.score.toFixed(2)}, ${entry.claim_count} claims${undated})`,
        dataset: { period: y, target: target.id },
      }, label);
      button.setAttribute("aria-pressed", "false");
      button.addEventListener("click", () => {
        document.querySelectorAll("#timeline button[aria-pressed='true']").forEach((b) => b.setAttribute("aria-pressed", "false"));
        button.setAttribute("aria-pressed", "true");
        showClaims(`${target.name || target.id}, ${y}`, entry.claims);
      });
      return el("td", {}, button);
    })));
  const table = el("table", {}, el("thead", {}, head), el("tbody", {}, ...body));
  const rest = rows.length - Math.min(limit, rows.length);
  const more = rest > 0
    ? [el("button", { type: "button", className: "more", dataset: { testid: "timeline-more" } },
      `${Math.min(rest, TIMELINE_ROWS)} more targets (of ${rest} with fewer years)`)]
    : [];
  for (const button of more) {
    button.addEventListener("click", () => {
      state.timelineRows = limit + TIMELINE_ROWS;
      drawTimeline(state.timeline, since, until);
    });
  }
  box.replaceChildren(table, ...more);
}

// -- claims and quotes --------------------------------------------------------------------------

function showClaims(title, claims) {
  const list = el("ol", {}, ...claims.map((c) => {
    const when = c.dated ? c.date : `undated, as of ${c.as_of || "?"}`;
    const item = el("li", { dataset: { key: c.key } },
      el("span", { className: "meta" }, `${c.type}${c.choice ? ` (${c.choice})` : ""} · ${when} · ${c.document ? (c.document.title || c.document.id) : ""}`),
      el("span", { className: "evidence" }, `“${c.evidence || ""}”`));
    item.addEventListener("click", () => showClaim(c.key));
    return item;
  }));
  $("claims").replaceChildren(el("h3", {}, title), list);
}

async function showClaim(key) {
  const box = $("quote");
  try {
    const c = await api(`/claims/${encodeURIComponent(key)}`);
    const doc = c.document || { id: c.doc_id };
    const when = c.date ? c.date : `undated, as of ${c.as_of || "?"}`;
    const source = c.url ? el("a", { href: c.url, target: "_blank", rel: "noopener noreferrer" }, "source") : "";
    box.replaceChildren(
      el("p", { className: "meta" }, `${c.source.name || c.source.id} ${c.type}${c.choice ? ` (${c.choice})` : ""} ${c.target.name || c.target.id} · ${when}`),
      el("blockquote", { dataset: { key: c.key } },
        c.context_before ? `…${c.context_before}` : "", el("mark", { dataset: { testid: "evidence" } }, c.evidence || ""),
        c.context_after ? `${c.context_after}…` : ""),
      el("p", { className: "meta" }, "in ",
        el("a", { href: `/documents/${encodeURIComponent(doc.id)}`, target: "_blank", rel: "noopener" }, doc.title || doc.id),
        doc.published ? ` (${doc.published})` : "", source ? " · " : "", source,
        ` · claim ${c.key}, characters ${c.start}–${c.end}`),
    );
    box.hidden = false;
  } catch (err) { status(`claim ${key}: ${err.message}`); }
}

// -- export the current view ---------------------------------------------------------------------

function download(name, href) {
  const link = el("a", { href, download: name });
  document.body.append(link);
  link.click();
  link.remove();
}

function exportPng() {
  if (!state.cy) return;
  download(`diplograph-${state.actor.id.replace(":", "-")}-graph.png`, state.cy.png({ full: true, scale: 2, bg: "#ffffff" }));
}

function csvCell(value) {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function exportCsv() {
  const { since, until } = years();
  let { header, rows } = state.tables[state.view] || { header: [], rows: [] };
  if (state.view === "timeline") {
    header = ["actor", "target", "target_name", "period", "stance", "score", "claim_count", "undated_count", "claim_keys"];
    rows = (state.shownTimeline || []).map((e) => [
      state.actor.id, e.target.id, e.target.name, e.period, e.stance, e.score, e.claim_count, e.undated_count,
      e.claims.map((c) => c.key).join(" "),
    ]);
  }
  const text = [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
  const href = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const what = state.view === "timeline" ? "positions" : state.view;
  download(`diplograph-${state.actor.id.replace(":", "-")}-${what}-${since}-${until}.csv`, href);
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

// -- start --------------------------------------------------------------------------------------

function setUpFilters() {
  const box = $("types");
  for (const type of CLAIM_TYPES) {
    const input = el("input", { type: "checkbox", value: type, checked: DEFAULT_TYPES.has(type) });
    input.addEventListener("change", () => { if (state.actor) reload(); });
    box.append(el("label", {}, input, ` ${type.toLowerCase().replace("_", " ")}`));
  }
  // A typed year fires "change" again when the field loses focus: read again only for new years
  // (a second reload would redraw the timeline under the click that took the focus away).
  for (const id of ["since", "until"]) {
    $(id).addEventListener("change", () => { if (JSON.stringify(years()) !== state.loadedYears) reload(); });
  }
  $("graph-more").addEventListener("click", () => { state.shown += NEIGHBOURS_PAGE; drawGraph(); });
  $("export-png").addEventListener("click", exportPng);
  $("export-csv").addEventListener("click", exportCsv);
  for (const tab of document.querySelectorAll("#views button")) {
    tab.addEventListener("click", () => { showView(tab.dataset.view); refreshView(); });
  }
  $("compare").addEventListener("change", refreshView);
}

window.addEventListener("DOMContentLoaded", async () => {
  setUpFilters();
  setUpSearch();
  const wanted = readUrl();
  if (wanted) {
    try {
      const actor = await api(`/actors/${encodeURIComponent(wanted)}`);
      $("search").value = actor.name;
      pick(actor.id, actor.name);
    } catch (err) { status(`unknown actor ${wanted}`); }
  }
});
