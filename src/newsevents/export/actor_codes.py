"""Split a CAMEO actor code (USAGOV, IGOUNO, IGOEUREEC, NGOHRIAMN) into GDELT's actor attribute fields.

A CAMEO actor code is a string of 3-letter segments. Following GDELT: a country or region
code gives ``country``; role segments (GOV, MIL, IGO, NGO, ...) fill ``types`` in order;
religion segments fill ``religions``; the first other segment (UNO, EEC, NAT, AMN, ...) is
the ``known_group``. Ethnic codes are never produced by newsevents, so ``ethnic`` stays empty.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

#: CAMEO/GDELT actor type (role) codes
TYPE_CODES = frozenset((
    "COP GOV INS JUD MIL OPP REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG MED REF MOD RAD "
    "PKO UIS IGO IMG INT MNC NGM NGO SET REL"
).split())
#: CAMEO/GDELT religion codes
RELIGION_CODES = frozenset((
    "ADR ALE ATH BAH BUD CHR CON CPT CTH DOX DRZ HIN HSD ITH JAN JCH JEW JHN JIN KRN LDS MOS MRN NRM PAG PRO "
    "SFI SHI SHN SIK SUN TAO UDI ZRO"
).split())
#: CAMEO regional codes GDELT reports in the country field
REGION_CODES = frozenset((
    "AFR ASA BLK CRB CAU CFR CAS CEU EIN EAF EEU EUR LAM MEA MDT NAF NMR PGS SCN SAM SAS SEA SAF WAF WST"
).split())


class ActorParts(NamedTuple):
    """GDELT's view of one actor code."""

    code: str
    country: str
    known_group: str
    ethnic: str
    religions: tuple[str, ...]
    types: tuple[str, ...]


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """ISO 3166 alpha-3 codes (and Kosovo's KOS, as CAMEO writes it) plus CAMEO regions."""
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries) | {"KOS", "XKX"} | REGION_CODES


@lru_cache(maxsize=4096)
def split_actor_code(code: str | None) -> ActorParts:
    """The GDELT fields of ``code``; an empty or malformed code gives empty fields."""
    code = (code or "").strip().upper()
    country, group = "", ""
    religions: list[str] = []
    types: list[str] = []
    if len(code) % 3 == 0:
        for i in range(0, len(code), 3):
            segment = code[i:i + 3]
            if segment in TYPE_CODES:
                types.append(segment)
            elif segment in RELIGION_CODES:
                religions.append(segment)
            elif not country and not types and segment in country_codes():
                country = segment
            elif not country and types == ["IGO"] and segment in REGION_CODES:
                country = segment
            elif not group:
                group = segment
    return ActorParts(code, country, group, "", tuple(religions[:2]), tuple(types[:3]))
