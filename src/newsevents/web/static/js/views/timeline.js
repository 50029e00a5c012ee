// Event counts per day (or week/month for long spans), stacked by QuadClass.
import { add, h, num, plural, s } from "../dom.js";
import { getJSON } from "../api.js";
import { filtersOf, link, withParams } from "../route.js";
import { QUAD_CLASSES } from "../codes.js";
import { heading } from "./common.js";

const DAY = 86400000;
const iso = (t) => new Date(t).toISOString().slice(0, 10);
const parse = (d) => Date.parse(d);

function binner(span) {
  if (span <= 120 * DAY) return { unit: "day", start: (t) => t, next: (t) => t + DAY };
  if (span <= 730 * DAY) {
    return { unit: "week", start: (t) => t - ((new Date(t).getUTCDay() + 6) % 7) * DAY, next: (t) => t + 7 * DAY };
  }
  return { unit: "month", start: (t) => { const d = new Date(t); return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1); },
           next: (t) => { const d = new Date(t); return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1); } };
}

const isDay = (d) => typeof d === "string" && /^\d{4}-\d{2}-\d{2}$/.test(d);

/** The span of time drawn: the dated events' quartiles (weighted by count) widened by three
 * interquartile ranges, at least 30 days; a stray date years away is left outside. */
export function robustRange(points) {
  const sorted = points.slice().sort((a, b) => a.t - b.t);
  const total = sorted.reduce((n, p) => n + p.count, 0);
  const quantile = (q) => {
    let seen = 0;
    for (const p of sorted) { seen += p.count; if (seen >= q * total) return p.t; }
    return sorted[sorted.length - 1].t;
  };
  const q1 = quantile(0.25), q3 = quantile(0.75), fence = Math.max(30 * DAY, 3 * (q3 - q1));
  return { lo: Math.max(sorted[0].t, q1 - fence), hi: Math.min(sorted[sorted.length - 1].t, q3 + fence) };
}

function chart(rows, route, range) {
  const { lo, hi } = range;
  const dated = rows.filter((r) => isDay(r.day) && parse(r.day) >= lo && parse(r.day) <= hi);
  const bin = binner(hi - lo);
  const bins = new Map();
  for (let t = bin.start(lo); t <= hi; t = bin.next(t)) bins.set(t, { 1: 0, 2: 0, 3: 0, 4: 0, total: 0 });
  for (const r of dated) {
    const b = bins.get(bin.start(parse(r.day)));
    if (!b) continue;
    b[r.quad_class] = (b[r.quad_class] || 0) + r.count;
    b.total += r.count;
  }
  const entries = [...bins.entries()];
  const max = Math.max(1, ...entries.map(([, b]) => b.total));
  const W = 960, H = 320, m = { l: 40, r: 10, t: 10, b: 40 };
  const bw = (W - m.l - m.r) / entries.length;
  const y = (v) => H - m.b - (v / max) * (H - m.t - m.b);
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart", id: "timeline-chart", role: "img",
                         "aria-label": `events per ${bin.unit} by QuadClass` });
  const ticks = 4;
  for (let i = 0; i <= ticks; i++) {
    const v = Math.round((max * i) / ticks);
    svg.append(s("line", { x1: m.l, x2: W - m.r, y1: y(v), y2: y(v), class: "gridline" }),
      s("text", { x: m.l - 6, y: y(v) + 4, "text-anchor": "end", class: "axis" }, num(v)));
  }
  const labelEvery = Math.ceil(entries.length / 10);
  entries.forEach(([t, b], i) => {
    const x = m.l + i * bw;
    let base = 0;
    const until = iso(bin.next(t) - DAY);
    const a = s("a", { href: link("events", withParams(route.params, { since: iso(t), until })) });
    for (const q of [1, 2, 3, 4]) {
      if (!b[q]) continue;
      a.append(s("rect", { x: x + 0.5, width: Math.max(1, bw - 1), y: y(base + b[q]), height: y(base) - y(base + b[q]),
                           fill: QUAD_CLASSES[q].color, "data-quad": q },
        s("title", {}, `${iso(t)}${bin.unit === "day" ? "" : " (" + bin.unit + ")"}: ${b[q]} ${QUAD_CLASSES[q].name}`)));
      base += b[q];
    }
    svg.append(a);
    if (i % labelEvery === 0) {
      const year = iso(t).slice(0, 4), first = i === 0 || year !== iso(entries[i - labelEvery]?.[0] ?? t).slice(0, 4);
      svg.append(s("text", { x: x + bw / 2, y: H - m.b + 16, "text-anchor": "middle", class: "axis" },
        bin.unit === "month" ? iso(t).slice(0, 7) : first ? iso(t) : iso(t).slice(5)));
    }
  });
  svg.append(s("text", { x: m.l, y: H - 6, class: "axis" },
    `events per ${bin.unit}; click a bar to list its events`));
  const outside = (keep) => rows.filter((r) => isDay(r.day) && keep(parse(r.day)));
  const marker = (list, x, anchor, text, params) => {
    if (!list.length) return;
    const n = list.reduce((k, r) => k + r.count, 0);
    const days = list.map((r) => r.day).sort();
    svg.append(s("a", { href: link("events", withParams(route.params, params)), class: "outlier" },
      s("text", { x, y: m.t + 12, "text-anchor": anchor, class: "axis outlier" }, text(n)),
      s("title", {}, `${plural(n, "event")} dated outside the range drawn: ${days[0]}` +
        (days.length > 1 ? ` … ${days[days.length - 1]}` : ""))));
  };
  marker(outside((t) => t < lo), m.l + 2, "start", (n) => `◀ ${num(n)} earlier`, { since: null, until: iso(lo - DAY) });
  marker(outside((t) => t > hi), W - m.r - 2, "end", (n) => `${num(n)} later ▶`, { since: iso(hi + DAY), until: null });
  return svg;
}

function legend() {
  return h("div", { class: "legend" }, Object.entries(QUAD_CLASSES).map(([q, c]) =>
    h("span", {}, h("i", { style: `background:${c.color}` }), `${q} ${c.name}`)));
}

export async function render(main, route) {
  const filters = filtersOf(route.params);
  const stats = await getJSON("/stats", { ...filters, by: "day_quad", limit: 10000 });
  const count = (keep) => stats.items.filter(keep).reduce((n, r) => n + r.count, 0);
  const undated = count((r) => !r.day), vague = count((r) => r.day && !isDay(r.day));
  const points = stats.items.filter((r) => isDay(r.day)).map((r) => ({ t: parse(r.day), count: r.count }))
    .filter((p) => !Number.isNaN(p.t));
  const range = points.length ? robustRange(points) : null;
  const strays = range ? count((r) => isDay(r.day) && (parse(r.day) < range.lo || parse(r.day) > range.hi)) : 0;
  add(main, heading("Timeline", "/stats", { ...filters, by: "day_quad", limit: 10000 }),
    range ? [legend(), chart(stats.items, route, range)]
      : h("p", { class: "empty" }, "No dated event matches these filters."),
    h("p", { class: "muted" }, stats.total_capped ? "more than " : "", plural(stats.total, "event"), undated ? `, ${num(undated)} without a date` : "",
      vague ? `, ${num(vague)} dated only to a month or year (not drawn)` : "",
      strays ? `, ${num(strays)} dated far from the others (marked at the edge, not drawn)` : ""));
}
