"""Modality of an event trigger: asserted, negated, future, hypothetical or reported."""
from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Token

from newsevents.events.clauses import subject_of
from newsevents.events.quotation import across_quote
from newsevents.nlp.lexicon import (
    AUX_DEPS,
    CLAIM_NOUNS,
    CLAUSE_POS,
    CONDITIONAL_MARKS,
    DECLARE_VERBS,
    DEMAND_GOVERNORS,
    DENIAL_VERBS,
    FABRICATION_VERBS,
    FAKE_CLAIM_GOVERNORS,
    FUTURE_AUX,
    FUTURE_GOVERNORS,
    GENERIC_ANTECEDENTS,
    HALTING_GOVERNORS,
    HEDGE_VERBS,
    HYPOTHETICAL_AUX,
    HYPOTHETICAL_GOVERNORS,
    LICENCE_NOUNS,
    NEGATING_GOVERNORS,
    NEGATORS,
    NOMINAL_SUBJECT_DEPS,
    OBLIGATION_AUX,
    PATIENT_DEPS,
    POSSIBILITY_NOUNS,
    PROSPECTIVE_ADJS,
    PROSPECTIVE_MARKS,
    READINESS_GOVERNORS,
    REFUSAL_AUX,
    REPORT_ADVERBS,
    REPORTING_VERBS,
    SPEECH_NOUNS,
    SUBJUNCTIVE_AUX,
    SUSPICION_VERBS,
)

#: nouns whose -ing complement reports an act that happened ("a role in killing", "charges of spying")
ACT_NOUNS = frozenset({"role", "part", "charge", "conviction", "involvement", "responsibility", "guilty"})


class Modality(NamedTuple):
    """The modality and, for reported events, the token of the sayer (may be None)."""

    value: str
    sayer: Token | None = None
    announced: bool = True  # False: future only by context (a "before" clause), not a statement
    halted: bool = False  # negated because someone stopped doing it ("ceased arming the rebels")


def _aux_lemmas(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in AUX_DEPS}


def _local(verb: Token) -> str | None:
    """Negation / future / hypothetical marked on the verb itself."""
    if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in NEGATORS) for c in verb.children):
        return "negated"
    aux = _aux_lemmas(verb)
    if aux & OBLIGATION_AUX:
        return "obligation"
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
    verb = _clause_verb(trigger)
    if verb is None:
        return Modality("hypothetical")
    for _ in range(4):
        local = _local(verb)
        if local == "hypothetical" and "would" in _aux_lemmas(verb) and not conditional(verb):
            sayer = _speech_governor(verb)
            if sayer is not None:  # "said it would free" is future in the past, not a condition
                return Modality("future", sayer[1])
        if local == "obligation":
            sayer = _speech_governor(verb)
            return Modality("obligation", sayer[1] if sayer else None)
        if local is not None:
            return Modality(local)
        if (verb.dep_ in ("advcl", "relcl", "ccomp") and any(  # "until its demands are met"
                t.tag_ in ("VBZ", "VBP") for t in (verb, *(c for c in verb.children
                                                          if c.dep_ in AUX_DEPS)))
                and any(c.dep_ == "mark" and c.lower_ in PROSPECTIVE_MARKS for c in verb.children)):
            return Modality("future", announced=False)
        if any(c.dep_ == "advmod" and c.lower_ in REPORT_ADVERBS for c in verb.children):
            return Modality("reported")
        if verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBP") and not _aux_lemmas(verb):
            # "Global Affairs Canada, which provides consular help": what it does, not news
            return Modality("hypothetical")
        head = verb.head
        if head.i == verb.i:
            break
        if _denied(verb, head) or _without(verb):
            return Modality("negated")
        if (verb.dep_ in ("ccomp", "acl") and head.lemma_.lower() in DEMAND_GOVERNORS
                and _subjunctive(verb)):
            return Modality("hypothetical")  # "demanded that X match Y's support": asked for
        if any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children) and (
                verb.dep_ in ("acl", "advcl") and head.pos_ == "NOUN"
                or verb.dep_ == "advcl" and any(c.dep_ == "dobj" and c.lemma_.lower() in LICENCE_NOUNS
                                                for c in head.children)):
            # "permission to help Israel", "gave Russia permission to help", "an opportunity
            # for France to attack us": not (yet) done
            return Modality("hypothetical")
        if verb.dep_ == "xcomp" or (verb.dep_ in ("ccomp", "acl")
                                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)):
            lemma = head.lemma_.lower()
            judge = head.head if head.pos_ == "ADJ" and head.dep_ == "acomp" else head
            if judge.lemma_.lower() == "be" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in judge.children):
                # "it is wrong to deny people ...", "it would have been safer to seek ...": an act judged
                return Modality("hypothetical")
            if lemma in FUTURE_GOVERNORS:
                return Modality("future", announced=lemma not in READINESS_GOVERNORS)
            if lemma in HYPOTHETICAL_GOVERNORS or lemma in DEMAND_GOVERNORS:
                return Modality("hypothetical")  # also "demanded the police to arrest ...": asked for
            if lemma in NEGATING_GOVERNORS:
                return Modality("negated")
            if lemma in HALTING_GOVERNORS:
                return Modality("negated", halted=True)
            verb = head
            continue
        if verb.dep_ == "advcl" and (_in_case(verb) or any(
                c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in verb.children)):
            return Modality("hypothetical")
        if verb.dep_ == "acomp" and head.pos_ in CLAUSE_POS:
            verb = head  # "are happy to discuss": the copula's clause
            continue
        if verb.dep_ == "ccomp" and head.lemma_.lower() in HEDGE_VERBS:
            return Modality("hypothetical")  # "it seems the UK is happy to discuss ..."
        if verb.dep_ == "relcl" and head.lower_ in GENERIC_ANTECEDENTS:
            return Modality("hypothetical")  # "those who first fought against Assad": a kind of people
        if verb.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in REPORTING_VERBS:
            return Modality("reported", subject_of(head))
        if verb.dep_ == "advcl" and head.pos_ in CLAUSE_POS and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
            if any(c.dep_ == "dobj" and c.lower_ == "nothing" for c in head.children):
                return Modality("negated")  # "would do nothing to help"
            verb = head  # a purpose is as real as the act it is the purpose of ("would send troops to help")
            continue
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.pos_ == "VERB" \
                and not any(c.dep_ == "mark" for c in verb.children):
            verb = head  # "... to arrest traffickers attacking them": as real as its clause
            continue
        if verb.dep_ == "conj":
            verb = across_quote(verb, head)
            continue
        break
    return Modality("asserted")


