"""Generic agents: people named by their role ("police", "protesters", "gunmen", "farmers").

CAMEO codes them with an agent code (COP, OPP, UAF, AGR ...) and the country the text
supplies. The actor stage finds them here with the role alone; a country word before them
("Colombian police") is read by the title step, and the country of the place or article is
added after the place stage (:mod:`newsevents.actors.coreference.agent_country`).

A capital named inside a place phrase ("protesters in Harare") is a place, not the
government it stands for elsewhere: :func:`seats_in_place_phrases_as_countries` makes such
mentions name the country, as "in Zimbabwe" would.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Token

from newsevents.actors.lexicon.dictionary import AgentNoun
from newsevents.actors.mentions.leaders import GOVERNMENT_NOUNS
from newsevents.actors.mentions.record import Mention
from newsevents.model import ARMED_ROLES, STATE_FORCE_ROLES, UNKNOWN_COUNTRY, ActorKind
from newsevents.nlp.lexicon import NAMED_THING_LABELS, PLACE_PREPS

#: agent types that name groups or generic people (titles of persons, "P"/"S", are not agents)
AGENT_TYPES = frozenset({"A", "G"})
#: roles of person titles that, indefinite and without a name, name a generic agent ("a police
#: officer", "two soldiers", "a journalist"); not offices such as a minister or president
RANK_AND_FILE_ROLES = ARMED_ROLES - {"UAF", "INS", "SPY"} | {"MED", "BUS", "REL", "CVL"}
#: modifiers that make people of any role an armed group of no name ("armed herders")
ARMED_MARKS = frozenset({"armed", "unknown", "unidentified", "masked", "hooded"})
#: peoples, sects and kinds of community whose forces are no state's ("Kurdish forces")
COMMUNAL_ADJS = frozenset({"kurdish", "kurd", "arab", "shia", "shiite", "sunni", "druze", "yazidi", "alawite",
                           "tribal", "tuareg", "pashtun", "baloch", "baluch", "tamil", "hutu", "tutsi",
                           "christian", "islamist", "jihadist", "separatist", "ethnic", "militia", "rebel"})
#: words before a title that make it indefinite
INDEFINITE = frozenset({"a", "an", "one", "another"})
#: group nouns that are no generic agent without a country or name: they name bodies the
#: definite-body step handles, or foreign parties ("diplomats", "counterparts")
NOT_GENERIC = GOVERNMENT_NOUNS | frozenset({
    "ministry", "foreign ministry", "defence ministry",
    "defense ministry", "embassy", "presidency", "state media", "leaders", "diplomats",
    "counterparts", "court", "supreme court", "parliament", "congress", "church",
    "universities", "companies", "firms", "businesses", "media", "intelligence",
    "intelligence services", "spy agency", "opposition", "jets", "drones", "warplanes",
    "aircraft", "warships", "gunships", "helicopters", "tanks", "artillery",
})
#: places and units that belong to an armed or official body: the body named before them is
#: whom an attack on them hits ("an army checkpoint", "a police station", "rebel positions")
FACILITY_NOUNS = frozenset({
    "base", "barracks", "camp", "checkpoint", "check-point", "compound", "convoy", "garrison",
    "headquarters", "outpost", "patrol", "position", "post", "station", "stronghold", "unit",
    "vehicle", "truck", "facility", "installation", "airbase", "hideout", "office", "offices",
})
#: entity labels of names that contain an agent word ("the Kenya Police Service" is a body
#: with a name of its own; "Farmers' Union")
NAME_LABELS = NAMED_THING_LABELS | {"PERSON", "FAC", "LAW"}


def find_agents(doc: Doc, agents: Mapping[int, tuple[int, AgentNoun]], used: bytearray) -> list[Mention]:
    """Role-coded mentions ("---COP") for agent nouns no other step has taken."""
    out: list[Mention] = []
    for start, (end, agent) in sorted(agents.items()):
        if any(used[start:end]):
            continue
        last = doc[end - 1]
        owner = _facility_owner(last, agent)
        if agent.type not in AGENT_TYPES and not owner and not _indefinite_person(doc, start, end, agent):
            continue
        phrase = doc[start:end].text.lower()
        if phrase in NOT_GENERIC:
            continue
        if last.dep_ in ("compound", "amod", "nmod", "poss") and last.head.i >= end and not owner:
            continue  # "student union", "army chief": a modifier, not the doer
        if end < len(doc) and doc[end].text in ("'s", "’s"):
            continue  # "the army's chief": the possessor's own noun is the doer
        if any(t.ent_type_ in NAME_LABELS for t in doc[start:end]) and doc[start].text[:1].isupper() \
                and not doc[start].is_sent_start:
            continue  # part of a name ("Kenya Police Service")
        if _has_actor_modifier(doc, start, end, used):
            continue  # "Houthi forces", "Hamas militants": the named side is the doer
        used[start:end] = b"\x01" * (end - start)
        role = _armed_role(doc[end - 1], agent.role)
        out.append(Mention(start, end, (agent.country or UNKNOWN_COUNTRY) + role,
                           None, ActorKind.AGENT.value, role=role))
    return out


def _facility_owner(word: Token, agent: AgentNoun) -> bool:
    """True for an armed or official role modifying a post, unit or vehicle of its own
    ("an army checkpoint", "a police station", "rebel positions"): the post is theirs."""
    return (word.dep_ in ("compound", "amod") and word.head.i > word.i
            and word.head.lemma_.lower() in FACILITY_NOUNS
            and agent.role in RANK_AND_FILE_ROLES and agent.type in ("G", "P"))


def _armed_role(head: Token, role: str) -> str:
    """UAF for people of an unarmed role described as armed or unknown ("armed herders",
    "unknown people", "masked men"): Phoenix's unaligned armed forces; REB for forces named
    by a people or sect rather than a state ("Kurdish forces"); else ``role``."""
    if role in STATE_FORCE_ROLES and any(c.dep_ in ("amod", "compound") and c.lower_ in COMMUNAL_ADJS
                                         for c in head.children):
        return "REB"  # "Kurdish forces", "Shia militiamen", "tribal fighters": no state's army
    if role in ARMED_ROLES or role == "CRM":
        return role
    marked = any(c.dep_ in ("amod", "compound") and c.lower_ in ARMED_MARKS for c in head.children)
    return "UAF" if marked else role


def _indefinite_person(doc: Doc, start: int, end: int, agent: AgentNoun) -> bool:
    """A rank-and-file title used of someone unnamed: "a police officer", "two soldiers"."""
    if agent.type != "P" or agent.role not in RANK_AND_FILE_ROLES or start == 0:
        return False
    before = doc[start - 1]
    named = end < len(doc) and doc[end].pos_ == "PROPN"
    return not named and (before.lower_ in INDEFINITE or before.like_num)


def _has_actor_modifier(doc: Doc, start: int, end: int, used: bytearray) -> bool:
    """True when a word already taken by another mention modifies the agent noun ("Houthi
    forces", "Al-Qaeda-linked rebels"); not a place phrase or clause after it."""
    head = doc[end - 1]
    return any(used[t.i] for c in head.children if c.i < start and c.dep_ in ("compound", "amod", "nmod", "poss")
               for t in c.subtree)


def seats_in_place_phrases_as_countries(doc: Doc, mentions: Sequence[Mention]) -> None:
    """Capitals and seats in a place phrase ("in Harare", "outside the Kremlin") name where
    something is: their mention becomes the country ("ZWEGOV" -> "ZWE"), never its government."""
    for m in mentions:
        if m.kind == ActorKind.METONYM.value and m.code and len(m.code) > 3 and m.code[:3].isalpha():
            head = doc[m.end - 1]
            if head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS:
                m.code, m.kind = m.code[:3], ActorKind.COUNTRY.value
