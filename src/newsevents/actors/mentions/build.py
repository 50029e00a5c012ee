"""The first mentions of a doc, in text order: dictionary hits (with a title after a country
word, or a title before a person), bare titles, legislatures, definite bodies, generic agents,
PERSON entities, he/she subjects, plural references and organisations no dictionary knows."""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from types import MappingProxyType

from spacy.tokens import Doc

from newsevents.actors.lexicon.dictionary import COUNTRYISH, AgentNoun
from newsevents.actors.mentions.agents import find_agents, seats_in_place_phrases_as_countries
from newsevents.actors.mentions.definite import find_bodies
from newsevents.actors.mentions.hits import Hit
from newsevents.actors.mentions.leaders import token_indices
from newsevents.actors.mentions.legislatures import LEGISLATURE_WORDS, find_legislatures
from newsevents.actors.mentions.plural import find_plurals
from newsevents.actors.mentions.record import Mention
from newsevents.actors.mentions.titles import (
    MODIFIERS,
    TitleFinder,
    TitleMatch,
    name_after,
    portfolio_start,
    title_code,
)
from newsevents.nlp.lexicon import DETERMINERS, FORMER, SUBJECT_DEPS

PRONOUNS = frozenset({"he", "she"})
#: base kinds -> output kind when no title follows
OUTPUT_KIND = MappingProxyType({
    "country": "country", "adjective": "country", "capital": "metonym", "metonym": "metonym",
    "igo": "igo", "group": "group", "person": "person", "title": "title",
})
#: nouns for members of a group named just before them ("Isis fighters", "Hamas officials")
MEMBER_NOUNS = frozenset({
    "fighter", "fighters", "militant", "militants", "member", "members", "recruit", "recruits",
    "jihadist", "jihadists", "jihadi", "jihadis", "supporter", "supporters", "commander",
    "commanders", "leader", "leaders", "official", "officials", "operative", "operatives",
    "gunmen", "loyalists", "bride", "brides", "suspects", "spokesman", "spokeswoman",
})
Agents = dict[int, tuple[int, AgentNoun]]
#: adds a mention with the text of its name (without any title)
Add = Callable[..., None]


def build_mentions(doc: Doc, hits: list[Hit], agents: Agents, titles: TitleFinder,
                   countries: Mapping[str, str]) -> tuple[list[Mention], list[str], bytearray]:
    """Mentions from hits + titles + PERSON entities + pronouns, in text order, with the
    name text of each (``""`` where there is none) and the tokens they use."""
    n = len(doc)
    stop = [False] * n
    for h in hits:
        stop[h.start] = True
    by_start = {h.start: h for h in hits}
    used = bytearray(n)
    out: list[tuple[Mention, str]] = []

    def add(m: Mention, name_text: str = "") -> None:
        used[m.start : m.end] = b"\x01" * (m.end - m.start)
        out.append((m, name_text))

    for h in hits:
        if not used[h.start]:
            _hit_mention(doc, h, agents, titles, countries, by_start, stop, used, add)
    _bare_titles(doc, agents, stop, used, add)
    for m in find_legislatures(doc, token_indices(doc, LEGISLATURE_WORDS), used):
        out.append((m, ""))
    for m in find_bodies(doc, agents, used):
        out.append((m, ""))
    for m in find_agents(doc, agents, used):
        out.append((m, ""))
    _people_and_organisations(doc, used, add)
    out.sort(key=lambda x: x[0].start)
    seats_in_place_phrases_as_countries(doc, [m for m, _ in out])
    return [m for m, _ in out], [t for _, t in out], used


def _hit_mention(doc: Doc, h: Hit, agents: Agents, titles: TitleFinder, countries: Mapping[str, str],
                 by_start: dict[int, Hit], stop: Sequence[bool], used: bytearray, add: Add) -> None:
    """The mention of one dictionary hit: titled, a person, or the entry itself."""
    e = h.entry
    title = titles.after(doc, h.end, agents) if e.kind in COUNTRYISH else None
    if title is not None:
        add(*_titled(doc, h, title, by_start, stop, countries))
    elif e.kind == "person":
        add(_person_with_title(doc, h, agents, used), doc[h.start : h.end].text)
    else:
        start, end = h.start, h.end
        if e.kind == "metonym" and start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        if e.kind == "adjective":
            end = _noun_end(doc, h, stop)
        elif e.kind == "group" and len(e.code or "") > 3 and end < len(doc) \
                and doc[end].lower_ in MEMBER_NOUNS:
            end += 1  # "Isis fighters", "Hamas officials": the members are the group
        add(Mention(start, end, e.code, e.name, OUTPUT_KIND[e.kind]))


def _people_and_organisations(doc: Doc, used: bytearray, add: Add) -> None:
    """PERSON entities, he/she subjects and plural references not yet used, then the
    organisations no dictionary knows (listed by ``unknown_actors()``)."""
    for ent in doc.ents:
        if ent.label_ == "PERSON" and not any(used[ent.start : ent.end]) \
                and not (len(ent) == 1 and ent[0].is_sent_start):  # "Gratitude was..."
            add(Mention(ent.start, ent.end, None, ent.text, "person", person_like=True),
                ent.text)
    for tok in doc:
        if tok.lower_ in PRONOUNS and tok.dep_ in SUBJECT_DEPS and not used[tok.i]:
            add(Mention(tok.i, tok.i + 1, None, None, "pronoun", person_like=True))
    for m in find_plurals(doc, used):
        add(m)
    for ent in doc.ents:
        if ent.label_ == "ORG" and not any(used[ent.start : ent.end]):
            add(Mention(ent.start, ent.end, None, ent.text, "unknown"), ent.text)


