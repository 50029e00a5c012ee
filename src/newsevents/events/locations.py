"""Where an act happens, as a country actor: the place phrase on a verb or noun ("protested
in Lima", "took the city of Mosul"), the origin of an act ("fired from Lebanon"), the
territory of a deployment or withdrawal, else the sentence's or the article's country."""
from __future__ import annotations

from collections import Counter
from typing import Sequence

from spacy.tokens import Token

from newsevents.events.arguments import Actor, ArgumentResolver
from newsevents.nlp.lexicon import ANSWERED_PREPS, AROUND_PREPS


def territory_target(tokens: Sequence[Token], preps: Sequence[str], res: ArgumentResolver,
                     own: set[str], answered: bool = False) -> list[Actor]:
    """The country where a territorial act (a deployment, withdrawal, evacuation, easing of
    emergency rule) takes place, from a phrase with one of ``preps`` (in that order) on one of
    ``tokens`` or on the object moved ("the withdrawal of forces from Panama"); a country in
    ``own`` is left out, as are organisations. With ``answered``, also the place of the event
    the act answers ("expressed sorrow for the shootings in X")."""
    holders = list(tokens)
    # "sent personnel to Bosnia to investigate": a purpose clause happens where its act went
    holders += [t.head for t in tokens if t.dep_ in ("advcl", "xcomp") and t.head.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)]
    holders += [c for t in tokens for c in t.children if c.dep_ == "dobj"][:1]
    holders += [g for t in holders for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"]
    if answered:
        holders += [g for t in holders for c in t.children
                    if c.dep_ == "prep" and c.lower_ in ANSWERED_PREPS
                    for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    places = res.doc._.places or ()
    for prep in preps:
        for h in holders:
            for c in h.children:
                if c.dep_ != "prep" or c.lower_ != prep:
                    continue
                for g in c.children:
                    if g.dep_ != "pobj":
                        continue
                    # a place phrase names the place itself ("in Florida"), not what it
                    # belongs to ("throughout its first year")
                    a = res.index.actor_at(g.i) if answered else res.resolve(g)
                    if a is not None and a.code and a.code[:3].isalpha() \
                            and not a.code.startswith(("IGO", "NGO", "IMG")):
                        if a.code[:3] not in own:
                            return [a._replace(code=a.code[:3])]
                        continue
                    for pl in places:
                        if pl.get("country") and not pl.get("stray") and pl["start"] <= g.idx < pl["end"] \
                                and pl["country"] not in own:
                            return [Actor(pl["country"], pl.get("text") or g.text, g.i)]
    return []


def _country_of_prep(verb: Token, res: ArgumentResolver, preps: tuple[str, ...]) -> list[Actor]:
    """The country (first three letters of a state code) of the first resolvable object of
    a ``preps`` phrase on ``verb``; IGOs, NGOs and transnational groups have none."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for g in c.children:
                if g.dep_ == "pobj":
                    a = res.resolve(g)
                    if a is not None and a.code and a.code[:3].isalpha() \
                            and not a.code.startswith(("IGO", "NGO", "IMG")):
                        return [a._replace(code=a.code[:3])]
    return []


def place_of(verb: Token, res: ArgumentResolver) -> list[Actor]:
    """The country of an in/at phrase on ``verb`` ("rioted at a jail in Dili" -> TLS)."""
    return _country_of_prep(verb, res, ("in", "at", "across", "throughout"))


def origin_of(verb: Token, res: ArgumentResolver) -> list[Actor]:
    """The country of a from-phrase on ``verb`` ("rockets were fired from Lebanon" -> LBN)."""
    return _country_of_prep(verb, res, ("from",))


def foreign_place(tok: Token, res: ArgumentResolver) -> list[Actor]:
    """The country of an in/at place phrase on ``tok`` (or the "of" name of a territory
    noun: "took the city of Mosul"), also for places no actor dictionary knows (regions,
    cities) through ``doc._.places``."""
    found = place_of(tok, res)
    if found:
        return found
    places = tok.doc._.places or ()
    preps = AROUND_PREPS | ({"of"} if tok.lemma_.lower() in res.lex["place_nouns"] else frozenset())
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                for pl in places:
                    if pl.get("country") and not pl.get("stray") and pl["start"] <= g.idx < pl["end"]:
                        return [Actor(pl["country"], pl.get("text") or g.text, g.i)]
    return []


def country_where(tok: Token, res: ArgumentResolver) -> list[Actor]:
    """The country an event at ``tok`` happens in: its own place phrase ("protested in Lima"),
    else the first place named in its sentence, else the country most of the article's
    places are in. The actor has no mention of its own (token -1)."""
    found = foreign_place(tok, res)
    if found:
        return [Actor(found[0].code[:3], "", -1)]
    places = [p for p in tok.doc._.places or () if p.get("country") and p.get("kind") != "demonym"
              and not p.get("stray")]
    sent = tok.sent
    here = next((p["country"] for p in places if sent.start_char <= p["start"] < sent.end_char), None)
    if here is None and places:
        counts = Counter(p["country"] for p in places)
        top, n = counts.most_common(1)[0]
        here = top if n * 2 >= sum(counts.values()) else None
    return [Actor(here, "", -1)] if here else []
