"""The actor resolver's passes, in order, as named steps over one doc's :class:`ActorState`.

:data:`STEPS` first finds the mentions (titles, dictionary hits, then everything built from
them), codes names through what the article and the dictionary say (leaders' governments,
title + surname, names seen before, later surnames), and then resolves references: the
country of titles from their context, appositions, gender, he/she and definite titles,
titled strangers, legislatures and bodies, plural references, and last "they" (which must
not be seen by the passes before it). Each step reads and changes the state in place.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from newsevents.actors.coreference.context import strangers_by_sentence, titles_of_country
from newsevents.actors.coreference.coref import link_names, name_links, private_surnames, resolve_references
from newsevents.actors.coreference.gender import assign_genders
from newsevents.actors.coreference.it import find_it_references, resolve_it_references
from newsevents.actors.coreference.they import find_they, resolve_they
from newsevents.actors.lexicon.dictionary import ActorDictionary, AgentNoun, Entry
from newsevents.actors.mentions.build import build_mentions
from newsevents.actors.mentions.definite import bodies_as_agents, copy_appositions, link_appositions, resolve_bodies
from newsevents.actors.mentions.described import code_described_organisations
from newsevents.actors.mentions.hits import Hit, Signature, dictionary_hits
from newsevents.actors.mentions.leaders import leader_governments, surname_mentions
from newsevents.actors.mentions.legislatures import resolve_legislatures
from newsevents.actors.mentions.offices import titled_surnames
from newsevents.actors.mentions.plural import clause_subject, resolve_plurals
from newsevents.actors.mentions.record import Mention
from newsevents.actors.mentions.titles import TitleFinder


@dataclass(frozen=True)
class ActorData:
    """What the steps read, built once per resolver (again when user data is loaded)."""

    titles: TitleFinder
    dictionary: ActorDictionary
    matcher: PhraseMatcher
    signatures: Mapping[str, tuple[Signature, ...]]
    leaders: dict[str, tuple[Entry, ...]]  # surname -> terms of leaders ("Bush administration")
    surnames: Mapping[str, tuple[Entry, ...]]  # surname -> office holders ("President Bush")
    countries: Mapping[str, str]
    people_genders: Mapping[str, str]
    first_names: Mapping[str, str]


@dataclass
class ActorState:
    """One doc's mentions as the steps build them."""

    doc: Doc
    data: ActorData
    day: date  # the article's date: offices and names are looked up on it
    sent_of: Callable[[int], int]  # token index -> sentence index
    agents: dict[int, tuple[int, AgentNoun]] = field(default_factory=dict)  # title start -> (end, noun)
    hits: list[Hit] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)  # in text order
    #: the name text of each mention without its title ("" for none), aligned with
    #: ``mentions`` until later surnames are added
    texts: list[str] = field(default_factory=list)
    used: bytearray = field(default_factory=bytearray)  # tokens already in a mention
    links: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> (code, name) of people

    @classmethod
    def start(cls, doc: Doc, data: ActorData, day: date) -> ActorState:
        """The empty state of ``doc`` on ``day``."""
        sent_starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]

        def sent_of(i: int) -> int:
            return bisect_right(sent_starts, i) - 1

        return cls(doc, data, day, sent_of)

    def add_mentions(self, new: list[Mention]) -> None:
        """Merge ``new`` mentions into :attr:`mentions`, keeping text order."""
        self.mentions = sorted([*self.mentions, *new], key=lambda m: m.start)


# -- finding mentions -------------------------------------------------------------------
def titles(s: ActorState) -> None:
    """Title and agent nouns ("President", "foreign minister", "police") by start token."""
    s.agents = s.data.titles.find(s.doc)


def hits(s: ActorState) -> None:
    """Dictionary matches valid on the article's date that pass case and NER checks."""
    d = s.data
    s.hits = dictionary_hits(s.doc, s.day, s.agents, d.matcher, d.dictionary, d.signatures)


def mentions(s: ActorState) -> None:
    """Mentions from hits, titles, entities, pronouns and plural references."""
    s.mentions, s.texts, s.used = build_mentions(s.doc, s.hits, s.agents, s.data.titles, s.data.countries)


