// Hash routes: "#/VIEW/ARG?key=value"; the query string holds the filters shared by the event views.

export const FILTER_KEYS = ["text", "actor", "country", "cameo", "quad_class", "since", "until", "place", "modality", "sort"];

/** The current route: {view, arg, params}. */
export function currentRoute() {
  const raw = location.hash.replace(/^#\/?/, "");
  const [path, query = ""] = raw.split("?", 2);
  const [view = "", ...rest] = path.split("/");
  return { view: view || "events", arg: rest.length ? decodeURIComponent(rest.join("/")) : null,
           params: new URLSearchParams(query) };
}

/** A hash link to a view with parameters (empty values dropped). */
export function link(view, params = {}, arg = null) {
  const q = new URLSearchParams();
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  for (const [key, value] of entries) {
    if (value === null || value === undefined || value === "") continue;
    for (const v of Array.isArray(value) ? value : [value]) q.append(key, v);
  }
  const qs = q.toString();
  return "#/" + view + (arg !== null ? "/" + encodeURIComponent(arg) : "") + (qs ? "?" + qs : "");
}

/** The event filters in `params` as an object for the API (modality may repeat). */
export function filtersOf(params) {
  const out = {};
  for (const key of FILTER_KEYS) {
    const values = params.getAll(key).filter((v) => v !== "");
    if (values.length) out[key] = key === "modality" ? values : values[0];
  }
  return out;
}

/** `params` with `changes` applied (null removes a key); paging restarts unless `offset` is given. */
export function withParams(params, changes) {
  const next = new URLSearchParams(params);
  if (!("offset" in changes)) next.delete("offset");
  for (const [key, value] of Object.entries(changes)) {
    next.delete(key);
    if (value === null || value === undefined || value === "") continue;
    for (const v of Array.isArray(value) ? value : [value]) next.append(key, v);
  }
  return next;
}
