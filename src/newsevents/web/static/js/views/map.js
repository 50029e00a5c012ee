// Map of every located event, aggregated by place (server) and clustered on screen (here);
// each place is drawn by its precision: a city is a dot, a division a square, a country a
// ring, a region, sea or continent a dashed diamond. Clicking a cluster zooms into it;
// clicking a place lists its events.
import { add, h, num, plural, s } from "../dom.js";
import { getJSON } from "../api.js";
import { filtersOf, link, withParams } from "../route.js";
import { QUAD_CLASSES } from "../codes.js";
import { heading, samples } from "./common.js";

// Equirectangular, cropped to 85°N–60°S (no Antarctica).
const W = 960, NORTH = 85, SOUTH = -60, H = Math.round((W * (NORTH - SOUTH)) / 360);
const project = ([lon, lat]) => [((lon + 180) / 360) * W, ((NORTH - lat) / (NORTH - SOUTH)) * H];
/** places drawn by name and precision; every other located event is counted in its 2° cell */
const MAX_PLACES = 3000;
/** on-screen size of a cluster cell, in map units at zoom 1 */
const CELL = 44;

export const PRECISION = {
  city: { label: "city or town", shape: "dot" },
  adm2: { label: "district (second-level division)", shape: "square" },
  adm1: { label: "province or state (first-level division)", shape: "square" },
  country: { label: "country", shape: "ring" },
  continent: { label: "continent", shape: "diamond" },
  region: { label: "region", shape: "diamond" },
  sea: { label: "sea or ocean", shape: "diamond" },
  lake: { label: "lake", shape: "diamond" },
};

function ringPath(ring) {
  // a jump of more than 180° in longitude crosses the antimeridian: lift the pen instead of drawing across
  return ring.map((p, i) => {
    const [x, y] = project(p);
    const jump = i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180;
    return `${i && !jump ? "L" : "M"}${x.toFixed(1)},${y.toFixed(1)}`;
  }).join("") + "Z";
}

function geometryPath(g) {
  if (!g) return "";
  if (g.type === "Polygon") return g.coordinates.map(ringPath).join("");
  if (g.type === "MultiPolygon") return g.coordinates.flat().map(ringPath).join("");
  return "";
}

let outlineCache = null;
async function worldOutline() {
  if (!outlineCache) {
    outlineCache = fetch("/static/vendor/world-atlas/countries-110m.json").then((r) => r.json()).then((world) =>
      window.topojson.feature(world, world.objects.countries).features.map((c) =>
        ({ d: geometryPath(c.geometry), name: c.properties?.name ?? "" })));
  }
  const countries = await outlineCache;
  return s("g", { class: "land" }, countries.map((c) => s("path", { d: c.d }, s("title", {}, c.name))));
}

const topQuad = (p) => [1, 2, 3, 4].reduce((best, q) => ((p["q" + q] || 0) > (p["q" + best] || 0) ? q : best), 1);
const radius = (count, k) => Math.min(15, 3 + 1.8 * Math.log2(1 + count)) / k;   // capped, in map units

/** Places grouped by screen cell at zoom `k` (a cluster of one is the place itself). */
export function cluster(places, k) {
  const cells = new Map();
  const size = CELL / k;
  for (const p of places) {
    const [x, y] = project([p.lon, p.lat]);
    const key = `${Math.floor(x / size)},${Math.floor(y / size)}`;
    if (!cells.has(key)) cells.set(key, { places: [], count: 0, x: 0, y: 0, q1: 0, q2: 0, q3: 0, q4: 0 });
    const c = cells.get(key);
    c.places.push(p);
    c.count += p.count;
    c.x += x * p.count; c.y += y * p.count;
    for (const q of [1, 2, 3, 4]) c["q" + q] += p["q" + q] || 0;
  }
  return [...cells.values()].map((c) => ({ ...c, x: c.x / Math.max(c.count, 1), y: c.y / Math.max(c.count, 1) }))
    .sort((a, b) => a.count - b.count);   // the largest drawn last, on top
}

/** A place's events: its country code when the place is the country, else its name. */
const placeFilter = (p) => (p.feature === "country" && p.country ? p.country : p.name);

function marker(p, k, route) {
  const [x, y] = project([p.lon, p.lat]);
  const r = radius(p.count, k);
  const precision = PRECISION[p.feature] || { label: p.feature || "unknown precision", shape: "dot" };
  const color = QUAD_CLASSES[topQuad(p)]?.color ?? "#555";
  const common = { class: `place shape-${precision.shape}`, "data-feature": p.feature || "", "data-name": p.name,
                   "stroke-width": 1.2 / k };
  let shape;
  if (precision.shape === "square") shape = s("rect", { ...common, x: x - r, y: y - r, width: 2 * r, height: 2 * r, fill: color });
  else if (precision.shape === "ring") {
    shape = s("circle", { ...common, cx: x, cy: y, r: r + 2 / k, fill: "none", stroke: color, "stroke-width": 3 / k });
  } else if (precision.shape === "diamond") {
    const d = r + 3 / k;
    shape = s("path", { ...common, d: `M${x},${y - d}L${x + d},${y}L${x},${y + d}L${x - d},${y}Z`, fill: "none",
                        stroke: color, "stroke-width": 2 / k, "stroke-dasharray": `${3 / k},${2 / k}` });
  } else shape = s("circle", { ...common, cx: x, cy: y, r, fill: color });
  const where = [p.name, p.country && p.name !== p.country ? p.country : null].filter(Boolean).join(", ");
  return s("a", { href: link("events", withParams(route.params, { place: placeFilter(p) })), class: "place-link" },
    shape, s("title", {}, `${where}: ${plural(p.count, "event")} · precision: ${precision.label}`));
}

