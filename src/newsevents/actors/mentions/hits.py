"""Dictionary hits: the actor dictionary's phrase matches on the article's date, kept when
their case and the named entities around them allow ("TRUMP CARD", "Paris Hilton" and "the
Washington Post" are no actors), longest first and without overlaps."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from newsevents.actors.lexicon.dictionary import ActorDictionary, AgentNoun, Entry, normalise_key
from newsevents.nlp.lexicon import HONORIFIC_WORDS, NAME_PARTICLES, NAMED_THING_LABELS, PLACE_LABELS

#: case rule of one pattern token: "X" exact text, "C" capitalised, "-" any
Signature = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Hit:
    """One dictionary match: tokens ``start:end`` and the entry valid on the article's date."""

    start: int
    end: int
    entry: Entry


def signature(tokens: Sequence[str]) -> Signature:
    """The case rule of a dictionary phrase's tokens (see :data:`Signature`)."""
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


def dictionary_hits(doc: Doc, day: date, agents: dict[int, tuple[int, AgentNoun]], matcher: PhraseMatcher,
                    dictionary: ActorDictionary, signatures: Mapping[str, tuple[Signature, ...]]) -> list[Hit]:
    """Non-overlapping dictionary matches (longest first) that pass case and NER checks."""
    found: list[Hit] = []
    after_title = _title_ends(doc, agents)
    given = _given_names(doc, agents)
    matches = [(start, end, normalise_key([t.text for t in doc[start:end]])) for _, start, end in matcher(doc)]
    countries = _plain_countries(matches, dictionary, day)
    for start, end, key in matches:
        span = doc[start:end]
        words = [t.text for t in span]
        entry = dictionary.resolve(key, day, countries)
        if entry is None:
            continue
        if not any(_case_ok(words, sig) for sig in signatures.get(key, ())):
            # a person's name in any case right after a capitalised title ("President
            # obama"); one word in odd case may still name a country ("iSrael")
            if not (entry.kind == "person" and start in after_title) and not (
                    entry.kind in ("country", "adjective") and _odd_case_name(words)):
                continue
        elif entry.kind == "person" and len(words) == 1 and words[0].isupper() \
                and words[0].lower() in WORD_NAMES and start not in after_title \
                and not _written_as_name(doc, start, words[0]):
            continue  # "TRUMP CARD" in a headline: not without a title or the name elsewhere
        if entry.kind == "person" and len(words) == 1 and not _their_first_name(
                given.get(words[0].lower(), ()), entry.name):
            continue  # "Jack McConnell" (and a later "Mr McConnell") is not Mitch McConnell
        if entry.kind != "person" and _inside_longer_person(span) and not (
                entry.kind == "adjective" and _plural_after(span)):
            continue  # "Paris Hilton", "Michael Jordan", "George Washington"; not "Bosnian Serbs"
        if entry.kind == "person" and _inside_longer(span, PLACE_LABELS):
            continue  # "the Ayn al-Assad airbase", "King Fahd Causeway"
        if entry.kind == "capital" and _inside_longer(span, NAMED_THING_LABELS):
            continue  # "Paris Match", "the Washington Post", "the Moscow Times"
        if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ == "anti":
            continue  # "an anti-Awami League mob", "anti-Assad groups": their opponents
        if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in PROXY_PARTICIPLES:
            continue  # "US-backed Kurds", "Iranian-backed militias": a proxy, not the backer
        if entry.kind == "group" and end - start == 1 and _word_before_noun(doc, start, agents):
            continue  # "Labour costs", "Reform plans": a word, not the party
        found.append(Hit(start, end, entry))
    return _longest_first(found, len(doc))


