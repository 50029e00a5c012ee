// Actor network: one edge per directed dyad, width = events, colour = mean Goldstein.
import { add, h, s, num } from "../dom.js";
import { getJSON } from "../api.js";
import { filtersOf, link, withParams } from "../route.js";
import { goldsteinColor } from "../codes.js";
import { heading } from "./common.js";

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

function graph(rows, route) {
  const byCode = new Map();
  const node = (code) => {
    if (!byCode.has(code)) byCode.set(code, { code, weight: 0 });
    return byCode.get(code);
  };
  const edges = rows.map((r) => ({ from: node(r.source), to: node(r.target), count: r.count, g: r.mean_goldstein }));
  for (const e of edges) { e.from.weight += e.count; e.to.weight += e.count; }
  const nodes = [...byCode.values()];
  layout(nodes, edges);
  const pairs = new Set(edges.map((e) => e.from.code + "→" + e.to.code));
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart network", id: "network-chart", role: "img",
                         "aria-label": "actor network" },
    s("defs", {}, s("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse",
                                orient: "auto-start-reverse" }, s("path", { d: "M0,0L10,5L0,10z", fill: "#777" }))));
  const radius = (v) => 5 + 2.2 * Math.sqrt(v.weight);
  for (const e of edges) {
    const { from: a, to: b } = e;
    if (a === b) continue;
    const dx = b.x - a.x, dy = b.y - a.y, d = Math.hypot(dx, dy) || 1;
    const bend = pairs.has(b.code + "→" + a.code) ? 0.15 : 0;      // two-way dyads as two arcs
    const mx = (a.x + b.x) / 2 - dy * bend, my = (a.y + b.y) / 2 + dx * bend;
    const rb = radius(b) + 3;
    const ex = b.x - (dx / d) * rb, ey = b.y - (dy / d) * rb;
    svg.append(s("path", { d: `M${a.x},${a.y} Q${mx},${my} ${ex},${ey}`, class: "edge", fill: "none",
                           stroke: goldsteinColor(e.g), "stroke-width": 1 + 1.6 * Math.sqrt(e.count),
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
  const params = { ...filters, by: "dyad", limit: 150 };
  const stats = await getJSON("/stats", params);
  add(main, heading("Actor network", "/stats", params),
    stats.items.length ? [legend(), graph(stats.items, route)]
      : h("p", { class: "empty" }, "No event with both a source and a target matches these filters."),
    h("p", { class: "muted" }, `${num(stats.items.length)} dyads (the 150 largest) of ${num(stats.total)} events`));
}
