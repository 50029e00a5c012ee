"""Statements -> dated office terms: dates by precision, duplicates and overlaps merged, names chosen."""
from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date

from newsevents.actors.wikidata.statements import DAY, MONTH, Names, Statement, WikidataRead, WikiTime

#: label languages in order of preference: English first, then the multilingual label, then
#: languages in Latin script (names of people are mostly written alike in them)
LABEL_LANGUAGES = ("en", "en-gb", "en-us", "en-ca", "mul", "fr", "de", "es", "it", "pt", "nl")
_LATIN_NAME = re.compile(r"^[A-Za-zÀ-ɏḀ-ỿ][A-Za-zÀ-ɏḀ-ỿ .'’-]*$")


@dataclass(frozen=True)
class Term:
    """One office term of one person, as the actor data keeps it (end exclusive, None = open)."""

    person: str
    code: str
    note: str
    start: date
    end: date | None
    offices: tuple[str, ...]


@dataclass(frozen=True)
class Person:
    """A Wikidata person with a usable name, their English aliases and their terms."""

    qid: str
    name: str
    aliases: tuple[str, ...]
    terms: tuple[Term, ...]


def first_day(t: WikiTime) -> date:
    """The first day a time of this precision may mean (the day itself at day precision)."""
    return date(t.year, t.month or 1, t.day or 1)


def last_day(t: WikiTime) -> date:
    """The last day a time of this precision may mean."""
    if t.precision >= DAY:
        return date(t.year, t.month, t.day)
    month = t.month if t.precision >= MONTH else 12
    return date(t.year, month, calendar.monthrange(t.year, month)[1])


def term_of(statement: Statement) -> Term | None:
    """The days ``statement`` surely covers: a year- or month-only start counts from the last
    day it may mean, such an end from the first (so a term is never claimed for a day it may
    not cover); None without a start, with an unknown end, or when nothing is left."""
    if statement.start is None or statement.ended_unknown:
        return None
    start = last_day(statement.start)
    end = first_day(statement.end) if statement.end else None
    if end is not None and end <= start:
        return None
    return Term(statement.person, statement.code, statement.note, start, end, (statement.office,))


def merge_terms(terms: Iterable[Term]) -> list[Term]:
    """Overlapping or touching terms of one person, code and office become one; two statements
    with one start and one open, one ended keep the end (the open one was not updated)."""
    by_start: dict[tuple, Term] = {}
    for t in terms:
        key = (t.person, t.code, t.note, t.start)
        have = by_start.get(key)
        if have is None:
            by_start[key] = t
        elif t.end is not None and (have.end is None or t.end > have.end):
            by_start[key] = replace(t, offices=tuple(dict.fromkeys((*have.offices, *t.offices))))
    out: list[Term] = []
    for t in sorted(by_start.values(), key=lambda t: (t.person, t.code, t.note, t.start)):
        last = out[-1] if out else None
        if last and (last.person, last.code, last.note) == (t.person, t.code, t.note) and (
                last.end is None or t.start <= last.end):
            end = None if last.end is None or t.end is None else max(last.end, t.end)
            out[-1] = replace(last, end=end, offices=tuple(dict.fromkeys((*last.offices, *t.offices))))
        else:
            out.append(t)
    return out


def choose_name(names: Names) -> str:
    """English label, else the multilingual one, else one in Latin script; "" when none fits."""
    for lang in LABEL_LANGUAGES:
        label = " ".join(names.labels.get(lang, "").split())
        if label and _LATIN_NAME.match(label):
            return label
    return ""


def usable_aliases(names: Names, name: str) -> tuple[str, ...]:
    """English aliases that can name the person in text: two words or more, letters only
    (no initials-only or one-word nicknames, which collide with ordinary words and surnames)."""
    out = []
    for alias in names.aliases:
        alias = " ".join(alias.split())
        if (alias.lower() != name.lower() and len(alias.split()) >= 2 and len(alias) <= 60
                and _LATIN_NAME.match(alias) and alias not in out):
            out.append(alias)
    return tuple(out)


def build_people(read: WikidataRead) -> tuple[list[Person], dict[str, int]]:
    """People with their merged terms, and counts of what was left out and why."""
    skipped = dict(read.skipped)
    terms: dict[str, list[Term]] = {}
    for statement in read.statements:
        term = term_of(statement)
        if term is None:
            reason = ("statements with an unknown end" if statement.ended_unknown
                      else "statements without a start date" if statement.start is None
                      else "statements whose dates leave no sure day")
            skipped[reason] = skipped.get(reason, 0) + 1
            continue
        terms.setdefault(statement.person, []).append(term)
    people = []
    for qid, person_terms in sorted(terms.items(), key=lambda kv: int(kv[0][1:])):
        names = read.names.get(qid, Names())
        name = choose_name(names)
        if not name:
            skipped["people without a usable name"] = skipped.get("people without a usable name", 0) + 1
            continue
        people.append(Person(qid, name, usable_aliases(names, name), tuple(merge_terms(person_terms))))
    return people, skipped


def count_people(people: Iterable[Person]) -> Mapping[str, int]:
    """People and terms of a list of people."""
    people = list(people)
    return {"people": len(people), "terms": sum(len(p.terms) for p in people)}