def _longest_first(found: list[Hit], n: int) -> list[Hit]:
    """The hits that no longer (or, of equal length, earlier) hit overlaps, in text order."""
    found.sort(key=lambda h: (h.start - h.end, h.start))
    taken = bytearray(n)
    kept = []
    for hit in found:
        if not any(taken[hit.start : hit.end]):
            taken[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
            kept.append(hit)
    kept.sort(key=lambda h: h.start)
    return kept


#: one-word person aliases that are also English words: in capitals ("TRUMP CARD") they
#: need a title before them or the name written as a name elsewhere in the article
WORD_NAMES = frozenset({"trump", "truss", "waltz", "gallant", "barbecue", "sharon", "may",
                        "bush", "brown", "rice", "hunt", "king", "law", "cook"})


#: one-word group names that are also common words ("Labour costs", "Reform plans")
GROUP_WORDS = frozenset({"labour", "labor", "reform", "green", "greens", "liberal", "liberals", "jubilee"})
#: second halves of "X-backed" compounds that name whom a group serves, not who it is
#: ("US-backed Kurds"); "-led" and "-run" stay the leader's ("a Saudi-led coalition")
PROXY_PARTICIPLES = frozenset({"backed", "funded", "supported", "sponsored", "trained", "armed", "based",
                               "allied", "aligned", "linked", "affiliated", "inspired", "born", "educated"})


def _plain_countries(matches: Sequence[tuple[int, int, str]], dictionary: ActorDictionary, day: date
                     ) -> frozenset[str]:
    """Countries of the doc's unambiguous dictionary matches: they choose between the actors an
    ambiguous name may denote ("BNP" in a report from Dhaka)."""
    out = set()
    for _, _, key in matches:
        if not dictionary.ambiguous(key):
            entry = dictionary.resolve(key, day)
            if entry is not None and entry.code and entry.code[:3].isalpha():
                out.add(entry.code[:3])
    return frozenset(out)


def _given_names(doc: Doc, agents: dict[int, tuple[int, AgentNoun]]) -> dict[str, set[str]]:
    """Surname -> the given names written before it in the doc's person names ("Jack McConnell");
    not honorifics or titles ("Mr Brown", "President Bush")."""
    in_title = {i for s, (e, _) in agents.items() for i in range(s, e)}
    out: dict[str, set[str]] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue
        # the given name before the surname and its particles ("Nasr al-Hariri", "Ahmed el-Tayeb")
        given = next((t for t in reversed(ent[:-1]) if t.is_alpha and t.lower_ not in NAME_PARTICLES), None)
        if given is not None and given.text[:1].isupper() and given.lower_.rstrip(".") not in HONORIFIC_WORDS \
                and given.i not in in_title:
            surname = ent[-1].lower_
            out.setdefault(surname, set()).add(given.lower_)
            for prefix in ("al-", "el-"):  # "al-Hariri" is also written "Hariri"
                if surname.startswith(prefix):
                    out.setdefault(surname[len(prefix):], set()).add(given.lower_)
    return out


def _their_first_name(given: set[str] | tuple[()], name: str) -> bool:
    """True unless the article names this surname only with other given names than the
    dictionary person's."""
    first = name.split()[0].lower() if " " in name else ""
    return not given or not first or first in given


def _word_before_noun(doc: Doc, start: int, agents: dict[int, tuple[int, AgentNoun]]) -> bool:
    """A one-word name, read as a common noun, that modifies a common noun naming no people
    ("Labour costs"); not "Labour MPs", "Labour government" or "Isis fighter"."""
    nxt = start + 1
    return (doc[start].lower_ in GROUP_WORDS and nxt < len(doc) and doc[start].dep_ == "compound"
            and doc[start].tag_ == "NN" and doc[nxt].pos_ == "NOUN"
            and doc[nxt].text[:1].islower() and nxt not in agents)


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


def _inside_longer_person(span: Span) -> bool:
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


def _inside_longer(span: Span, labels: frozenset[str]) -> bool:
    """True when one entity with a label in ``labels`` covers ``span`` and reaches beyond it."""
    found = {t.ent_type_ for t in span}
    if len(found) != 1 or not found <= labels:
        return False
    doc = span.doc
    before = span.start > 0 and span[0].ent_iob_ == "I"
    after = span.end < len(doc) and doc[span.end].ent_iob_ == "I"
    return before or after


def _plural_after(span: Span) -> bool:
    """True when a plural noun follows ``span`` ("Bosnian Serbs"): a group, not a name."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].tag_ in ("NNPS", "NNS")
