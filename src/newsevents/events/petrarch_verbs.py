"""Convert a PETRARCH-2 verb dictionary (``CAMEO.2.0.txt``) into newsevents pattern sections.

The dictionary (Open Event Data Alliance, MIT licence) has synonym sets and verb blocks::

    &MILITARY                      <- a synonym set: "+" lines of words or phrases
    +TROOPS
    +ARMED_FORCES
    ---  RUSH   [---]  ---         <- a block and its default code ("---": no event)
    RUSH                           <- the block's verbs ({...}: inflected forms, ignored)
    ASK     [020]                  <- a verb with its own default code
    +CALL_OFF [160]                <- a multi-word verb; "+" marks the verb word
    - * (TO)              [042:043]   <- patterns: subject words * object words (PREP NOUN)
    - * {ARMS SHIPMENT}   [072]       <- {...}: a noun phrase, its last word the head
    - * &FOOD             [073]       <- a synonym set
    - &MILITARY *         [154]       <- words before "*" constrain the subject
    - * (IN ACCIDENT)     [---]       <- "---": this sense codes nothing (a discard)

A block's patterns apply to every verb of the block; a verb listed in two blocks belongs to
the first (as in PETRARCH-2, where later identical patterns of a block also replace earlier
ones). Codes ``[A:B]`` are A from source to target and B back; ``[A:A]`` becomes a mutual
frame, ``[:B]`` a reversed one (the target does B to the subject), and ``[A:B]`` keeps A.

What converts: the verbs (by lemma, with their default codes when ``bare_defaults``), and
patterns with at most one object noun or noun phrase (``object``, its nearest modifier
``object_mod``; two bare words are read as a phrase), at most one prepositional phrase
(``prep``, ``pobj``; ``(TO +)`` makes the phrase the target, ``(IN ^)`` takes any object),
and a leading particle word (``* OUT VIEWS``). Synonym sets become word classes
``petr_<name>`` (one-word members; phrases as ``petr_<name>_heads`` with any of
``petr_<name>_mods`` in object position), block verbs classes ``petrv_<block>``. Skipped,
with a count per reason (:attr:`Conversion.skipped`): subject words, ``$``/``%`` markers and
``^`` outside a phrase, several objects or phrases, a modifier inside a prepositional phrase,
bare prepositions (TABARI's linear patterns), undefined synonym sets, unknown codes, and the
transformations section. The sections carry ``fallback: true`` (see ``patterns``). Nothing
here imports spaCy: surface words are lemmatised by the callable passed in
(:func:`simple_lemma` by default).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Container, Iterator
from dataclasses import dataclass, field
from typing import Any

#: lemmatiser: (upper- or lower-case word, "VERB" | "NOUN") -> lemma
Lemmatizer = Callable[[str, str], str]

#: the pattern code that means "this sense of the verb codes nothing"
NO_EVENT = "---"
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
_CODE_AT_END = re.compile(r"\[([^\]]*)\]\s*$")
_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")


@dataclass(frozen=True)
class _Verb:
    words: tuple[str, ...]  # upper case, "+"-marked verb word stripped of its "+"
    head: int  # index of the verb word
    code: str | None
    line: int


@dataclass
class _Block:
    name: str
    code: str
    line: int
    verbs: list[_Verb] = field(default_factory=list)
    patterns: list[tuple[int, str, str, str]] = field(default_factory=list)  # line, pre, post, code


@dataclass
class Conversion:
    """Converted pattern sections and what happened to every dictionary line."""

    sections: dict[str, Any]
    converted: Counter = field(default_factory=Counter)
    skipped: Counter = field(default_factory=Counter)


def simple_lemma(word: str, pos: str) -> str:
    """A dependency-free lemma: lower case, regular noun plurals made singular."""
    w = word.lower()
    if pos != "NOUN" or len(w) < 4 or not w.endswith("s") or w.endswith(("ss", "us", "is")):
        return w
    if w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "sses")):
        return w[:-2]
    return w[:-1]


def _lines(text: str) -> Iterator[tuple[int, str]]:
    for no, line in enumerate(text.splitlines(), 1):
        body = line.split("#", 1)[0].rstrip()
        if body.strip() and not body.lstrip().startswith("<!"):
            yield no, body


def parse(text: str) -> tuple[dict[str, list[str]], list[_Block], Counter]:
    """Synonym sets (name -> upper-case phrases), verb blocks, and lines left out."""
    synsets: dict[str, list[str]] = {}
    blocks: list[_Block] = []
    left: Counter = Counter()
    current_set: str | None = None
    block: _Block | None = None
    transformations = False
    for no, body in _lines(text):
        s = body.strip()
        if s.startswith("~") or transformations:
            transformations = True
            left["transformation (not expressible)"] += s.startswith("~")
            continue
        if s.startswith("&"):
            current_set = s.split()[0].rstrip("_")
            synsets.setdefault(current_set, [])
            continue
        if s.startswith("+") and current_set is not None:
            phrase = s[1:].split("{")[0].strip().rstrip("_")
            if phrase:
                synsets[current_set].append(phrase.replace(" ", "_"))
            continue
        current_set = None
        m = _BLOCK.match(s)
        if m:
            block = _Block(m[1], m[2].strip() or NO_EVENT, no)
            blocks.append(block)
        elif block is None:
            left["outside a verb block"] += 1
        elif s.startswith("-"):
            cm = _CODE_AT_END.search(s)
            if cm is None or "*" not in s:
                left["malformed pattern"] += 1
                continue
            pre, _, post = s[1:cm.start()].partition("*")
            block.patterns.append((no, pre.strip(), post.strip(), cm[1].strip()))
        else:
            cm = _CODE_AT_END.search(s)
            words = (s[:cm.start()] if cm else s).split("{")[0].strip()
            if not words or " " in words:
                left["malformed verb"] += 1
                continue
            parts = words.split("_")
            marked = [i for i, w in enumerate(parts) if w.startswith("+")]
            head = marked[0] if marked else 0
            block.verbs.append(_Verb(tuple(w.lstrip("+") for w in parts), head,
                                     cm[1].strip() if cm else None, no))
    return synsets, blocks, left


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


class _Converter:
    """State of one conversion: lemma cache, synonym-set classes, counters."""

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


def _noun_phrase(text: str) -> list[str] | str:
    """The words of a noun (phrase), head last; or a skip reason."""
    words = [w for w in text.strip("{}").split() if w not in FUNCTION_WORDS]
    words = [w for part in words for w in part.split("_") if w]
    if not words:
        return "empty noun phrase"
    return words


def _frames(conv: _Converter, post: str) -> list[dict[str, Any]] | str:
    """Frame constraints (one or more alternative dicts) of a pattern's object part."""
    toks = _tokens(post)
    if any(m in t for t in toks for m in "$%") or any("^" in t for t in toks if not t.startswith("(")):
        return "source, compound or skip marker ($ % ^)"
    frame: dict[str, Any] = {}
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
    alts: list[dict[str, Any]] = [frame]
    if nouns:
        words = _noun_phrase(nouns[0])
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
    if preps:
        inner = preps[0][1:-1].split(None, 1)
        if not inner:
            return "malformed pattern"
        prep = inner[0].lower()
        rest = inner[1].strip() if len(inner) > 1 else ""
        extra: dict[str, Any] = {"prep": prep}
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
        alts = [{**a, **extra} for a in alts]
    if not nouns and not preps and "particle" not in frame:
        return "no object constraint"
    return alts


