"""The ``newsevents_actors`` component: actor mentions with CAMEO codes on the article date."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date
from pathlib import Path
from types import MappingProxyType

import srsly
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from newsevents.actors.coreference.context import strangers_by_sentence, titles_of_country
from newsevents.actors.coreference.coref import link_names, name_links, resolve_references
from newsevents.actors.coreference.gender import assign_genders
from newsevents.actors.coreference.they import find_they, resolve_they
from newsevents.actors.lexicon.dictionary import (
    COUNTRYISH,
    ActorDictionary,
    AgentNoun,
    Entry,
    country_names,
    first_name_genders,
    normalise_key,
    parse_date,
    person_genders,
)
from newsevents.actors.lexicon.user_files import load_user_file
from newsevents.actors.mentions.agents import find_agents, seats_in_place_phrases_as_countries
from newsevents.actors.mentions.definite import (
    bodies_as_agents,
    copy_appositions,
    find_bodies,
    link_appositions,
    resolve_bodies,
)
from newsevents.actors.mentions.leaders import (
    leader_governments,
    leader_surnames,
    surname_mentions,
    token_indices,
)
from newsevents.actors.mentions.legislatures import (
    LEGISLATURE_WORDS,
    find_legislatures,
    resolve_legislatures,
)
from newsevents.actors.mentions.offices import surname_index, titled_surnames
from newsevents.actors.mentions.plural import clause_subject, find_plurals, resolve_plurals
from newsevents.actors.mentions.record import Mention
from newsevents.actors.mentions.titles import (
    MODIFIERS,
    TitleFinder,
    name_after,
    portfolio_start,
    title_code,
)
from newsevents.nlp.lexicon import DETERMINERS, FORMER, NAMED_THING_LABELS, PLACE_LABELS, SUBJECT_DEPS

PRONOUNS = frozenset({"he", "she"})
#: base kinds -> output kind when no title follows
OUTPUT_KIND = MappingProxyType({
    "country": "country", "adjective": "country", "capital": "metonym", "metonym": "metonym",
    "igo": "igo", "group": "group", "person": "person", "title": "title",
})
#: case rule of one pattern token: "X" exact text, "C" capitalised, "-" any
Signature = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    entry: Entry


def _signature(tokens: Sequence[str]) -> Signature:
    out = []
    for t in tokens:
        letters = t.replace(".", "")
        if letters.isalpha() and (letters.isupper() and len(letters) <= 5 or any(ch.isupper() for ch in letters[1:])):
            out.append(("X", t))  # acronyms and inner capitals match exactly: "LeT" is no "Let"
        elif t[:1].isupper():
            out.append(("C", t))
        else:
            out.append(("-", t))
    return tuple(out)


#: lowercase country names and adjectives that are also ordinary English words
_COMMON_WORDS = frozenset({"turkey", "jordan", "georgia", "guinea", "china", "chile", "niger",
                           "polish", "french", "dutch", "danish", "swiss", "english", "indian",
                           "wales", "congo"})


def _odd_case_name(words: Sequence[str]) -> bool:
    """One word written in odd case ("iSrael", "tunisian") that may still name a country:
    internal capitals, or all lowercase and not an ordinary English word."""
    if len(words) != 1 or len(words[0]) < 5 or not words[0].isalpha():
        return False
    w = words[0]
    if any(ch.isupper() for ch in w[1:]) and not w.isupper():
        return True
    return w.islower() and w not in _COMMON_WORDS


def _case_ok(words: Sequence[str], sig: Signature) -> bool:
    for word, (rule, text) in zip(words, sig):
        if rule == "X" and word != text:
            return False
        if rule == "C" and not word[:1].isupper():
            return False
    return True


def _day(published: str | None) -> date:
    if published:
        try:
            return date.fromisoformat(published[:10])
        except ValueError:
            pass
    return date.today()


class ActorResolver:
    """Sets ``doc._.actor_mentions``: dictionary hits, title inference, name and pronoun links.

    Everything expensive (data files, PhraseMatchers) is built once here.
    """

    def __init__(self, nlp: Language, actors_files: Sequence[str | Path] = ()) -> None:
        self.tokenizer, self.vocab = nlp.tokenizer, nlp.vocab
        self.titles = TitleFinder(nlp)
        self.countries = country_names()
        self.people_genders = person_genders()
        self.first_names = first_name_genders()
        self.initialize(actors_files=actors_files)

    # -- user data: read in initialize(), saved and restored with the pipeline -----------
    def initialize(self, get_examples: object = None, *, nlp: Language | None = None,
                   actors_files: Sequence[str | Path] = ()) -> None:
        """Load the user's actor files (``[initialize.components.newsevents_actors]`` in a
        spaCy config): the packaged dictionary plus their entries, which :meth:`to_disk` saves."""
        self._use([entry for path in actors_files for entry in load_user_file(path)])

    def to_disk(self, path: str | Path, *, exclude: Sequence[str] = ()) -> None:
        """Save the user's actor entries themselves (not their file paths) in ``path``."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        rows = [{k: (v.isoformat() if isinstance(v, date) else v) for k, v in asdict(e).items()}
                for e in self.user_entries]
        srsly.write_json(path / "user_actors.json", rows)

    def from_disk(self, path: str | Path, *, exclude: Sequence[str] = ()) -> ActorResolver:
        """Restore the user's actor entries saved by :meth:`to_disk` (a pipeline saved
        before they were saved keeps what its config loaded)."""
        saved = Path(path) / "user_actors.json"
        if not saved.exists():
            return self
        rows = srsly.read_json(saved)
        self._use([Entry(**{**r, "start": parse_date(r["start"]), "end": parse_date(r["end"])}) for r in rows])
        return self

    def _use(self, user: Sequence[Entry]) -> None:
        """Build the dictionary, its matcher and its name indexes from the packaged data plus ``user``."""
        self.user_entries: tuple[Entry, ...] = tuple(user)
        tokenizer = self.tokenizer
        cache: dict[str, list[str]] = {}

        def tokenize(text: str) -> list[str]:
            if text not in cache:
                cache[text] = [t.text for t in tokenizer(text)]
            return cache[text]

        self.dictionary = ActorDictionary(tokenize, list(user))
        self.signatures: dict[str, tuple[Signature, ...]] = {
            key: tuple(dict.fromkeys(_signature(tokenize(p)) for p in pats))
            for key, pats in self.dictionary.patterns.items()
        }
        self.matcher = PhraseMatcher(self.vocab, attr="LOWER")
        patterns = sorted({p for pats in self.dictionary.patterns.values() for p in pats})
        self.matcher.add("ACTOR", list(tokenizer.pipe(patterns)))
        self.leaders = leader_surnames(self.dictionary)
        self.surnames = surname_index(self.dictionary)

    # -- pipeline -------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        day = _day(doc._.published)
        agents = self.titles.find(doc)
        hits = self._dictionary_hits(doc, day, agents)
        mentions, texts, used = self._build(doc, hits, agents)
        if self.leaders:
            leader_governments(doc, day, self.leaders, mentions, texts, used)
        titled_surnames(mentions, texts, day, self.surnames)
        links = name_links(mentions)
        link_names(mentions, texts, links)
        # later bare surnames: of people already coded, and (uncoded, for he/she agreement)
        # of private people named in full ("Shamima Begum ... Begum was 15 when she ...")
        names = {**_private_surnames(mentions), **links}
        if names:
            mentions = sorted([*mentions, *surname_mentions(doc, names, used)],
                              key=lambda m: m.start)
        sent_starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]

        def sent_of(i: int) -> int:
            return bisect_right(sent_starts, i) - 1

        titles_of_country(doc, mentions)
        link_appositions(doc, mentions, self.countries)
        assign_genders(doc, mentions, self.people_genders, self.first_names)
        resolve_references(mentions, sent_of)
        strangers_by_sentence(mentions, sent_of)
        copy_appositions(doc, mentions)
        resolve_legislatures(doc, mentions, sent_of, self.countries)
        resolve_bodies(mentions, sent_of)
        bodies_as_agents(mentions)
        subjects = {m.start: subj for m in mentions if m.kind == "plural"
                    for subj in [clause_subject(doc, m.start, m.end)] if subj is not None}
        resolve_plurals(mentions, sent_of, self.countries, subjects)
        they = find_they(doc, used)  # after he/she and plurals, which must not see them
        if they:
            mentions = sorted([*mentions, *they], key=lambda m: m.start)
            resolve_they(doc, mentions, sent_of, self.countries)
        doc._.actor_mentions = [m.to_dict(doc, sent_of(m.start)) for m in mentions]
        return doc

    def pipe(self, docs, batch_size: int = 128):
        """Stream ``docs`` through :meth:`__call__`."""
        for doc in docs:
            yield self(doc)

    # -- steps ----------------------------------------------------------------------------
    def _dictionary_hits(self, doc: Doc, day: date,
                         agents: dict[int, tuple[int, AgentNoun]]) -> list[_Hit]:
        """Non-overlapping dictionary matches (longest first) that pass case and NER checks."""
        found: list[_Hit] = []
        after_title = _title_ends(doc, agents)
        for _, start, end in self.matcher(doc):
            span = doc[start:end]
            words = [t.text for t in span]
            key = normalise_key(words)
            entry = self.dictionary.resolve(key, day)
            if entry is None:
                continue
            if not any(_case_ok(words, sig) for sig in self.signatures.get(key, ())):
                # a person's name in any case right after a capitalised title ("President
                # obama"); one word in odd case may still name a country ("iSrael")
                if not (entry.kind == "person" and start in after_title) and not (
                        entry.kind in ("country", "adjective") and _odd_case_name(words)):
                    continue
            elif entry.kind == "person" and len(words) == 1 and words[0].isupper() \
                    and words[0].lower() in WORD_NAMES and start not in after_title \
                    and not _written_as_name(doc, start, words[0]):
                continue  # "TRUMP CARD" in a headline: not without a title or the name elsewhere
            if entry.kind != "person" and _inside_longer_person(span) and not (
                    entry.kind == "adjective" and _plural_after(span)):
                continue  # "Paris Hilton", "Michael Jordan", "George Washington"; not "Bosnian Serbs"
            if entry.kind == "person" and _inside_longer(span, PLACE_LABELS):
                continue  # "the Ayn al-Assad airbase", "King Fahd Causeway"
            if entry.kind == "capital" and _inside_longer(span, NAMED_THING_LABELS):
                continue  # "Paris Match", "the Washington Post", "the Moscow Times"
            found.append(_Hit(start, end, entry))
        found.sort(key=lambda h: (h.start - h.end, h.start))
        taken = bytearray(len(doc))
        kept = []
        for hit in found:
            if not any(taken[hit.start : hit.end]):
                taken[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
                kept.append(hit)
        kept.sort(key=lambda h: h.start)
        return kept

    def _build(
        self, doc: Doc, hits: list[_Hit], agents: dict[int, tuple[int, AgentNoun]]
    ) -> tuple[list[Mention], list[str], bytearray]:
        """Mentions from hits + titles + PERSON entities + pronouns, in text order."""
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
            if used[h.start]:
                continue
            e = h.entry
            title = (
                self.titles.after(doc, h.end, agents) if e.kind in COUNTRYISH else None
            )
            if title is not None:
                add(*self._titled(doc, h, title, by_start, stop))
            elif e.kind == "person":
                add(self._person_with_title(doc, h, agents, used), doc[h.start : h.end].text)
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
        self._bare_titles(doc, agents, stop, used, add)
        for m in find_legislatures(doc, token_indices(doc, LEGISLATURE_WORDS), used):
            out.append((m, ""))
        for m in find_bodies(doc, agents, used):
            out.append((m, ""))
        for m in find_agents(doc, agents, used):
            out.append((m, ""))
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
        for ent in doc.ents:  # organisations no dictionary knows: listed by unknown_actors()
            if ent.label_ == "ORG" and not any(used[ent.start : ent.end]):
                add(Mention(ent.start, ent.end, None, ent.text, "unknown"), ent.text)
        out.sort(key=lambda x: x[0].start)
        seats_in_place_phrases_as_countries(doc, [m for m, _ in out])
        return [m for m, _ in out], [t for _, t in out], used

    def _titled(self, doc, h: _Hit, title, by_start, stop) -> tuple[Mention, str]:
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
        return Mention(start, end, code, self.countries.get((code or "")[:3], e.name), "group"), ""

    def _person_with_title(self, doc, h: _Hit, agents, used) -> Mention:
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

    def _bare_titles(self, doc, agents, stop, used, add) -> None:
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


def _private_surnames(mentions: Sequence[Mention]) -> dict[str, tuple[None, str]]:
    """Surname -> (None, full name) of uncoded people named in full, when no coded person
    of the article carries that surname."""
    coded = {m.name.split()[-1].lower() for m in mentions
             if m.kind == "person" and m.code and m.name}
    out: dict[str, tuple[None, str]] = {}
    for m in mentions:
        if m.kind == "person" and m.code is None and m.name and len(m.name.split()) > 1 \
                and m.name.split()[-1][:1].isupper():
            key = m.name.split()[-1].lower()
            if key not in coded:
                out.setdefault(key, (None, m.name))
    return out


#: one-word person aliases that are also English words: in capitals ("TRUMP CARD") they
#: need a title before them or the name written as a name elsewhere in the article
WORD_NAMES = frozenset({"trump", "truss", "waltz", "gallant", "barbecue", "sharon", "may",
                        "bush", "brown", "rice", "hunt", "king", "law", "cook"})


def _title_ends(doc: Doc, agents: dict[int, tuple[int, AgentNoun]]) -> frozenset[int]:
    """Token indices right after a capitalised person title ("President", "Prime Minister")."""
    return frozenset(end for s, (end, a) in agents.items()
                     if a.type in ("P", "S") and doc[s].text[:1].isupper()
                     and doc[end - 1].text[:1].isupper())


def _written_as_name(doc: Doc, i: int, word: str) -> bool:
    """True when ``word`` appears elsewhere in ``doc`` capitalised but not in capitals."""
    lower = word.lower()
    return any(t.lower_ == lower and t.i != i and t.text[:1].isupper() and not t.text.isupper()
               for t in doc)


def _inside_longer_person(span) -> bool:
    """True when a PERSON entity covers ``span`` and reaches beyond it ("Paris Hilton").

    A PERSON entity that is exactly the dictionary phrase ("Kyiv" mis-tagged) does not count.
    """
    doc = span.doc
    if not any(t.ent_type_ == "PERSON" for t in span):
        return False
    before = span.start > 0 and doc[span.start - 1].ent_type_ == "PERSON" \
        and span[0].ent_iob_ == "I"
    after = span.end < len(doc) and doc[span.end].ent_type_ == "PERSON" \
        and doc[span.end].ent_iob_ == "I"
    return before or after


#: nouns for members of a group named just before them ("Isis fighters", "Hamas officials")
MEMBER_NOUNS = frozenset({
    "fighter", "fighters", "militant", "militants", "member", "members", "recruit", "recruits",
    "jihadist", "jihadists", "jihadi", "jihadis", "supporter", "supporters", "commander",
    "commanders", "leader", "leaders", "official", "officials", "operative", "operatives",
    "gunmen", "loyalists", "bride", "brides", "suspects", "spokesman", "spokeswoman",
})


def _inside_longer(span, labels: frozenset[str]) -> bool:
    """True when one entity with a label in ``labels`` covers ``span`` and reaches beyond it."""
    found = {t.ent_type_ for t in span}
    if len(found) != 1 or not found <= labels:
        return False
    doc = span.doc
    before = span.start > 0 and span[0].ent_iob_ == "I"
    after = span.end < len(doc) and doc[span.end].ent_iob_ == "I"
    return before or after


def _plural_after(span) -> bool:
    """True when a plural noun follows ``span`` ("Bosnian Serbs"): a group, not a name."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].tag_ in ("NNPS", "NNS")


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


def _noun_end(doc: Doc, h: _Hit, stop: Sequence[bool]) -> int:
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
