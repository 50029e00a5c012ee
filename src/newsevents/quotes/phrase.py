"""The speaker's noun phrase and its actor mention."""
from __future__ import annotations

from typing import Any, Sequence

from spacy.tokens import Span, Token

from newsevents.model import PERSON_KINDS, ActorKind
from newsevents.nlp import lexicon
from newsevents.nlp.lexicon import CLAUSE_LINK_DEPS
from newsevents.quotes.cues import SPEECH_LEMMAS

#: tokens that end whatever precedes a speaker's name
_LEFT_BREAKS = frozenset({"―", "—", "–", "--", "-", "(", ")", ";", ":"})
#: relative pronouns (``an aide, who said``: the code is the antecedent's)
RELATIVE = lexicon.RELATIVE - {"whose"}
#: dependents that start a clause (never part of a speaker's name)
_CLAUSE_DEPS = CLAUSE_LINK_DEPS | frozenset({"relcl", "acl", "cc", "parataxis"})
#: actor-mention kinds (see newsevents.actors) that stand for a person a pronoun can refer back to
_PERSON_KINDS = PERSON_KINDS | {ActorKind.PRONOUN}


def speaker_span(tok: Token) -> Span:
    """The name or noun phrase headed by ``tok`` with the phrases that modify it (``a
    spokesman for the ministry``, ``a source familiar with the talks``), without clauses
    hanging on it (``who ...``, ``saying ...``) or an apposition."""
    doc = tok.doc
    left = tok.left_edge.i
    right = tok.i
    for c in tok.rights:
        if c.dep_ in ("flat", "compound", "appos") and c.i == right + 1:
            right = c.right_edge.i if c.dep_ != "appos" else right
        elif c.dep_ in ("prep", "amod") and c.i == right + 1 and tok.pos_ != "PRON":
            right = max(right, _modifier_end(c))
    # do not swallow a quotation, a dash or a bracket before the name
    for t in doc[left:tok.i]:
        # a hyphen inside a name ("Ban Ki-moon") is no break; a dash between spaces is
        if t.is_quote or (t.text in _LEFT_BREAKS and (t.text != "-" or t.whitespace_)):
            left = t.i + 1
    while left < right and (doc[left].is_punct or doc[left].is_quote
                            or (doc[left].pos_ == "VERB" and doc[left].lemma_.lower() in SPEECH_LEMMAS)):
        left += 1  # 'Said Okafor:': the inverted cue is not part of the name
    return doc[left:right + 1]


def _modifier_end(mod: Token) -> int:
    """The last token of the modifier phrase ``mod`` (``for the ministry``, ``familiar
    with the talks``) before any clause, comma, quotation, dash, bracket, relative word
    or time phrase in it (``of the group that ...`` ends at ``group``, ``in 2015`` is
    none); ``mod.i - 1`` when nothing of it is left."""
    doc = mod.doc
    stop = mod.right_edge.i + 1
    for t in doc[mod.i + 1:stop]:
        if t.dep_ in _CLAUSE_DEPS:
            stop = min(stop, t.left_edge.i)
        elif (t.text in ",;:()[]—–―" or t.text == "--" or t.is_quote or t.is_space
              or t.tag_ in ("WDT", "WP", "WP$") or t.ent_type_ in ("DATE", "TIME")
              or (t.text == "-" and t.whitespace_) or "\n" in t.text_with_ws):
            stop = min(stop, t.i)
    end = stop - 1
    while end >= mod.i and (doc[end].is_punct or doc[end].pos_ in ("ADP", "DET", "CCONJ", "ADV")):
        end -= 1
    if mod.dep_ == "prep" and end <= mod.i:
        return mod.i - 1
    return end


def covering_mention(mentions: Sequence[dict[str, Any]], start: int, end: int,
                     head: int | None = None) -> dict[str, Any] | None:
    """The actor mention overlapping [start, end), preferring the one over the head char."""
    best = None
    for m in mentions:
        if m["start"] < end and start < m["end"]:
            if head is not None and m["start"] <= head < m["end"]:
                return m
            if best is None:
                best = m
    return best


def preceding_person(mentions: Sequence[dict[str, Any]], before: int) -> dict[str, Any] | None:
    """The nearest actor mention ending before ``before`` (people preferred)."""
    prior = [m for m in mentions if m["end"] <= before and m.get("code")]
    people = [m for m in prior if m.get("kind") in _PERSON_KINDS]
    pool = people or prior
    return max(pool, key=lambda m: m["end"]) if pool else None


def speaker_record(tok: Token, mentions: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The speaker record for the noun phrase headed by ``tok``."""
    span = speaker_span(tok)
    s, e = span.start_char, span.end_char
    anchor = tok
    if tok.lower_ in RELATIVE and tok.head.dep_ == "relcl":
        anchor = tok.head.head  # "an aide, who said ...": the code is the aide's
    mention = covering_mention(mentions, anchor.left_edge.idx,
                               anchor.idx + len(anchor.text), anchor.idx)
    code = mention.get("code") if mention else None
    name = mention.get("name") if mention else None
    if tok.pos_ == "PRON" and (mention is None or not code):
        prior = preceding_person(mentions, s)
        if prior is not None:
            code, name = prior.get("code"), prior.get("name") or prior.get("text")
    return {"start": s, "end": e, "text": span.text, "code": code, "name": name}
