"""Singular references to a state or an organisation: "it"/"its", and "the group", "the alliance".

- "the group" (a definite organisation noun that carries no name of its own) takes the code of
  the one organisation named before it in its sentence or the two previous ones: an armed group,
  party, international or non-governmental body, never a state body or a country.
- "it"/"its" as an argument take the one state or organisation named before them in the same
  or the previous sentence: a country, a capital speaking for its government, a state body or
  an organisation; never a person or a plural.

Precision first: two different codes in the window, an organisation no dictionary knows, or
(for "it") a thing as the subject of a clause in between ("The deal ... it allows") leave the
reference unresolved.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from newsevents.actors.mentions.record import Mention, role_of
from newsevents.model import STATE_ROLES, ActorKind
from newsevents.nlp.lexicon import OBJECT_DEPS

#: nouns that, after "the", refer back to an organisation ("the group said it ...")
ORGANISATION_NOUNS = frozenset({"group", "alliance", "organisation", "organization", "movement",
                                "coalition", "faction", "outfit", "network"})
#: modifiers of a group that point away from the one named before ("the other group")
OTHER_WORDS = frozenset({"other", "another", "rival", "new", "second", "third", "opposing", "different",
                         "splinter", "breakaway", "parent"})
#: noun modifiers that keep "the X group" a reference ("the rebel group", "the militant alliance")
ARMED_COMPOUNDS = frozenset({"rebel", "militant", "terror", "terrorist", "jihadist", "insurgent",
                             "opposition", "extremist", "guerrilla", "militia", "paramilitary"})
#: verbs whose subject "it" is a dummy ("it is clear", "it seems", "it emerged that")
DUMMY_IT_VERBS = frozenset({"be", "seem", "appear", "emerge", "remain", "take", "mean", "matter", "happen",
                            "become", "look", "sound", "feel", "follow", "rain", "cost"})
IT_DEPS = OBJECT_DEPS | frozenset({"nsubj", "poss"})
ORG_WINDOW = 2  # previous sentences searched for "the group"
IT_WINDOW = 1  # ... and for "it"
ORG_KINDS = frozenset({ActorKind.GROUP, ActorKind.IGO, ActorKind.UNKNOWN})
STATE_KINDS = frozenset({ActorKind.COUNTRY, ActorKind.METONYM})


def find_it_references(doc: Doc, used: bytearray) -> list[Mention]:
    """Uncoded mentions for argument "it"/"its" and for "the group", "the alliance" ..."""
    out = []
    for tok in doc:
        if used[tok.i]:
            continue
        if tok.lower_ in ("it", "its") and tok.dep_ in IT_DEPS and not _dummy(tok):
            out.append(Mention(tok.i, tok.i + 1, None, None, "pronoun"))
        elif _organisation_noun(tok) and not any(used[tok.left_edge.i:tok.i]):
            start = next(c.i for c in tok.children if c.dep_ == "det")
            out.append(Mention(start, tok.i + 1, None, None, "group", definite=True))
    return out


def _dummy(tok: Token) -> bool:
    """A subject "it" that stands for no actor ("it is clear", "it seems that", "made it
    difficult to")."""
    return tok.dep_ == "nsubj" and (tok.head.lemma_.lower() in DUMMY_IT_VERBS or tok.head.pos_ == "ADJ")


def _organisation_noun(tok: Token) -> bool:
    """"the group", "the militant group": the determiner "the", no name inside, and no "of"
    or noun after it ("the group of seven", "the group leader")."""
    if tok.lemma_.lower() not in ORGANISATION_NOUNS or tok.tag_ != "NN":
        return False
    kids = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return False
    if any(c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.lower_ in OTHER_WORDS) for c in kids):
        return False  # "the Wagner group": a name; "the other group": not the one before
    if any(c.dep_ == "compound" and c.lemma_.lower() not in ARMED_COMPOUNDS for c in kids):
        return False  # "the contact group", "the pressure group": a kind of its own
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return not (nxt is not None and (nxt.lower_ == "of" or nxt.pos_ in ("NOUN", "PROPN")))


def _organisation(m: Mention) -> bool:
    if m.kind not in ORG_KINDS or m.person_like:
        return False
    code = m.code or ""
    return m.code is None or code.startswith(("IGO", "NGO", "IMG")) or (role_of(code) not in STATE_ROLES
                                                                     and len(code) > 3)


def _state(m: Mention) -> bool:
    return m.code is not None and not m.person_like and (
        m.kind in STATE_KINDS or m.kind == ActorKind.GROUP and role_of(m.code) in STATE_ROLES)


def _earlier_it(doc: Doc, m: Mention) -> bool:
    return m.kind == ActorKind.PRONOUN and m.code is not None and doc[m.start].lower_ in ("it", "its")


def _relative_antecedent(tok: Token) -> int | None:
    """In "the PKK, with whom it has fought", the token "whom" stands for (the PKK): not what
    "it" refers to."""
    verb = tok.head
    if tok.dep_ == "nsubj" and verb.dep_ == "relcl" and any(
            c.lower_ in ("whom", "which") or any(g.lower_ in ("whom", "which") for g in c.children)
            for c in verb.children if c is not tok):
        return verb.head.i
    return None


def _thing_subjects(doc: Doc, start: int, end: int, used: bytearray) -> bool:
    """A singular noun that is no actor, as the subject of a clause between ``start`` and ``end``
    ("The deal was signed by Iran. It limits ...")."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NN" and not used[t.i]
               for t in doc[start:end])


def resolve_it_references(doc: Doc, mentions: Sequence[Mention], sent_of: Callable[[int], int],
                       used: bytearray) -> None:
    """Code each reference found by :func:`find_it_references` from one unambiguous antecedent."""
    for i, m in enumerate(mentions):
        if m.code is not None:
            continue
        if m.kind == ActorKind.PRONOUN and doc[m.start].lower_ in ("it", "its"):
            def accept(c: Mention) -> bool:
                return _organisation(c) or _state(c) or _earlier_it(doc, c)
            window = IT_WINDOW
        elif m.kind == ActorKind.GROUP and m.definite and doc[m.end - 1].lemma_.lower() in ORGANISATION_NOUNS:
            def accept(c: Mention) -> bool:
                return _organisation(c)
            window = ORG_WINDOW
        else:
            continue
        first = sent_of(m.start) - window
        other = _relative_antecedent(doc[m.start])
        cands = [c for c in mentions[:i] if sent_of(c.start) >= first and accept(c)
                 and not (other is not None and c.start <= other < c.end)]
        codes = {c.code for c in cands}
        if len(codes) != 1 or None in codes:
            continue
        ante = cands[-1]
        if m.kind == ActorKind.PRONOUN and _thing_subjects(doc, doc[ante.start].sent.start, m.start, used):
            continue
        m.code, m.name = ante.code, ante.name
