"""PLOVER 0.5b1 types of a predicted event, as the shared gold files use them.

Events name 2021 PLOVER types (from the package ontology); the PLOVER gold file uses the
older 0.5b1 names, so 2021 names are translated with the event's CAMEO root.
"""
from __future__ import annotations

from types import MappingProxyType
from typing import Any, Mapping

from newsevents.events.ontology import load_ontology

#: codes the 0.5b1 gold types differently from the 2021 table
V05_OVERRIDES: Mapping[str, str] = MappingProxyType({"163": "SANCTION", "1712": "COERCE"})
ALIASES: Mapping[str, str] = MappingProxyType({"JAP": "JPN", "ITL": "ITA"})


def to_v05(name: str, root: str | None) -> frozenset[str]:
    """A 2021 PLOVER name (+ CAMEO root, or None) as a set of 0.5b1 names."""
    if name == "REQUEST":
        return frozenset({"DEMAND"})
    if name == "ACCUSE":
        if root is None:
            return frozenset({"DISAPPROVE", "INVESTIGATE"})
        return frozenset({"INVESTIGATE" if root == "09" else "DISAPPROVE"})
    if name == "ASSAULT":
        if root is None:
            return frozenset({"ASSAULT", "FIGHT"})
        return frozenset({"FIGHT" if root in ("19", "20") else "ASSAULT"})
    if name == "COOPERATION":
        return frozenset({"COOPERATE"})
    return frozenset({name})


def cameo_plover(code: str) -> str | None:
    """The 2021 PLOVER type of a CAMEO code (or root) through the package ontology."""
    onto = load_ontology()
    for key in (code, code[:3], code[:2] + "0"):
        info = onto.get(key)
        if info is not None and info.plover:
            return info.plover
    return None


def event_types(event: Mapping[str, Any], names: str = "2021") -> frozenset[str]:
    """The 0.5b1 types of one normalised predicted event (keys plover, cameo, root)."""
    plover = (event.get("plover") or "").strip().upper()
    if plover:
        if names == "0.5":
            return frozenset({"COOPERATE" if plover == "COOPERATION" else plover})
        return to_v05(plover, event.get("root"))
    code = event.get("cameo") or event.get("root")
    if not code:
        return frozenset()
    if code in V05_OVERRIDES:
        return frozenset({V05_OVERRIDES[code]})
    name = cameo_plover(code)
    return to_v05(name, code[:2]) if name else frozenset()


def country(code: str | None) -> str:
    """Country level of an actor code: first three characters; null -> '---'."""
    norm = "".join(str(code).split()).upper() if code is not None else ""
    c = (norm or "---")[:3]
    return ALIASES.get(c, c)


def actor(code: str | None) -> str:
    """Full actor code, normalised; null -> '---'."""
    norm = "".join(str(code).split()).upper() if code is not None else ""
    return norm or "---"
