"""Indirect speech and unquoted characterisations over the dependency parse.

``find_indirect(doc)`` yields :class:`Reported` records, one per reporting construction:

* a reporting verb and its complement clause: ``X said (that) the talks had failed``,
  ``the talks had failed, X said``, ``X told reporters the border was closed``;
* ``according to X, ...``: the rest of the clause is the content;
* intentions and demands stated by someone: ``X vowed to retaliate``, ``X called for talks``,
  ``X urged Y to ...`` (the infinitive / object is the content);
* characterisations: ``X called the talks positive``, ``X described the deal as a failure``.

* other frames (``quotes/frames.py``): nominal cues (``the claim that ...``), raising and
  passive cues (``X is expected to ...``), ``it is clear that ...``.

The content span is the complement's words (``that`` kept when present, trailing
punctuation dropped), run on to the end of the sentence (``quotes/extend.py``) and never
over a paragraph break; the cue token is kept so the speaker can be taken from it.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsevents.nlp.lexicon import CONCESSIVE_MARKS, CONDITIONAL_MARKS, DOER_DEPS, REASON_MARKS, RELATIVE
from newsevents.quotes.extend import before_second_predicate, past_medial_cue, to_sentence_end
from newsevents.quotes.frames import fronted, impersonal, nominal, raised, stance_adjective, topic, topic_noun
from newsevents.quotes.paragraphs import clip_to_paragraph, paragraph_breaks
from newsevents.quotes.vocabulary import (
    CHARACTERISE_LEMMAS,
    INTENT_LEMMAS,
    OBJECT_LEMMAS,
    SAY_LEMMAS,
)

_SPEAKER_DEPS = DOER_DEPS
#: subordinators whose clause after a medial cue still belongs to the report
_CONTENT_MARKS = REASON_MARKS | CONCESSIVE_MARKS | CONDITIONAL_MARKS - {"whether"} | {"until", "while"}
#: wh-words of a free relative (``what X said was ...``)
_FREE_WH = frozenset({"what", "whatever"})
#: relative pronouns a report in a relative clause opens with (``donations, which he said
#: were bribes``)
_RELATIVE_WH = RELATIVE - {"whom", "whose"}
_EDGE_PUNCT = frozenset(",.;:!?—–-\"“”'‘’()")


@dataclass(frozen=True)
class Reported:
    """One reported content: char span, its cue token and the kind of report."""

    start: int
    end: int
    cue: Token
    kind: str


def _trim(doc: Doc, lo: int, hi: int, least: int = 2) -> Span | None:
    """Tokens [lo, hi) without edge punctuation and spaces; None when nothing is left."""
    while lo < hi and (doc[lo].is_space or doc[lo].text in _EDGE_PUNCT or doc[lo].lower_ in ("and", "but")):
        lo += 1
    while hi > lo and (doc[hi - 1].is_space or doc[hi - 1].text in _EDGE_PUNCT
                       or (doc[hi - 1].lower_ in ("and", "but", "or") and doc[hi - 1].dep_ == "cc")):
        hi -= 1  # '... should be released but said "..."': the conjunction is not content
    return doc[lo:hi] if hi - lo >= least else None


def _has_subject(tok: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in tok.children)


def _clause_span(doc: Doc, head: Token, cue: Token) -> Span | None:
    """The complement clause under ``head`` (``that`` kept), never running over the cue."""
    lo, hi = head.left_edge.i, head.right_edge.i + 1
    if lo <= cue.i < hi:  # "X, he said, Y": keep the side of the clause head
        if head.i > cue.i:
            lo = cue.i + 1
        else:
            hi = cue.i
    return _trim(doc, lo, hi)


def _around_cue(cue: Token) -> Span | None:
    """``The museum, Mr. Obama said, would ...`` / ``..., experts say``: a reporting verb
    hung on the clause it reports (parataxis) reports its whole sentence; a medial cue
    stays inside the span, a final or initial one is cut off."""
    doc = cue.doc
    head = cue.head
    sent = cue.sent
    lo, hi = max(head.left_edge.i, sent.start), min(head.right_edge.i + 1, sent.end)
    c_lo, c_hi = cue.left_edge.i, cue.right_edge.i + 1
    if all(t.is_punct or t.is_space for t in doc[lo:c_lo]) and c_hi < hi:
        lo = c_hi
    elif not any(t.pos_ in ("VERB", "AUX") and t.i != cue.i for t in doc[c_hi:hi]):
        hi = c_lo
    return _trim(doc, lo, hi, least=3)


def _extend_medial(doc: Doc, span: Span, cue: Token) -> Span:
    """``Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt``: a subordinate
    clause after a sentence-medial cue belongs to the reported content."""
    if span.end > cue.i:
        return span
    hi = span.end
    for c in cue.rights:
        if c.dep_ == "advcl" and c.tag_ != "VBG" and any(
                g.dep_ == "mark" and g.lower_ in _CONTENT_MARKS for g in c.children):
            hi = max(hi, c.right_edge.i + 1)
    return _trim(doc, span.start, hi) or span if hi > span.end else span


def _across_paragraph(a: Token, b: Token) -> bool:
    """True when a paragraph break lies between tokens ``a`` and ``b``."""
    lo, hi = sorted((a.i, b.i))
    return any("\n" in t.text_with_ws for t in a.doc[lo:hi])


def _reporting_complement(cue: Token) -> Token | None:
    """The complement clause head of a reporting verb, if any (never one the parse took
    from another paragraph). Of two, the one right after the cue wins (``While he conceded
    A was a reason, Ham noted B left him ...``: the parse may hang A on the later cue)."""
    comps = [c for c in cue.children
             if (c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and _has_subject(c)
                 and not _across_paragraph(c, cue))]
    if len(comps) > 1:
        after = [c for c in comps if c.i > cue.i
                 and not any(t.is_punct for t in cue.doc[cue.i + 1:c.left_edge.i])]
        if after:
            return after[0]
    if comps:
        return comps[0]
    # "told reporters (that) ..." attaches the clause to the object at times
    for c in cue.children:
        if c.dep_ in ("dobj", "dative"):
            for g in c.children:
                if g.dep_ == "ccomp" and _has_subject(g):
                    return g
    return None


def _that_after_adjuncts(cue: Token) -> Span | None:
    """``X continues to insist, most recently in an interview, that he ...`` when the parse
    lost the clause: a ``that`` right after the cue's own adjuncts opens the content, which
    runs to the sentence end."""
    doc = cue.doc
    j = cue.i + 1
    for c in cue.rights:
        if c.dep_ in ("prep", "advmod", "npadvmod", "punct") and c.left_edge.i <= j:
            j = max(j, c.right_edge.i + 1)
    while j < cue.sent.end and doc[j].text == ",":
        j += 1
    if j >= cue.sent.end or doc[j].lower_ != "that" or doc[j].dep_ != "mark":
        return None
    return _trim(doc, j, cue.sent.end, least=3)


def _free_relative(cue: Token, comp: Token) -> Span | None:
    """``what Trump says his plan would do``, ``what the senators said was a scheme``:
    the wh-word before the cue through the complement (not its later conjuncts); the
    content is a noun phrase of the writer's sentence, so it does not run on."""
    doc = cue.doc
    # a relative pronoun only from the complement ("which he said were"), never the cue's
    # own subject ("the study, which notes that ...")
    rel = [t for t in comp.subtree if t.lower_ in _RELATIVE_WH] if cue.dep_ == "relcl" else []
    wh = sorted([t for t in [*comp.subtree, *cue.lefts] if t.lower_ in _FREE_WH] + rel, key=lambda t: t.i)
    wh = [t for t in wh if t.i < cue.i]
    if not wh or cue.dep_ in ("ROOT", "ccomp"):
        return None
    hi = comp.i + 1
    for c in comp.rights:
        if c.dep_ in ("conj", "cc"):
            break
        hi = c.right_edge.i + 1
    return _trim(doc, wh[0].i, hi)


