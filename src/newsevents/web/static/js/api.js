// Fetching from the JSON API; every dashboard page has the API URL it reads as its JSON twin.

export class ApiError extends Error {
  constructor(status, detail) {
    super(typeof detail === "string" ? detail : JSON.stringify(detail));
    this.status = status;
  }
}

/** "/api/PATH?..." with empty values left out; arrays repeat their key. */
export function apiUrl(path, params = {}) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === "") continue;
    for (const v of Array.isArray(value) ? value : [value]) q.append(key, v);
  }
  const qs = q.toString();
  return "/api" + path + (qs ? "?" + qs : "");
}

/** GET an API path; throws ApiError with the server's message on failure. */
export async function getJSON(path, params = {}) {
  const response = await fetch(apiUrl(path, params), { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(response.status, body.detail || response.statusText);
  return body;
}
