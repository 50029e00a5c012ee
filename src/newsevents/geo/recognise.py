"""Find the place names of a ``Doc``: spans that name a place, before deciding which place.

Every run of capitalised words ("Montes Claros", "Rostov-on-Don", "Mato Grosso do Sul") is
matched against the gazetteer, longest name first. A match is taken as a place when the text
gives evidence that it is one, because most town names are also other things:

- ``ner``: the model tagged it GPE/LOC/FAC;
- ``broad``: the gazetteer knows it as a country, continent, sea or large region;
- ``locative``: it is the object of a place preposition ("in Oakport", "flights to Rome");
- ``noun``: a place noun goes with it ("Chakama town", "the village of Bamba", "Kasai province");
- ``qualified``/``qualifier``: "X, Y" or "X (Y, Z)" where one side is a place ("Paris, Texas");
- ``inner``: it opens an organisation's name before an institution word, or follows its "of"
  ("Alexandria Police Department", "University of Florida");
- ``demonym``: a nationality word or people ("a Turkish policeman", "Palestinians").

Names on the stop-list ("Paradise", "Independence") and disease names ("Marburg virus") are
never places. Each mention keeps what follows it as qualifiers ("Paris, Texas").
"""
from __future__ import annotations

from importlib import resources

from spacy.tokens import Doc, Span, Token

from newsevents.geo.brackets import comma_pair, located_lists
from newsevents.geo.gazetteer import ALIAS, ALT, DEMONYM, Gazetteer, Place, is_adm1_word, is_local_word
from newsevents.geo.mention import CONTAINER_FEATURES, TOWN_NOUNS, Mention, coarser
from newsevents.geo.names import hyphen_follows, name_runs, name_token
from newsevents.nlp import lexicon
from newsevents.nlp.lexicon import BELONGING_PREPS, NAMED_THING_LABELS, PLACE_LABELS, PLACE_PREPS

#: entity labels that may hold a place name at their start or after "of"
HOLDER_LABELS = NAMED_THING_LABELS | {"FAC", "LAW"}
#: nouns after a name that make it the name of a disease, not of a place ("Marburg virus")
DISEASE_NOUNS = frozenset({"virus", "viruses", "fever", "disease", "syndrome", "strain", "encephalitis"})
#: prepositions of motion and extent whose object is a place ("flights to Rome", "via Cairo")
MOTION_PREPS = lexicon.TOWARD_PREPS | frozenset({"to", "through", "via", "into", "off", "between", "within"})
#: prepositions that make their object a location
LOCATIVE_PREPS = PLACE_PREPS | BELONGING_PREPS | MOTION_PREPS
#: evidence that a person's name elsewhere in the article overrides ("Turner said" after "Ann Turner")
WEAK_EVIDENCE = frozenset({"ner", "inner", "modifier", "locative", "broad"})
#: nouns a place name modifies ("Alexandria police", "an Alexandria man", "the U.S. House"):
#: people, offices and institutions that belong to a place
LOCAL_HEADS = lexicon.FORCE_COLLECTIVES | lexicon.OFFICE_TITLES | frozenset({
    "department", "university", "college", "school", "schools", "council", "hospital", "airport", "station", "court",
    "courthouse", "sheriff", "fire", "board", "commission", "city", "county", "state", "district", "province",
    "regional", "metropolitan", "public", "community", "chamber", "zoo", "museum", "library", "park", "mall", "centre",
    "center", "government", "assembly", "legislature", "parliament", "authority", "office", "institute", "clinic",
    "health", "water", "housing", "medical", "memorial", "high", "middle", "elementary", "airlines", "airways", "navy",
    "militia", "soldiers", "club", "church", "diocese", "mosque", "party", "chapter", "branch", "campus", "port",
    "house", "senate", "congress", "embassy", "consulate", "attorney", "governor", "senator", "representative", "mayor",
    "officials", "authorities", "lawmakers", "president", "man", "woman", "men", "women", "boy", "girl", "teen",
    "teenager", "resident", "residents", "native", "natives", "officer", "officers", "detective", "detectives",
    "firefighters", "deputies", "jury", "voters", "businesses", "area", "suburb", "neighborhood", "neighbourhood",
    "couple", "family", "families", "students", "commonwealth", "guard", "coast", "marines", "marine", "federal",
    "national", "prosecutors", "judge"})
