// The filter bar shared by the event views (table, timeline, network, map).
import { h } from "./dom.js";
import { CAMEO_ROOTS, QUAD_CLASSES, MODALITIES } from "./codes.js";
import { FILTER_KEYS, link, withParams } from "./route.js";

function field(label, input) {
  return h("label", { class: "field" }, h("span", {}, label), input);
}

function select(name, value, options) {
  return h("select", { name, id: "f-" + name },
    options.map(([v, text]) => h("option", { value: v, selected: String(v) === String(value ?? "") }, text)));
}

/** The filter form for `route`; submitting it navigates to the same view with the new filters. */
export function filterBar(route) {
  const p = route.params;
  const input = (name, attrs = {}) => h("input", { name, id: "f-" + name, value: p.get(name) ?? "", ...attrs });
  const form = h("form", { class: "filters", id: "filters", role: "search" },
    field("Full text", input("text", { type: "search", placeholder: "e.g. ceasefire OR sanctions" })),
    field("Actor", input("actor", { placeholder: "RUS, USAGOV, Putin", size: 12 })),
    field("Country", input("country", { placeholder: "ISO3", size: 5, maxlength: 3 })),
    field("CAMEO root", select("cameo", p.get("cameo"),
      [["", "any"], ...Object.entries(CAMEO_ROOTS).sort(([a], [b]) => a.localeCompare(b))
        .map(([code, name]) => [code, `${code} ${name}`])])),
    field("QuadClass", select("quad_class", p.get("quad_class"),
      [["", "any"], ...Object.entries(QUAD_CLASSES).map(([q, c]) => [q, `${q} ${c.name}`])])),
    field("Modality", select("modality", p.get("modality"),
      [["", "happened (asserted, reported)"], ["all", "all, also negated and hypothetical"], ...MODALITIES.map((m) => [m, m])])),
    field("From", input("since", { type: "date" })),
    field("To", input("until", { type: "date" })),
    h("div", { class: "buttons" },
      h("button", { type: "submit", class: "primary" }, "Apply"),
      h("a", { class: "button", href: link(route.view) }, "Reset")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const changes = {};
    for (const key of FILTER_KEYS) if (data.has(key)) changes[key] = String(data.get(key)).trim();
    location.hash = link(route.view, withParams(p, changes));
  });
  return form;
}

/** Removable chips for the filters in force, including ones the form doesn't show (place). */
export function activeFilters(route) {
  const chips = [];
  for (const key of FILTER_KEYS) {
    if (key === "sort") continue;
    for (const value of route.params.getAll(key)) {
      if (!value) continue;
      chips.push(h("a", { class: "chip", href: link(route.view, withParams(route.params, { [key]: null })),
                          title: "remove this filter" }, `${key}: ${value} ✕`));
    }
  }
  return chips.length ? h("div", { class: "chips" }, chips) : null;
}
