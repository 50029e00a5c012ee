"""Event assembly: pair sources with targets and apply the conventions of modality (refusals,
demands, announced intent, accusations) and of who the sides are (``events.finish`` then
writes the records)."""
from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.arguments import Actor, ArgumentResolver
from newsevents.events.clauses import subject_of
from newsevents.events.codes import (
    HALT_CODES,
    INTENT_ROOTS,
    PLACE_TARGET_ROOTS,
    REFUSABLE_ROOTS,
    RIOT_CODES,
    THREAT_ROOTS,
    VIOLENT_ROOTS,
    embed_code,
)
from newsevents.events.locations import foreign_place
from newsevents.events.modality import Modality, would_only
from newsevents.events.patterns import Pattern
from newsevents.events.predicates import is_people, is_state, prepositional
from newsevents.events.syntax import is_armed_doer
from newsevents.events.violence import is_armed, refine_force, role_of, unattributed_source, unnamed_authorities
from newsevents.model import STATE_FORCE_ROLES, UNKNOWN_COUNTRY
from newsevents.nlp.lexicon import ACCUSING_VERBS, NOMINAL_POS, NOMINAL_SUBJECT_DEPS, PLACE_PREPS

MAX_EVENTS_PER_TRIGGER = 6


#: prepositions of a side acting together with the doer, never its target
ALLIED_PREPS = frozenset({"alongside", "beside"})
#: roots of acts that conjoined sides with no other target do with each other ("Brazil and the
#: US seek to deepen ties", "A and B met"); not "A and B took the cities"
TOGETHER_ROOTS = frozenset({"03", "04", "05", "06"})


def pair_events(sources: list[Actor], targets: list[Actor], code: str, pat: Pattern,
                rule: str, anchor: Token, trigger: list[Token], mod: Modality,
                res: ArgumentResolver, cond: bool = False, refusal: bool = False) -> list[dict]:
    """One raw event per (source, target) pair; conjoined sources with no target pair up."""
    code, rule, modality, sources, targets = _modal_code(code, rule, mod, sources, targets, anchor, res, refusal)
    sources, targets = _kept_sides(sources, targets, code, trigger, res)
    sources = _announcer(sources, mod, res)
    together = (pat.mutual or code[:2] in TOGETHER_ROOTS or any(
        t.lemma_.lower() in res.lex["fighting"] or t.lemma_.lower() in res.lex["fight_verbs"]
        for t in trigger)) and not _allied(anchor)  # "A and B fought street battles", not "fought alongside C"
    pairs = _pairs(sources, targets, res, together)
    code, rule, modality = _intent_code(code, rule, modality, mod, anchor, cond)
    extra: list[tuple[Actor, Actor, str]] = []
    if modality == "reported" and mod.sayer is not None:
        modality, extra = _reported(res, mod.sayer, anchor, code, pairs)
    if pat.mutual and (code[:2] == pat.code[:2] or code == "036"):
        # "held talks with X": X holds talks with the source as well
        pairs = pairs + [(t, s) for s, t in pairs
                         if s.code and t.code and t.token != -2 and (t, s) not in pairs]
    triggers = sorted(trigger, key=lambda x: x.i)
    out = []
    for s, t in pairs[:MAX_EVENTS_PER_TRIGGER]:
        kept = _pair_code(s, t, code, anchor, res, pat.code)
        if kept is not None:
            s, pair_code, tag = kept
            out.append({"source": s, "target": t, "cameo": pair_code, "rule": rule + tag, "anchor": anchor,
                        "trigger": triggers, "modality": modality, "confidence": pat.confidence})
    for s, t, c in extra[:2]:
        if s.code != t.code:
            tag = "claimed" if c == "015" else "alleged"
            out.append({"source": s, "target": t, "cameo": c, "rule": f"{rule}>{tag}", "anchor": anchor,
                        "trigger": triggers, "modality": "asserted", "confidence": pat.confidence * 0.8})
    return out


def _modal_code(code: str, rule: str, mod: Modality, sources: list[Actor], targets: list[Actor],
                anchor: Token, res: ArgumentResolver, refusal: bool
                ) -> tuple[str, str, str, list[Actor], list[Actor]]:
    """What obligations and stated refusals code: "X said Y must free them" is X's demand of Y
    (not "X said we must tackle it"); a stated refusal to cooperate is a rejection (12x)."""
    modality = mod.value
    if modality == "obligation":
        sayer = res.resolve(mod.sayer) if mod.sayer is not None else None
        if sayer is not None and sayer.code and not _first_person(anchor):
            return (embed_code("demand", "100", code), f"{rule}>must", "asserted", [sayer],
                    [s for s in sources if s.code])
        return code, rule, "hypothetical", sources, targets
    if modality == "negated" and mod.halted and code[:2] == "07":
        # "ceased arming the rebels": stopping aid is reducing it (162x)
        return HALTED_AID.get(code[:3], "162"), f"{rule}>halted", "asserted", sources, targets
    if modality == "negated" and refusal and code[:2] in REFUSABLE_ROOTS:
        return embed_code("refuse", "120", code), f"{rule}>not", "asserted", sources, targets
    return code, rule, modality, sources, targets