#: street words before a town in an address ("of 1935 Orchard St., Alexandria")
STREET_WORDS = frozenset({"st.", "st", "street", "ave.", "ave", "avenue", "road", "rd.", "rd", "drive", "dr.",
                          "blvd.", "boulevard", "lane", "ln.", "way", "highway", "hwy.", "parkway", "pkwy.", "court",
                          "ct.", "place", "pl."})
#: compass words before a place name ("northern Iraq")
COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                     "northeastern", "northwestern", "southeastern", "southwestern", "upper", "lower"})
#: coarse features that may stand as places without other evidence
BROAD_FEATURES = frozenset({"country", "continent", "region", "sea", "lake"})
_MAX_TOKENS = 7
_OPENERS = frozenset({",", "("})


def _stoplist() -> frozenset[str]:
    text = (resources.files("newsevents.geo") / "data" / "not_places.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


class Recogniser:
    """Finds place mentions with a gazetteer."""

    def __init__(self, gaz: Gazetteer, demonyms: bool = True) -> None:
        self.gaz = gaz
        self.demonyms = demonyms
        self.stop: frozenset[str] = _stoplist()

    def places(self, text: str, loose: bool = False) -> tuple[Place, ...]:
        """Candidates of a name that are not demonyms; alternate names only of large places
        unless ``loose``."""
        return tuple(p for p in self.gaz.lookup(text) if p.how != DEMONYM
                     and (loose or p.how != ALT or p.population >= 50_000 or p.feature in BROAD_FEATURES))

    def find(self, doc: Doc) -> list[Mention]:
        """Every place mention of ``doc``, in text order, without overlaps."""
        taken: set[int] = set()
        found: list[Mention] = []
        pending: list[Mention] = []
        people = {t.text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
        for start, end in name_runs(doc):
            i = start
            while i < end:
                starts = self._may_start(doc, i, start) or i >= 2 and hyphen_follows(doc, i - 1) and i - 2 in taken
                hit = self._longest(doc, i, end) if starts else None  # (also "Somalia" of "Kenya-Somalia")
                if hit is None:
                    i += 1
                    continue
                mention, evidence = hit
                if evidence in WEAK_EVIDENCE and mention.end - mention.start == 1 and mention.text in people \
                        and not (mention.town or mention.division) \
                        and not any(p.feature in BROAD_FEATURES or p.feature == "adm1" for p in mention.candidates):
                    evidence = None  # "Turner" where the article names "Ann Turner" (not "Turner city")
                if any(t in taken for t in range(mention.start, mention.end)):
                    i += 1
                    continue
                if evidence:
                    mention.source = evidence
                    found.append(mention)
                    taken.update(range(mention.start, mention.end))
                else:
                    pending.append(mention)
                i = max(mention.end, i + 1) if evidence else i + 1
        found.extend(self._qualifiers(doc, found, pending, taken))
        found.extend(self._located(doc, found, pending, taken))
        if self.demonyms:
            found.extend(self._demonyms(doc, taken))
        found.sort(key=lambda m: m.start)
        self._qualify(doc, found)
        return [m for m in found if m.candidates or m.qualifier]

    # -- matching -----------------------------------------------------------------

    @staticmethod
    def _may_start(doc: Doc, i: int, run_start: int) -> bool:
        """A name may start inside a run of capitalised words only after a compass word or a
        title-case function word ("Northern Iraq", "Police In Eastleigh"), not inside a longer
        unknown name ("New Grant", "Alaudia-Saray")."""
        if i == run_start:
            return True
        prev = doc[i - 1]
        return prev.lower_ in COMPASS or prev.pos_ in ("ADP", "DET", "CCONJ", "VERB", "AUX", "PART") \
            or prev.lower_ in ("greater", "downtown", "metropolitan", "central")

    def _longest(self, doc: Doc, i: int, end: int) -> tuple[Mention, str | None] | None:
        """The longest gazetteer name starting at token ``i`` within the run, with its evidence."""
        for j in range(min(end, i + _MAX_TOKENS), i, -1):
            span = doc[i:j]
            if not name_token(span[0]) or not name_token(span[-1]) or span.text.lower() in self.stop \
                    or self._disease(span):
                continue
            if len(span) == 1 and (is_local_word(span.text) or any(p.how == DEMONYM for p in
                                                                    self.gaz.lookup(span.text))):
                continue  # "Canadian" is a nationality before it is a town in Texas; "Sadar upazila"
            if span[-1].lower_ in lexicon.NAME_PARTICLES and (j < end or len(span) == 1):
                continue  # "Al" of "Al Azim" or "Al shabaab": part of a name
            acronym = span.text.replace(".", "").isupper() and len(span.text.replace(".", "")) <= 5
            ner = self._ner_place(span)
            if not ner and self._inside_person(doc, span):
                continue  # "Nelson" of "Nelson Mandela Bay": a person's name goes on
            cands = self.places(span.text, loose=ner)
            division = town = local = False
            nxt = doc[j] if j < len(doc) else None
            if nxt is not None and is_adm1_word(nxt.text):
                longer = self.places(doc[i:j + 1].text) if nxt.text[:1].isupper() else ()
                if longer:
                    span, cands = doc[i:j + 1], longer
                    division = True
                elif self._takes_division(cands, nxt) and not self._of_follows(doc, j + 1):
                    span, division = doc[i:j + 1], True
                    local = is_local_word(nxt.text)
            elif len(span) > 1 and is_adm1_word(span[-1].text) and not cands:
                if span[:-1].text.lower() in self.stop:
                    continue
                cands = self.places(span[:-1].text, loose=ner)
                if not self._takes_division(cands, span[-1]) or self._of_follows(doc, j):
                    continue
                division, local = True, is_local_word(span[-1].text)
            if acronym:  # "GNA", "UN": organisations unless a known abbreviation ("US", "NSW", "DRC")
                cands = tuple(p for p in cands if p.how == ALIAS or p.feature in ("country", "adm1"))
            if j < end and not ner and self._name_goes_on(doc, j, cands):
                continue  # "Abu" of "Abu Salim", "Santa" of "Santa Etelvina": a longer, unknown name
            if not cands or j < end and hyphen_follows(doc, j) and not any(
                    p.feature == "country" or p.feature == "city" and p.population >= 100_000 for p in cands):
                continue  # "Nord" of "Nord-Kivu", "Al" of "Al-Shabaab"; not "Kenya-Somalia", "Mogadishu-Hodan"
            town = (nxt is not None and nxt.lower_ in TOWN_NOUNS) or self._noun_of(span)
            mention = Mention(span.start, span.end, span.text, span.start_char, span.end_char, "", cands,
                              division, town, local=local)
            return mention, self._evidence(doc, span, cands, ner, division or town)
        return None

    def _evidence(self, doc: Doc, span: Span, cands: tuple[Place, ...], ner: bool, noun: bool) -> str | None:
        """Why this name is a place here, or None."""
        label = span.root.ent_type_
        if ner:
            return "ner"
        if noun:
            return "noun"
        if self._modifies(doc, span):
            return "modifier"
        if label in HOLDER_LABELS:
            big = any(p.how != ALT and (p.population >= 1000 or p.feature != "city") for p in cands)
            if big and self._inner(doc, span):
                return "inner"
            # the model ran an entity on over a place phrase ("the Department of Labour in Alberton")
            main = any(p.how != ALT for p in cands)
            return "locative" if main and self._locative(span.root, PLACE_PREPS) else None
        if label == "NORP":
            return None
        if self._locative(span.root):
            return "locative"
        if self._qualified(doc, span):
            return "qualified"
        broad = any(p.feature in BROAD_FEATURES and p.how != ALT for p in cands)
        if broad and (label != "PERSON" or any(p.feature == "country" for p in cands)):
            return "broad"
        if any(p.feature == "adm1" and p.how != ALT for p in cands) and label not in ("PERSON",) \
                and not span[0].is_sent_start:
            return "broad"
        return None

    @staticmethod
    def _ner_place(span: Span) -> bool:
        """The model tagged the span as a whole place entity (give or take a leading article or
        compass word and a trailing division word)."""
        labels = {t.ent_type_ for t in span}
        if len(labels) != 1 or not labels <= PLACE_LABELS:
            return False
        doc = span.doc
        first, last = span[0], span[-1]
        starts = first.ent_iob_ == "B" or (first.i > 0 and doc[first.i - 1].ent_iob_ == "B"
                                           and (doc[first.i - 1].lower_ in COMPASS or doc[first.i - 1].pos_ == "DET"))
        ends = last.i + 1 >= len(doc) or doc[last.i + 1].ent_iob_ != "I" or is_adm1_word(doc[last.i + 1].text)
        return starts and ends

    @staticmethod
    def _inside_person(doc: Doc, span: Span) -> bool:
        """The model's person entity goes on past the span with more name words ("Nelson
        Mandela Bay", "Paris Hilton"; a division or settlement noun does not count)."""
        if span.end >= len(doc):
            return False
        nxt = doc[span.end]
        return (nxt.ent_iob_ == "I" and nxt.ent_type_ == "PERSON" and name_token(nxt)
                and not is_adm1_word(nxt.text) and nxt.lower_ not in TOWN_NOUNS)

    @staticmethod
    def _modifies(doc: Doc, span: Span) -> bool:
        """The name modifies a noun of people or institutions that belong to a place."""
        nxt = doc[span.end] if span.end < len(doc) else None
        return nxt is not None and nxt.lower_ in LOCAL_HEADS and span.root.dep_ in ("compound", "nmod", "amod", "poss") \
            and span.root.pos_ == "PROPN"

    @staticmethod
    def _inner(doc: Doc, span: Span) -> bool:
        """The name opens another entity's name ("Alexandria Police Department", "Wichita Street")
        or follows its "of" ("University of Florida")."""
        first = span[0]
        if first.ent_iob_ == "B":
            return True
        prev = doc[span.start - 1] if span.start > 0 else None
        return prev is not None and first.ent_iob_ == "I" and (prev.lower_ == "of" or (prev.ent_iob_ == "B"
                                                                                       and prev.pos_ == "DET"))

    @staticmethod
    def _takes_division(cands: tuple[Place, ...], word: Token) -> bool:
        """Whether a division word after the name makes it a division ("Kasai province", not
        "United States Department" nor "Ohio State")."""
        if word.lower_ == "state" and any(p.country == "USA" and p.feature == "adm1" for p in cands):
            return False
        return any(p.feature not in ("country", "continent") for p in cands)

    @staticmethod
    def _name_goes_on(doc: Doc, j: int, cands: tuple[Place, ...]) -> bool:
        """The capitalised name goes on at token ``j`` with a word that is neither a place word
        nor one a place name often opens ("Alexandria Police", "Wichita Street", "Marakwet East")."""
        nxt = doc[j]
        word = nxt.lower_
        return name_token(nxt) and not nxt.text.isupper() and word not in LOCAL_HEADS and word not in STREET_WORDS \
            and word not in TOWN_NOUNS and word not in DISEASE_NOUNS and word not in COMPASS \
            and not is_adm1_word(word) \
            and not any(p.how != ALT and (p.feature in BROAD_FEATURES or p.feature == "adm1"
                                          or p.population >= 100_000) for p in cands)

    @staticmethod
    def _of_follows(doc: Doc, k: int) -> bool:
        return k < len(doc) and doc[k].lower_ == "of"

    @staticmethod
    def _noun_of(span: Span) -> bool:
        """"the town of X", "the village of X"."""
        doc = span.doc
        k = span.start
        return k >= 2 and doc[k - 1].lower_ == "of" and doc[k - 2].lower_ in TOWN_NOUNS

    def _disease(self, span: Span) -> bool:
        """The name is a disease's or a virus's ("Marburg virus", "Rift Valley fever")."""
        doc = span.doc
        return span.end < len(doc) and doc[span.end].lower_ in DISEASE_NOUNS

    @staticmethod
    def _locative(tok: Token, preps: frozenset[str] = LOCATIVE_PREPS) -> bool:
        """The token (or the head of its compound) is the object of a locative preposition."""
        while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
            tok = tok.head
        return tok.dep_ == "pobj" and tok.head.lower_ in preps

    def _qualified(self, doc: Doc, span: Span) -> bool:
        """``X, Y`` or ``X (Y`` where Y is a known division or country."""
        k = span.end
        if k + 1 < len(doc) and doc[k].text in _OPENERS:
            for e in range(min(len(doc), k + 5), k + 1, -1):
                if any(p.feature in ("adm1", "country") and p.how != ALT for p in self.places(doc[k + 1:e].text)):
                    return True
        return False

    def _qualifiers(self, doc: Doc, found: list[Mention], pending: list[Mention], taken: set[int]) -> list[Mention]:
        """Pending names right after a place and a comma or parenthesis ("Bamba (Koro, Mopti)"),
        or after a settlement noun's parenthesis ("Chakama town (Kilifi)")."""
        anchors = {m.end for m in found}
        anchors |= {t.i + 1 for t in doc if t.lower_ in TOWN_NOUNS or t.lower_ in STREET_WORDS or is_adm1_word(t.text)
                    or (t.ent_type_ == "FAC" and t.ent_iob_ != "O" and (t.i + 1 >= len(doc) or doc[t.i + 1].ent_iob_
                                                                         != "I"))}
        out = []
        for m in sorted(pending, key=lambda m: m.start):
            if any(t in taken for t in range(m.start, m.end)):
                continue
            k = m.start - 1
            if k >= 1 and doc[k].text in _OPENERS and (k in anchors or k - 1 in anchors and doc[k - 1].text in
                                                     _OPENERS):
                if doc[k - 1].ent_type_ == "DATE" or doc[k - 1].like_num:
                    continue
                m.source = "qualifier"
                out.append(m)
                taken.update(range(m.start, m.end))
                anchors.add(m.end)
        return out

    def _located(self, doc: Doc, found: list[Mention], pending: list[Mention], taken: set[int]) -> list[Mention]:
        """The names of "Ruramba (Kayokwe, Mwaro)" and "in Balcova, Izmir" lists: the names after
        the head as qualifiers, and the head, when the text shows it is a place ("in X",
        "X village"), as a place of its own (with no candidates if the gazetteer lacks it)."""
        heads = {m.start: m for m in found}
        names = {m.start: m for m in pending if not any(t in taken for t in range(m.start, m.end))}
        names.update(heads)
        lists = located_lists(doc) + [c for t in doc if t.text == "," and t.i + 1 < len(doc)
                                      and (c := comma_pair(doc, t.i)) is not None]
        out = []
        for lst in lists:
            items = [names.get(s) for s, _ in lst.items]
            known = [m for m in items if m is not None]
            hs, he = lst.head
            head = heads.get(hs)
            shown = head is not None or self._located_head(doc, hs, he)
            containers = items[-1] is not None and any(p.feature in CONTAINER_FEATURES and p.how != ALT
                                                       for p in items[-1].candidates)
            if not known or not (containers or shown and lst.bracketed):
                continue
            for m in known:
                m.qualifies = True
                if m not in found and m not in out:
                    m.source = "qualifier"
                    out.append(m)
                    taken.update(range(m.start, m.end))
            if shown and head is None and not any(t in taken for t in range(hs, he)):
                span = doc[hs:he]
                if span.text.lower() not in self.stop:
                    qualifier = tuple(p for m in known for p in m.candidates if p.how != ALT or p.population >= 50_000)
                    out.append(Mention(hs, he, span.text, span.start_char, span.end_char, "located",
                                       self.places(span.text, loose=True), qualifier=qualifier,
                                       bracketed=lst.bracketed))
                    taken.update(range(hs, he))
        return out

    @staticmethod
    def _located_head(doc: Doc, start: int, end: int) -> bool:
        """The text shows that the name is a place: a place preposition or a settlement noun."""
        span = doc[start:end]
        return (end < len(doc) and doc[end].lower_ in TOWN_NOUNS) or Recogniser._locative(span.root, PLACE_PREPS) \
            or (start > 0 and doc[start - 1].lower_ in PLACE_PREPS)

    def _demonyms(self, doc: Doc, taken: set[int]) -> list[Mention]:
        out = []
        for tok in doc:
            if tok.i in taken or not tok.text[:1].isupper() or tok.ent_type_ in ("PERSON", "ORG", "DATE"):
                continue
            cands = tuple(p for p in self.gaz.lookup(tok.text) if p.how == DEMONYM)
            if cands:
                out.append(Mention(tok.i, tok.i + 1, tok.text, tok.idx, tok.idx + len(tok.text), "demonym", cands))
                taken.add(tok.i)
        return out

    @staticmethod
    def _qualify(doc: Doc, mentions: list[Mention]) -> None:
        """Mark ``X, Y`` and ``X (Y, Z)`` chains: Y's (and Z's) places qualify X."""
        for k in range(len(mentions) - 2, -1, -1):
            a, b = mentions[k], mentions[k + 1]
            between = [t for t in doc[a.end:b.start] if t.lower_ not in TOWN_NOUNS]  # "Kibanda village ("
            if b.source == "demonym" or not (1 <= len(between) <= 2) or any(t.text not in _OPENERS for t in between):
                continue
            bracket = any(t.text == "(" for t in between)
            containers = tuple(p for p in b.candidates if p.feature in CONTAINER_FEATURES or p.feature == "city")
            if not containers or (not bracket and not coarser(containers, a.candidates)):
                continue  # "Kenya, Uganda": a list, not a town and its country
            a.qualifier = containers + b.qualifier
            a.bracketed = bracket
            b.qualifies = True