def leaders(s: ActorState) -> None:
    """"the Bush administration": the government that person led."""
    if s.data.leaders:
        leader_governments(s.doc, s.day, s.data.leaders, s.mentions, s.texts, s.used)


def described(s: ActorState) -> None:
    """Organisations no dictionary knows, by what the text calls them ("the campaign group X")."""
    code_described_organisations(s.doc, s.mentions, s.used)


# -- coding names -----------------------------------------------------------------------
def offices(s: ActorState) -> None:
    """Title + surname on the date ("President Bush")."""
    titled_surnames(s.mentions, s.texts, s.day, s.data.surnames)


def names(s: ActorState) -> None:
    """Names and surnames of people coded elsewhere in the article."""
    s.links = name_links(s.mentions)
    link_names(s.mentions, s.texts, s.links)


def surnames(s: ActorState) -> None:
    """Later bare surnames: of people already coded, and (uncoded, for he/she agreement) of
    private people named in full ("Shamima Begum ... Begum was 15 when she ...")."""
    found = {**private_surnames(s.mentions), **s.links}
    if found:
        s.add_mentions(surname_mentions(s.doc, found, s.used))


# -- resolving references ---------------------------------------------------------------
def context(s: ActorState) -> None:
    """The country of a title from its context ("the president of Armenia")."""
    titles_of_country(s.doc, s.mentions)


def appositions(s: ActorState) -> None:
    """A title and a person beside it ("the home secretary, Sajid Javid") are one actor."""
    link_appositions(s.doc, s.mentions, s.data.countries)


def genders(s: ActorState) -> None:
    """Grammatical gender of person mentions, for he/she agreement."""
    assign_genders(s.doc, s.mentions, s.data.people_genders, s.data.first_names)


def references(s: ActorState) -> None:
    """He/she and definite titles ("the president") from their antecedents."""
    resolve_references(s.mentions, s.sent_of)


def strangers(s: ActorState) -> None:
    """A titled stranger in a sentence about one country ("President Askar Akayev")."""
    strangers_by_sentence(s.mentions, s.sent_of)


def apposition_codes(s: ActorState) -> None:
    """A title beside a person coded since (by context) takes the person's code."""
    copy_appositions(s.doc, s.mentions)


def legislatures(s: ActorState) -> None:
    """"Congress", "parliament", "MPs": the legislature of the country in context."""
    resolve_legislatures(s.doc, s.mentions, s.sent_of, s.data.countries)


def bodies(s: ActorState) -> None:
    """Definite bodies ("the government", "police") of the country in context."""
    resolve_bodies(s.mentions, s.sent_of)
    bodies_as_agents(s.mentions)


def plurals(s: ActorState) -> None:
    """"the two leaders", "both sides": the last distinct actors before them, never the
    subject of their own clause ("Egypt urged both sides ...")."""
    subjects = {m.start: subj for m in s.mentions if m.kind == "plural"
                for subj in [clause_subject(s.doc, m.start, m.end)] if subj is not None}
    resolve_plurals(s.mentions, s.sent_of, s.data.countries, subjects)


def they(s: ActorState) -> None:
    """"they"/"them"/"their" (after he/she and plurals, which must not see them)."""
    found = find_they(s.doc, s.used)
    if found:
        s.add_mentions(found)
        resolve_they(s.doc, s.mentions, s.sent_of, s.data.countries)


def it_references(s: ActorState) -> None:
    """"it"/"its" and "the group" (after "they", whose antecedents they must not become)."""
    found = find_it_references(s.doc, s.used)
    if found:
        for m in found:
            s.used[m.start:m.end] = b"\x01" * (m.end - m.start)
        s.add_mentions(found)
        resolve_it_references(s.doc, s.mentions, s.sent_of, s.used)


#: the resolver's passes, in order
STEPS: tuple[Callable[[ActorState], None], ...] = (
    titles, hits, mentions, leaders, described,
    offices, names, surnames,
    context, appositions, genders, references, strangers, apposition_codes, legislatures, bodies,
    plurals, they, it_references,
)
