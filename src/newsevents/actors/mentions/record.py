"""The working record of one actor mention while the resolver builds it."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from newsevents.model import country_of


@dataclass
class Mention:
    """Token span + resolution. ``person_like`` marks antecedents for pronouns."""

    start: int
    end: int
    code: str | None
    name: str | None
    kind: str
    person_like: bool = False
    definite: bool = False  # "the president": code/name may come from an antecedent
    role: str | None = None  # the title's role, for definite descriptions without a country
    title: str | None = None  # last word of the title it carries ("president"), for "the president"
    plural: str | None = None  # "person" / "country" / "side": "the two leaders", "both sides"
    codes: tuple[str, ...] = ()  # every code of a plural mention (``code`` is the first)
    office: str | None = None  # the whole title before a name, lower-cased ("prime minister")
    gender: str | None = None  # "m"/"f" where the text or the data says so (gender.py)
    main_subject: bool = False  # subject of its sentence's main clause (set for people, gender.py)
    subject: bool = False  # subject of any clause (set for people, gender.py)
    possessor: bool = False  # a possessor ("Trump's call"; set for people, gender.py)
    guess: bool = True  # False: no country from the sentence ("President Bush" before 2000)
    legislature: str | None = None  # "congress", "mps" ...: a legislature named without a country

    def to_dict(self, doc: Doc, sentence: int) -> dict[str, Any]:
        """The plain, msgpack-safe dict stored in ``doc._.actor_mentions``.

        Plural mentions ("the two leaders") that resolved to several actors carry an extra
        ``codes`` list; their ``code`` is ``codes[0]``. A mention of known grammatical gender
        carries ``gender`` ("m"/"f").
        """
        span = doc[self.start : self.end]
        out = {
            "text": span.text,
            "start": span.start_char,
            "end": span.end_char,
            "tok_start": self.start,
            "tok_end": self.end,
            "code": self.code,
            "name": self.name,
            "kind": self.kind,
            "sentence": sentence,
        }
        if self.codes:
            out["codes"] = list(self.codes)
        if self.gender:  # "m"/"f": the event stage checks he/she agreement with it
            out["gender"] = self.gender
        return out


#: the country part of a state-based code ("RUSGOV" -> "RUS"), None for a role alone, IGOs ...
state_country = country_of


def role_of(code: str | None) -> str | None:
    """The role part of a country-based code ("RUSGOV" -> "GOV"), else None."""
    if code and len(code) >= 6 and not code.startswith(("IGO", "NGO", "IMG")):
        return code[3:6]
    return None
