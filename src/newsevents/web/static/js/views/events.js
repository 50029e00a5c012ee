// The event table with facets, filters and paging.
import { add, h, clip, num } from "../dom.js";
import { getJSON } from "../api.js";
import { filtersOf, link, withParams } from "../route.js";
import { CAMEO_ROOTS, QUAD_CLASSES } from "../codes.js";
import { heading, pager, actorCell, quadBadge, evidenceLink, panel, samples, settled } from "./common.js";

const SORTS = [["-date", "newest"], ["date", "oldest"], ["mentions", "most reported"],
               ["goldstein", "most conflictual"], ["-goldstein", "most cooperative"]];

function facet(title, rows, key, label, route) {
  const current = route.params.get(key);
  return h("section", { class: "facet" }, h("h3", {}, title),
    rows.length ? h("ul", {}, rows.map((r) => {
      const value = String(r.value);
      const active = current === value;
      return h("li", { class: active ? "active" : null },
        h("a", { href: link("events", withParams(route.params, { [key]: active ? null : value })),
                 title: active ? "remove this filter" : "filter on this" }, label(r.value)),
        h("span", { class: "count" }, num(r.count)));
    })) : h("p", { class: "muted" }, "none"));
}

function row(e) {
  return h("tr", {},
    h("td", { class: "nowrap" }, e.date || h("span", { class: "muted" }, "—")),
    h("td", {}, actorCell(e.source, e.source_text)),
    h("td", {}, h("a", { href: link("event", {}, e.event_id), class: "code", title: "event " + e.event_id }, e.cameo),
      " ", e.name || "", e.modality !== "asserted" ? h("span", { class: "modality" }, e.modality) : null),
    h("td", {}, actorCell(e.target, e.target_text)),
    h("td", { class: "num" }, quadBadge(e.quad_class), " ", e.goldstein ?? ""),
    h("td", {}, e.place_name || e.place_country || ""),
    h("td", { class: "num" }, num(e.num_mentions)),
    h("td", { class: "evidence" }, evidenceLink(e.article_hash, e.seq, clip(e.evidence, 140))));
}

export async function render(main, route) {
  const filters = filtersOf(route.params);
  const limit = route.params.get("limit") || 50;
  const offset = route.params.get("offset") || 0;
  const [page, roots, quads, actors, places] = await settled([
    getJSON("/events", { ...filters, limit, offset }),
    getJSON("/stats", { ...filters, by: "root", limit: 20, count: false }),   // the table's page counts the events
    getJSON("/stats", { ...filters, by: "quad_class", count: false }),
    getJSON("/stats", { ...filters, by: "actor", limit: 12, count: false }),
    getJSON("/stats", { ...filters, by: "country", limit: 12, count: false }),
  ]);
  const sortSelect = h("select", { id: "sort", "aria-label": "sort" },
    SORTS.map(([v, t]) => h("option", { value: v, selected: (filters.sort || "-date") === v }, t)));
  sortSelect.addEventListener("change", () => {
    location.hash = link("events", withParams(route.params, { sort: sortSelect.value }));
  });
  const sizeSelect = h("select", { id: "page-size", "aria-label": "page size" },
    [25, 50, 100, 250, 500].map((n) => h("option", { value: n, selected: Number(page.limit ?? limit) === n }, `${n} a page`)));
  sizeSelect.addEventListener("change", () => {
    location.hash = link("events", withParams(route.params, { limit: sizeSelect.value }));
  });
  add(main,
    heading(`Events`, "/events", { ...filters, limit, offset },
      h("span", { class: "controls" }, "Sort ", sortSelect, " ", sizeSelect)),
    h("div", { class: "with-facets" },
      h("aside", { class: "facets" },
        panel(quads, (quads) => facet("QuadClass", quads.items.map((r) => ({ value: r.quad_class, count: r.count }))
          .filter((r) => r.value), "quad_class", (q) => h("span", {}, quadBadge(q), " ", QUAD_CLASSES[q]?.name ?? q), route)),
        panel(roots, (roots) => facet("CAMEO root", roots.items.map((r) => ({ value: r.root, count: r.count })), "cameo",
          (c) => `${c} ${CAMEO_ROOTS[c] ?? ""}`, route)),
        panel(actors, (actors) => facet("Actors", actors.items.map((r) => ({ value: r.actor, count: r.count })), "actor",
          (a) => a, route)),
        panel(places, (places) => facet("Place (country)", places.items.filter((r) => r.country)
          .map((r) => ({ value: r.country, count: r.count })), "place", (c) => c, route))),
      h("div", { class: "results", id: "events-results" },
        panel(page, (page) => [
          samples([page, roots, actors, places]),
          page.items.length ? h("table", { class: "grid", id: "events-table" },
            h("thead", {}, h("tr", {}, ["Date", "Source", "Event", "Target", "Quad · Goldstein", "Place", "Reports",
              "Evidence"].map((t) => h("th", {}, t)))),
            h("tbody", {}, page.items.map(row)))
            : h("p", { class: "empty" }, "No event matches these filters."),
          pager(route, page)]))));
}
