// ghotona dashboard: map (Leaflet + markercluster, offline basemap), timeline, filters, table, detail.
// Every text from the store is inserted with textContent / createTextNode — never innerHTML — so an
// article that contains <script> shows it as text.
"use strict";
(function () {
  const COLORS = {
    ASSAULT: "#d62728", PROTEST: "#1f77b4", COERCE: "#9467bd", ACCIDENT: "#ff7f0e", DISASTER: "#8c564b",
    MOBILIZE: "#17becf", THREATEN: "#e377c2", FIGHT: "#7f0000", SANCTION: "#bcbd22", REQUEST: "#2ca02c",
  };
  const color = (t) => COLORS[t] || "#555";
  const $ = (id) => document.getElementById(id);
  const el = (tag, text, cls) => {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  };

  const map = L.map("map", { preferCanvas: false, zoomControl: true, maxZoom: 18, minZoom: 3 }).setView([23.7, 90.35], 7);
  const tiles = L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    { maxZoom: 18, attribution: "© OpenStreetMap contributors" });
  fetch("/static/neighbours.geojson").then((r) => r.json()).then((g) => {
    L.geoJSON(g, {
      style: { color: "#9aa3ad", weight: 1, fillColor: "#e9e6df", fillOpacity: 1 },
      onEachFeature: (f, layer) => layer.bindTooltip(String(f.properties.country || ""), { sticky: true }),
    }).addTo(map).bringToBack();
  }).catch(() => {});
  fetch("/static/bd-districts.geojson").then((r) => r.json()).then((g) => {
    L.geoJSON(g, {
      style: { color: "#7a8a99", weight: 1, fillColor: "#f7f4ea", fillOpacity: 1 },
      onEachFeature: (f, layer) => layer.bindTooltip(String(f.properties.district || ""), { sticky: true }),
    }).addTo(map).bringToBack();
  }).catch(() => {});
  const cluster = L.markerClusterGroup({ maxClusterRadius: 40 });
  map.addLayer(cluster);
  $("f-tiles").addEventListener("change", (ev) => {
    if (ev.target.checked) tiles.addTo(map); else map.removeLayer(tiles);
  });

  function params() {
    const p = new URLSearchParams({ format: "geojson", limit: "1000" });
    const add = (k, id) => { const v = $(id).value.trim(); if (v) p.set(k, v); };
    add("type", "f-type"); add("since", "f-since"); add("until", "f-until");
    add("country", "f-country"); add("admin2", "f-admin2"); add("q", "f-q");
    return p;
  }

  async function loadTypes() {
    const r = await fetch("/v1/stats");
    if (!r.ok) return;
    const s = await r.json();
    const sel = $("f-type");
    Object.keys(s.by_type || {}).forEach((t) => {
      const o = el("option", `${t} (${s.by_type[t]})`);
      o.value = t;
      sel.appendChild(o);
    });
    const legend = $("legend");
    Object.keys(s.by_type || {}).forEach((t) => {
      const span = el("span", t);
      span.style.setProperty("--c", color(t));
      legend.appendChild(span);
    });
  }

  let features = [];
  let latest = 0;  // the newest load: an older one finishing later must not overwrite its result
  async function load() {
    const mine = ++latest;
    $("status").classList.add("loading");
    // Server-side filters; pages of 1000 followed by cursor, at most MAX_FEATURES on the map
    const MAX_FEATURES = 10000;
    let all = [], cursor = null;
    do {
      const p = params();
      if (cursor) p.set("cursor", cursor);
      const r = await fetch("/v1/events?" + p.toString());
      const body = await r.json();
      if (mine !== latest) return;  // the filters changed while this page was on its way
      if (!r.ok) {
        $("count").textContent = "error: " + (body.error || r.status);
        return;
      }
      all = all.concat(body.features || []);
      cursor = body.next_cursor;
    } while (cursor && all.length < MAX_FEATURES);
    $("status").title = cursor ? `showing the first ${all.length}; narrow the filters to see the rest` : "";
    features = all.sort((a, b) => String(b.properties.date || "").localeCompare(String(a.properties.date || "")));
    $("count").textContent = String(features.length);
    $("count").dataset.count = String(features.length);
    drawMarkers();
    drawTimeline();
    drawTable();
    $("status").classList.remove("loading");
    document.body.dataset.loaded = String(Date.now());
  }

  function drawMarkers() {
    cluster.clearLayers();
    const markers = features.map((f) => {
      const [lon, lat] = f.geometry.coordinates;
      const icon = L.divIcon({ className: "", html: "", iconSize: [14, 14] });
      const m = L.marker([lat, lon], { icon, title: f.properties.summary_en || "" });
      m.on("add", () => {
        const node = m.getElement();
        if (node) { node.classList.add("ev-marker"); node.style.setProperty("--c", color(f.properties.event_type)); node.dataset.type = f.properties.event_type; }
      });
      m.on("click", () => showDetail(f.properties.id));
      return m;
    });
    cluster.addLayers(markers);
  }

  function drawTimeline() {
    const svg = $("timeline");
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    const NS = "http://www.w3.org/2000/svg";
    const byDay = new Map();
    features.forEach((f) => {
      const d = f.properties.date;
      if (!d || d.length < 10) return;
      const m = byDay.get(d) || {};
      m[f.properties.event_type] = (m[f.properties.event_type] || 0) + 1;
      byDay.set(d, m);
    });
    let days = [...byDay.keys()].sort();
    if (!days.length) return;
    // Without a date filter, the last 120 days that have events (old anniversaries would squash the bars)
    if (!$("f-since").value && !$("f-until").value) {
      const last = Date.parse(days[days.length - 1]);
      days = days.filter((d) => last - Date.parse(d) <= 120 * 86400000);
    }
    const W = svg.clientWidth || 800, H = svg.clientHeight || 90, pad = 16;
    const t0 = Date.parse(days[0]), t1 = Date.parse(days[days.length - 1]);
    const span = Math.max(1, (t1 - t0) / 86400000 + 1);
    const bw = Math.max(2, Math.min(24, (W - 2 * pad) / span - 1));
    const max = Math.max(...days.map((d) => Object.values(byDay.get(d)).reduce((a, b) => a + b, 0)));
    days.forEach((d) => {
      const x = pad + ((Date.parse(d) - t0) / 86400000) * ((W - 2 * pad - bw) / Math.max(1, span - 1));
      let y = H - pad;
      Object.entries(byDay.get(d)).forEach(([t, n]) => {
        const h = (n / max) * (H - 2 * pad);
        const rect = document.createElementNS(NS, "rect");
        rect.setAttribute("x", x.toFixed(1)); rect.setAttribute("y", (y - h).toFixed(1));
        rect.setAttribute("width", bw.toFixed(1)); rect.setAttribute("height", Math.max(1, h).toFixed(1));
        rect.setAttribute("fill", color(t));
        const title = document.createElementNS(NS, "title");
        title.textContent = `${d} ${t}: ${n}`;
        rect.appendChild(title);
        rect.addEventListener("click", () => { $("f-since").value = d; $("f-until").value = d; load(); });
        svg.appendChild(rect);
        y -= h;
      });
    });
    [[days[0], "start"], [days[days.length - 1], "end"]].forEach(([d, anchor]) => {
      const t = document.createElementNS(NS, "text");
      t.setAttribute("x", anchor === "start" ? pad : W - pad); t.setAttribute("y", H - 3);
      t.setAttribute("text-anchor", anchor); t.setAttribute("font-size", "10");
      t.textContent = d;
      svg.appendChild(t);
    });
  }

  function drawTable() {
    const tbody = document.querySelector("#events-table tbody");
    while (tbody.firstChild) tbody.removeChild(tbody.firstChild);
    features.slice(0, 1000).forEach((f) => {
      const p = f.properties;
      const tr = el("tr");
      tr.dataset.id = p.id;
      [p.date, p.event_type, [p.location, p.country].filter(Boolean).join(", "),
        p.fatalities === null || p.fatalities === undefined ? "" : p.fatalities, p.n_articles, p.summary_en]
        .forEach((v) => tr.appendChild(el("td", v === null || v === undefined ? "" : v)));
      tr.firstChild.style.borderLeft = `4px solid ${color(p.event_type)}`;
      tr.addEventListener("click", () => showDetail(p.id));
      tbody.appendChild(tr);
    });
  }

  // Highlight spans (start/end are offsets into the article) inside one sentence [s0, s1).
  function highlighted(text, s0, s1, spans) {
    const box = el("div", null, "sentence");
    let pos = s0;
    // Fields first, then triggers, victims and sources where they do not overlap a field
    const rank = (s) => (s.kind === "trigger" ? 2 : s.kind === "source" || s.kind === "victim" ? 1 : 0);
    const chosen = [];
    spans.filter((s) => s.start >= s0 && s.end <= s1 && s.end > s.start)
      .sort((a, b) => rank(a) - rank(b) || a.start - b.start || b.end - a.end)
      .forEach((s) => { if (!chosen.some((c) => s.start < c.end && c.start < s.end)) chosen.push(s); });
    chosen.sort((a, b) => a.start - b.start)
      .forEach((s) => {
        if (s.start > pos) box.appendChild(document.createTextNode(text.slice(pos, s.start)));
        const m = el("mark", text.slice(s.start, s.end), "hl-" + s.kind);
        m.title = s.kind;
        m.dataset.kind = s.kind;
        box.appendChild(m);
        pos = s.end;
      });
    if (pos < s1) box.appendChild(document.createTextNode(text.slice(pos, s1)));
    return box;
  }

  async function showDetail(id) {
    document.querySelectorAll("#events-table tr.selected").forEach((r) => r.classList.remove("selected"));
    document.querySelectorAll("#events-table tr").forEach((r) => { if (r.dataset.id === id) r.classList.add("selected"); });
    const panel = $("detail");
    const r = await fetch("/v1/events/" + encodeURIComponent(id));
    const d = await r.json();
    while (panel.firstChild) panel.removeChild(panel.firstChild);
    if (!r.ok) { panel.appendChild(el("p", d.error || "error")); return; }
    const e = d.event, doc = d.document || {}, cl = d.cluster || {};
    panel.appendChild(el("h2", e.summary_en));
    if (doc.title) panel.appendChild(el("p", doc.title, "doc-title"));
    const dl = el("dl");
    const field = (k, v) => {
      if (v === null || v === undefined || v === "" || (Array.isArray(v) && !v.length)) return;
      dl.appendChild(el("dt", k)); dl.appendChild(el("dd", v));
    };
    const count = (c) => c ? `${c.value ?? ""}${c.high ? "–" + c.high : ""} (${c.qualifier || ""}) «${c.text || ""}»` : null;
    field("type", e.event_type + (e.mode ? ` / ${e.mode}` : ""));
    field("context", (e.context || []).join(", "));
    field("ACLED", [e.acled_event_type, e.acled_sub_event_type].filter(Boolean).join(" — "));
    // an actor the event type implies (an arrest: the police) has no words in the text
    const who = (a) => a ? `${a.name || ""} ${a.text ? "«" + a.text + "»" : "(implied by the event type)"} ${a.country || ""} ${a.sector || ""}` : null;
    field("actor", who(e.actor));
    field("target", who(e.target));
    field("victims", (e.victims || []).map((v) => v.name || v.text).join("; "));
    field("place", e.location ? [e.location.name, e.location.admin2, e.location.admin1, e.location.country].filter(Boolean).join(", ") + ` (${e.location.precision || ""}) «${e.location.text || ""}»` : null);
    field("coordinates", e.location && e.location.lat !== null ? `${e.location.lat}, ${e.location.lon}` : null);
    field("date", e.date ? `${e.date.value || "?"} (${e.date.precision || ""}) «${e.date.text || ""}»` : null);
    field("killed", count(e.fatalities));
    field("injured", count(e.injuries));
    field("arrested", count(e.arrests));
    field("sources", (e.sources || []).map((s) => s.text).join("; "));
    field("negated / hedged", `${e.negated} / ${e.hedged}`);
    field("confidence", e.confidence);
    field("articles", cl.n_articles ? `${cl.n_articles} (${(cl.members || []).map((m) => m.paper || m.doc_id).join("; ")})` : null);
    field("killed (cluster)", cl.fatalities_min !== null && cl.fatalities_min !== undefined ? `${cl.fatalities} (range ${cl.fatalities_min}–${cl.fatalities_max})` : null);
    field("paper", doc.paper);
    field("url", doc.url);
    field("event id", e.id);
    panel.appendChild(dl);
    panel.appendChild(el("h3", "Source sentences"));
    const text = doc.text;
    if (text) {
      (d.mentions || []).forEach((m) => panel.appendChild(highlighted(text, m.start_offset, m.end_offset, d.evidence || [])));
    } else {
      (d.mentions || []).forEach((m) => panel.appendChild(el("div", m.text, "sentence")));
    }
    panel.dataset.eventId = e.id;
  }

  $("filters").addEventListener("submit", (ev) => { ev.preventDefault(); load(); });
  $("f-type").addEventListener("change", load);
  $("f-reset").addEventListener("click", () => {
    ["f-type", "f-since", "f-until", "f-country", "f-admin2", "f-q"].forEach((id) => { $(id).value = ""; });
    load();
  });
  window.ghotona = { load, showDetail };
  loadTypes().then(load);
})();
