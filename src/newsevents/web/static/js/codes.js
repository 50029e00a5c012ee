// CAMEO roots and QuadClasses: names and colours shared by the views.

// Keys like "10" are array indices to JavaScript and come first in Object.entries: sort them.
export const CAMEO_ROOTS = {
  "01": "Make public statement", "02": "Appeal", "03": "Express intent to cooperate", "04": "Consult",
  "05": "Engage in diplomatic cooperation", "06": "Engage in material cooperation", "07": "Provide aid",
  "08": "Yield", "09": "Investigate", "10": "Demand", "11": "Disapprove", "12": "Reject", "13": "Threaten",
  "14": "Protest", "15": "Exhibit force posture", "16": "Reduce relations", "17": "Coerce", "18": "Assault",
  "19": "Fight", "20": "Use unconventional mass violence",
};

export const QUAD_CLASSES = {
  1: { name: "Verbal cooperation", color: "#4a90c2" },
  2: { name: "Material cooperation", color: "#2a9d8f" },
  3: { name: "Verbal conflict", color: "#e9a23b" },
  4: { name: "Material conflict", color: "#d1495b" },
};

/** Colour for a Goldstein score (-10 conflict … +10 cooperation): red – grey – blue. */
export function goldsteinColor(g) {
  if (g === null || g === undefined || Number.isNaN(g)) return "#999";
  const t = Math.max(-1, Math.min(1, g / 10));
  const grey = [150, 150, 150], red = [209, 73, 91], blue = [45, 110, 180];
  const end = t < 0 ? red : blue, a = Math.abs(t);
  const c = grey.map((v, i) => Math.round(v + (end[i] - v) * a));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

export const MODALITIES = ["asserted", "reported", "negated", "future", "hypothetical"];
