"""CAMEO code families and how an embedding word changes a code ("agreed to meet" -> 036)."""
from __future__ import annotations

from types import MappingProxyType
from typing import Mapping

#: embedded-code root -> code, per embedding mode ("agreed to meet" -> 036)
EMBED: Mapping[str, Mapping[str, str]] = MappingProxyType({
    "intent": MappingProxyType({
        "04": "036", "045": "039", "05": "032", "06": "031", "061": "0311", "062": "0312",
        "063": "0313", "064": "0314", "07": "033", "071": "0331", "072": "0332", "073": "0333",
        "074": "0334", "08": "035", "084": "0353", "0841": "0353", "085": "0354", "086": "0355",
        "087": "0356", "0871": "0356", "057": "030"}),
    "refuse": MappingProxyType({
        "04": "125", "045": "126", "05": "120", "057": "127", "06": "121", "07": "122",
        "08": "124", "084": "1243", "0841": "1243", "085": "1244", "086": "1245", "087": "1246",
        "0871": "1246"}),
    "appeal": MappingProxyType({
        "04": "026", "045": "028", "05": "022", "06": "021", "061": "0211", "062": "0212",
        "063": "0213", "064": "0214", "07": "023", "071": "0231", "072": "0232", "073": "0233",
        "074": "0234", "08": "025", "084": "0253", "0841": "0253", "085": "0254", "086": "0255",
        "087": "0256", "0871": "0256"}),
    "demand": MappingProxyType({
        "04": "106", "045": "108", "05": "102", "06": "101", "061": "1011", "062": "1012",
        "063": "1013", "064": "1014", "07": "103", "071": "1031", "072": "1032", "073": "1033",
        "074": "1034", "08": "105", "084": "1053", "0841": "1053", "085": "1054", "086": "1055",
        "087": "1056", "0871": "1056"}),
    "threat": MappingProxyType({
        "14": "133", "16": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134",
        "165": "135", "166": "136", "17": "137", "18": "138", "19": "138", "190": "1384",
        "191": "1381", "192": "1382", "195": "1384", "20": "1383", "204": "1385",
        "2041": "1385", "2042": "1385"}),
})
#: roots whose embedding under an intent verb reads as a threat ("vowed to strike")
THREAT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
#: cooperative roots whose negation is a refusal ("would not provide aid" -> 12x)
REFUSABLE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
#: codes that change when only attempted ("tried to assassinate" -> 185)
ATTEMPTED = MappingProxyType({"186": "185"})
#: roots whose clause a purpose infinitive of a protest only explains ("staged rallies to
#: demand reforms" is a protest for reform, not a separate demand)
PURPOSE_OF_PROTEST = frozenset({"10", "11"})
#: roots of verbal conflict: demands, disapproval, rejection, threats
VERBAL_CONFLICT = frozenset({"10", "11", "12", "13"})
#: roots of a purpose that names whom a fight is against ("fought ... to oust Isis")
HOSTILE_PURPOSES = frozenset({"18", "19", "20"})
#: root of an event -> code prefixes of a purpose infinitive on it that the event already
#: covers ("staged rallies to demand reforms", "met the envoy to discuss the truce"; not
#: "visited Mali to mediate", where the mediation is an event of its own)
PURPOSES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "14": tuple(PURPOSE_OF_PROTEST), "04": ("040", "041", "046")})
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
#: roots of things said: with no known speaker ("it was announced") they are no event
SAID_ROOTS = frozenset({"01", "02", "03", "04", "05"})
#: roots of acts about another act that has not happened: appeals, intents, demands,
#: rejections, threats ("called for talks with X": the talks are not held)
UNREALISED_ROOTS = frozenset({"02", "03", "10", "12", "13"})
#: codes (first three digits) of acts that, done by protesters, are a violent protest or
#: riot (145): seizing or wrecking property, beatings, unspecified attacks; not weapons use
RIOT_CODES = frozenset({"171", "180", "181", "182", "190", "193"})
#: codes of halting or reducing cooperation: conditional use of them is a threat
HALT_CODES = frozenset({"160", "161", "162", "163", "164", "165", "166"})
#: roots whose events take the country of their in/at place as target when no target is
#: named (force postures and attacks abroad)
PLACE_TARGET_ROOTS = frozenset({"15", "18", "19", "20"})
#: acts aimed at a territory (code prefix -> prepositions of the place, in order): when no
#: one is named, CAMEO's target is the country where the act takes place. Deploying
#: peacekeepers (074) or inspectors (090: an inquiry abroad is about that country) "to/in
#: X", humanitarian aid and evacuations (073) "to/in/from X", easing restrictions or
#: emergency rule (081x) "in X", withdrawing forces (087x) "from/in X", halting aid
#: deliveries (162) "to/in X". Never the source's own country, and never the venue of talks,
#: statements or other acts, which happen somewhere without being aimed at the place.
TERRITORIAL: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "074": ("to", "into", "in"), "090": ("to", "into", "in"), "073": ("to", "into", "in", "from"),
    "081": ("in", "across", "throughout"), "087": ("from", "in"),
    "162": ("to", "in")})


#: acts a state does at home as well as abroad (code prefix -> prepositions of the place):
#: expressions of sympathy (018), inquiries (09x), easing or imposing restrictions and
#: emergency rule (081x, 172x). Their place, or the place of the event they answer
#: ("sorrow for the shootings in X", "an inquiry into the riots in X"), is the target even
#: in the source's own country ("the US government declared a state of emergency in
#: Florida" -> USAGOV -> USA); never the source's exact code ("Russia ... in Moscow").
DOMESTIC_PLACE: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "018": ("in", "at"), "09": ("in", "into", "at"), "081": ("in", "across", "throughout"),
    "172": ("in", "across", "throughout")})
#: acts that, done by a state actor with nobody and nowhere named, are aimed at its own
#: country: bans on protest, curfews, emergency rule ("imposed martial law")
HOME_CODES = frozenset({"1721", "1723", "1724"})
#: coercion of people (code prefixes): arrests, bans, repression; an uncoded group of people
#: they are aimed at ("police arrested dozens of protesters") is the state's own people
COMPATRIOT_CODES = ("172", "173", "175")


def domestic_preps(code: str) -> tuple[str, ...]:
    """The place prepositions of an act a state also does at home (see DOMESTIC_PLACE)."""
    for key in (code[:3], code[:2]):
        if key in DOMESTIC_PLACE:
            return DOMESTIC_PLACE[key]
    return ()


def territorial_preps(code: str) -> tuple[str, ...]:
    """The place prepositions of a territorial act's code (see TERRITORIAL), else ()."""
    if code in ("0871", "0874"):  # a truce or a surrender is made to a side, not a place
        return ()
    return TERRITORIAL.get(code[:3], ())


#: roots whose future tense is coded as a statement of intent or a threat
INTENT_ROOTS = frozenset({"04", "05", "06", "07", "08", "14", "15", "16", "17", "18", "19",
                          "20"})


def embed_code(mode: str, governor: str, embedded: str) -> str:
    """The code of ``embedded`` seen through an embedding verb (e.g. intent: 190 -> 138)."""
    if mode == "intent" and embedded[:2] == "03":
        return embedded
    if mode == "intent" and embedded[:2] in THREAT_ROOTS:
        mode = "threat"
    table = EMBED[mode]
    if mode == "threat" and embedded[:2] not in THREAT_ROOTS:
        return "130"
    for key in (embedded, embedded[:3], embedded[:2]):
        if key in table:
            return table[key]
    return governor