def _verb_key(conv: _Converter, verb: _Verb) -> tuple[str, tuple[str, ...]] | str:
    """(verb lemma, words after it) for a verb line, or the reason it is skipped."""
    if verb.head != 0:
        return "multi-word verb with words before the verb"
    return conv.lemma(verb.words[0], "VERB"), tuple(w.lower() for w in verb.words[1:])


def _multiword_frame(conv: _Converter, rest: tuple[str, ...]) -> dict[str, Any] | str:
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


def convert(text: str, lemmatize: Lemmatizer = simple_lemma, *,
            codes: Container[str] | None = None, bare_defaults: bool = True,
            require_target: bool = False) -> Conversion:
    """Convert a PETRARCH-2 verb dictionary into ``{"classes": ..., "verbs": [...]}``.

    ``codes`` (known CAMEO codes) drops patterns with other codes; ``bare_defaults`` keeps
    each verb's own or its block's default code as a constraint-free frame;
    ``require_target`` marks every converted frame as coding only with a target.
    """
    synsets, blocks, left = parse(text)
    conv = _Converter(synsets, lemmatize, codes)
    result = Conversion(sections={})
    result.skipped.update(left)
    verbs_out: list[dict[str, Any]] = []
    owner: dict[tuple[str, tuple[str, ...]], str] = {}  # verb -> first block (PETRARCH-2 rule)

    for block in blocks:
        singles: list[str] = []
        bare: dict[str, list[str]] = {}
        multi: list[tuple[str, dict[str, Any], str, int]] = []
        for verb in block.verbs:
            key = _verb_key(conv, verb)
            if isinstance(key, str):
                result.skipped[f"verb: {key}"] += 1
                continue
            if owner.setdefault(key, block.name) != block.name:
                result.skipped["verb: listed in an earlier block"] += 1
                continue
            code = verb.code or block.code
            lemma, rest = key
            if rest:
                frame = _multiword_frame(conv, rest)
                if isinstance(frame, str):
                    result.skipped[f"verb: {frame}"] += 1
                    continue
                multi.append((lemma, frame, code, verb.line))
                continue
            if lemma not in singles:
                singles.append(lemma)
            bare.setdefault(code, []).append(lemma)
            result.converted["verbs"] += 1
        cls = f"petrv_{block.name.lower()}"
        if singles:
            conv.classes[cls] = sorted(set(conv.classes.get(cls, [])) | set(singles))
        name = f"petrarch2:{block.name}"
        for code, lemmas in bare.items():
            if not bare_defaults:
                result.skipped["bare verb default: left out (bare_defaults=False)"] += len(lemmas)
            elif code == NO_EVENT:
                result.skipped["bare verb default: no event (nothing to add)"] += len(lemmas)
            elif codes is not None and code not in codes:
                result.skipped["bare verb default: unknown CAMEO code"] += len(lemmas)
            else:
                verbs_out.append({"verb": sorted(set(lemmas)), "code": code,
                                  "name": f"{name}@{block.line}"})
                result.converted["bare verb defaults"] += len(lemmas)
        for lemma, frame, code, line in multi:
            if code == NO_EVENT or (codes is not None and code not in codes):
                result.skipped["multi-word verb: no event or unknown code"] += 1
                continue
            verbs_out.append({"verb": lemma, **frame, "code": code, "name": f"{name}@{line}"})
            result.converted["multi-word verbs"] += 1
        # patterns: the last of identical frames wins (PETRARCH-2 overwrites), order kept
        by_frame: dict[str, tuple[int, dict[str, Any]]] = {}
        produced: list[int] = []
        for line, pre, post, raw in block.patterns:
            if pre:
                result.skipped["pattern: subject words before the verb"] += 1
                continue
            if not singles:
                result.skipped["pattern: block has no one-word verb"] += 1
                continue
            coded = conv.code(raw)
            if isinstance(coded, str):
                result.skipped[f"pattern: {coded}"] += 1
                continue
            code, extra = coded
            frames = _frames(conv, post)
            if isinstance(frames, str):
                result.skipped[f"pattern: {frames}"] += 1
                continue
            produced.append(line)
            for i, frame in enumerate(frames):
                entry = {"verb": f"@{cls}", **frame, **extra, "code": code,
                         "name": f"{name}@{line}" + (f".{i + 1}" if len(frames) > 1 else "")}
                if extra.get("reverse") and "target" not in entry:
                    entry["target"] = [entry["prep"]] if "prep" in entry else ["from", "by"]
                sig = repr({k: (v[0] if k in ("object", "pobj") else v)
                            for k, v in entry.items() if k not in ("code", "name")})
                if sig in by_frame:  # same frame: this one wins, with both spellings
                    old = by_frame.pop(sig)[1]
                    for k in ("object", "pobj"):
                        if k in entry:
                            entry[k] = [entry[k][0], *sorted(set(entry[k][1:]) | set(old[k][1:]))]
                by_frame[sig] = (line, entry)
        kept = {line for line, _ in by_frame.values()}
        for line in dict.fromkeys(produced):
            if line not in kept:
                result.skipped["pattern: replaced by a later identical pattern"] += 1
        for line, _, _, raw in block.patterns:
            if line in kept:
                result.converted["discard patterns" if raw == NO_EVENT else "patterns"] += 1
        verbs_out.extend(entry for _, entry in by_frame.values())

    for entry in verbs_out:
        if require_target and entry["code"] != NO_EVENT:
            entry["require_target"] = True
    result.sections = {"fallback": True, "classes": dict(sorted(conv.classes.items())),
                       "verbs": verbs_out}
    return result