/** Points to cluster: the named places, and what each 2° cell holds beyond them (smaller places). */
export function points(places, cells) {
  const named = new Map();
  for (const p of places) {
    const cell = Math.floor((p.lat + 90) / 2) * 180 + Math.floor((p.lon + 180) / 2);
    named.set(cell, (named.get(cell) || []).concat([p]));
  }
  const rest = [];
  for (const c of cells) {
    const inside = named.get(c.cell) || [];
    const left = { count: c.count - inside.reduce((n, p) => n + p.count, 0) };
    for (const q of [1, 2, 3, 4]) left["q" + q] = (c["q" + q] || 0) - inside.reduce((n, p) => n + (p["q" + q] || 0), 0);
    if (left.count > 0) rest.push({ ...left, lat: c.lat, lon: c.lon, rest: true });
  }
  return [...places, ...rest];
}

function clusterMarker(c, k, onZoom) {
  const r = radius(c.count, k) + 2 / k;
  const g = s("g", { class: "cluster", tabindex: 0, role: "button", "data-places": c.places.length },
    s("circle", { cx: c.x, cy: c.y, r, fill: QUAD_CLASSES[topQuad(c)]?.color ?? "#555", "stroke-width": 1.5 / k }),
    s("text", { x: c.x, y: c.y + 3.5 / k, "text-anchor": "middle", "font-size": 10 / k }, compact(c.count)),
    s("title", {}, `${c.places.some((p) => p.rest) ? "places" : plural(c.places.length, "place")}, `
      + `${plural(c.count, "event")}: click to zoom in`));
  const zoom = () => onZoom(c);
  g.addEventListener("click", zoom);
  g.addEventListener("keydown", (e) => { if (e.key === "Enter") zoom(); });
  return g;
}

function compact(n) {
  return n >= 1e6 ? (n / 1e6).toFixed(1) + "M" : n >= 1e4 ? Math.round(n / 1e3) + "k" : n >= 1e3 ? (n / 1e3).toFixed(1) + "k" : String(n);
}

function legend() {
  const shapes = [["dot", "city or town"], ["square", "division (province, district)"], ["ring", "country"],
                  ["diamond", "region, sea or continent"]];
  return h("div", { class: "legend map-legend", id: "map-legend" }, "Precision: ",
    shapes.map(([shape, label]) => h("span", {}, h("i", { class: "shape-key key-" + shape }), label)),
    h("span", { class: "muted" }, " · numbers are clusters: click to zoom in · colour = most common QuadClass"));
}

/** Draw `places` at zoom `view` = {k, x, y} (centre in map units) into `svg`. */
function draw(svg, layer, places, view, route, onZoom) {
  const w = W / view.k, hgt = H / view.k;
  const x0 = Math.max(0, Math.min(W - w, view.x - w / 2)), y0 = Math.max(0, Math.min(H - hgt, view.y - hgt / 2));
  svg.setAttribute("viewBox", `${x0} ${y0} ${w} ${hgt}`);
  layer.replaceChildren();
  for (const c of cluster(places, view.k)) {
    layer.append(c.places.length === 1 && !c.places[0].rest ? marker(c.places[0], view.k, route)
      : clusterMarker(c, view.k, onZoom));
  }
}

export async function render(main, route) {
  const filters = filtersOf(route.params);
  const params = { ...filters, by: "place", limit: MAX_PLACES };
  const [outline, stats, grid] = await Promise.all([worldOutline(), getJSON("/stats", params),
    getJSON("/stats", { ...filters, by: "grid", limit: 10000, count: false })]);
  const named = stats.items.filter((p) => p.lat !== null && p.lon !== null);
  const places = points(named, grid.items);
  const layer = s("g", { class: "places" });
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart map", id: "map-chart", role: "img",
                         "aria-label": "map of event locations" },
    s("rect", { width: W, height: H, class: "sea" }), outline, layer);
  let view = { k: 1, x: W / 2, y: H / 2 };
  const zoomOut = h("button", { type: "button", id: "map-zoom-out", disabled: true }, "Zoom out");
  const onZoom = (c) => {
    view = { k: Math.min(64, view.k * 3), x: c.x, y: c.y };
    zoomOut.disabled = false;
    draw(svg, layer, places, view, route, onZoom);
  };
  zoomOut.addEventListener("click", () => {
    view = view.k / 3 <= 1 ? { k: 1, x: W / 2, y: H / 2 } : { ...view, k: view.k / 3 };
    zoomOut.disabled = view.k === 1;
    draw(svg, layer, places, view, route, onZoom);
  });
  draw(svg, layer, places, view, route, onZoom);
  const located = places.reduce((n, p) => n + p.count, 0);
  const more = places.length > named.length;
  add(main, heading("Map", "/stats", params, h("span", { class: "controls" }, zoomOut)),
    places.length ? [legend(), svg] : h("p", { class: "empty" }, "No event in this selection has a place with coordinates."),
    samples([stats]),
    h("p", { class: "muted", id: "map-caption" },
      places.length ? `${plural(located, "located event")} at ${plural(named.length, "place")}` : "",
      more ? ` with most events and at smaller places (counted by 2° cell)` : "",
      stats.total !== null && stats.total !== undefined ? ` · ${stats.total_capped ? "more than " : ""}${plural(stats.total, "event")} in this selection` : "",
      places.length ? " · click a place to list its events" : ""),
    h("p", { class: "muted", id: "map-attribution" }, "Places: data from GeoNames (geonames.org), CC BY 4.0"));
}