def _kept_sides(sources: list[Actor], targets: list[Actor], code: str, trigger: list[Token],
                res: ArgumentResolver) -> tuple[list[Actor], list[Actor]]:
    """The coded sides (an armed doer with no code, "government forces", stays as one), and
    the country where force is shown or used when nobody is named ("launched air strikes in
    Syria", "held exercises in Alaska")."""
    sources = ([s for s in sources if s.code] or [s for s in sources if s.token >= 0
                                                  and is_armed_doer(res.doc[s.token], res.lex)][:1]
               or [Actor(None, "", -1)])
    targets = ([t for t in targets if t.code] or [t for t in targets if t.token >= 0
                                                  and is_armed_doer(res.doc[t.token], res.lex)][:1])
    if not targets and sources[0].code and code[:2] in PLACE_TARGET_ROOTS:
        own = {s.code[:3] for s in sources if s.code}
        for tok in trigger:
            place = [a for a in foreign_place(tok, res) if a.code not in own]
            if place:
                return sources, place
    return sources, targets


def _allied(anchor: Token) -> bool:
    """True when the act is done side by side with someone ("fighting alongside Assad's forces")."""
    return any(c.dep_ == "prep" and c.lower_ in ALLIED_PREPS for c in anchor.children)


def _pairs(sources: list[Actor], targets: list[Actor], res: ArgumentResolver,
           together: bool = True) -> list[tuple[Actor, Actor]]:
    """(source, target) pairs: "between" parties and, for acts two sides do with each other
    (``together``: "A and B held talks", "clashed"), conjoined sources with no target pair up;
    a target that is the source's own mention or code drops out."""
    if (len(sources) > 1 and targets and all(t.token == -2 for t in targets)
            and {t.code[:3] for t in targets} <= {s.code[:3] for s in sources if s.code}):
        targets = []  # "both sides agreed on ties between A and B": the sources pair up
    if not sources[0].code and len(targets) > 1 and all(t.token == -2 for t in targets):
        sources, targets, together = targets, [], True  # "clashes between A and B"
    if not targets and len(sources) > 1 and together:
        return [(s, t) for s in sources for t in sources if s.code != t.code]
    nobody = Actor(None, "", -1)
    # "X demanded the removal of his rival": a target reached back to the source's own
    # mention (through a pronoun) is dropped, and the event keeps its source alone; so is a
    # target that is the source's own code ("withdrew from the Bosnian town" said of Bosnian forces)
    pairs = [(s, t) for s in sources
             for t in ([t for t in targets if t.token != s.token or t.code != s.code] or [nobody])]
    return [(s, nobody) if (t.code == s.code and s.token != t.token and prepositional(res, t)
                            and not distinct(res, s, t)) else (s, t) for s, t in pairs]


def _announcer(sources: list[Actor], mod: Modality, res: ArgumentResolver) -> list[Actor]:
    """A government that announces what its own forces will do expresses the intent ("Trump
    announced that US troops would withdraw" -> USAGOV): the announcer is the source."""
    if mod.value != "future" or not mod.announced or mod.sayer is None:
        return sources
    sayer = res.resolve(mod.sayer)
    if sayer is None or not sayer.code or role_of(sayer.code) != "GOV":
        return sources
    country = sayer.code[:3]
    if sources and all(s.code and s.code[:3] == country and role_of(s.code) in STATE_FORCE_ROLES
                       for s in sources):
        return [sayer]
    return sources


def _intent_code(code: str, rule: str, modality: str, mod: Modality, anchor: Token,
                 cond: bool) -> tuple[str, str, str]:
    """CAMEO codes an announced future act as intent (03x) or a threat (13x): a hostile act,
    or one promised "unless" a condition is met, threatens; "would be willing to" is intent now."""
    if code[:2] == "03" and (modality == "future" and mod.announced or (
            modality == "hypothetical" and not cond and would_only(anchor))):
        modality = "asserted"  # "will be ready to host", "would be willing to": intent now
    if (modality == "future" and mod.announced or modality == "hypothetical" and cond) \
            and code[:2] in INTENT_ROOTS:
        mode = "threat" if cond and (code[:2] in THREAT_ROOTS or code[:3] in HALT_CODES
                                     or _unless(anchor)) else "intent"
        return embed_code(mode, "030", code), f"{rule}>future", "asserted"
    return code, rule, modality


