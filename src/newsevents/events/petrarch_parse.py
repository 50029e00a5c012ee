"""Read a PETRARCH-2 verb dictionary (``CAMEO.2.0.txt``): its synonym sets and verb blocks,
as :mod:`newsevents.events.petrarch_verbs` describes them, with a count of the lines left out."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

#: the pattern code that means "this sense of the verb codes nothing"
NO_EVENT = "---"
_CODE_AT_END = re.compile(r"\[([^\]]*)\]\s*$")
_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")


@dataclass(frozen=True)
class Verb:
    """One verb line of a block."""

    words: tuple[str, ...]  # upper case, "+"-marked verb word stripped of its "+"
    head: int  # index of the verb word
    code: str | None
    line: int


@dataclass
class Block:
    """A verb block: its name, default code, verbs and patterns."""

    name: str
    code: str
    line: int
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[tuple[int, str, str, str]] = field(default_factory=list)  # line, pre, post, code


def _lines(text: str) -> Iterator[tuple[int, str]]:
    for no, line in enumerate(text.splitlines(), 1):
        body = line.split("#", 1)[0].rstrip()
        if body.strip() and not body.lstrip().startswith("<!"):
            yield no, body


def parse(text: str) -> tuple[dict[str, list[str]], list[Block], Counter]:
    """Synonym sets (name -> upper-case phrases), verb blocks, and lines left out."""
    synsets: dict[str, list[str]] = {}
    blocks: list[Block] = []
    left: Counter = Counter()
    current_set: str | None = None
    block: Block | None = None
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
            block = Block(m[1], m[2].strip() or NO_EVENT, no)
            blocks.append(block)
        elif block is None:
            left["outside a verb block"] += 1
        else:
            problem = _pattern_line(block, no, s) if s.startswith("-") else _verb_line(block, no, s)
            if problem:
                left[problem] += 1
    return synsets, blocks, left


def _pattern_line(block: Block, no: int, s: str) -> str | None:
    """Add a pattern line ("- * (TO) [042:043]") to ``block``; or the reason it is left out."""
    cm = _CODE_AT_END.search(s)
    if cm is None or "*" not in s:
        return "malformed pattern"
    pre, _, post = s[1:cm.start()].partition("*")
    block.patterns.append((no, pre.strip(), post.strip(), cm[1].strip()))
    return None


def _verb_line(block: Block, no: int, s: str) -> str | None:
    """Add a verb line ("ASK [020]", "+CALL_OFF [160]") to ``block``; or the reason it is left out."""
    cm = _CODE_AT_END.search(s)
    words = (s[:cm.start()] if cm else s).split("{")[0].strip()
    if not words or " " in words:
        return "malformed verb"
    parts = words.split("_")
    marked = [i for i, w in enumerate(parts) if w.startswith("+")]
    head = marked[0] if marked else 0
    block.verbs.append(Verb(tuple(w.lstrip("+") for w in parts), head,
                            cm[1].strip() if cm else None, no))
    return None
