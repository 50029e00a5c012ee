// Dashboard entry: navigation, the shared filter bar, and one view at a time by hash route.
import { h, fill, num } from "./dom.js";
import { getJSON } from "./api.js";
import { currentRoute, link, filtersOf } from "./route.js";
import { filterBar, activeFilters } from "./filters.js";
import { errorBox } from "./views/common.js";
import * as events from "./views/events.js";
import * as event from "./views/event.js";
import * as timeline from "./views/timeline.js";
import * as network from "./views/network.js";
import * as map from "./views/map.js";
import * as article from "./views/article.js";
import * as lists from "./views/lists.js";

const VIEWS = {
  events: { title: "Events", render: events.render, filters: true },
  timeline: { title: "Timeline", render: timeline.render, filters: true },
  network: { title: "Network", render: network.render, filters: true },
  map: { title: "Map", render: map.render, filters: true },
  articles: { title: "Articles", render: lists.articles },
  quotes: { title: "Quotes", render: lists.quotes },
  actors: { title: "Actors", render: lists.actors },
  places: { title: "Places", render: lists.places },
  event: { title: "Event", render: event.render, hidden: true },
  article: { title: "Article", render: article.render, hidden: true },
};

let generation = 0;   // the latest navigation; slower earlier renders are dropped

function nav(route) {
  const shared = VIEWS[route.view]?.filters ? filtersOf(route.params) : {};
  return Object.entries(VIEWS).filter(([, v]) => !v.hidden).map(([name, v]) =>
    h("a", { href: link(name, VIEWS[name].filters ? shared : {}), class: name === route.view ? "active" : null,
             id: "nav-" + name }, v.title));
}

async function show() {
  const mine = ++generation;
  const route = currentRoute();
  const view = VIEWS[route.view] || VIEWS.events;
  fill(document.getElementById("nav"), nav(route),
    h("a", { href: "/docs", class: "docs", target: "_blank" }, "API docs"));
  const bar = document.getElementById("filterbar");
  fill(bar, view.filters ? [filterBar(route), activeFilters(route)] : []);
  const main = h("div", { class: "view view-" + route.view, "aria-busy": "true" });
  const holder = document.getElementById("main");
  holder.setAttribute("aria-busy", "true");
  let after = null;
  try {
    after = await view.render(main, route);
  } catch (error) {
    main.replaceChildren(errorBox(error));
  }
  if (mine !== generation) return;
  main.removeAttribute("aria-busy");
  fill(holder, main);
  holder.removeAttribute("aria-busy");
  if (!route.params.has("mention") && !route.params.has("quote")) window.scrollTo(0, 0);
  if (typeof after === "function") after();
  document.title = `${view.title} · newsevents`;
  document.body.dataset.view = route.view;
  document.body.dataset.ready = `${performance.timeOrigin}:${mine}`;   // unique per render (tests wait on it)
}

async function summary() {
  try {
    const c = await getJSON("/summary");
    fill(document.getElementById("summary"),
      `${num(c.articles)} articles · ${num(c.events)} events · ${num(c.quotes)} quotes`);
  } catch (error) {
    fill(document.getElementById("summary"), errorBox(error));
  }
}

window.addEventListener("hashchange", show);
summary();
show();
