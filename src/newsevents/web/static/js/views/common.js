// Pieces shared by views: headings with their JSON twin, pagers, errors, actor labels.
import { h, num } from "../dom.js";
import { apiUrl } from "../api.js";
import { link, withParams } from "../route.js";
import { QUAD_CLASSES } from "../codes.js";

/** A view heading with a link to the API URL it shows. */
export function heading(title, apiPath, apiParams = {}, extra = null) {
  return h("div", { class: "view-head" }, h("h2", {}, title), extra,
    h("a", { class: "json-link", href: apiUrl(apiPath, apiParams), title: "this page as JSON" }, "{ } JSON"));
}

/** "1–50 of 61" with previous/next links; `total` may be null when only `more` is known. */
export function pager(route, page) {
  const { limit, offset, total, more, items } = page;
  const end = offset + items.length;
  const hasNext = total !== null && total !== undefined && !page.total_capped ? end < total : more;
  const to = (o) => link(route.view, withParams(route.params, { offset: o > 0 ? o : null, limit }), route.arg);
  return h("nav", { class: "pager" },
    offset > 0 ? h("a", { class: "button", href: to(Math.max(0, offset - limit)), rel: "prev" }, "‹ Previous")
      : h("span", { class: "button disabled" }, "‹ Previous"),
    h("span", { class: "range" }, items.length ? `${num(offset + 1)}–${num(end)}` : "0",
      total !== null && total !== undefined ? ` of ${page.total_capped ? "more than " : ""}${num(total)}` : ""),
    hasNext ? h("a", { class: "button", href: to(offset + limit), rel: "next" }, "Next ›")
      : h("span", { class: "button disabled" }, "Next ›"));
}

/** A message box for a failed request. */
export function errorBox(error) {
  return h("div", { class: "error", role: "alert" }, h("strong", {}, `Error${error.status ? " " + error.status : ""}: `),
    error.message);
}

/** An actor cell: code (linked to its events) over the words that named it. */
export function actorCell(code, text) {
  if (!code && !text) return h("span", { class: "muted" }, "—");
  return h("span", { class: "actor" },
    code ? h("a", { href: link("events", { actor: code }), class: "code" }, code) : h("span", { class: "code muted" }, "?"),
    text ? h("small", {}, text) : null);
}

/** A coloured QuadClass badge. */
export function quadBadge(q) {
  const c = QUAD_CLASSES[q];
  return c ? h("span", { class: "quad", style: `--q:${c.color}`, title: c.name }, String(q)) : "";
}

/** Link to an article scrolled to one event mention's evidence. */
export function evidenceLink(articleHash, seq, text) {
  return h("a", { class: "evidence-link", href: link("article", { mention: seq }, articleHash) }, text);
}

/** The results of several requests, each a value or its error: one failing panel never sinks the view. */
export async function settled(requests) {
  const results = await Promise.allSettled(requests);
  return results.map((r) => (r.status === "fulfilled" ? r.value : { failed: r.reason }));
}

/** `render(value)`, or an error box in this panel alone when its request failed. */
export function panel(result, render) {
  return result && result.failed ? errorBox(result.failed) : render(result);
}

/** A note saying which answers come from a sample of what matches (broad filters at scale), or null. */
export function samples(answers) {
  const notes = [...new Set(answers.flatMap((a) => (a && !a.failed && a.sampled) || []))];
  return notes.length ? h("p", { class: "muted sample-note", id: "sample-note" }, "Estimated: ", notes.join("; "),
    ". Add filters (dates, an actor code, a country) to count everything.") : null;
}
