"""Who fights whom: the CAMEO conventions that depend on whether the sides are armed.

- A fight (19x) is between armed sides. Force used on unarmed people is violent repression
  (175) when state forces use it ("police shot two protesters", "soldiers beat villagers"),
  and unconventional violence (18x) when anyone else does ("gunmen shot dead a farmer").
  Heavy weapons (194 artillery, 195 air strikes) stay what they are whoever they hit.
- Unarmed crowds (protesters, residents, workers, youths ...) who attack, wreck or burn are
  rioting (145), unless they use weapons.
- Deliberate violence whose doer the report does not name ("a man was shot dead", "a bomb
  exploded near a police patrol") is coded with an unidentified armed actor of the victims'
  country ("KENUAF"), as ACLED codes "Unidentified Armed Group (Kenya)"; air strikes and
  shelling, which only armed forces carry out, keep an unknown source.
"""
from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.arguments import Actor, ArgumentResolver
from newsevents.events.codes import RIOT_CODES
from newsevents.model import ARMED_ROLES, STATE_FORCE_ROLES, UNARMED_ROLES, UNKNOWN_COUNTRY, country_of
from newsevents.nlp.lexicon import ARREST_VERBS, GRIEVANCE_PREPS, PATIENT_DEPS, PLURAL_TAGS

#: codes of force in general or with small arms: what they mean depends on who is hit
GENERIC_FORCE = frozenset({"190", "193"})
#: codes of physical violence that, done by state forces to unarmed people, is repression
PHYSICAL_VIOLENCE = frozenset({"180", "182", "190", "193"})
#: codes of force only armed forces use: an unknown doer stays unknown
MILITARY_ONLY = frozenset({"194", "195"})
#: verbs whose object "fire" is a blaze, not gunfire ("set fire to the bus")
ARSON_VERBS = frozenset({"set", "light", "start"})
#: sieges and occupations: a doer the report does not name is no gunman
TERRITORIAL_FORCE = frozenset({"191", "192"})
#: code prefix of bombings: an explosion is violence even where the report names no victim
EXPLOSIVE = "183"
#: role of an actor of no name who carries out deliberate violence (Phoenix: unaligned armed forces)
UNIDENTIFIED = "UAF"
#: acts only the authorities do: an arrest or detention with no one named did the police
AUTHORITY_ACTS = frozenset({"173"})


def role_of(code: str | None) -> str | None:
    """The agent role of an actor code ("KENCOP" -> "COP", "---UAF" -> "UAF"); None for a
    country alone, an IGO or a named group."""
    if not code or len(code) < 6:
        return None
    if code.startswith(("IGO", "NGO", "IMG", "MNC")):
        return None
    return code[3:6]


def is_armed(a: Actor) -> bool:
    """True for armed forces and groups: a force role, a transnational militant group, or a
    doer the actor stage could not code but the text calls armed ("government forces")."""
    if a.code is None:
        return a.token >= 0 and bool(a.text)
    return role_of(a.code) in ARMED_ROLES or a.code.startswith("IMG")


def is_unarmed(a: Actor) -> bool:
    """True for people of an unarmed role (civilians, protesters, workers, journalists ...)."""
    return role_of(a.code) in UNARMED_ROLES


def refine_force(code: str, source: Actor, target: Actor, anchor: Token, res: ArgumentResolver) -> tuple[str, str]:
    """The code of force used by ``source`` on ``target`` and a rule tag ("" if unchanged):
    repression or unconventional violence against unarmed people, rioting by an unarmed
    crowd against anyone or anything else (police, buildings, vehicles), and force from
    aircraft is aerial ("Israeli jets struck ..."; 195)."""
    if code in GENERIC_FORCE and max(source.token, source.mention) >= 0 \
            and _head(source, res).lemma_.lower() in res.lex["aircraft"]:
        return "195", ">aerial"
    if is_unarmed(target):
        if role_of(source.code) in STATE_FORCE_ROLES and code in PHYSICAL_VIOLENCE:
            return "175", ">repression"
        if code in GENERIC_FORCE:
            return "180", ">unarmed"
        return code, ""
    if code[:3] in RIOT_CODES and max(source.token, source.mention) >= 0 and is_riot(anchor, _head(source, res), res):
        return "145", ">riot"
    return code, ""


def _head(a: Actor, res: ArgumentResolver) -> Token:
    """The last word of an actor's mention ("Kenyan *protesters*"), else its first token."""
    first = a.token if a.token >= 0 else a.mention
    m = res.index.by_token[first]
    end = m.get("tok_end") if m is not None else None
    return res.doc[end - 1] if end else res.doc[first]


