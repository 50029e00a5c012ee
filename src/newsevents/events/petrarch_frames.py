"""Frame constraints of PETRARCH-2 verb patterns and multi-word verbs: objects, their
modifiers, prepositional phrases and particles (see :mod:`newsevents.events.petrarch_verbs`),
with synonym sets as word classes. Every function returns a reason string where the source
cannot be expressed, so that the conversion counts what it skips."""
from __future__ import annotations

import re
from collections.abc import Callable, Container
from typing import Any

from newsevents.events.petrarch_parse import NO_EVENT, Verb

#: lemmatiser: (upper- or lower-case word, "VERB" | "NOUN") -> lemma
Lemmatizer = Callable[[str, str], str]

#: words after "*" that are verb particles ("SET OUT VIEWS", "PUT FORWARD {PEACE PLAN}")
PARTICLES = frozenset({"UP", "DOWN", "OUT", "OFF", "AWAY", "BACK", "FORWARD", "ASIDE",
                       "AROUND", "TOGETHER", "AHEAD", "APART", "OVER"})
#: prepositions: bare in a pattern they belong to TABARI's linear word sequences
PREPOSITIONS = frozenset({"ABOUT", "ACROSS", "AFTER", "AGAINST", "ALONG", "AMONG", "AS", "AT",
                          "BEFORE", "BEHIND", "BETWEEN", "BY", "DURING", "FOR", "FROM", "IN",
                          "INTO", "OF", "ON", "ONTO", "OVER", "THROUGH", "TO", "TOWARD",
                          "TOWARDS", "UNDER", "UNTIL", "UPON", "WITH", "WITHIN", "WITHOUT",
                          "THAT", "THAN"})
#: words dropped from noun phrases ("{IN &DETENTION}", "{THE CAPITAL}")
FUNCTION_WORDS = PREPOSITIONS | frozenset({"THE", "A", "AN", "ITS", "THEIR", "HIS", "HER"})
Frame = dict[str, Any]


class Converter:
    """State of one conversion: lemma cache, synonym-set classes, known codes."""

    def __init__(self, synsets: dict[str, list[str]], lemmatize: Lemmatizer,
                 codes: Container[str] | None) -> None:
        self.synsets = synsets
        self.lemmatize = lemmatize
        self.codes = codes
        self.cache: dict[tuple[str, str], str] = {}
        self.classes: dict[str, list[str]] = {}

    def lemma(self, word: str, pos: str) -> str:
        key = (word, pos)
        if key not in self.cache:
            self.cache[key] = self.lemmatize(word, pos).lower()
        return self.cache[key]

    def nouns(self, word: str) -> list[str]:
        """A noun's lemma, and its lower-case form when that differs (lemmatisers disagree)."""
        return list(dict.fromkeys([self.lemma(word, "NOUN"), word.lower()]))

    def synset(self, name: str) -> tuple[str | None, tuple[str, str] | None]:
        """The class of a set's one-word members ("@petr_x", None if none) and, for its
        phrases, the classes of their heads and of their modifiers (None if none)."""
        members = self.synsets[name]
        base = f"petr_{name[1:].lower()}"
        single = sorted({n for m in members if "_" not in m for n in self.nouns(m)})
        heads: set[str] = set()
        mods: set[str] = set()
        for m in members:
            words = [w for w in m.split("_") if w and w not in FUNCTION_WORDS | {"AND", "OR"}]
            if len(words) >= 2:
                mods.add(self.lemma(words[-2], "NOUN"))
                heads.add(self.lemma(words[-1], "NOUN"))
        if single:
            self.classes[base] = single
        if heads:
            self.classes[f"{base}_heads"] = sorted(heads)
            self.classes[f"{base}_mods"] = sorted(mods)
        return (f"@{base}" if single else None,
                (f"@{base}_heads", f"@{base}_mods") if heads else None)

    def code(self, raw: str) -> tuple[str, dict[str, Any]] | str:
        """(code, extra keys) for a pattern code, or the reason it is skipped."""
        first, colon, second = (x.strip() for x in raw.partition(":"))
        extra: dict[str, Any] = {}
        if not first and colon and second:
            first, extra = second, {"reverse": True}
        elif colon and second and second == first and first != NO_EVENT:
            extra = {"mutual": True}
        if not first:
            return "empty code"
        if first != NO_EVENT and self.codes is not None and first not in self.codes:
            return "unknown CAMEO code"
        return first, extra


def _tokens(post: str) -> list[str]:
    """Split a pattern's object part into words, "{...}" phrases and "(...)" phrases."""
    out: list[str] = []
    depth, cur = 0, ""
    for ch in post:
        if ch in "({":
            if depth == 0 and cur.strip():
                out.append(cur.strip())
                cur = ""
            depth += 1
        elif ch in ")}":
            depth -= 1
        if depth == 0 and ch.isspace():
            if cur.strip():
                out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip())
    return out


def _noun_phrase(text: str) -> list[str] | str:
    """The words of a noun (phrase), head last; or a skip reason."""
    words = [w for w in text.strip("{}").split() if w not in FUNCTION_WORDS]
    words = [w for part in words for w in part.split("_") if w]
    if not words:
        return "empty noun phrase"
    return words