def _according_to(tok: Token) -> Span | None:
    """The clause an ``according to X`` phrase hangs on, without the phrase."""
    doc = tok.doc
    phrase_lo = tok.i
    to = doc[tok.i + 1]
    phrase_hi = to.right_edge.i + 1
    head = tok.head
    while head.dep_ not in ("ROOT", "ccomp", "conj") and head.head.i != head.i:
        head = head.head
    lo, hi = head.left_edge.i, head.right_edge.i + 1
    sent = tok.sent
    lo, hi = max(lo, sent.start), min(hi, sent.end)
    if phrase_lo - lo >= hi - phrase_hi:
        return _trim(doc, lo, phrase_lo)
    return _trim(doc, phrase_hi, hi)


def _characterisation(cue: Token) -> Span | None:
    """``called the talks positive`` / ``described X as Y``: object through predicate; not
    a name given (``a stream called Miracle Run``) nor a phrasal verb (``call on X``)."""
    if cue.dep_ == "acl" and cue.tag_ == "VBN" and not any(c.dep_ == "agent" for c in cue.children):
        return None
    if any(c.dep_ == "prt" for c in cue.children):
        return None
    objs = [c for c in cue.children if c.dep_ == "dobj"]
    if not objs:
        # 'called a former champion "reckless"' parsed with the label heading the object
        labels = [c for c in cue.children if c.dep_ == "oprd" and c.i > cue.i
                  and c.left_edge.i < c.i]
        return _trim(cue.doc, labels[0].left_edge.i, labels[0].right_edge.i + 1) if labels else None
    obj = objs[0]
    preds = [c for c in cue.children if c.dep_ in ("oprd", "xcomp") and c.i > obj.i]
    preds += [c for c in cue.children if c.dep_ == "prep" and c.lower_ in ("as", "for") and c.i > obj.i]
    # 'called the plan "a disaster"' parsed as an apposition: the quoted label
    preds += [c for c in obj.children if c.dep_ == "appos" and c.i > obj.i
              and c.left_edge.i > 0 and cue.doc[c.left_edge.i - 1].is_quote]
    if not preds:
        return None
    return _trim(cue.doc, obj.left_edge.i, max(p.right_edge.i for p in preds) + 1)


