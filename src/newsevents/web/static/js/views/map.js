// Map of event locations over a bundled world outline (Natural Earth via world-atlas).
import { add, h, num, plural, s } from "../dom.js";
import { getJSON } from "../api.js";
import { filtersOf, link, withParams } from "../route.js";
import { QUAD_CLASSES } from "../codes.js";
import { heading } from "./common.js";

// Equirectangular, cropped to 85°N–60°S (no Antarctica).
const W = 960, NORTH = 85, SOUTH = -60, H = Math.round((W * (NORTH - SOUTH)) / 360);
const project = ([lon, lat]) => [((lon + 180) / 360) * W, ((NORTH - lat) / (NORTH - SOUTH)) * H];

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

async function worldOutline() {
  const response = await fetch("/static/vendor/world-atlas/countries-110m.json");
  const world = await response.json();
  const countries = window.topojson.feature(world, world.objects.countries).features;
  return s("g", { class: "land" }, countries.map((c) =>
    s("path", { d: geometryPath(c.geometry) }, s("title", {}, c.properties?.name ?? ""))));
}

function places(events) {
  const byPlace = new Map();
  for (const e of events) {
    if (e.place_lat === null || e.place_lon === null || e.place_lat === undefined) continue;
    const key = `${e.place_lat.toFixed(2)},${e.place_lon.toFixed(2)}`;
    if (!byPlace.has(key)) {
      byPlace.set(key, { lat: e.place_lat, lon: e.place_lon, name: e.place_name || e.place_country, count: 0, quads: {} });
    }
    const p = byPlace.get(key);
    p.count += 1;
    p.quads[e.quad_class] = (p.quads[e.quad_class] || 0) + 1;
  }
  return [...byPlace.values()].sort((a, b) => b.count - a.count);
}

export async function render(main, route) {
  const filters = filtersOf(route.params);
  const params = { ...filters, sort: "mentions", limit: 500 };
  const [outline, page] = await Promise.all([worldOutline(), getJSON("/events", params)]);
  const points = places(page.items);
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart map", id: "map-chart", role: "img",
                         "aria-label": "map of event locations" },
    s("rect", { width: W, height: H, class: "sea" }), outline);
  for (const p of points.slice().reverse()) {
    const [x, y] = project([p.lon, p.lat]);
    const top = Object.entries(p.quads).sort((a, b) => b[1] - a[1])[0][0];
    svg.append(s("a", { href: link("events", withParams(route.params, { place: p.name })) },
      s("circle", { cx: x, cy: y, r: 3 + 2.5 * Math.sqrt(p.count), class: "place",
                    fill: QUAD_CLASSES[top]?.color ?? "#555" },
        s("title", {}, `${p.name}: ${plural(p.count, "event")}`))));
  }
  const located = points.reduce((n, p) => n + p.count, 0);
  add(main, heading("Map", "/events", params), svg,
    h("p", { class: points.length ? "muted" : "empty" },
      points.length ? `${plural(located, "located event")} at ${plural(points.length, "place")}`
        : "No event in this selection has a place with coordinates.",
      page.total > page.items.length ? ` (from the ${num(page.items.length)} most-reported of ${num(page.total)} events)` : "",
      " · colour = most common QuadClass · click a place to list its events"));
}
