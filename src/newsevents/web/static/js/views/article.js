// An article's text with actors, event evidence and triggers, quotes and speakers, and dates highlighted.
import { add, h, isSafeUrl, num } from "../dom.js";
import { getJSON } from "../api.js";
import { link } from "../route.js";
import { heading, actorCell, quadBadge } from "./common.js";

const LAYERS = [["evidence", "Event evidence"], ["trigger", "Event triggers"], ["actor", "Actors"],
                ["quote", "Quotes"], ["speaker", "Speakers"], ["timex", "Dates"]];

/** Offsets of the trigger's words inside an event's evidence span (best effort: triggers are lemmas). */
function triggerSpans(text, m) {
  const out = [];
  const evidence = text.slice(m.start, m.end);
  for (const word of (m.trigger || "").split(/\s+/).filter((w) => w.length > 1)) {
    const stem = word.replace(/[^\w-]/g, "").replace(/e$/, "");
    if (!stem) continue;
    const match = new RegExp(`\\b${stem}\\w*`, "i").exec(evidence);
    if (match) out.push({ start: m.start + match.index, end: m.start + match.index + match[0].length });
  }
  return out;
}

/** Every highlighted span: {start, end, kind, key, label}. */
function spans(article) {
  const out = [];
  for (const m of article.events) {
    const label = `Event ${m.cameo} ${m.name || ""}: ${m.source || "?"} → ${m.target || "?"} (${m.modality})`;
    out.push({ start: m.start, end: m.end, kind: "evidence", key: `mention-${m.seq}`, label });
    for (const t of triggerSpans(article.text, m)) out.push({ ...t, kind: "trigger", key: `mention-${m.seq}`, label: `trigger: ${m.trigger}` });
  }
  for (const a of article.actors) {
    out.push({ start: a.start, end: a.end, kind: "actor", key: null, label: `Actor ${a.code || "(no code)"}${a.name ? " — " + a.name : ""}` });
  }
  for (const q of article.quotes) {
    out.push({ start: q.start, end: q.end, kind: "quote", key: `quote-${q.seq}`,
               label: `${q.kind || ""} quote by ${q.speaker_text || "unknown speaker"}${q.speaker_code ? " (" + q.speaker_code + ")" : ""}` });
    if (q.speaker_start !== null && q.speaker_end !== null) {
      out.push({ start: q.speaker_start, end: q.speaker_end, kind: "speaker", key: `quote-${q.seq}`,
                 label: `speaker of quote ${q.seq + 1}${q.speaker_code ? ": " + q.speaker_code : ""}` });
    }
  }
  for (const t of article.timexes) out.push({ start: t.start, end: t.end, kind: "timex", key: null, label: `date: ${t.value || "?"}` });
  const text = article.text;
  for (const x of out) {   // spans that end in spaces or blank lines would mark the next line
    while (x.end > x.start && /\s/.test(text[x.end - 1] ?? "")) x.end -= 1;
  }
  return out.filter((x) => Number.isInteger(x.start) && Number.isInteger(x.end) && x.end > x.start);
}

/** The text cut at every span boundary; each piece carries the classes of the spans covering it. */
function highlightedText(text, all, focus) {
  const cuts = new Set([0, text.length]);
  for (const x of all) { cuts.add(Math.max(0, Math.min(text.length, x.start))); cuts.add(Math.max(0, Math.min(text.length, x.end))); }
  const points = [...cuts].sort((a, b) => a - b);
  const body = h("div", { class: "article-text", id: "article-text" });
  const marked = new Set();
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = text.slice(a, b);
    const covering = all.filter((x) => x.start <= a && x.end >= b);
    if (!covering.length) { body.append(piece); continue; }
    const keys = [...new Set(covering.map((x) => x.key).filter(Boolean))];
    const classes = [...new Set(covering.map((x) => "hl-" + x.kind))];
    if (focus && keys.includes(focus)) classes.push("focus");
    const span = h("mark", { class: classes.join(" "), title: covering.map((x) => x.label).join("\n"),
                             "data-keys": keys.join(" ") }, piece);
    for (const key of keys) {
      if (!marked.has(key)) { span.id = span.id || key; marked.add(key); }
    }
    body.append(span);
  }
  return body;
}

