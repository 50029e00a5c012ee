"""Name-based mentions found by scanning tokens: later bare surnames of people already
resolved ("... said Golan"), and "<leader> administration/government" ("the Bush
administration" -> USAGOV). One ``LOWER`` array scan per doc finds the candidate tokens."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from datetime import date

import numpy as np
from spacy.attrs import LOWER
from spacy.tokens import Doc

from newsevents.actors.lexicon.dictionary import ActorDictionary, Entry
from newsevents.actors.mentions.record import Mention


def surname_mentions(doc: Doc, links: dict[str, tuple[str | None, str]],
                     used: bytearray) -> list[Mention]:
    """Later bare surnames the NER missed ("... said Golan"), linked to their person
    (code None for a private person: the mention then only marks who "she" may be)."""
    out = []
    for i in token_indices(doc, links):
        tok = doc[i]
        if used[tok.i] or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            continue
        hit = links.get(tok.lower_)
        if hit is None:
            continue
        start = tok.i
        while start > 0 and not used[start - 1] and doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].text[:1].isupper() and tok.i - start < 3:
            start -= 1
        used[start : tok.i + 1] = b"\x01" * (tok.i + 1 - start)
        out.append(Mention(start, tok.i + 1, hit[0], hit[1], "person", person_like=True))
    return out


def token_indices(doc: Doc, words: Iterable[str]) -> list[int]:
    """Indices of the tokens whose lower-case text is one of ``words`` (one array scan, so
    the loops here need not build a Token object per word of the article)."""
    strings = doc.vocab.strings
    wanted = np.fromiter((strings[w] for w in words if " " not in w), dtype=np.uint64)
    if not len(wanted) or not len(doc):
        return []
    return np.flatnonzero(np.isin(doc.to_array(LOWER), wanted)).tolist()


#: nouns that turn a leader's surname into that leader's government ("the Bush administration")
GOVERNMENT_NOUNS = frozenset({"administration", "government", "regime", "cabinet", "junta"})


def leader_surnames(dictionary: ActorDictionary) -> dict[str, tuple[Entry, ...]]:
    """Surname (lowercase) -> dated government terms of the people who carry it."""
    out: dict[str, list[Entry]] = {}
    for entries in dictionary.entries.values():
        for e in entries:
            if e.kind != "person" or not e.code or e.code[3:6] != "GOV" or not e.name:
                continue
            have = out.setdefault(e.name.split()[-1].lower(), [])
            if e not in have:
                have.append(e)
    return {k: tuple(v) for k, v in out.items()}


def leader_governments(doc: Doc, day: date, leaders: dict[str, tuple[Entry, ...]],
                        mentions: list[Mention], texts: list[str], used: bytearray) -> None:
    """"<surname> administration/government/regime": the government that person led.

    The phrase names a government, so it takes the country's ``GOV`` code even on a date
    outside the person's term (an article of 2000 about the "Bush administration"); a surname
    shared by leaders of several countries resolves only through a term valid on the date.
    """
    for i in token_indices(doc, GOVERNMENT_NOUNS):
        tok = doc[i]
        if tok.i == 0:
            continue
        prev = doc[tok.i - 1]
        if prev.pos_ != "PROPN" or not prev.text[:1].isupper():
            continue
        terms = leaders.get(prev.lower_.removesuffix("'s"))
        if not terms:
            continue
        codes = {e.code[:3] + "GOV" for e in terms if e.valid_on(day)} or \
            {e.code[:3] + "GOV" for e in terms}
        if len(codes) != 1:
            continue
        code = codes.pop()
        name = next((e.name for e in terms if e.valid_on(day)), terms[0].name)
        k = next((j for j, m in enumerate(mentions) if m.start <= prev.i < m.end), None)
        start = prev.i
        if k is not None:
            if mentions[k].end != tok.i:
                continue
            start = mentions[k].start
            del mentions[k], texts[k]
        elif used[prev.i]:
            continue
        used[start : tok.i + 1] = b"\x01" * (tok.i + 1 - start)
        m = Mention(start, tok.i + 1, code, f"{name} {tok.lower_}", "group")
        at = bisect_right([x.start for x in mentions], start)
        mentions.insert(at, m)
        texts.insert(at, "")