def _without(verb: Token) -> bool:
    """An act under "without": "without consulting Congress", "without a UN resolution
    sanctioning military action"."""
    head = verb.head
    if verb.dep_ == "pcomp":
        return head.lower_ == "without"
    return verb.dep_ == "acl" and head.dep_ == "pobj" and head.head.lower_ == "without"


def _in_case(verb: Token) -> bool:
    """A clause introduced by "in case" ("will respond in case the militants attack")."""
    left = verb.left_edge.i
    if left >= 2 and [t.lower_ for t in verb.doc[left - 2:left]] == ["in", "case"]:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "in" and c.i < verb.i and any(g.lower_ == "case" for g in c.children)
               for c in verb.children)  # the parser may hang "in case" on the clause's verb


def noun_prospective(noun: Token) -> bool:
    """An event noun that has not happened yet: "the Russians' projected attack", "a planned
    offensive", "a possible strike", "clashes ... are now a distinct possibility"."""
    if any(c.dep_ == "amod" and c.lower_ in PROSPECTIVE_ADJS for c in noun.children):
        return True
    head = noun.head
    return noun.dep_ == "nsubj" and head.lemma_.lower() == "be" and any(
        c.dep_ == "attr" and c.lemma_.lower() in POSSIBILITY_NOUNS for c in head.children)


def noun_negated(noun: Token) -> bool:
    """An event noun said not to have happened: "no attack took place", "do not recall any
    attacks", "the massacre was faked"."""
    dets = {c.lower_ for c in noun.children if c.dep_ == "det"}
    if "no" in dets or noun.dep_ == "pobj" and noun.head.lower_ == "without":
        return True  # "no attack", "without a ceasefire"
    head = noun.head
    if noun.dep_ == "nsubjpass" and head.lemma_.lower() in FABRICATION_VERBS:
        return True
    if noun.dep_ == "nsubjpass" and head.lower_ == "staged" and not any(
            c.dep_ == "agent" for c in head.children) and head.dep_ in ("ccomp", "acl") and (
            head.head.lemma_.lower() in FAKE_CLAIM_GOVERNORS or head.head.lemma_.lower() in CLAIM_NOUNS):
        return True  # "claimed the attack was staged" (with no one said to have staged it): made up
    return "any" in dets and noun.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and any(
        c.dep_ == "neg" for c in head.children)