def _intent(cue: Token) -> Span | None:
    """``vowed to retaliate``, ``urged Kyiv to negotiate``, ``called for talks``."""
    doc = cue.doc
    for c in cue.children:
        if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and c.i > cue.i:
            return _trim(doc, c.left_edge.i, c.right_edge.i + 1)
    for c in cue.children:
        if c.dep_ == "dobj" and c.i > cue.i:
            for g in c.children:
                if g.dep_ in ("acl", "relcl") and g.tag_ == "VB":
                    return _trim(doc, c.left_edge.i, g.right_edge.i + 1)
        if c.dep_ == "prep" and c.lower_ in ("for", "on") and cue.lemma_ in ("call", "push", "press", "appeal"):
            pobj = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]  # "for cutting X"
            if pobj:
                return _trim(doc, pobj[0].left_edge.i, c.right_edge.i + 1)
    return None


def _passive_object(cue: Token, lemma: str) -> Span | None:
    """``the plan is supported by X``, ``the story was first reported by Y``: the passive
    subject of a verb of stance or report with its agent (the speaker)."""
    if lemma not in OBJECT_LEMMAS and lemma not in ("report", "publish", "announce"):
        return None
    if not any(c.dep_ == "agent" for c in cue.children):
        return None
    subj = [c for c in cue.children if c.dep_ == "nsubjpass" and c.i < cue.i]
    if not subj or subj[0].pos_ == "PRON":
        return None
    return _trim(cue.doc, subj[0].left_edge.i, subj[0].right_edge.i + 1, least=1)


