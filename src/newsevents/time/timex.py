"""spaCy component: temporal expressions in ``doc.text`` resolved against ``doc._.published``."""
from __future__ import annotations

from bisect import bisect_right
from datetime import date
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsevents.nlp.lexicon import (
    FUTURE_AUX,
    FUTURE_GOVERNORS,
    HYPOTHETICAL_AUX,
    OBLIGATION_AUX,
    PAST_AUX,
    PERFECT_AUX,
    PROMISE_VERBS,
)
from newsevents.time.patterns import (
    FUTURE_RE,
    MONTH_BLOCK_BEFORE_RE,
    MONTH_CONTEXT_RE,
    TIMEX_RE,
)
from newsevents.time.resolve import resolve

#: alternatives whose value depends on the tense of their clause
_TENSED = frozenset({"wd", "month", "mdy", "dmy", "modabs", "modper", "modrel", "rel"})
#: words whose participle or complement is about what is to come ("is expected", "vowed to")
_LOOK_AHEAD = FUTURE_GOVERNORS - {"consider"} | PROMISE_VERBS | frozenset({"seek", "need", "likely"})
#: modals that put their verb after the time of writing ("could be signed", "would be held")
_MODALS = HYPOTHETICAL_AUX | OBLIGATION_AUX


def _looks_ahead(verb: Token) -> str | None:
    """'future' for a verb that is plainly about what is to come, else None (decide by tense).

    A modal without a perfect ("could be signed", "would be held"), and a passive or
    participle of a planning verb in the present ("is expected", "are scheduled", "the summit,
    planned for") look ahead; a past auxiliary ("was expected", "had planned") does not.
    """
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lows = {c.lower_ for c in aux}
    if lows & PERFECT_AUX or any(c.tag_ == "VBD" for c in aux):
        return None
    if lows & _MODALS and verb.tag_ in ("VB", "VBN"):
        return "future"
    if verb.tag_ == "VBN" and verb.lemma_ in _LOOK_AHEAD:
        return "future"
    return None


def parse_published(value: Any) -> date | None:
    """``doc._.published`` ("YYYY-MM-DD", a date, or None) as a date, None when unusable."""
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def clause_direction(doc: Doc, tok: Token, depth: int = 0) -> str:
    """'future', 'past' or 'present' for the clause governing ``tok`` (past when unsure).

    An infinitive complement ("agreed to sell in October") takes the tense of the verb it
    depends on, unless that verb looks ahead ("is due to", "plans to"); other infinitives
    (purpose: "a program to run through June") look ahead.
    """
    verb = tok
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ in ("VERB", "AUX"):
        ahead = _looks_ahead(verb)
        if ahead is not None:
            return ahead
        for c in verb.children:
            if c.dep_ in ("aux", "auxpass"):
                low = c.lower_
                if low in FUTURE_AUX or (low == "going" and verb.tag_ == "VB"):
                    return "future"
                if low in PAST_AUX or c.tag_ == "VBD":
                    return "past"
                if low == "to" and verb.tag_ in ("VB", "VBN"):
                    head = verb.head
                    if (head.lemma_ in _LOOK_AHEAD or head is verb or depth > 2
                            or verb.dep_ != "xcomp"):
                        return "future"
                    if head.pos_ in ("VERB", "AUX"):
                        return clause_direction(doc, head, depth + 1)
                    return "future"
        if verb.tag_ in ("VBD", "VBN"):
            return "past"
        if verb.tag_ in ("VBZ", "VBP", "VBG", "VB"):
            sent = tok.sent
            return "future" if FUTURE_RE.search(sent.text) else "present"
    sent = tok.sent if doc.has_annotation("SENT_START") else doc[:]
    return "future" if FUTURE_RE.search(sent.text) else "past"


def _month_alone_ok(text: str, start: int, end: int) -> bool:
    """A bare month name is a date only after a temporal word ("in May") and not as a name."""
    before = text[max(0, start - 24):start]
    if MONTH_BLOCK_BEFORE_RE.search(before):
        return False
    return bool(MONTH_CONTEXT_RE.search(before))


class TimexTagger:
    """Finds temporal expressions with one regex pass and resolves them to TIMEX3 values."""

    def __init__(self, nlp: Language | None = None) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        doc._.timexes = self.find(doc)
        return doc

    def find(self, doc: Doc) -> list[dict[str, Any]]:
        """The timex records of ``doc``: start, end (chars), text, value, sentence."""
        text = doc.text
        anchor = parse_published(doc._.published)
        parsed = doc.has_annotation("DEP")
        has_sents = doc.has_annotation("SENT_START")
        sent_starts = [s.start_char for s in doc.sents] if has_sents else [0]
        tok_starts: list[int] | None = None
        out: list[dict[str, Any]] = []
        for m in TIMEX_RE.finditer(text):
            kind = m.lastgroup or ""
            start, end = m.span()
            if kind == "month" and not _month_alone_ok(text, start, end):
                continue
            direction = "past"
            if kind in _TENSED and parsed and len(doc):
                if tok_starts is None:
                    tok_starts = [t.idx for t in doc]
                i = max(0, bisect_right(tok_starts, end - 1) - 1)
                direction = clause_direction(doc, doc[i])
                if kind == "wd" and direction == "present":
                    direction = "past"
            value = resolve(kind, m, anchor, direction)
            sentence = bisect_right(sent_starts, start) - 1
            out.append({"start": start, "end": end, "text": text[start:end], "value": value,
                        "sentence": sentence})
            if kind == "year" and m["year_y2"]:
                s2, e2 = m.span("year_y2")
                out[-1].update(end=m.start("year_y2") - 1, text=m["year_y"])
                century = m["year_y"][:2]
                out.append({"start": s2, "end": e2, "text": text[s2:e2],
                            "value": century + m["year_y2"], "sentence": sentence})
        return out


__all__ = ["TimexTagger", "clause_direction", "parse_published"]
