"""Modality of an event trigger: asserted, negated, future, hypothetical or reported."""
from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Token

from newsevents.events.arguments import subject_of

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"could", "may", "might", "would", "should", "'d", "can", "ca"})
#: verbs whose infinitive complement has not happened yet ("plans to visit")
FUTURE_GOVERNORS = frozenset({"plan", "intend", "expect", "prepare", "schedule", "go", "aim",
                              "hope", "want", "set", "due", "consider"})
HYPOTHETICAL_GOVERNORS = frozenset({"try", "attempt", "seek"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
SAY_VERBS = frozenset({"say", "tell", "state", "claim", "report", "announce", "add", "note",
                       "declare", "allege", "assert", "write", "post", "confirm", "insist",
                       "explain", "stress", "warn", "believe", "think", "suggest", "argue",
                       "acknowledge", "indicate", "reveal", "quote"})
REPORT_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly"})
NEGATORS = frozenset({"not", "n't", "never", "no"})


class Modality(NamedTuple):
    """The modality and, for reported events, the token of the sayer (may be None)."""

    value: str
    sayer: Token | None = None


def _aux_lemmas(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}


def _local(verb: Token) -> str | None:
    """Negation / future / hypothetical marked on the verb itself."""
    if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in NEGATORS) for c in verb.children):
        return "negated"
    aux = _aux_lemmas(verb)
    if aux & HYPOTHETICAL_AUX:
        return "hypothetical"
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in verb.children):
        return "hypothetical"
    if aux & FUTURE_AUX:
        return "future"
    return None


def modality_of(trigger: Token) -> Modality:
    """Modality of the clause headed by ``trigger`` (a verb, or the verb governing a noun).

    Climbs infinitive-complement chains ("plans to attack" -> future) and clause complements
    of speech verbs ("X said that Y attacked" -> reported, sayer X).
    """
    verb = trigger
    for _ in range(4):
        local = _local(verb)
        if local is not None:
            return Modality(local)
        if any(c.dep_ == "advmod" and c.lower_ in REPORT_ADVERBS for c in verb.children):
            return Modality("reported")
        head = verb.head
        if head.i == verb.i:
            break
        if verb.dep_ == "xcomp" or (verb.dep_ in ("ccomp", "acl")
                                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)):
            lemma = head.lemma_.lower()
            if lemma in FUTURE_GOVERNORS:
                return Modality("future")
            if lemma in HYPOTHETICAL_GOVERNORS:
                return Modality("hypothetical")
            verb = head
            continue
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS
                                        for c in verb.children):
            return Modality("hypothetical")
        if verb.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in SAY_VERBS:
            return Modality("reported", subject_of(head))
        if verb.dep_ == "conj":
            verb = head
            continue
        break
    return Modality("asserted")
