"""Find the place names of a ``Doc``: spans that name a place, before deciding which place.

Sources of a mention, in order of trust:

- ``ner``: a GPE/LOC/FAC entity the gazetteer knows (its whole text, or with a trailing
  division word, "Laurel County", "the Kharkiv region");
- ``demonym``: a nationality word or people ("a Turkish policeman", "Palestinians");
- ``inner``: the leading place name inside another entity ("Alexandria Police Department",
  "the University of Florida");
- ``gazetteer``: proper nouns the model did not tag, where the gazetteer knows them as a
  country/division/region, or as a town in a locative phrase ("in Oakport", "Sioux Falls, S.D.").

Common words that are also town names ("Paradise", "Independence") are taken only when the
model tagged them as places. Each mention records how it was found (``source``) and the
qualifier that follows it ("Paris, Texas").
"""
from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources

from spacy.tokens import Doc, Span, Token

from newsevents.geo.gazetteer import ALT, DEMONYM, Gazetteer, Place, is_adm1_word
from newsevents.nlp.lexicon import (
    BELONGING_PREPS,
    DETERMINERS,
    NAMED_THING_LABELS,
    PLACE_LABELS,
    PLACE_PREPS,
    SEAT_PREPS,
)

#: entity labels that may hold a place name at their start or after "of"
HOLDER_LABELS = NAMED_THING_LABELS | {"FAC", "LAW"}
#: nouns after a name that make it the name of a disease, not of a place ("Marburg virus")
DISEASE_NOUNS = frozenset({"virus", "viruses", "fever", "disease", "syndrome", "strain", "encephalitis"})
#: prepositions of motion and extent whose object is a place ("flights to Rome", "via Cairo")
MOTION_PREPS = frozenset({"to", "toward", "towards", "through", "via", "into", "off", "between", "within"})
#: prepositions that make their object a location
LOCATIVE_PREPS = PLACE_PREPS | SEAT_PREPS | BELONGING_PREPS | MOTION_PREPS
#: coarse features that may stand as places without a locative phrase
BROAD_FEATURES = frozenset({"country", "adm1", "continent", "region", "sea", "lake"})
_MAX_TOKENS = 6


