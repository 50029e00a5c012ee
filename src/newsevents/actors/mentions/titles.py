"""Title inference: country word + agent noun (+ name) -> COUNTRY+ROLE.

"Russian President Vladimir Putin", "Iran's foreign minister", "a Ukrainian army spokesman",
"Chinese police", "the Ukrainian government" each become one mention whose code is the
country's ISO3 plus the agent's CAMEO role, whether or not the person is in a dictionary.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from newsevents.actors.lexicon.dictionary import AgentNoun, Entry, agent_nouns, normalise_key
from newsevents.model import STATE_FORCE_ROLES
from newsevents.nlp.lexicon import DETERMINERS, FORMER, OFFICE_TITLES, POSSESSIVE_MARKS

#: words that may sit between the country word and the title ("Russian former president")
MODIFIERS = FORMER | frozenset({
    "new", "newly", "top", "senior", "deputy", "acting", "interim", "then",
    "outgoing", "incoming", "chief", "elected", "de", "facto", "first", "current",
    "embattled", "powerful", "veteran", "leading", "local", "regional",
})
#: office words that may follow a portfolio ("Energy Minister", "Trade Ministry", "Health Secretary")
PORTFOLIO_HEADS = OFFICE_TITLES | frozenset({"ministry", "commissioner", "spokesman", "spokeswoman",
                                             "spokesperson", "envoy", "department"})


@dataclass(frozen=True)
class TitleMatch:
    """What :meth:`TitleFinder.after` found to the right of a country word."""

    end: int  # token index after the last agent noun
    role: str
    type: str  # P, G or S of the last agent noun
    former: bool


class TitleFinder:
    """Finds agent nouns ("president", "troops", "army spokesman") with one PhraseMatcher."""

    def __init__(self, nlp: Language) -> None:
        agents = agent_nouns()
        docs = list(nlp.tokenizer.pipe(a.phrase for a in agents))
        self.agents: dict[str, AgentNoun] = {
            normalise_key(t.text for t in d): a for d, a in zip(docs, agents)
        }
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher.add("AGENT", docs)

    def find(self, doc: Doc) -> dict[int, tuple[int, AgentNoun]]:
        """Start token -> (end token, agent noun) of the longest agent phrase at each start."""
        found: dict[int, tuple[int, AgentNoun]] = {}
        for _, start, end in self.matcher(doc):
            if start in found and found[start][0] >= end:
                continue
            key = normalise_key(t.text for t in doc[start:end])
            agent = self.agents.get(key)
            if agent is not None:
                found[start] = (end, agent)
        return found

    @staticmethod
    def after(doc: Doc, i: int, agents: dict[int, tuple[int, AgentNoun]]) -> TitleMatch | None:
        """The agent chain starting at token ``i`` (after possessive and modifiers), if any."""
        n = len(doc)
        if i < n and doc[i].text in POSSESSIVE_MARKS:
            i += 1
        former = False
        skipped = 0
        while i < n and skipped < 3 and i not in agents and doc[i].lower_ in MODIFIERS:
            former = former or doc[i].lower_ in FORMER
            i += 1
            skipped += 1
        if i not in agents:
            i = TitleFinder._skip_portfolio(doc, i, agents)
        if i not in agents:
            return None
        role: str | None = None
        last = "G"
        while i in agents:
            end, agent = agents[i]
            # a group fixes the role ("army spokesman" MIL, "rebel leader" REB); a person's
            # title gives it only when no group came first ("President" GOV)
            if agent.type in ("G", "A") or (agent.type == "P" and role is None):
                role = agent.role
            last = agent.type
            i = end
        return TitleMatch(i, role or "GOV", last, former)

    @staticmethod
    def _skip_portfolio(doc: Doc, i: int, agents: dict[int, tuple[int, AgentNoun]]) -> int:
        """Index of an office word after one or two portfolio words ("Energy", "Foreign Trade"), else ``i``."""
        for width in (1, 2):
            k = i + width
            if k >= len(doc) or k not in agents:
                continue
            words = doc[i:k]
            if all(t.is_alpha and t.pos_ in ("NOUN", "PROPN", "ADJ") for t in words) \
                    and doc[k:agents[k][0]][-1].lower_ in PORTFOLIO_HEADS:
                return k
        return i


def portfolio_start(doc: Doc, s: int, end: int, agents: dict[int, tuple[int, AgentNoun]],
                    used: Sequence[int]) -> int:
    """Start of a bare office title widened over one or two portfolio words before it
    ("the home secretary", "Health Secretary Matt Hancock"), else ``s``."""
    if end - s != 1 or doc[s].lower_ not in PORTFOLIO_HEADS:
        return s
    start = s
    for k in range(s - 1, max(-1, s - 3), -1):
        tok = doc[k]
        if (used[k] or k in agents or not tok.is_alpha or tok.pos_ not in ("NOUN", "PROPN", "ADJ")
                or tok.lower_ in MODIFIERS or tok.lower_ in DETERMINERS
                or tok.text[:1].isupper() != doc[s].text[:1].isupper()):
            break
        start = k
    return start


def name_after(doc: Doc, i: int, stop: Sequence[bool]) -> int:
    """End of a capitalised proper-noun run (a person's name) starting at ``i``; ``i`` if none.

    ``stop[k]`` marks tokens that begin another actor (never part of a name).
    """
    k = i
    n = len(doc)
    while k < n and k - i < 4 and not stop[k]:
        tok = doc[k]
        in_person = k > i and tok.ent_iob_ == "I" and tok.ent_type_ == "PERSON"
        if (tok.pos_ == "PROPN" and tok.text[:1].isupper()) or in_person:
            k += 1
        else:
            break
    return k


def title_code(country_entry: Entry, title: TitleMatch) -> str | None:
    """COUNTRY+ROLE for a title after ``country_entry``; IGOs keep their own code."""
    if country_entry.code is None:
        return None
    if country_entry.kind == "igo" or not country_entry.code[:3].isalpha():
        return country_entry.code
    if country_entry.code.startswith(("IGO", "NGO", "IMG")):
        return country_entry.code
    role = title.role
    if title.former and title.type in ("P", "S"):
        # a former minister is one of the elite; a former soldier or police officer is a civilian
        role = "CVL" if title.role in STATE_FORCE_ROLES else "ELI"
    return country_entry.code[:3] + role