def _clause_verb(trigger: Token) -> Token | None:
    """The verb whose clause gives ``trigger``'s modality, or None for a gerund that only
    names an act ("Reducing the presence ... will reverse", "interest in repatriating")."""
    verb = trigger
    if verb.pos_ == "ADJ" and verb.dep_ == "acomp" and verb.head.pos_ in CLAUSE_POS:
        verb = verb.head  # "must be ready to", "is not willing to": the copula carries it
    if verb.dep_ == "csubj" and verb.tag_ == "VBG" and not any(
            c.dep_ in NOMINAL_SUBJECT_DEPS for c in verb.children):
        # "Reducing the presence in Afghanistan will reverse that progress": a gerund used as
        # a subject names an act; it does not report that the act happened
        return None
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and (
            verb.head.head.pos_ in ("NOUN", "ADJ") and verb.head.head.lemma_.lower() not in ACT_NOUNS
            or verb.head.lower_ in ("of", "for") and verb.head.head.lemma_.lower() in SUSPICION_VERBS):
        # "interest in repatriating children", "capable of striking": an act considered;
        # "accused of mistreating workers": an act alleged
        return None
    if verb.dep_ == "pcomp" and verb.head.head.pos_ in CLAUSE_POS and verb.head.head.i != verb.i:
        verb = verb.head.head  # "could change to fighting the regime": the clause's modality
    return verb


def _subjunctive(verb: Token) -> bool:
    """A base-form clause verb with its own subject ("that Iran *free* them", "that it *be*
    lifted", "that they *should* go")."""
    auxes = [c for c in verb.children if c.dep_ in AUX_DEPS]
    if any(a.lower_ == "to" for a in auxes) or not any(
            c.dep_ in NOMINAL_SUBJECT_DEPS for c in verb.children):
        return False
    if auxes:
        return any(a.lower_ in SUBJUNCTIVE_AUX and a.tag_ in ("VB", "VBP", "MD") for a in auxes)
    return verb.tag_ in ("VB", "VBP")


def _denied(verb: Token, head: Token) -> bool:
    """True when ``verb`` heads the complement of a denial ("denied sending", "denied that
    it sent", "rejected claims that it sent"): its subject says it did not happen."""
    dep = verb.dep_
    if dep in ("xcomp", "ccomp", "pcomp"):
        return (head.lemma_.lower() in DENIAL_VERBS and head.pos_ == "VERB"
                and not any(c.dep_ == "neg" for c in head.children))
    if dep in ("acl", "ccomp", "relcl") and head.pos_ == "NOUN" and head.lemma_.lower() in CLAIM_NOUNS:
        if dep == "relcl" and any(c.dep_ in ("nsubj", "dobj") and c.lower_ in ("that", "which")
                                  for c in verb.children):
            return False  # "reports that mentioned X": a relative clause, not the claim's content
        gov = head.head
        return head.dep_ in PATIENT_DEPS and gov.lemma_.lower() in DENIAL_VERBS
    return False


def would_only(trigger: Token) -> bool:
    """True when "would" is the only modal of the trigger's clause ("would be ready to")."""
    verb = trigger.head if trigger.pos_ == "ADJ" and trigger.dep_ == "acomp" else trigger
    aux = _aux_lemmas(verb)
    return "would" in aux and not (aux & (HYPOTHETICAL_AUX - {"would"}))


def governs_condition(verb: Token) -> bool:
    """True when the clause governs an if/unless clause ("will strike unless X ...");
    unlike :func:`conditional`, not when the clause is itself the condition."""
    return any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in CONDITIONAL_MARKS
                                         for g in c.children) for c in verb.children)


def conditional(verb: Token) -> bool:
    """True when the clause carries or governs an if/unless condition."""
    return any(c.dep_ in ("mark", "advcl") and (c.lower_ in CONDITIONAL_MARKS or any(
        g.dep_ == "mark" and g.lower_ in CONDITIONAL_MARKS for g in c.children))
        for c in verb.children)


def _speech_governor(verb: Token) -> tuple[Token, Token | None] | None:
    """The speech verb whose complement clause holds ``verb``, and its subject."""
    node = verb
    for _ in range(3):
        head = node.head
        if head.i == node.i:
            return None
        if node.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in REPORTING_VERBS | DECLARE_VERBS:
            return head, subject_of(head)
        if (node.dep_ in ("acl", "relcl") and head.lemma_.lower() in SPEECH_NOUNS and head.dep_ == "dobj"
                and head.head.pos_ == "VERB" and any(c.dep_ == "mark" for c in node.children)):
            # "issued a reminder to Iraq that it must cooperate": the issuer says it
            return head.head, subject_of(head.head)
        if node.dep_ != "conj":
            return None
        node = head
    return None


def is_stated_refusal(verb: Token) -> bool:
    """A negated intention or statement ("will not accept", "said it would not help")."""
    if not any(c.dep_ == "neg" for c in verb.children):
        return False
    if _aux_lemmas(verb) & (OBLIGATION_AUX | {"should", "ought"}):
        return False  # "X should not apologise, Y insisted": advice, not X's refusal
    return bool(_aux_lemmas(verb) & REFUSAL_AUX) or _speech_governor(verb) is not None
