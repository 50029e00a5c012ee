// Actor network: one edge per directed dyad, width = events, colour = mean Goldstein.
import { add, h, s, num } from "../dom.js";
import { getJSON } from "../api.js";
import { filtersOf, link, withParams } from "../route.js";
import { goldsteinColor } from "../codes.js";
import { heading, samples } from "./common.js";

const W = 960, H = 500;

/** Positions for nodes by a small deterministic force layout (Fruchterman–Reingold). */
function layout(nodes, edges) {
  const n = nodes.length;
  nodes.forEach((node, i) => {
    const a = (2 * Math.PI * i) / n;
    node.x = W / 2 + (W / 3) * Math.cos(a);
    node.y = H / 2 + (H / 3) * Math.sin(a);
  });
  const k = Math.sqrt((W * H) / Math.max(n, 1)) * 0.35;
  let temp = W / 10;
  for (let iter = 0; iter < 300; iter++) {
    for (const v of nodes) { v.dx = 0; v.dy = 0; }
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = nodes[i], b = nodes[j];
        let dx = a.x - b.x, dy = a.y - b.y;
        const d = Math.max(0.01, Math.hypot(dx, dy));
        if (d > 3 * k) continue;   // far-apart components need no push: gravity keeps them close
        const f = (k * k) / d;
        dx = (dx / d) * f; dy = (dy / d) * f;
        a.dx += dx; a.dy += dy; b.dx -= dx; b.dy -= dy;
      }
    }
    for (const e of edges) {
      const a = e.from, b = e.to;
      let dx = a.x - b.x, dy = a.y - b.y;
      const d = Math.max(0.01, Math.hypot(dx, dy));
      const f = (d * d) / k;
      dx = (dx / d) * f; dy = (dy / d) * f;
      a.dx -= dx; a.dy -= dy; b.dx += dx; b.dy += dy;
    }
    for (const v of nodes) {
      v.dx += (W / 2 - v.x) * 0.05; v.dy += (H / 2 - v.y) * 0.05;   // gravity keeps components together
      const d = Math.max(0.01, Math.hypot(v.dx, v.dy));
      v.x += (v.dx / d) * Math.min(d, temp);
      v.y += (v.dy / d) * Math.min(d, temp);
    }
    temp = Math.max(1, temp * 0.98);
  }
  fit(nodes, 70, 40);
}

/** Scale and move the positions to fill the drawing, `mx`/`my` from its edges. */
function fit(nodes, mx, my) {
  const xs = nodes.map((v) => v.x), ys = nodes.map((v) => v.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  for (const v of nodes) {
    v.x = x1 > x0 ? mx + ((v.x - x0) / (x1 - x0)) * (W - 2 * mx) : W / 2;
    v.y = y1 > y0 ? my + ((v.y - y0) / (y1 - y0)) * (H - 2 * my) : H / 2;
  }
}

/** most actors drawn; the rest are left out (the caption says how many) */
const MAX_NODES = 30;
/** most dyads drawn among them, the largest */
const MAX_EDGES = 80;
const MAX_RADIUS = 22, MIN_RADIUS = 6, MAX_WIDTH = 7;

/** The `MAX_NODES` actors with most events and the dyads among them, each pair's directions kept apart. */
export function topGraph(rows, maxNodes = MAX_NODES) {
  const weight = new Map();
  for (const r of rows) {
    weight.set(r.source, (weight.get(r.source) || 0) + r.count);
    weight.set(r.target, (weight.get(r.target) || 0) + r.count);
  }
  const keep = new Set([...weight.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, maxNodes).map(([code]) => code));
  const nodes = [...keep].map((code) => ({ code, weight: 0 }));
  const byCode = new Map(nodes.map((v) => [v.code, v]));
  const edges = rows.filter((r) => keep.has(r.source) && keep.has(r.target) && r.source !== r.target)
    .sort((a, b) => b.count - a.count).slice(0, MAX_EDGES)
    .map((r) => ({ from: byCode.get(r.source), to: byCode.get(r.target), count: r.count, g: r.mean_goldstein }));
  for (const e of edges) { e.from.weight += e.count; e.to.weight += e.count; }
  return { nodes: nodes.filter((v) => v.weight > 0), edges, actors: weight.size };
}

/** Push apart nodes whose circles (and labels) overlap. */
function separate(nodes, radius) {
  for (let pass = 0; pass < 60; pass++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i], b = nodes[j];
        const need = radius(a) + radius(b) + 18;
        const dx = b.x - a.x, dy = b.y - a.y, d = Math.hypot(dx, dy) || 0.01;
        if (d >= need) continue;
        const push = (need - d) / 2, ux = dx / d, uy = dy / d;
        a.x -= ux * push; a.y -= uy * push; b.x += ux * push; b.y += uy * push;
        moved = true;
      }
    }
    for (const v of nodes) {
      v.x = Math.max(40, Math.min(W - 40, v.x));
      v.y = Math.max(30, Math.min(H - 20, v.y));
    }
    if (!moved) break;
  }
}

