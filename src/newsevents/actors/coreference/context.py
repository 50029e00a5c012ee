"""Country of a title from its context: "the president of Armenia", and a titled stranger
("President Askar Akayev", "Vice-President Moody Awori") in a sentence about one country."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from newsevents.actors.mentions.record import Mention, state_country
from newsevents.model import NATIONAL_KINDS


def titles_of_country(doc: Doc, mentions: Sequence[Mention]) -> None:
    """A title followed by "of <country>" belongs to that country ("the president of Armenia")."""
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        if m.kind != "title" or m.end + 1 >= len(doc) or doc[m.end].lower_ != "of":
            continue
        k = m.end + 1
        if doc[k].lower_ == "the":
            k += 1
        other = by_start.get(k)
        if other is not None and other.end - other.start > 1 and doc[other.start].tag_ == "JJ":
            continue  # "the leader of the Syrian Kurds": people of a country, not its state
        country = state_country(other.code) if other is not None and other.kind == "country" else None
        if country is None:
            continue
        role = m.role or (m.code[3:6] if m.code and len(m.code) >= 6 else "GOV")
        m.code, m.definite = country + role, False


def strangers_by_sentence(mentions: Sequence[Mention], sent_of: Callable[[int], int]) -> None:
    """A titled person the dictionary does not know gets the one country named around them.

    Only when every other national mention of the sentence names the same country and none
    of them is another titled person with the same role: a counterpart ("President X met
    German Chancellor Kohl", "welcomed South African leader de Klerk") is more often foreign
    than a compatriot, while a minister and an opposition leader are usually compatriots.
    The role comes from the title (GOV when it has none).
    """
    by_sent: dict[int, set[str]] = {}
    counterpart_roles: dict[int, set[str]] = {}
    for m in mentions:
        # a rebel group's country ("Syrian rebels" SYRREB) is where it fights, not whom a
        # stranger serves
        c = state_country(m.code) if m.kind in NATIONAL_KINDS and (m.code or "")[3:6] != "REB" else None
        if c is not None:
            by_sent.setdefault(sent_of(m.start), set()).add(c)
            if m.title and m.kind in ("person", "title") and m.code:
                counterpart_roles.setdefault(sent_of(m.start), set()).add(m.code[3:6] or "GOV")
    for m in mentions:
        if m.code is not None or m.kind != "person" or not m.title or not m.guess:
            continue
        if (m.role or "GOV") in counterpart_roles.get(sent_of(m.start), set()):
            continue
        countries = by_sent.get(sent_of(m.start), set())
        if len(countries) == 1:
            m.code = next(iter(countries)) + (m.role or "GOV")