def frames(conv: Converter, post: str) -> list[Frame] | str:
    """Frame constraints (one or more alternative dicts) of a pattern's object part."""
    toks = _tokens(post)
    if any(m in t for t in toks for m in "$%") or any("^" in t for t in toks if not t.startswith("(")):
        return "source, compound or skip marker ($ % ^)"
    parts = _object_parts(toks)
    if isinstance(parts, str):
        return parts
    frame, nouns, preps = parts
    alts: list[Frame] = [frame]
    if nouns:
        found = _object_frames(conv, frame, nouns[0])
        if isinstance(found, str):
            return found
        alts = found
    if preps:
        extra = _prep_constraints(conv, preps[0])
        if isinstance(extra, str):
            return extra
        alts = [{**a, **extra} for a in alts]
    if not nouns and not preps and "particle" not in frame:
        return "no object constraint"
    return alts


def _object_parts(toks: list[str]) -> tuple[Frame, list[str], list[str]] | str:
    """A pattern's object words sorted out: the frame so far (particle, "+" target), at most
    one object noun (phrase) and at most one prepositional phrase; or a skip reason."""
    frame: Frame = {}
    nouns: list[str] = []
    preps: list[str] = []
    for i, t in enumerate(toks):
        if t.startswith("("):
            preps.append(t)
        elif t == "+":
            frame["target"] = ["dobj"]
        elif t.upper() in PARTICLES and i == 0 and "particle" not in frame:
            frame["particle"] = t.lower()
        elif t.upper() in PREPOSITIONS:
            return "bare preposition (TABARI linear pattern)"
        elif not re.fullmatch(r"[{}A-Z&_' .\-]+", t):
            return "malformed pattern"
        else:
            nouns.append(t)
    if len(nouns) == 2 and not any(n.startswith("{") for n in nouns):
        nouns = [f"{{{nouns[0]} {nouns[1]}}}"]  # "ARMS EMBARGO": a phrase, head last
    if len(nouns) > 1:
        return "more than one object noun"
    if len(preps) > 1:
        return "more than one prepositional phrase"
    return frame, nouns, preps


def _object_frames(conv: Converter, frame: Frame, noun: str) -> list[Frame] | str:
    """The alternative frames of an object noun (phrase): its head (a word or a synonym set's
    class) and its nearest modifier; or a skip reason."""
    words = _noun_phrase(noun)
    if isinstance(words, str):
        return words
    head, mod = words[-1], (words[-2] if len(words) > 1 else None)
    if any(w.startswith("&") and w.rstrip("_") not in conv.synsets for w in (head, mod) if w):
        return "undefined synonym set"
    if mod is not None and mod.startswith("&"):
        cls, _ = conv.synset(mod.rstrip("_"))
        if cls is None:
            return "empty synonym set"
        mods: list[str] = [cls]
    else:
        mods = conv.nouns(mod) if mod else []
    if head.startswith("&"):
        cls, phrases = conv.synset(head.rstrip("_"))
        alts = []
        if cls is not None:
            alts.append({**frame, "object": [cls]})
        if phrases and not mods:  # "ARMED_FORCES": any phrase head with any modifier
            alts.append({**frame, "object": [phrases[0]], "object_mod": [phrases[1]]})
        if not alts:
            return "empty synonym set"
    else:
        alts = [{**frame, "object": conv.nouns(head)}]
    if mods:
        alts = [{**a, "object_mod": mods} for a in alts]
    return alts


def _prep_constraints(conv: Converter, phrase: str) -> Frame | str:
    """The keys of a prepositional phrase ("(TO +)", "(IN ^)", "(FOR {FINANCIAL AID})"):
    ``prep``, and ``target`` or ``pobj``; or a skip reason."""
    inner = phrase[1:-1].split(None, 1)
    if not inner:
        return "malformed pattern"
    prep = inner[0].lower()
    rest = inner[1].strip() if len(inner) > 1 else ""
    extra: Frame = {"prep": prep}
    if rest == "+":
        extra["target"] = [prep]
    elif rest and rest != "^":  # "(IN ^)": in anything
        if rest.startswith("{") or len(rest.split()) > 1:
            words = _noun_phrase(rest)
            if isinstance(words, str):
                return words
            if len(words) > 1:
                return "modifier inside a prepositional phrase"
            rest = words[0]
        if rest.startswith("&"):
            if rest.rstrip("_") not in conv.synsets:
                return "undefined synonym set"
            cls, _ = conv.synset(rest.rstrip("_"))
            if cls is None:
                return "empty synonym set"
            extra["pobj"] = [cls]
        else:
            extra["pobj"] = conv.nouns(rest)
    return extra


def verb_key(conv: Converter, verb: Verb) -> tuple[str, tuple[str, ...]] | str:
    """(verb lemma, words after it) for a verb line, or the reason it is skipped."""
    if verb.head != 0:
        return "multi-word verb with words before the verb"
    return conv.lemma(verb.words[0], "VERB"), tuple(w.lower() for w in verb.words[1:])


def multiword_frame(conv: Converter, rest: tuple[str, ...]) -> Frame | str:
    """A multi-word verb's words after the verb as frame keys ("CALL_OFF", "TAKE_SHAPE")."""
    if len(rest) == 1:
        word = rest[0].upper()
        if word in PARTICLES or word in PREPOSITIONS:
            return {"particle": rest[0]}
        return {"object": conv.nouns(word)}
    if len(rest) == 2 and rest[1].upper() in PREPOSITIONS:
        first = rest[0].upper()
        if first in PARTICLES:  # "COME_UP_WITH"
            return {"particle": rest[0], "prep": rest[1]}
        return {"object": conv.nouns(first), "prep": rest[1]}  # "GET_HOLD_OF"
    return "multi-word verb of more than two words"