def _pair_code(s: Actor, t: Actor, code: str, anchor: Token, res: ArgumentResolver, act: str = ""
               ) -> tuple[Actor, str, str] | None:
    """The pair's source, code and rule tag after the conventions that depend on who the sides
    are (force on unarmed people, riots, unidentified attackers), or None when the pair is no
    event (nobody known acted, a side paired with itself, private travel)."""
    pair_code, tag = refine_force(code, s, t, anchor, res) if code[:2] in VIOLENT_ROOTS or code[:3] in RIOT_CODES \
        else (code, "")
    if not s.code and not is_armed(s):
        found = unattributed_source(t, pair_code, res, anchor)
        if found is not None:
            s, tag = found, tag + ">unattributed"
        elif t.code and anchor.dep_ != "relcl" and (found := unnamed_authorities(pair_code, res, anchor)) is not None:
            # (not "Yaish, who had been arrested 15 months ago": a description of him)
            s, tag = found, tag + ">authorities"
    if not known(s) and not known(t) and not (pair_code[:2] in MATERIAL_CONFLICT and situated(anchor, res)) \
            and not (_role_coded(s) and _role_coded(t)):
        return None  # nobody known acted ("a protester demolished a building", "those who gave them aid")
    if not s.code and not t.code and not (anchor.pos_ in NOMINAL_POS or anchor.lemma_.lower() in BLAST_VERBS):
        return None  # a verb with no side at all ("targeting the building"); a reported blast or battle stays
    if s.code and s.code == t.code and not distinct(res, s, t) and not (pair_code[:2] == "14" and s.token < 0):
        return None  # (people of a place protesting there protest at home: "KEN" -> "KEN")
    travel = pair_code if pair_code[:2] != "12" else act  # a refusal to travel ("cannot go to Jordan")
    if (travel[:3] in VISIT_CODES or travel[:2] == "04") and (
            not known(s) or role_of(s.code) in PRIVATE_ROLES or _private_person(res, s)
            or travel[:3] in VISIT_CODES and _roleless_person(res, s)):
        return None  # private travel and meetings ("the women could travel to the embassy"), or their
        # refusal ("these people cannot go to Jordan"), are no state acts
    return s, pair_code, tag


def _first_person(verb: Token) -> bool:
    """True when the clause's subject is the speaker's own "we" or "I"."""
    return any(c.dep_ in NOMINAL_SUBJECT_DEPS and c.lower_ in ("we", "i") for c in verb.children)


def _unless(anchor: Token) -> bool:
    """True when the clause holds an "unless" condition: a promise unless X is a threat."""
    verb = anchor.head if anchor.pos_ != "VERB" and anchor.head.pos_ == "VERB" else anchor
    return any(g.dep_ == "mark" and g.lower_ == "unless" for c in verb.children if c.dep_ == "advcl"
               for g in c.children)


#: verbs of a blast, an event even when nobody is named ("an explosion", "a bomb went off")
BLAST_VERBS = frozenset({"explode", "detonate", "blast", "go"})
#: visits: acts of states, leaders and organisations, not of private people
VISIT_CODES = frozenset({"042"})
#: aid codes and the code of stopping that aid (CAMEO 1621-1623)
HALTED_AID = {"071": "1621", "072": "1622", "073": "1623"}
#: roles of private people
PRIVATE_ROLES = frozenset({"CVL", "REF"})
#: roots of material conflict and protest: reported with a place, they are events even when
#: no side's country is known ("protesters blocked the highway in Comayaguela")
MATERIAL_CONFLICT = frozenset({"14", "17", "18", "19", "20"})


def situated(anchor: Token, res: ArgumentResolver) -> bool:
    """True when the report says where: a place the article names, or a proper name in a
    place phrase of the anchor's sentence ("in Goday, Shabelle Zone", "in Tsrancha village")."""
    if any(p.get("kind") != "demonym" and not p.get("actor") for p in res.doc._.places or ()):
        return True
    return any(t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS and (
        t.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children))
        for t in anchor.sent)


def _role_coded(a: Actor) -> bool:
    """True for an actor coded with a role, of a known country or not ("---COP", "KENOPP")."""
    return a.code is not None and len(a.code) >= 6


