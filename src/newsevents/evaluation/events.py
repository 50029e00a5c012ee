"""Score event predictions against a gold file, with the shared kit's rules.

Two gold formats: petr2 (``events: [{source, target, cameo}]``) and PLOVER
(``event`` type + ``sources``/``targets``). Events with modality negated, future or
hypothetical are dropped unless ``all_modalities``. Besides the headline numbers the report
keeps a per-root confusion table and every miss and false alarm with its sentence.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Callable, Iterable, Mapping, Sequence

from newsevents.evaluation.types import actor, country, event_types

DROPPED = frozenset({"negated", "future", "hypothetical"})
NONE_ROOT = "--"  # confusion-table label for "no event"


@dataclass
class Error:
    """One gold sentence where the prediction differs from the gold."""

    id: str
    text: str
    missed: list[str]
    false_alarms: list[str]


@dataclass
class EventsReport:
    """Scores for one gold file; ``metrics`` mirrors the shared scorer's RESULT keys."""

    format: str
    metrics: dict[str, Any]
    confusion: Counter = field(default_factory=Counter)  # (gold label, predicted label) -> n
    errors: list[Error] = field(default_factory=list)


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    """Gold records of a JSONL file (blank lines skipped)."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def gold_format(records: Sequence[Mapping[str, Any]]) -> str:
    """'plover' when records carry an ``event`` type, else 'petr2'."""
    return "plover" if records and "event" in records[0] else "petr2"


def _norm(ev: Mapping[str, Any]) -> dict[str, Any]:
    cameo = ev.get("cameo")
    if isinstance(cameo, int) and not isinstance(cameo, bool):
        cameo = str(cameo).zfill(3)
    cameo = str(cameo).strip() if cameo else None
    root = ev.get("root")
    root = str(root).strip().zfill(2)[:2] if root not in (None, "") else None
    return {"source": ev.get("source"), "target": ev.get("target"), "cameo": cameo or None,
            "root": cameo[:2] if cameo else root, "plover": ev.get("plover"),
            "modality": ev.get("modality")}


def _kept(events: Iterable[Mapping[str, Any]], all_modalities: bool) -> list[dict[str, Any]]:
    out = [_norm(e) for e in events]
    if all_modalities:
        return out
    return [e for e in out if (e.get("modality") or "").lower() not in DROPPED]


def _prf(tp: int, npred: int, ngold: int) -> dict[str, Any]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp,
            "n_pred": npred, "n_gold": ngold}


_PROJECTIONS: Mapping[str, Callable[[Mapping[str, Any]], tuple]] = MappingProxyType({
    "country_root": lambda e: (country(e["source"]), country(e["target"]), e["root"]),
    "actor_root": lambda e: (actor(e["source"]), actor(e["target"]), e["root"]),
    "country_cameo": lambda e: (country(e["source"]), country(e["target"]), e["cameo"]),
    "exact": lambda e: (actor(e["source"]), actor(e["target"]), e["cameo"]),
})


def _score_petr2(gold: Sequence[Mapping[str, Any]], pred: Mapping[str, list[dict]]) -> EventsReport:
    counts = {k: [0, 0, 0] for k in _PROJECTIONS}
    no_event_n = no_event_ok = presence_ok = 0
    report = EventsReport("petr2", {})
    for g in gold:
        gid = str(g["id"])
        gev = [_norm(e) for e in g.get("events") or []]
        pev = pred.get(gid, [])
        for name, proj in _PROJECTIONS.items():
            gs, ps = {proj(e) for e in gev}, {proj(e) for e in pev}
            counts[name][0] += sum(None not in x for x in gs & ps)
            counts[name][1] += len(ps)
            counts[name][2] += len(gs)
        if not gev:
            no_event_n += 1
            no_event_ok += not pev
        presence_ok += bool(gev) == bool(pev)
        gs = {_PROJECTIONS["country_root"](e) for e in gev}
        ps = {_PROJECTIONS["country_root"](e) for e in pev}
        _confuse(report.confusion, {x[2] for x in gs}, {x[2] for x in ps if x[2]})
        if gs != ps:
            report.errors.append(Error(gid, g.get("text", ""), sorted(map(_fmt, gs - ps)),
                                       sorted(map(_fmt, ps - gs))))
    report.metrics = {"format": "petr2", "n_sentences": len(gold),
                      "n_no_event_sentences": no_event_n,
                      "no_event_accuracy": round(no_event_ok / no_event_n, 4) if no_event_n else 0.0,
                      "event_presence_accuracy": round(presence_ok / len(gold), 4) if gold else 0.0,
                      **{k: _prf(*v) for k, v in counts.items()}}
    return report


def _score_plover(gold: Sequence[Mapping[str, Any]], pred: Mapping[str, list[dict]],
                  names: str) -> EventsReport:
    n = ok_n = n_types = 0
    src = [0, 0]
    tgt = [0, 0]
    pair = [0, 0]
    per_type: dict[str, list[int]] = {}
    report = EventsReport("plover", {})
    for g in gold:
        gid = str(g["id"])
        gtype = (g.get("event") or "").upper()
        gsrc = {country(a.get("code")) for a in g.get("sources") or [] if a.get("code")}
        gtgt = {country(a.get("code")) for a in g.get("targets") or [] if a.get("code")}
        typed = [(event_types(e, names), e) for e in pred.get(gid, [])]
        union: set[str] = set().union(*(t for t, _ in typed))
        n += 1
        n_types += len(union)
        ok = gtype in union
        ok_n += ok
        per_type.setdefault(gtype, [0, 0])
        per_type[gtype][0] += 1
        per_type[gtype][1] += ok
        _confuse(report.confusion, {gtype}, union)
        if not ok or len(union) > 1:
            report.errors.append(Error(gid, g.get("text", ""), [] if ok else [gtype],
                                       sorted(union - {gtype})))
        if not ok:
            continue
        cands = [e for t, e in typed if gtype in t]
        s_ok = any(e["source"] and country(e["source"]) in gsrc for e in cands)
        t_ok = any(e["target"] and country(e["target"]) in gtgt for e in cands)
        p_ok = any(e["source"] and e["target"] and country(e["source"]) in gsrc
                   and country(e["target"]) in gtgt for e in cands)
        for acc, has, hit in ((src, gsrc, s_ok), (tgt, gtgt, t_ok), (pair, gsrc and gtgt, p_ok)):
            if has:
                acc[0] += 1
                acc[1] += hit

    def ratio(a: int, b: int) -> float:
        return round(a / b, 4) if b else 0.0

    report.metrics = {
        "format": "plover", "plover_names": names, "n_sentences": n,
        "type_accuracy": ratio(ok_n, n), "type_correct": ok_n,
        "type_precision": ratio(ok_n, n_types), "mean_pred_types": ratio(n_types, n),
        "source_country_match": ratio(src[1], src[0]), "source_n": src[0],
        "target_country_match": ratio(tgt[1], tgt[0]), "target_n": tgt[0],
        "pair_country_match": ratio(pair[1], pair[0]), "pair_n": pair[0],
        "per_type_accuracy": {k: ratio(v[1], v[0]) for k, v in sorted(per_type.items())},
    }
    return report


def _confuse(table: Counter, gold: set[str], pred: set[str]) -> None:
    """Count matched labels on the diagonal, the rest against each other or 'no event'."""
    for label in gold & pred:
        table[(label, label)] += 1
    g_rest, p_rest = sorted(gold - pred), sorted(pred - gold)
    for label in g_rest:
        for other in p_rest or [NONE_ROOT]:
            table[(label, other)] += 1
    if not g_rest:
        for other in p_rest:
            table[(NONE_ROOT, other)] += 1


def _fmt(triple: tuple) -> str:
    return " ".join(str(x) for x in triple)


def score_events(gold_path: str | Path, predictions: Mapping[str, Sequence[Mapping[str, Any]]],
                 all_modalities: bool = False, plover_names: str = "2021") -> EventsReport:
    """Score ``predictions`` (gold id -> list of event dicts) against a gold file."""
    gold = read_gold(gold_path)
    pred = {str(k): _kept(v, all_modalities) for k, v in predictions.items()}
    if gold_format(gold) == "plover":
        return _score_plover(gold, pred, plover_names)
    return _score_petr2(gold, pred)


def predict_events(pipeline: Any, gold_path: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Run ``pipeline`` (a newsevents Pipeline) on each gold text; id -> events."""
    from newsevents.model import Article

    articles = [Article(id=str(g["id"]), text=g["text"], published=g.get("published") or g.get("date"))
                for g in read_gold(gold_path)]
    out: dict[str, list[dict[str, Any]]] = {}
    for article, outcome in zip(articles, pipeline.process(articles)):
        record = getattr(outcome, "record", None) or {}  # an InputFailure has no record
        out[str(record.get("id", article.id))] = list(record.get("events") or [])
    return out


def evaluate_events(pipeline: Any, gold_path: str | Path, all_modalities: bool = False) -> EventsReport:
    """Run ``pipeline`` over the gold sentences and score its events."""
    return score_events(gold_path, predict_events(pipeline, gold_path), all_modalities)
