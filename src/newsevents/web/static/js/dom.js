// Tiny DOM builders: text always goes in as text nodes (never parsed as HTML).

const SVG_NS = "http://www.w3.org/2000/svg";
/** Link targets allowed: this dashboard's own (#…, /…) and web addresses; never javascript:, data: … */
const SAFE_URL = /^(?:#|\/(?!\/)|https?:\/\/|mailto:)/i;

/** Whether `url` may be a link's target (an article's URL comes from its input file, unchecked). */
export function isSafeUrl(url) {
  return typeof url === "string" && SAFE_URL.test(url.trim());
}

function build(el, attrs, children) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") el.setAttribute("class", value);
    else if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else if ((key === "href" || key === "src" || key === "xlink:href") && !isSafeUrl(String(value))) continue;
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** An HTML element: h("a", {href: "#"}, "text", otherNode). */
export function h(tag, attrs = {}, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** An SVG element. */
export function s(tag, attrs = {}, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

/** Replace the children of `el`. */
export function fill(el, ...children) {
  el.replaceChildren();
  return build(el, {}, children);
}

/** Shorten `text` to `n` characters. */
export function clip(text, n) {
  if (!text) return "";
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > n ? t.slice(0, n - 1) + "…" : t;
}

/** A number with thousands separators. */
export function num(n) {
  return n === null || n === undefined ? "" : Number(n).toLocaleString("en");
}

/** "1 place", "3 places": a count with its noun in the right number. */
export function plural(n, one, many = one + "s") {
  return `${num(n)} ${Number(n) === 1 ? one : many}`;
}

/** Append children (arrays flattened, null skipped) to `el`. */
export function add(el, ...children) {
  return build(el, {}, children);
}