function graph(rows, route) {
  const { nodes, edges } = topGraph(rows);
  layout(nodes, edges);
  const maxWeight = Math.max(1, ...nodes.map((v) => v.weight));
  const maxCount = Math.max(1, ...edges.map((e) => e.count));
  const radius = (v) => Math.min(MAX_RADIUS, MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(v.weight / maxWeight));
  separate(nodes, radius);
  const pairs = new Set(edges.map((e) => e.from.code + "→" + e.to.code));
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart network", id: "network-chart", role: "img",
                         "aria-label": "actor network" },
    s("defs", {}, s("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse",
                                orient: "auto-start-reverse" }, s("path", { d: "M0,0L10,5L0,10z", fill: "#777" }))));
  for (const e of edges.slice().sort((a, b) => a.count - b.count)) {
    const { from: a, to: b } = e;
    const dx = b.x - a.x, dy = b.y - a.y, d = Math.hypot(dx, dy) || 1;
    const bend = pairs.has(b.code + "→" + a.code) ? 0.15 : 0;      // two-way dyads as two arcs
    const mx = (a.x + b.x) / 2 - dy * bend, my = (a.y + b.y) / 2 + dx * bend;
    const rb = radius(b) + 3;
    const ex = b.x - (dx / d) * rb, ey = b.y - (dy / d) * rb;
    svg.append(s("path", { d: `M${a.x},${a.y} Q${mx},${my} ${ex},${ey}`, class: "edge", fill: "none",
                           stroke: goldsteinColor(e.g), "stroke-width": 1 + (MAX_WIDTH - 1) * Math.sqrt(e.count / maxCount),
                           "marker-end": "url(#arrow)" },
      s("title", {}, `${a.code} → ${b.code}: ${num(e.count)} events, mean Goldstein ${e.g?.toFixed(1)}`)));
  }
  for (const v of nodes) {
    svg.append(s("a", { href: link("events", withParams(route.params, { actor: v.code })) },
      s("circle", { cx: v.x, cy: v.y, r: radius(v), class: "node" }, s("title", {}, `${v.code}: ${num(v.weight)} events`)),
      s("text", { x: v.x, y: v.y - radius(v) - 4, "text-anchor": "middle", class: "node-label" }, v.code)));
  }
  return svg;
}

function legend() {
  return h("div", { class: "legend" }, "Mean Goldstein: ",
    [-10, -5, 0, 5, 10].map((g) => h("span", {}, h("i", { style: `background:${goldsteinColor(g)}` }), String(g))),
    h("span", { class: "muted" }, " · edge width = events · arrows point at the target · click an actor to list its events"));
}

export async function render(main, route) {
  const filters = filtersOf(route.params);
  const params = { ...filters, by: "dyad", limit: 400 };
  const stats = await getJSON("/stats", params);
  const shown = topGraph(stats.items);
  const drawn = shown.edges.reduce((n, e) => n + e.count, 0);
  add(main, heading("Actor network", "/stats", params),
    stats.items.length ? [legend(), graph(stats.items, route)]
      : h("p", { class: "empty" }, "No event with both a source and a target matches these filters."),
    samples([stats]),
    h("p", { class: "muted", id: "network-caption" },
      `the ${num(shown.nodes.length)} actors with most events (of ${num(shown.actors)} in the 400 largest dyads)`,
      ` · ${num(shown.edges.length)} dyads, ${num(drawn)} events drawn`,
      stats.total !== null && stats.total !== undefined
        ? ` · ${stats.total_capped ? "more than " : ""}${num(stats.total)} events in this selection` : ""));
}
