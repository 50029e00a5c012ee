"""Finishing a doc's raw events: drop the purposes of other acts and the events another one
of the same sentence says better, then write the output records (dated, in text order)."""
from __future__ import annotations

from bisect import bisect_right
from typing import Any, Mapping

from spacy.tokens import Doc, Token

from newsevents.events.codes import PURPOSES
from newsevents.events.dating import event_date, narrative_date
from newsevents.events.ontology import CameoCode


def finish_events(doc: Doc, raw: list[dict[str, Any]],
                  ontology: Mapping[str, CameoCode]) -> list[dict[str, Any]]:
    """Output records of raw events: one per sentence, pair and code, dated, in text order."""
    if not raw:
        return []
    sents = list(doc.sents)
    starts = [s.start for s in sents]
    timexes = doc._.timexes or []
    published = doc._.published
    events: list[dict[str, Any]] = []
    seen: set[tuple] = set()
    for r in sorted(raw, key=lambda r: r["anchor"].i):
        anchor: Token = r["anchor"]
        si = bisect_right(starts, anchor.i) - 1
        sent = sents[si]
        src, tgt = r["source"], r["target"]
        key = (si, src.code, tgt.code, r["cameo"])
        if key in seen:
            continue
        seen.add(key)
        latest = published if r["modality"] in ("asserted", "reported", "negated") else None
        date, date_source = event_date(doc, anchor, sent, timexes, latest)
        if date is None and latest is not None:
            date = narrative_date(anchor, timexes, latest)
            date_source = "narrative" if date else date_source
        if date is None:
            date, date_source = (published[:10] if isinstance(published, str) else published), "published"
        info = ontology[r["cameo"]]
        events.append({
            "source": src.code, "source_text": src.text or None,
            "target": tgt.code, "target_text": tgt.text or None,
            "cameo": info.code, "root": info.root, "name": info.name, "plover": info.plover,
            "quad_class": info.quad_class, "goldstein": info.goldstein,
            "date": date, "date_source": date_source, "place": None,
            "modality": r["modality"], "sentence": si,
            "start": sent.start_char, "end": sent.end_char,
            "trigger": " ".join(t.text for t in r["trigger"]),
            "confidence": r["confidence"], "rule": r["rule"],
        })
    return drop_subsumed(events)


def drop_subsumed(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop an event with no source (or no target) where another event of the same sentence
    and code has the same other side and names it ("airstrikes by Russian jets killed ...":
    the strikes with no doer and the killing by RUSMIL are one act)."""
    full = {(e["sentence"], e["cameo"], e["source"], e["target"]) for e in events}
    sources = {(s, c, t) for s, c, src, t in full if src}
    targets = {(s, c, src) for s, c, src, t in full if t}
    return [e for e in events if not (
        e["source"] is None and (e["sentence"], e["cameo"], e["target"]) in sources
        or e["target"] is None and e["source"] is not None
        and (e["sentence"], e["cameo"], e["source"]) in targets)]


def drop_purposes(raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop events that only state the purpose of another: demands and criticism of a protest
    ("staged rallies to demand reforms", "began a hunger strike to protest the arrests"): CAMEO
    codes the protest; talks that are a meeting's agenda ("met the envoy to discuss the truce"):
    the meeting is the consultation."""
    holders: dict[int, str] = {}
    for r in raw:
        root = "04" if r["cameo"] == "036" else r["cameo"][:2]  # "will meet X to discuss"
        if root in PURPOSES:
            for t in r["trigger"]:
                holders.setdefault(t.i, root)
    if not holders:
        return raw
    return [r for r in raw if not (
        r["anchor"].dep_ in ("advcl", "xcomp", "acl") and r["anchor"].head.i in holders
        and r["cameo"].startswith(PURPOSES[holders[r["anchor"].head.i]]))]


def incursions(raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Troops sent somewhere to fight are the fight: "Turkey sent troops into Afrin to fight
    Kurdish militias" is Turkey's force against the militias (19x, asserted with the sending),
    not a mobilisation (154) with a hypothetical fight."""
    sent = {r["anchor"].i: r for r in raw if r["cameo"] == "154" and r["modality"] in ("asserted", "reported")}
    if not sent:
        return raw
    fights: set[int] = set()
    for r in raw:
        head = r["anchor"].head
        if (r["cameo"][:2] == "19" and r["modality"] == "hypothetical" and head.i in sent
                and r["anchor"].dep_ in ("advcl", "xcomp") and r["source"].code == sent[head.i]["source"].code):
            r["modality"] = sent[head.i]["modality"]
            fights.add(head.i)
    return [r for r in raw if not (r["cameo"] == "154" and r["anchor"].i in fights)]