def _stoplist() -> frozenset[str]:
    text = (resources.files("newsevents.geo") / "data" / "not_places.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@dataclass
class Mention:
    """A span that names a place, with its gazetteer candidates."""

    start: int  # token index
    end: int
    text: str
    start_char: int
    end_char: int
    source: str  # ner | demonym | inner | gazetteer
    candidates: tuple[Place, ...]
    division: bool = False  # a division word follows or ends it ("Kharkiv region")
    qualifier: tuple[Place, ...] = ()  # the places named right after ("Paris, Texas")
    qualifies: bool = False  # it is itself the qualifier of the mention before it
    extra: dict = field(default_factory=dict)


def _trim(span: Span) -> Span:
    """Drop leading determiners and trailing possessives/punctuation."""
    start, end = span.start, span.end
    while start < end and span.doc[start].lower_ in DETERMINERS:
        start += 1
    while end > start and ((span.doc[end - 1].is_punct and span.doc[end - 1].text != ".")
                           or span.doc[end - 1].tag_ == "POS"):
        end -= 1
    return span.doc[start:end]


def _is_capitalised(span: Span) -> bool:
    return bool(span.text) and (span[0].is_title or span[0].is_upper or span[0].text[:1].isupper())


class Recogniser:
    """Finds place mentions with a gazetteer."""

    def __init__(self, gaz: Gazetteer, demonyms: bool = True) -> None:
        self.gaz = gaz
        self.demonyms = demonyms
        self.stop: frozenset[str] = _stoplist()

    # -- lookups -----------------------------------------------------------------

    def places(self, span: Span) -> tuple[Place, ...]:
        """Non-demonym candidates of a span's text."""
        return tuple(p for p in self.gaz.lookup(span.text) if p.how != DEMONYM)

    def demonym(self, span: Span) -> tuple[Place, ...]:
        return tuple(p for p in self.gaz.lookup(span.text) if p.how == DEMONYM)

    def _with_division(self, span: Span) -> tuple[Span, tuple[Place, ...], bool]:
        """The span extended by a following division word when that names a known place
        ("Laurel" + "County"), else the span itself; and whether a division word is part of it."""
        doc = span.doc
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and is_adm1_word(nxt.text):
            longer = doc[span.start:span.end + 1]
            found = self.places(longer) if nxt.text[:1].isupper() else ()
            if found:
                return longer, found, True
            found = self.places(span)
            after = doc[span.end + 1] if span.end + 1 < len(doc) else None
            if any(p.feature != "country" for p in found) and not (after is not None and after.lower_ == "of"):
                return longer, found, True
            return span, found, False
        found = self.places(span)
        if not found and len(span) > 1 and is_adm1_word(span[-1].text):
            return span, self.places(span[:-1]), True
        return span, found, bool(len(span) > 1 and is_adm1_word(span[-1].text))

    # -- mention sources -----------------------------------------------------------

    def find(self, doc: Doc) -> list[Mention]:
        """Every place mention of ``doc``, in text order, without overlaps."""
        taken: set[int] = set()
        out: list[Mention] = []

        def add(span: Span, cands: tuple[Place, ...], source: str, division: bool = False) -> None:
            if not cands or any(t.i in taken for t in span) or self._disease(span):
                return
            taken.update(t.i for t in span)
            out.append(Mention(span.start, span.end, span.text, span.start_char, span.end_char, source,
                               cands, division))

        for ent in doc.ents:
            if ent.label_ in PLACE_LABELS:
                span = _trim(ent)
                if not len(span):
                    continue
                span, cands, division = self._with_division(span)
                if not cands and ent.label_ != "FAC":
                    cands = self._inner(span)
                    if cands:
                        span, cands = cands
                        add(span, cands, "inner")
                    continue
                if ent.label_ == "FAC" and not any(c.how != ALT for c in cands):
                    continue
                add(span, cands, "ner", division)
            elif ent.label_ == "NORP" and self.demonyms:
                span = _trim(ent)
                cands = self.demonym(span) if len(span) else ()
                if cands:
                    add(span, cands, "demonym")
        for ent in doc.ents:
            if ent.label_ in HOLDER_LABELS and not any(t.i in taken for t in ent):
                found = self._inner(_trim(ent))
                if found:
                    add(found[0], found[1], "inner")
        for span, cands in self._untagged(doc, taken):
            add(span, cands, "gazetteer")
        for ent in doc.ents:
            if ent.label_ in ("PERSON", "ORG") and not any(t.i in taken for t in ent):
                span = _trim(ent)
                if len(span) and (self._locative(span.root) or self._qualified(doc, span)) \
                        and span.text.lower() not in self.stop:
                    cands = tuple(c for c in self.places(span) if c.how != ALT)
                    add(span, cands, "gazetteer")
        if self.demonyms:
            for tok in doc:
                if tok.i not in taken and tok.text[:1].isupper() and tok.pos_ in ("ADJ", "PROPN", "NOUN") \
                        and tok.ent_type_ not in ("PERSON", "ORG"):
                    cands = self.demonym(doc[tok.i:tok.i + 1])
                    if cands:
                        add(doc[tok.i:tok.i + 1], cands, "demonym")
        out.sort(key=lambda m: m.start)
        self._qualify(doc, out)
        return out

    def _inner(self, span: Span) -> tuple[Span, tuple[Place, ...]] | None:
        """A place name at the start of ``span`` or after its "of" ("Alexandria Police",
        "University of Florida"), the longest first."""
        if len(span) < 2:
            return None
        doc = span.doc
        starts = [span.start] + [t.i + 1 for t in span[:-1] if t.lower_ == "of"]
        for s in starts:
            for e in range(min(span.end, s + _MAX_TOKENS), s, -1):
                sub = doc[s:e]
                if (s, e) == (span.start, span.end) or not _is_capitalised(sub) or sub[-1].is_punct:
                    continue
                if sub.text.lower() in self.stop:
                    continue
                sub2, cands, _ = self._with_division(sub)
                cands = tuple(c for c in cands if c.how != ALT and (c.feature in BROAD_FEATURES or c.population >= 1000))
                if cands:
                    return (sub2 if sub2.end <= span.end else sub), cands
        return None

    def _untagged(self, doc: Doc, taken: set[int]) -> list[tuple[Span, tuple[Place, ...]]]:
        """Runs of capitalised proper nouns outside entities that the gazetteer knows."""
        found = []
        i = 0
        n = len(doc)
        while i < n:
            tok = doc[i]
            if i in taken or tok.ent_type_ or tok.pos_ != "PROPN" or not tok.text[:1].isupper() \
                    or (tok.is_sent_start and not self._locative(tok)):
                i += 1
                continue
            j = i
            while j < n and j - i < _MAX_TOKENS and j not in taken and not doc[j].ent_type_ \
                    and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
                j += 1
            hit = self._best_sub(doc, i, j)
            if hit is None:
                i += 1
                continue
            found.append(hit)
            i = hit[0].end
        return found

    def _best_sub(self, doc: Doc, i: int, j: int) -> tuple[Span, tuple[Place, ...]] | None:
        for e in range(j, i, -1):
            span = doc[i:e]
            key = span.text.lower()
            if key in self.stop:
                continue
            span2, cands, division = self._with_division(span)
            cands = tuple(c for c in cands if c.how != ALT)
            if not cands:
                continue
            broad = any(c.feature in BROAD_FEATURES for c in cands)
            if broad or division or self._locative(span.root) or self._qualified(doc, span2):
                return span2, cands
        return None

    def _disease(self, span: Span) -> bool:
        """The name is a disease's or a virus's ("Marburg virus", "Rift Valley fever"), or on the stop-list."""
        doc = span.doc
        if span.text.lower() in self.stop:
            return True
        return span.end < len(doc) and doc[span.end].lower_ in DISEASE_NOUNS

    @staticmethod
    def _locative(tok: Token) -> bool:
        """The token (or the head of its compound) is the object of a locative preposition."""
        while tok.dep_ in ("compound", "flat", "appos") and tok.head is not tok:
            tok = tok.head
        return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS

    def _qualified(self, doc: Doc, span: Span) -> bool:
        """``X, Y`` where Y is a known state, division or country."""
        k = span.end
        if k + 1 < len(doc) and doc[k].text == ",":
            nxt = doc[k + 1:min(len(doc), k + 4)]
            for e in range(len(nxt), 0, -1):
                if any(p.feature in ("adm1", "country") for p in self.places(nxt[:e])):
                    return True
        return False

    def _qualify(self, doc: Doc, mentions: list[Mention]) -> None:
        """Mark ``X, Y`` pairs: Y's places qualify X (Y is then a container, not a town)."""
        for a, b in zip(mentions, mentions[1:]):
            between = doc[a.end:b.start]
            if len(between) == 1 and between[0].text == "," and b.source != "demonym":
                containers = tuple(p for p in b.candidates if p.feature in ("adm1", "country", "adm2"))
                if containers:
                    a.qualifier = containers
                    b.qualifies = True