def known(a: Actor) -> bool:
    """True for an actor whose country or organisation is known (not "---COP", not nobody)."""
    return bool(a.code) and not a.code.startswith(UNKNOWN_COUNTRY)


def distinct(res: ArgumentResolver, s: Actor, t: Actor) -> bool:
    """True when two actors of the same code are not the same one: the state's own people as
    a target (token -3, see ``slots.compatriots``), a different mention that is a group of
    people named by nationality ("Croatia is investigating crimes by Croatian extremists"),
    or such people acting toward their country named as a state ("Bosnian Serbs ... in east
    Bosnia"), or two mentions of generic people ("locals killed a man", "supporters of one
    leader attacked supporters of another"). A country, capital or government is never
    paired with itself."""
    if t.token == -3:
        return True
    # both must be mentions of their own ("killed themselves" points at the pronoun)
    first = res.index.first_token
    return (s.token != t.token and 0 <= s.token and 0 <= t.token
            and first(s.token) == s.token and first(t.token) == t.token
            and (is_people(res, t) or is_people(res, s) and is_state(res, t)
                 or _agent(res, s) and _agent(res, t)))


def _private_person(res: ArgumentResolver, a: Actor) -> bool:
    """True for someone named only by nationality and a common noun ("the Ghanaian
    footballer"): a private person, not the state or an official."""
    m = res.index.by_token[a.token] if a.token >= 0 else None
    if m is None or m.get("kind") not in ("country", "group") or role_of(a.code) is not None:
        return False
    head = res.doc[m["tok_end"] - 1]
    return head.pos_ == "NOUN" and head.lemma_.lower() not in res.lex["bodies"] | res.lex["troops"]


def _roleless_person(res: ArgumentResolver, a: Actor) -> bool:
    """True for a person known only by a country ("Alsankari ... arrived in the UK"): their
    travel is a private journey, not a visit of state."""
    m = res.index.by_token[a.token] if a.token >= 0 else None
    return m is not None and m.get("kind") == "person" and len(a.code or "") == 3


def _agent(res: ArgumentResolver, a: Actor) -> bool:
    m = res.index.by_token[a.token]
    return m is not None and m.get("kind") == "agent"


def _reported(res: ArgumentResolver, sayer_tok: Token, anchor: Token, code: str,
              pairs: list[tuple[Actor, Actor]]) -> tuple[str, list[tuple[Actor, Actor, str]]]:
    """Modality of a reported event and the sayer's own events (PETRARCH-2's transformations
    of "say" + attack): "X said it attacked Y" is asserted and X claims responsibility (015);
    "X said Y attacked Z" stays reported and X accuses Y (112), as does "X alleged that Y
    protested/attacked" for any hostile root."""
    sayer = res.resolve(sayer_tok)
    if sayer is None or not sayer.code:
        return "reported", []
    own = sayer.code[:3]
    if any(s.code and s.code[:3] == own for s, _ in pairs):
        doer = anchor.head if anchor.dep_ == "dobj" and anchor.head.pos_ == "VERB" else anchor
        if code[:2] not in VIOLENT_ROOTS or not _self_reference(subject_of(doer)):
            return "asserted", []
        # the claim needs the sayer to speak of itself ("said it/its forces", "said they
        # carried out the bombing"), not of a unit it names ("the command said the United
        # States launched a strike")
        return "asserted", [(sayer, t, "015") for s, t in pairs
                            if s.code and s.code[:3] == own and t.code]
    accusing = sayer_tok.head.lemma_.lower() in ACCUSING_VERBS
    if not accusing and (_agent(res, sayer) or role_of(sayer.code) == "MED"):
        return "reported", []  # medics, witnesses, residents and news agencies pass on what happened
    # sources and officials pass on news; they accuse only when their own side was hit
    informants = res.lex["informants"]
    informant = sayer_tok.lemma_.lower() in informants or sayer_tok.lower_ in informants
    victim = any(t.code and t.code[:3] == own for _, t in pairs)
    if (code[:2] in VIOLENT_ROOTS and (accusing or victim or not informant)
            or code[:2] in THREAT_ROOTS and accusing):
        # an armed doer with no code ("government forces") is accused as "---" (PETRARCH's
        # unknown actor), by a speaker in its own name: not by those who pass on news
        return "reported", [(sayer, s, "112") for s, _ in pairs
                            if s.code or s.token >= 0 and (accusing or not informant)]
    return "reported", []


def _self_reference(subj: Token | None) -> bool:
    """True for a pronoun subject or one with a pronoun possessor ("they", "its jets")."""
    return subj is not None and (subj.pos_ == "PRON" or any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children))
