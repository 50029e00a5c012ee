// Paged lists of articles, quotes and actors, each with its own small search form.
import { add, h, clip, num } from "../dom.js";
import { getJSON } from "../api.js";
import { link, withParams } from "../route.js";
import { heading, pager } from "./common.js";

function searchForm(route, fields) {
  const form = h("form", { class: "filters", role: "search" },
    fields.map(([name, label, attrs]) => h("label", { class: "field" }, h("span", {}, label),
      h("input", { name, value: route.params.get(name) ?? "", ...attrs }))),
    h("div", { class: "buttons" }, h("button", { type: "submit", class: "primary" }, "Search"),
      h("a", { class: "button", href: link(route.view) }, "Reset")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const changes = Object.fromEntries([...new FormData(form).entries()].map(([k, v]) => [k, String(v).trim()]));
    location.hash = link(route.view, withParams(route.params, changes));
  });
  return form;
}

function paged(route, names) {
  const params = { limit: route.params.get("limit") || 50, offset: route.params.get("offset") || 0 };
  for (const name of names) params[name] = route.params.get(name);
  return params;
}

const DATES = [["since", "From", { type: "date" }], ["until", "To", { type: "date" }]];

export async function articles(main, route) {
  const params = paged(route, ["text", "source", "since", "until"]);
  const page = await getJSON("/articles", params);
  add(main, heading("Articles", "/articles", params),
    searchForm(route, [["text", "Full text", { type: "search" }], ["source", "Source", {}], ...DATES]),
    page.items.length ? h("table", { class: "grid" },
      h("thead", {}, h("tr", {}, ["Published", "Title", "Source", "Events", "Quotes", "Characters"].map((t) => h("th", {}, t)))),
      h("tbody", {}, page.items.map((a) => h("tr", {},
        h("td", { class: "nowrap" }, a.published || "—"),
        h("td", {}, h("a", { href: link("article", {}, a.hash) }, a.title || a.id)),
        h("td", {}, a.source || ""), h("td", { class: "num" }, num(a.events)),
        h("td", { class: "num" }, num(a.quotes)), h("td", { class: "num" }, num(a.chars))))))
      : h("p", { class: "empty" }, "No article matches."),
    pager(route, page));
}

export async function quotes(main, route) {
  const params = paged(route, ["speaker", "text", "since", "until"]);
  const page = await getJSON("/quotes", params);
  add(main, heading("Quotes", "/quotes", params),
    searchForm(route, [["speaker", "Speaker", { placeholder: "code or name" }], ["text", "Words", { type: "search" }], ...DATES]),
    page.items.length ? h("table", { class: "grid" },
      h("thead", {}, h("tr", {}, ["Published", "Speaker", "Quote", "Article"].map((t) => h("th", {}, t)))),
      h("tbody", {}, page.items.map((q) => h("tr", {},
        h("td", { class: "nowrap" }, q.published || "—"),
        h("td", {}, q.speaker_code ? h("a", { class: "code", href: link("quotes", { speaker: q.speaker_code }) }, q.speaker_code) : "",
          h("small", { class: "block" }, q.speaker_text || "unknown")),
        h("td", {}, h("a", { href: link("article", { quote: q.seq }, q.article_hash) }, h("q", {}, clip(q.text, 220))),
          h("small", { class: "block muted" }, `${q.kind || ""}${q.cue ? " · " + q.cue : ""}`)),
        h("td", {}, h("a", { href: link("article", {}, q.article_hash) }, clip(q.title || q.article_id, 60)))))))
      : h("p", { class: "empty" }, "No quote matches."),
    pager(route, page));
}

export async function actors(main, route) {
  const params = paged(route, ["code", "name"]);
  const page = await getJSON("/actors", params);
  add(main, heading("Actors", "/actors", params),
    searchForm(route, [["code", "Code prefix", { placeholder: "RUS" }], ["name", "Name", { type: "search" }]]),
    page.items.length ? h("table", { class: "grid" },
      h("thead", {}, h("tr", {}, ["Code", "Names", "Mentions", "Articles", "As source", "As target"].map((t) => h("th", {}, t)))),
      h("tbody", {}, page.items.map((a) => h("tr", {},
        h("td", {}, h("a", { class: "code", href: link("events", { actor: a.code }) }, a.code)),
        h("td", {}, clip((a.names || "").replaceAll(",", ", "), 120)),
        h("td", { class: "num" }, num(a.mentions)), h("td", { class: "num" }, num(a.articles)),
        h("td", { class: "num" }, num(a.as_source)), h("td", { class: "num" }, num(a.as_target))))))
      : h("p", { class: "empty" }, "No actor matches."),
    pager(route, page));
}

const FEATURES = ["city", "adm2", "adm1", "country", "continent", "region", "sea", "lake"];

export async function places(main, route) {
  const params = paged(route, ["name", "country", "feature", "since", "until"]);
  const page = await getJSON("/places", params);
  add(main, heading("Places", "/places", params),
    searchForm(route, [["name", "Name", { type: "search" }], ["country", "Country", { placeholder: "ISO3", size: 5 }],
      ["feature", "Precision", { placeholder: FEATURES.join(", "), list: "features" }], ...DATES]),
    h("datalist", { id: "features" }, FEATURES.map((f) => h("option", { value: f }))),
    page.items.length ? h("table", { class: "grid", id: "places-table" },
      h("thead", {}, h("tr", {}, ["Place", "Country", "Division", "Precision", "Named", "Articles", "Events there"]
        .map((t) => h("th", {}, t)))),
      h("tbody", {}, page.items.map((p) => h("tr", {},
        h("td", {}, p.name),
        h("td", {}, p.country ? h("a", { class: "code", href: link("places", { country: p.country }) }, p.country) : ""),
        h("td", { class: "code" }, p.adm1 || ""),
        h("td", {}, h("span", { class: "precision", "data-feature": p.feature || "" }, p.feature || "?")),
        h("td", { class: "num" }, num(p.mentions)), h("td", { class: "num" }, num(p.articles)),
        h("td", { class: "num" }, p.events ? h("a", { href: link("events", { place: p.feature === "country" && p.country ? p.country : p.name }) },
          num(p.events)) : "0")))))
      : h("p", { class: "empty" }, "No place matches."),
    pager(route, page));
}