function focusOn(root, key) {
  for (const el of root.querySelectorAll("mark.focus")) el.classList.remove("focus");
  let first = null;
  for (const el of root.querySelectorAll("mark[data-keys]")) {
    if (el.dataset.keys.split(" ").includes(key)) { el.classList.add("focus"); first = first || el; }
  }
  for (const el of root.querySelectorAll(".side li.focus")) el.classList.remove("focus");
  root.querySelector(`.side li[data-key="${key}"]`)?.classList.add("focus");
  if (first) first.scrollIntoView({ block: "center" });
}

/** The other articles of its wire story (near-copies linked at ingest), or nothing. */
function copiesNote(article) {
  if (!article.copies?.length) return "";
  const first = article.story === article.hash;
  return h("div", { class: "copies" },
    h("p", {}, first ? `Wire story: ${num(article.copies.length)} later articles are near-copies of this one.`
      : `Wire copy (estimated overlap ${article.copy_overlap ?? "?"}): the same story as these articles, counted as one source.`),
    h("ul", {}, article.copies.map((c) => h("li", {},
      h("a", { href: link("article", {}, c.hash) }, c.title || c.id),
      ` · ${[c.source, c.published].filter(Boolean).join(" · ")}`,
      c.hash === article.story ? " · first stored" : c.overlap !== null ? ` · overlap ${c.overlap}` : ""))));
}

export async function render(main, route) {
  const article = await getJSON(`/articles/${encodeURIComponent(route.arg)}`);
  const mention = route.params.get("mention"), quote = route.params.get("quote");
  const focus = mention !== null ? `mention-${mention}` : quote !== null ? `quote-${quote}` : null;
  const all = spans(article);
  const toggles = h("div", { class: "layers" }, LAYERS.map(([kind, label]) => {
    const box = h("input", { type: "checkbox", checked: true, "data-kind": kind });
    box.addEventListener("change", () => main.querySelector(".article").classList.toggle("hide-" + kind, !box.checked));
    return h("label", { class: "layer layer-" + kind }, box, h("span", { class: "swatch hl-" + kind }, label));
  }));
  const select = (key) => (event) => { event.preventDefault(); focusOn(main, key); };
  const side = h("aside", { class: "side" },
    h("h3", {}, `Events (${num(article.events.length)})`),
    h("ol", { class: "records" }, article.events.map((m) => h("li", { "data-key": `mention-${m.seq}` },
      h("a", { href: link("article", { mention: m.seq }, route.arg), onclick: select(`mention-${m.seq}`) },
        quadBadge(m.quad_class), ` ${m.cameo} ${m.name || ""}`),
      h("div", { class: "dyad" }, actorCell(m.source, m.source_text), " → ", actorCell(m.target, m.target_text)),
      h("small", {}, `${m.date || "undated"} · ${m.modality}`, m.event_id !== null ? [" · ", h("a", { href: link("event", {}, m.event_id) }, "all reports")] : "")))),
    h("h3", {}, `Quotes (${num(article.quotes.length)})`),
    h("ol", { class: "records" }, article.quotes.map((q) => h("li", { "data-key": `quote-${q.seq}` },
      h("a", { href: link("article", { quote: q.seq }, route.arg), onclick: select(`quote-${q.seq}`) },
        h("strong", {}, q.speaker_text || "unknown speaker"), q.speaker_code ? ` (${q.speaker_code})` : "", `, ${q.kind || ""}`),
      h("q", {}, q.text)))));
  add(main,
    heading(article.title || article.id, `/articles/${encodeURIComponent(article.hash)}`),
    h("p", { class: "meta" }, [article.published, article.source, article.id].filter(Boolean).join(" · "),
      article.url ? [" · ", isSafeUrl(article.url) ? h("a", { href: article.url, rel: "noreferrer noopener" }, "original")
        : h("span", { class: "muted", title: "not a web address, so not a link" }, article.url)] : ""),
    copiesNote(article),
    toggles,
    h("div", { class: "article" }, highlightedText(article.text, all, focus), side));
  return focus ? () => focusOn(main, focus) : null;
}