def unarmed_crowd(tok: Token | None, res: ArgumentResolver) -> bool:
    """True when ``tok`` names a crowd of unarmed people: a protest crowd ("protesters",
    "a mob"), or a plural or collective agent of an unarmed role ("youths", "residents",
    "garment workers", "the crowd")."""
    if tok is None:
        return False
    lemma = tok.lemma_.lower()
    if lemma in res.lex["crowd"] or tok.lower_.rstrip("s") in res.lex["crowd"]:
        return True
    a = res.index.actor_at(tok.i)
    return (a is not None and is_unarmed(a)
            and (tok.tag_ in PLURAL_TAGS or lemma in res.lex["collectives"]))


def is_riot(verb: Token, doer: Token | None, res: ArgumentResolver) -> bool:
    """True when an unarmed crowd does ``verb`` without weapons ("protesters stormed the
    embassy", "youths attacked a police station"; not "protesters fired rockets")."""
    weapons = res.lex["weapons"]
    arson = verb.lemma_.lower() in ARSON_VERBS  # "set fire to", "light a fire": no firearm
    return unarmed_crowd(doer, res) and verb.lemma_.lower() not in weapons and not any(
        c.dep_ in PATIENT_DEPS and c.lemma_.lower() in weapons and not (arson and c.lower_ == "fire")
        for c in verb.children)


def _sentence_country(anchor: Token, res: ArgumentResolver) -> str | None:
    """The country of the first place named in ``anchor``'s sentence (not a demonym)."""
    sent = anchor.sent
    return next((p["country"] for p in res.doc._.places or ()
                 if p.get("country") and sent.start_char <= p["start"] < sent.end_char
                 and p.get("kind") != "demonym"), None)


def unnamed_authorities(code: str, res: ArgumentResolver, anchor: Token) -> Actor | None:
    """The police of the country where someone was arrested or detained with no arresting side
    named ("a Bulgarian national was arrested in Didim" -> TURCOP): the place must be where the
    arrest happened ("arrested in X", not "arrested upon returning from X"), else None."""
    if code[:3] not in AUTHORITY_ACTS or anchor.lemma_.lower() not in ARREST_VERBS:
        return None
    spans = [(g.idx, g.idx + len(g.text)) for c in anchor.children if c.dep_ == "prep"
             and c.lower_ in ("in", "at", "near") for g in c.subtree]
    country = next((p["country"] for p in res.doc._.places or () if p.get("country")
                    and p.get("kind") != "demonym" and any(a <= p["start"] < b for a, b in spans)), None)
    return Actor(country + "COP", "", -1) if country else None


def unattributed_source(target: Actor, code: str, res: ArgumentResolver, anchor: Token) -> Actor | None:
    """The unidentified armed actor behind deliberate violence with no named doer, of the
    victims' country (else the country of a place in the sentence); None for force only armed
    forces use (air strikes, shelling), and when nobody is hit (unless a bomb went off or
    fighting broke out)."""
    if code[:3] in MILITARY_ONLY or code[:2] not in ("18", "19", "20") or code[:3] in TERRITORIAL_FORCE:
        return None
    country = country_of(target.code) or _sentence_country(anchor, res)
    if country is None:
        return None
    if not target.code and not code.startswith(EXPLOSIVE) and anchor.lemma_.lower() not in res.lex["fighting"]:
        return None  # "lockdown kills tourism", "measures to battle the virus": nobody is hit
    return Actor((country or UNKNOWN_COUNTRY) + UNIDENTIFIED, "", -1)


#: clauses and phrases under a protest that are not how it was done ("against the burning
#: of a book", "that police had burned ...", "after police burned ...")
NOT_MANNER_DEPS = frozenset({"ccomp", "relcl", "parataxis"})
NOT_MANNER_PREPS = GRIEVANCE_PREPS | frozenset({"about", "despite"})


def burns_while_protesting(verb: Token, res: ArgumentResolver) -> bool:
    """True when a protest or blockade is done with fire: "barricaded roads with burning
    tyres", "closed the road by burning tyres", "blocked the road, burning material", "set
    barricades on fire" (a violent protest, 145)."""
    stack = list(verb.children)
    while stack:
        tok = stack.pop()
        if tok.dep_ in NOT_MANNER_DEPS or tok.dep_ == "prep" and tok.lower_ in NOT_MANNER_PREPS \
                or tok.dep_ == "advcl" and any(c.dep_ == "mark" for c in tok.children) \
                or tok.dep_ == "acl" and tok.tag_ != "VBG":
            continue
        lemma = tok.lemma_.lower()
        if lemma in res.lex["burning"] and tok.pos_ in ("VERB", "ADJ") or lemma == "set" and any(
                c.lemma_.lower() == "fire" for c in tok.subtree):
            return True
        stack.extend(tok.children)
    return False
