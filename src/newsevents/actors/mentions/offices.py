"""Title + surname on the article's date: "President Bush", "Prime Minister Johnson".

A surname that is not a dictionary alias by itself (several people share it) still names one
person when a title stands before it: the one person with that surname whose office term on
the article's date fits the title (role, country, and the office the term's note gives).
When no one or more than one person fits, the mention stays uncoded (and takes no country
from the rest of the sentence).
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from types import MappingProxyType

from newsevents.actors.lexicon.dictionary import ActorDictionary, Entry
from newsevents.actors.mentions.record import Mention, role_of
from newsevents.nlp.lexicon import OFFICE_TITLES

#: titles of heads of state or government: a term without a note (the first rows of
#: persons.tsv list heads of state and government) fits them
HEAD_TITLES = frozenset({
    "president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan",
    "crown prince", "supreme leader", "taoiseach",
})
#: one-word titles that fit any office ending in them ("Minister X": a foreign minister)
GENERIC_TITLES = OFFICE_TITLES | frozenset({"senator", "general", "commander", "governor", "envoy", "speaker"})
_SPLIT = re.compile(r",|;|/| then | and ")
_PAREN = re.compile(r"\([^)]*\)")


def office_names(note: str) -> tuple[str, ...]:
    """The offices a persons.tsv note names, lower-cased, hyphens as spaces."""
    text = _PAREN.sub("", note.lower()).replace("-", " ")
    return tuple(o for o in (" ".join(p.split()) for p in _SPLIT.split(text)) if o)


def office_fits(title: str, note: str) -> bool:
    """Whether a title ("prime minister") fits the office of a term with this note."""
    offices = office_names(note)
    if not offices:
        return title in HEAD_TITLES
    return any(o == title or (title in GENERIC_TITLES and o.split()[-1] == title)
               for o in offices)


def surname_index(dictionary: ActorDictionary) -> Mapping[str, tuple[Entry, ...]]:
    """Surname (lower-case) -> the dated person entries of everyone who carries it."""
    out: dict[str, dict[tuple, Entry]] = {}
    for entries in dictionary.entries.values():
        for e in entries:
            if e.kind == "person" and e.code and e.name and (e.start or e.end):
                key = (e.code, e.name, e.start, e.end)
                out.setdefault(e.name.split()[-1].lower(), {}).setdefault(key, e)
    return MappingProxyType({k: tuple(v.values()) for k, v in out.items()})


def titled_surnames(mentions: Sequence[Mention], texts: Sequence[str], day: date,
                    index: Mapping[str, tuple[Entry, ...]]) -> None:
    """Code uncoded titled names ("President Bush") through the one fitting office holder.

    ``texts[i]`` is the name of ``mentions[i]`` without its title. A name of two or more
    words must also share the first word with the person ("President George Bush").
    """
    for m, text in zip(mentions, texts):
        if m.kind != "person" or m.code is not None or not m.office or not text:
            continue
        words = text.split()
        people = index.get(words[-1].lower())
        if not people:
            continue
        first = words[0].lower() if len(words) > 1 else None
        fit = {(e.code, e.name) for e in people
               if e.valid_on(day) and office_fits(m.office, e.office)
               and (m.role is None or role_of(e.code) == m.role)
               and (first is None or e.name.split()[0].lower() == first)}
        if len(fit) == 1:
            m.code, m.name = fit.pop()
        else:  # a known surname that no one, or several, fit: no country from the sentence
            m.guess = False