def _comma_participle(tok: Token) -> bool:
    """``..., citing the report``: an ``-ing`` form after a comma, hung on its head."""
    return (tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp", "conj") and tok.i > tok.head.i
            and tok.i > 0 and tok.doc[tok.i - 1].text == ",")


def _object(cue: Token) -> Span | None:
    """``cited the remarks``, ``attacked Clinton for her vote``: the object (and its
    ``for``/``over`` reason) when the subject is someone, or of a participle after its
    head's comma (``X said ..., citing Y``)."""
    subj = [c for c in cue.children if c.dep_ == "nsubj"]
    if not subj:
        if not _comma_participle(cue):
            return None
    elif subj[0].pos_ not in ("PROPN", "PRON", "NOUN") or subj[0].lower_ in ("it", "this", "that"):
        return None
    objs = [c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i]
    if not objs:  # "condemned what he called a breach": a free relative is the object
        objs = [c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i
                and c.left_edge.lower_ in _FREE_WH]
    if not objs:
        return None
    hi = objs[0].right_edge.i + 1
    for c in cue.children:
        if c.dep_ == "prep" and c.i >= hi and c.lower_ in ("for", "over", "as", "of"):
            hi = c.right_edge.i + 1
    return _trim(cue.doc, objs[0].left_edge.i, hi, least=1)


def find_indirect(doc: Doc) -> Iterator[Reported]:
    """Every reported content in ``doc`` (may overlap direct quotations; the caller decides)."""
    breaks = paragraph_breaks(doc)
    found = list(_reports(doc))
    cues = {tok.i for _, tok, _ in found}
    for span, tok, kind in found:
        span = before_second_predicate(doc, to_sentence_end(doc, span, tok, cues), tok, cues)
        if kind != "characterisation":
            span = past_medial_cue(doc, span, tok, cues)
        clipped = clip_to_paragraph(span, tok.i, breaks, least=1)
        if clipped is not None:
            yield Reported(clipped.start_char, clipped.end_char, tok, kind)


def _reports(doc: Doc) -> Iterator[tuple[Span, Token, str]]:
    """Each reporting construction: content span, cue token, kind."""
    for tok in doc:
        low = tok.lower_
        if low == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            span = _according_to(tok)
            if span is not None:
                yield span, tok, "indirect"
            continue
        if tok.pos_ == "NOUN":
            span = nominal(tok) or topic_noun(tok)
            if span is not None:
                yield span, tok, "indirect"
            continue
        if tok.pos_ == "ADJ":
            span = stance_adjective(tok)
            if span is not None:
                yield span, tok, "indirect"
            continue
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        lemma = tok.lemma_.lower()
        span = None
        kind = "indirect"
        if lemma in SAY_LEMMAS:
            comp = _reporting_complement(tok)
            whole = fronted(tok)
            if (whole is not None and comp is not None and whole.start < comp.left_edge.i
                    and tok.dep_ in ("ROOT", "conj")):
                # "A told B that C, but D overruled it, the source added": a final cue
                # reports all of its sentence, not the clause the parse hung on it
                span = whole
            elif comp is not None:
                span = _free_relative(tok, comp) or _clause_span(doc, comp, tok)
                if span is not None and comp.i < tok.i:
                    span = _extend_medial(doc, span, tok)
            elif tok.dep_ == "parataxis" and tok.head.pos_ in ("VERB", "AUX"):
                span = _around_cue(tok)
            else:
                span = fronted(tok) or _that_after_adjuncts(tok)
        if span is None and lemma in CHARACTERISE_LEMMAS:
            span = _characterisation(tok)
            kind = "characterisation"
        if span is None and lemma in INTENT_LEMMAS:
            span = _intent(tok)
            kind = "indirect"
        if span is None and lemma in OBJECT_LEMMAS:
            span = _object(tok)
            kind = "indirect"
        if span is None:
            span = raised(tok) or impersonal(tok) or topic(tok) or _passive_object(tok, lemma)
            kind = "indirect"
        if span is not None:
            yield span, tok, kind
