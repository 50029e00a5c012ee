"""Organisations no dictionary knows, coded by what the text calls them.

"the campaign group Liberty", "anti-abortion group the Pro-Life Alliance", "the militant group
Ansar al-Islam", "Mwatana, a Yemeni rights group": the descriptor beside the name gives the
role (NGO, REB, OPP, MED, LAB, BUS); the country comes later, as for any generic agent, from
the words and places around it (``---`` + role until then).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

from spacy.tokens import Doc, Token

from newsevents.actors.mentions.record import Mention
from newsevents.model import UNKNOWN_COUNTRY

#: nouns that describe an organisation, with the role they give it
DESCRIPTORS: Mapping[str, str] = MappingProxyType({
    "group": "NGO", "organisation": "NGO", "organization": "NGO", "charity": "NGO", "ngo": "NGO",
    "foundation": "NGO", "association": "NGO", "society": "NGO", "campaign": "NGO", "watchdog": "NGO",
    "network": "NGO", "institute": "NGO", "thinktank": "NGO", "tank": "NGO", "coalition": "NGO",
    "union": "LAB", "newspaper": "MED", "broadcaster": "MED", "magazine": "MED", "channel": "MED",
    "outlet": "MED", "agency": "MED", "company": "BUS", "firm": "BUS", "militia": "REB", "faction": "REB",
})
#: modifiers of the descriptor that change the role ("the militant group X", "the oil group X")
MODIFIER_ROLES: Mapping[str, str] = MappingProxyType({
    **{w: "REB" for w in ("militant", "rebel", "armed", "jihadist", "insurgent", "terror", "terrorist",
                          "separatist", "extremist", "islamist", "guerrilla", "paramilitary")},
    "opposition": "OPP",
    **{w: "BUS" for w in ("oil", "energy", "mining", "media", "tech", "technology", "retail", "banking",
                          "financial", "insurance", "pharmaceutical", "drinks", "food", "engineering",
                          "construction", "defence", "defense", "arms", "car", "airline", "shipping")},
    **{w: "MED" for w in ("news", "press")},
})


def _role(descriptor: Token) -> str | None:
    role = DESCRIPTORS.get(descriptor.lemma_.lower())
    if role is None:
        return None
    for c in descriptor.children:
        if c.dep_ in ("compound", "amod") and c.lower_ in MODIFIER_ROLES:
            return MODIFIER_ROLES[c.lower_]
    return role


def _descriptor(doc: Doc, m: Mention) -> Token | None:
    """The noun that describes the name: just before it ("campaign group Liberty", "group the
    Pro-Life Alliance") or in an apposition after it ("Mwatana, a Yemeni rights group")."""
    before = m.start - 1
    if before >= 0 and doc[before].lower_ == "the":
        before -= 1
    if before >= 0 and doc[before].pos_ == "NOUN" and doc[before].lemma_.lower() in DESCRIPTORS:
        return doc[before]
    root = doc[m.end - 1]
    return next((c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                 and c.lemma_.lower() in DESCRIPTORS), None)


def code_described_organisations(doc: Doc, mentions: Sequence[Mention], used: bytearray) -> None:
    """Give each uncoded organisation a role from its descriptor ("---NGO"); its country is
    filled in later, from context, as for generic agents."""
    for m in mentions:
        if m.kind != "unknown" or m.code is not None:
            continue
        descriptor = _descriptor(doc, m)
        role = _role(descriptor) if descriptor is not None else None
        if role is not None:
            m.code, m.kind, m.role = UNKNOWN_COUNTRY + role, "group", role
            if descriptor.i < m.start and not any(used[descriptor.left_edge.i:m.start]):
                m.start = descriptor.left_edge.i  # the descriptor may be parsed as the subject
                used[m.start:m.end] = b"\x01" * (m.end - m.start)
