// One event with every report of it.
import { add, h, num } from "../dom.js";
import { getJSON } from "../api.js";
import { link } from "../route.js";
import { heading, actorCell, quadBadge, evidenceLink } from "./common.js";

export async function render(main, route) {
  const e = await getJSON(`/events/${encodeURIComponent(route.arg)}`);
  const facts = [
    ["Date", e.date || "—"], ["Source", actorCell(e.source, e.mentions[0]?.source_text)],
    ["Event", `${e.cameo} ${e.name || ""}`], ["Target", actorCell(e.target, e.mentions[0]?.target_text)],
    ["QuadClass", h("span", {}, quadBadge(e.quad_class))], ["Goldstein", e.goldstein ?? "—"],
    ["PLOVER", e.plover || "—"], ["Modality", e.modality],
    ["Place", [e.place_name, e.place_country].filter(Boolean).join(", ") || "—"],
    ["Reports", `${num(e.num_mentions)} mentions in ${num(e.num_articles)} articles from ${num(e.num_sources)} sources`
      + (e.num_copies ? ` (${num(e.num_copies)} of the articles are wire copies of another, counted once)` : "")],
  ];
  add(main,
    heading(`Event ${e.event_id}`, `/events/${e.event_id}`),
    h("dl", { class: "facts" }, facts.map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)])),
    h("h3", {}, "Evidence"),
    h("ol", { class: "mentions" }, e.mentions.map((m) => h("li", {},
      h("blockquote", {}, evidenceLink(m.article_hash, m.seq, m.evidence)),
      h("p", { class: "meta" },
        h("a", { href: link("article", {}, m.article_hash) }, m.title || m.article_id),
        m.article_source ? ` · ${m.article_source}` : "",
        m.article_story ? [" · ", h("a", { class: "copy", href: link("article", {}, m.article_story),
          title: "articles linked as near-copies of one wire story count as one source" },
          m.article_story === m.article_hash ? "wire story (first copy)" : "wire copy")] : "",
        ` · ${m.published || "undated"} · trigger “${m.trigger || ""}” · rule ${m.rule || "—"}`,
        ` · confidence ${m.confidence ?? "—"} · date from ${m.date_source || "—"}`)))));
}
