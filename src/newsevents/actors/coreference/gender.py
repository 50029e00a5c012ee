"""Grammatical gender of person mentions, for he/she agreement.

Evidence, strongest first: an honorific before the name ("Mrs May", "Sir Keir Starmer"), a
gendered title or noun in the mention ("the spokeswoman", "Queen Elizabeth"), the
``gender`` column of persons.tsv, and the person's first name (first_names.tsv). One
person's evidence is shared by every mention of the same surname in the article; a surname
with conflicting evidence gets none. Unknown gender is ``None`` and agrees with anything.
The same pass records where each person stands in its clause (main-clause subject, subject,
possessor), which pronoun resolution (coref.py) weighs next to gender.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

from spacy.tokens import Doc

from newsevents.actors.mentions.record import Mention

HONORIFICS: Mapping[str, str] = MappingProxyType({
    "mr": "m", "sir": "m", "lord": "m", "monsieur": "m", "herr": "m", "señor": "m",
    "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f", "baroness": "f",
    "madam": "f", "madame": "f", "mme": "f", "frau": "f", "señora": "f",
})
GENDERED_NOUNS: Mapping[str, str] = MappingProxyType({
    "spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f",
    "congressman": "m", "congresswoman": "f", "businessman": "m", "businesswoman": "f",
    "policeman": "m", "policewoman": "f", "king": "m", "queen": "f", "prince": "m",
    "princess": "f", "duke": "m", "duchess": "f", "emir": "m", "sultan": "m", "sheikh": "m",
    "sheikha": "f", "pope": "m", "pontiff": "m", "ayatollah": "m", "cardinal": "m",
    "imam": "m", "mullah": "m", "husband": "m", "wife": "f", "widow": "f", "widower": "m",
    "father": "m", "mother": "f", "son": "m", "daughter": "f", "brother": "m", "sister": "f",
    "man": "m", "woman": "f", "boy": "m", "girl": "f", "schoolgirl": "f", "schoolboy": "m",
})
PRONOUN_GENDERS: Mapping[str, str] = MappingProxyType({
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
})


def _own_gender(doc: Doc, m: Mention, people: Mapping[str, str],
                first_names: Mapping[str, str]) -> str | None:
    if m.kind == "pronoun":
        return PRONOUN_GENDERS.get(doc[m.start].lower_)
    if m.start > 0:
        g = HONORIFICS.get(doc[m.start - 1].lower_.rstrip("."))
        if g:
            return g
    for tok in doc[m.start : m.end]:
        g = HONORIFICS.get(tok.lower_.rstrip(".")) or GENDERED_NOUNS.get(tok.lower_)
        if g:
            return g
    if not m.name:
        return None
    if m.name in people:
        return people[m.name]
    words = m.name.split()
    return first_names.get(words[0].lower()) if len(words) > 1 else None


def _main_subject(doc: Doc, m: Mention) -> bool:
    """True when the mention is the subject of its sentence's root verb (or of a verb
    conjoined to it): "Begum, 19, left the UK ...", not "the belief that Cantlie is alive"."""
    tok = doc[m.end - 1]
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def assign_genders(doc: Doc, mentions: Sequence[Mention], people: Mapping[str, str],
                   first_names: Mapping[str, str]) -> None:
    """Set ``gender`` (and the clause flags) on person-like mentions; one surname shares its
    gender evidence."""
    by_surname: dict[str, set[str]] = {}
    for m in mentions:
        if not m.person_like:
            continue
        m.gender = _own_gender(doc, m, people, first_names)
        m.main_subject = _main_subject(doc, m)
        dep = doc[m.end - 1].dep_
        m.subject, m.possessor = dep in ("nsubj", "nsubjpass"), dep == "poss"
        if m.gender and m.name and m.kind != "pronoun":
            by_surname.setdefault(m.name.split()[-1].lower(), set()).add(m.gender)
    for m in mentions:
        if m.gender is None and m.person_like and m.name and m.kind != "pronoun":
            found = by_surname.get(m.name.split()[-1].lower(), set())
            if len(found) == 1:
                m.gender = next(iter(found))
    for a, b in zip(mentions, mentions[1:]):  # "the home secretary Sajid Javid's": one person
        if a.kind == "title" and b.kind == "person" and b.start == a.end:
            a.gender = a.gender or b.gender