def _titled(doc: Doc, h: Hit, title: TitleMatch, by_start: dict[int, Hit], stop: Sequence[bool],
            countries: Mapping[str, str]) -> tuple[Mention, str]:
    """Country word + title (+ name): "Russian President Vladimir Putin"."""
    e = h.entry
    k = h.start - 1
    former = title.former
    while k >= 0 and k > h.start - 3 and doc[k].lower_ in MODIFIERS:
        former = former or doc[k].lower_ in FORMER
        k -= 1
    if k >= 0 and doc[k].lower_ in DETERMINERS:
        k -= 1
    start = k + 1
    code = title_code(e, replace(title, former=former))
    end = title.end
    if title.type in ("P", "S"):
        nxt = by_start.get(end)
        if nxt is not None and nxt.entry.kind == "person":
            p = nxt.entry
            # the dictionary knows this person: its dated code wins unless it lost its role
            pcode = p.code if (p.code and len(p.code) > 3) else code
            return Mention(start, nxt.end, pcode, p.name, "person", person_like=True,
                           title=doc[end - 1].lower_), \
                doc[end : nxt.end].text
        name_end = name_after(doc, end, stop)
        if name_end > end:
            name = doc[end:name_end].text
            return Mention(start, name_end, code, name, "person", person_like=True,
                           title=doc[end - 1].lower_), name
        definite = doc[start].lower_ == "the"
        return Mention(start, end, code, None, "title", person_like=title.type == "P",
                       title=doc[end - 1].lower_,
                       definite=definite), ""
    return Mention(start, end, code, countries.get((code or "")[:3], e.name), "group"), ""


def _person_with_title(doc: Doc, h: Hit, agents: Agents, used: bytearray) -> Mention:
    """A dictionary person, widened over a bare title before it ("President Donald Trump")."""
    e = h.entry
    start = h.start
    for s in range(max(0, h.start - 4), h.start):
        if s in agents and agents[s][0] == h.start and agents[s][1].type == "P" \
                and doc[s].text[:1].isupper() and not any(used[s : h.start]):
            start = s
            if s > 0 and doc[s - 1].lower_ in FORMER:
                start = s - 1
            break
    return Mention(start, h.end, e.code, e.name, "person", person_like=True,
                   title=doc[h.start - 1].lower_ if start < h.start else None)


def _bare_titles(doc: Doc, agents: Agents, stop: Sequence[bool], used: bytearray, add: Add) -> None:
    """Titles without a country word: "President Emma Doe", "the pontiff", "the president"."""
    for s, (end, agent) in sorted(agents.items()):
        if agent.type not in ("P", "S") or any(used[s:end]):
            continue
        s = portfolio_start(doc, s, end, agents, used)  # "the home secretary", "Health Secretary X"
        implied = agent.country + agent.role if agent.country else None
        # a lowercase title names the person after it only when the NER tags that name
        # a PERSON ("former prime minister Andreas Papandreou")
        named = doc[s].text[:1].isupper() or (end < len(doc) and doc[end].ent_type_ == "PERSON")
        name_end = name_after(doc, end, stop) if named else end
        if name_end > end and not any(used[end:name_end]):
            name = doc[end:name_end].text
            role = agent.role
            if _former_before(doc, s):
                role = "ELI"
                implied = agent.country + role if agent.country else None
            add(Mention(s, name_end, implied, name, "person", person_like=True,
                        title=doc[end - 1].lower_, role=role,
                        office=" ".join(doc[s:end].text.lower().replace("-", " ").split())),
                name)
        else:
            k = s - 1
            while k >= 0 and k > s - 4 and doc[k].lower_ in MODIFIERS:
                k -= 1
            if k >= 0 and doc[k].lower_ == "the" and not any(used[k:s]) \
                    and not _plural(doc, s, end) \
                    and not (end < len(doc) and doc[end].pos_ == "NOUN"):  # "the official tone"
                add(Mention(k, end, implied, None, "title", person_like=True,
                            title=doc[end - 1].lower_,
                            definite=True, role=agent.role))


def _former_before(doc: Doc, start: int) -> bool:
    """"former"/"ex-" within the three words before a title ("Former Socialist prime minister")."""
    for k in range(start - 1, max(-1, start - 4), -1):
        tok = doc[k]
        if tok.is_punct or tok.lower_ in DETERMINERS:
            return False
        if tok.lower_ in FORMER:
            return True
    return False


def _plural(doc: Doc, start: int, end: int) -> bool:
    return doc[end - 1].tag_ in ("NNS", "NNPS")


def _noun_end(doc: Doc, h: Hit, stop: Sequence[bool]) -> int:
    """Widen an adjective ("Russian") over the noun it modifies ("Russian airfields"), but not
    over another actor ("French Isis fighter": the fighter is Isis's, "French" stays alone)."""
    head = doc[h.end - 1].head
    if head.i < h.end or head.i - h.end > 2 or head.pos_ not in ("NOUN", "PROPN"):
        return h.end
    if any(stop[h.end : head.i + 1]):
        return h.end
    if any(t.pos_ not in ("NOUN", "ADJ", "PROPN") for t in doc[h.end : head.i + 1]):
        return h.end
    return head.i + 1
