"""spaCy component: places named in an article, resolved to geonames (``doc._.places``).

Candidates are the GPE/LOC entities (plus ``the X region`` / ``X Oblast``). Each name's
gazetteer entries are ranked by (a qualifier right after it, ``Paris, Texas``), then by
whether the entry lies in a country the article names elsewhere, then by population. A
metonym the actor stage read as an actor and that is the subject of a verb
(``Washington said``) is an actor, not a place.
"""
from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsevents.geo.gazetteer import Gazetteer, Place, gazetteer, is_adm1_word

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _is_actor_subject(ent: Span, metonyms: list[tuple[int, int]]) -> bool:
    """The entity is a metonym actor mention and the subject of a verb."""
    if not any(s < ent.end_char and ent.start_char < e for s, e in metonyms):
        return False
    return ent.root.dep_ in _SUBJECT_DEPS or (ent.root.dep_ == "poss" and ent.root.head.dep_ in _SUBJECT_DEPS)


def _qualifier(doc: Doc, ent: Span, gaz: Gazetteer) -> set[str]:
    """Countries/regions named right after ``ent`` (``Paris, Texas``; ``Tripoli, Lebanon``)."""
    i = ent.end
    if i + 1 >= len(doc) or doc[i].text != ",":
        return set()
    j = i + 1
    while j < len(doc) and j < i + 4 and doc[j].pos_ == "PROPN":
        j += 1
    words = doc[i + 1:j].text
    out = set()
    for p in gaz.lookup(words):
        if p.feature == "country":
            out.add(p.country)
        elif p.feature == "region" and p.adm1:
            out.add(p.adm1)
    return out


def _record(ent_text: str, start: int, end: int, place: Place, sentence: int) -> dict[str, Any]:
    return {"text": ent_text, "start": start, "end": end, "name": place.name,
            "country": place.country, "adm1": place.adm1, "lat": place.lat, "lon": place.lon,
            "geonameid": place.geonameid, "feature": place.feature, "sentence": sentence}


def _propn_run(doc: Doc, last: int) -> Span | None:
    """The run of up to 3 proper nouns ending at token ``last``."""
    first = last
    while first > 0 and last - first < 2 and doc[first - 1].pos_ == "PROPN":
        first -= 1
    return doc[first:last + 1] if doc[last].pos_ == "PROPN" else None


def candidate_spans(doc: Doc) -> list[Span]:
    """Place-like spans: GPE/LOC/FAC entities, proper nouns before "region"/"Oblast",
    and proper nouns after "in"/"near"/"at" the model did not tag."""
    spans = [e for e in doc.ents if e.label_ in _PLACE_LABELS or is_adm1_word(e[-1].text)]
    taken = {t.i for e in doc.ents for t in e}
    for tok in doc:
        if tok.i in taken or tok.pos_ != "PROPN":
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        before_adm1 = nxt is not None and is_adm1_word(nxt.text)
        after_prep = tok.dep_ == "pobj" and tok.head.lower_ in ("in", "near", "at", "outside")
        if before_adm1 or after_prep:
            run = _propn_run(doc, tok.i)
            if run is not None and not any(t.i in taken for t in run):
                spans.append(run)
                taken.update(t.i for t in run)
    return sorted(spans, key=lambda s: s.start)


#: prepositions that make a country name a location ("in Sudan") rather than a topic or actor
LOCATIVE_PREPS = frozenset({"in", "into", "inside", "within", "across", "throughout", "near", "at", "outside",
                            "around", "over"})


def _is_located(ent: Span) -> bool:
    """Whether a country name is the object of a locative preposition."""
    head = ent.root
    return head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS


def _inside_wider_actor(ent: Span, spans: list[tuple[int, int]]) -> bool:
    """Whether ``ent`` is part of a longer actor mention ("U.S. President X", "Moscow Mayor")."""
    return any(s <= ent.start_char and ent.end_char <= e and (e - s) > len(ent.text) for s, e in spans)


class PlaceResolver:
    """Sets ``doc._.places``: list of {text,start,end,name,country,adm1,lat,lon,geonameid,
    feature,sentence}. Reads ``doc._.actor_mentions`` (may be None) for metonyms."""

    def __init__(self, nlp: Language | None = None) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        doc._.places = self.find(doc)
        return doc

    def find(self, doc: Doc) -> list[dict[str, Any]]:
        """The resolved places of ``doc`` in document order."""
        ents = candidate_spans(doc)
        if not ents:
            return []
        gaz = gazetteer()
        mentions = doc._.actor_mentions or []
        metonyms = [(m["start"], m["end"]) for m in mentions if m.get("kind") == "metonym"]
        wider = [(m["start"], m["end"]) for m in mentions]
        found: list[tuple[Span, tuple[Place, ...], bool]] = []
        for ent in ents:
            if _is_actor_subject(ent, metonyms) or _inside_wider_actor(ent, wider):
                continue
            if not _is_located(ent) and any(s < ent.end_char and ent.start_char < e for s, e in metonyms):
                continue  # a capital as a government ("talks between Moscow and Kyiv"), not a place
            region = ent.end < len(doc) and is_adm1_word(doc[ent.end].text)
            if len(ent) > 1 and is_adm1_word(ent[-1].text):
                ent, region = ent[:-1], True
            cands = gaz.lookup(ent.text)
            if not cands or (cands[0].feature == "country" and not region and not _is_located(ent)):
                continue
            found.append((ent, cands, region))
        context = {c[0].country for _, c, _ in found if c[0].feature == "country"}
        context |= {m["code"][:3] for m in mentions if m.get("code") and m.get("kind") != "metonym"}
        sent_starts = [s.start for s in doc.sents]
        out = []
        for ent, cands, region in found:
            qual = _qualifier(doc, ent, gaz)
            best = max(cands, key=lambda p: (p.country in qual or (p.adm1 in qual),
                                              p.country in context, p.population))
            end = ent.end_char
            if region and best.feature == "city":
                best = gaz.region_of(best)
                end = doc[ent.end].idx + len(doc[ent.end].text)
            sentence = sum(1 for s in sent_starts if s <= ent.start) - 1
            out.append(_record(doc.text[ent.start_char:end], ent.start_char, end, best, sentence))
        return out
