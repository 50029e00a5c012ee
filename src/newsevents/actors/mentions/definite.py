"""Definite bodies and appositions: "the government", "police", "the home secretary, Sajid Javid".

Two small steps that need a title or group noun without a country word:

- :func:`find_bodies` / :func:`resolve_bodies`: "the government", "the administration",
  "the army", "police" take the country of the last actor with the same role (or, for
  forces, a government) in the same or the two previous sentences — only when every such
  actor in that window names one country; "the regime" is left alone (news says it of a
  government other than the one just named).
- :func:`link_appositions`: a title and a name side by side ("the security minister, Ben
  Wallace", "Patrick Shanahan, the acting defence secretary") share one code: the title's
  when it names a country, else the person's country with the title's role.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType

from spacy.tokens import Doc

from newsevents.actors.lexicon.dictionary import AgentNoun
from newsevents.actors.mentions.record import Mention, role_of, state_country
from newsevents.model import UNKNOWN_COUNTRY
from newsevents.nlp.lexicon import HONORIFIC_WORDS

#: group nouns that, definite ("the government") or bare ("Police said"), name one country's body
BODY_NOUNS: Mapping[str, str] = MappingProxyType({
    "government": "GOV", "administration": "GOV", "authorities": "GOV", "cabinet": "GOV",
    "ministry": "GOV", "presidency": "GOV",
    "army": "MIL", "military": "MIL", "armed forces": "MIL", "navy": "MIL", "air force": "MIL",
    "police": "COP", "security forces": "COP",
})
#: nouns that may stand without a determiner ("Police arrested ...")
BARE_BODY_NOUNS = frozenset({"police"})
#: roles whose body may also take the country of a government just named ("Trump ... the military")
FORCES = frozenset({"MIL", "COP"})
LOOKBACK = 2


def find_bodies(doc: Doc, agents: Mapping[int, tuple[int, AgentNoun]], used: bytearray) -> list[Mention]:
    """Uncoded mentions for "the government", "the army", "police" not already part of a mention."""
    out = []
    for s, (end, agent) in sorted(agents.items()):
        phrase = doc[s:end].text.lower()
        role = BODY_NOUNS.get(phrase)
        if role is None or any(used[s:end]):
            continue
        if end < len(doc) and (doc[end].lower_ in ("of", "'s", "’s") or doc[end].pos_ in ("NOUN", "PROPN")):
            continue  # "the government of Canada" (context step), "police officers", "the army chief"
        start = s
        if s > 0 and doc[s - 1].lower_ == "the":
            start = s - 1
        elif phrase not in BARE_BODY_NOUNS or (s > 0 and doc[s - 1].is_alpha
                                               and doc[s - 1].pos_ in ("ADJ", "PROPN", "NOUN")):
            continue  # "Syrian police" is the title step's; "riot police" names no body here
        used[start:end] = b"\x01" * (end - start)
        out.append(Mention(start, end, None, None, "group", definite=True, role=role))
    return out


def bodies_as_agents(mentions: Sequence[Mention]) -> None:
    """A body the context gave no country ("Police said ...") is a generic agent of its role,
    whose country the place stage's context may still supply (``agent_country``); not one
    with rival countries before it, nor a legislature no country named has."""
    for m in mentions:
        if m.kind == "group" and m.definite and m.code is None and m.role is not None and m.guess \
                and m.legislature is None:
            m.code, m.kind = UNKNOWN_COUNTRY + m.role, "agent"


def resolve_bodies(mentions: Sequence[Mention], sent_of: Callable[[int], int]) -> None:
    """Give each uncoded definite body the one country of the earlier actors with its role."""
    for i, m in enumerate(mentions):
        if m.kind != "group" or not m.definite or m.code is not None or m.role is None:
            continue
        first = sent_of(m.start) - LOOKBACK
        same: set[str] = set()
        govs: set[str] = set()
        for j in range(i - 1, -1, -1):
            c = mentions[j]
            if sent_of(c.start) < first:
                break
            country = state_country(c.code)
            if country is None or c.kind in ("pronoun", "plural"):
                continue
            role = role_of(c.code)
            if role == m.role:
                same.add(country)
            elif role == "GOV":
                govs.add(country)
        pool = same or (govs if m.role in FORCES else set())
        if len(pool) == 1:
            m.code = pool.pop() + m.role
        elif pool:
            m.guess = False  # rival governments: no country from the places either




def _beside(doc: Doc, a: Mention, b: Mention) -> bool:
    """``a`` and ``b`` separated by a comma (and at most an honorific)."""
    if doc[a.end].text != ",":
        return False
    return b.start == a.end + 1 or (
        b.start == a.end + 2 and doc[a.end + 1].lower_.rstrip(".") in HONORIFIC_WORDS)


def link_appositions(doc: Doc, mentions: Sequence[Mention], countries: Mapping[str, str]) -> None:
    """A title and a person separated only by a comma are one actor ("the home secretary, Sajid Javid").

    The title's code wins when it names a country (the person's dictionary code stays when it
    already has a role); a title with no country takes the person's country, and an uncoded
    person takes the title's role so the sentence context can still place them.
    """
    for a, b in zip(mentions, mentions[1:]):
        if not _beside(doc, a, b):
            continue
        kinds = {a.kind, b.kind}
        if kinds != {"title", "person"}:
            continue
        title, person = (a, b) if a.kind == "title" else (b, a)
        tcountry = state_country(title.code)
        pcountry = state_country(person.code)
        if tcountry is not None:
            if person.code is None or (len(person.code) == 3 and pcountry == tcountry):
                person.code = title.code
        elif pcountry is not None and pcountry in countries:
            role = title.role or role_of(title.code) or "GOV"
            title.code = pcountry + role
            if len(person.code or "") == 3:
                person.code = title.code
        else:
            person.title, person.role = title.title, title.role or "GOV"
        title.definite = False
        title.name = person.name or title.name


def copy_appositions(doc: Doc, mentions: Sequence[Mention]) -> None:
    """After the context step coded a person, give the title beside it the same code."""
    for a, b in zip(mentions, mentions[1:]):
        if not _beside(doc, a, b) or {a.kind, b.kind} != {"title", "person"}:
            continue
        title, person = (a, b) if a.kind == "title" else (b, a)
        if title.code is None and person.code is not None:
            title.code = person.code
