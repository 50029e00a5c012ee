"""Direct quotations merged with the indirect reports and characterisations of a doc.

A characterisation or a mixed report replaces the quotations it holds; a report nested in
another content or in a quotation is dropped, except one in a relative clause; a report
between the two fragments of a split quotation keeps the writer's words; a mixed report
whose quotation breaks off for its cue runs on over the quotation after it; a report that
opens with a kept quotation is dropped; a report's span takes in the quotation mark it
would otherwise cut off.
"""
from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from newsevents.quotes.colon import colon_lines, named_speaker
from newsevents.quotes.cues import speech_verb_in
from newsevents.quotes.indirect import Reported, find_indirect
from newsevents.quotes.speaker import speaker_for_cue

#: alphanumeric characters of the writer's own words a mixed report opens with
_MIXED_LEAD = 8
#: characters trimmed off the end of a report cut before a quotation
_TRIM_CHARS = frozenset(",.;:—–-\"“”„«»'‘’(")
#: alphanumeric characters of the writer's words a report cut before a quotation keeps
_OWN_LEAD = 25
#: the longest attribution between a mixed report and the quotation that continues it
MAX_HANDOVER = 150
#: a content that ends where its quotation breaks off at a comma
_BROKE_OFF_RE = re.compile(r",[\"”'’]+|[\"”'’]+,")
#: alphanumeric characters a report between two quoted fragments needs
_GAP_LEAST = 6
#: a quotation that breaks off at a comma, then the characters its own cue may lie within
_OWN_CUE_RE = re.compile(r",?[\"”'’]+,?[ \t\u00a0]+")
_OWN_CUE_CHARS = 60
#: what opens the writer's own next clause, not a cue of the quotation's own
_NOT_OWN_CUE_RE = re.compile(r"\w+ing\b|(?:and|but|or|so|though|although|while|as|because|"
                             r"when|since|whereas|after|before|until)\b", re.IGNORECASE)


def _alnum(text: str, start: int, end: int) -> int:
    return sum(ch.isalnum() for ch in text[start:end])


def _inside(spans: list[tuple[int, int]], at: int, own: tuple[int, int] | None = None) -> bool:
    return any(s <= at < e for s, e in spans if (s, e) != own)


def _own_cue_after(doc: Doc, text: str, end: int) -> bool:
    """True when the quotation ending at ``end`` breaks off at a comma for a cue of its own
    (``...: "A," the union wrote.``)."""
    m = _OWN_CUE_RE.match(text, end)
    if (m is None or (text[end - 1:end] != "," and "," not in m.group())
            or _NOT_OWN_CUE_RE.match(text, m.end())):  # '"A," adding ...': the same report
        return False
    stop = min(len(text), m.end() + _OWN_CUE_CHARS)
    for sep in ".\n":
        at = text.find(sep, m.end(), stop)
        stop = stop if at < 0 else at
    return speech_verb_in(doc, m.end(), stop)


def _is_mixed(doc: Doc, text: str, span: tuple[int, int], quoted: list[tuple[int, int]],
              cue_at: int | None = None) -> bool:
    """True when the report ``span`` opens with the writer's words and holds a quotation
    (``he said the answers are "not meeting the demand"``, ``said that if she won, "she
    would sign it"``, ``said she had one quality: "steadiness"``): one mixed content.
    A quotation right after its own cue (``..., Okafor said, "..."``) or with a cue of its
    own after it when the report's cue (at ``cue_at``) comes before it (``the impact it
    said she would have: "A," the union wrote``) is not part of it."""
    s, e = span
    inner = [(qs, qe) for qs, qe in quoted if s < qs and qe <= e + 2]
    if not inner or _alnum(text, s, inner[0][0]) < _MIXED_LEAD:
        return False
    if cue_at is not None and cue_at < inner[0][0] and _own_cue_after(doc, text, inner[0][1]):
        return False
    # a whole quoted clause ("emphasized that “...”", 'said: "..."') is a report of its own
    if text.startswith("that", inner[0][0]):  # a direct quote that took its "that"
        return False
    lead = text[s:inner[0][0]].rstrip(" \"“„«'").rstrip()
    if lead.endswith((",", ":")):
        # '..., O'Neill said, "..."': a quotation after its own cue is a report of its own
        tail = re.split(r"[,:;]", lead[:-1])[-1]
        if speech_verb_in(doc, inner[0][0] - len(tail) - 3, inner[0][0]):
            return False
    return not lead.lower().endswith(" that")


def _continued(text: str, rep: Reported, quoted: list[tuple[int, int]]) -> Reported:
    """A mixed report whose quotation breaks off at a comma for its cue and goes on in
    the next quotation (``The summit did "too little," he added. "Europe risks a lot."``)
    runs on to the end of that quotation."""
    if rep.kind == "characterisation" or not rep.end <= rep.cue.idx:
        return rep
    broke = _BROKE_OFF_RE.match(text, rep.end)
    nxt = [(s, e) for s, e in quoted if s > rep.cue.idx]
    if broke is None or not nxt:
        return rep
    s, e = min(nxt)
    gap = text[broke.end():s]
    if "\n" in gap or len(gap) > MAX_HANDOVER:
        return rep
    return Reported(rep.start, e, rep.cue, rep.kind)


def _through_quotation(doc: Doc, text: str, rep: Reported,
                       quoted: list[tuple[int, int]]) -> Reported:
    """A report whose last words lead into a quotation runs on to that quotation's end: a
    characterisation ending on ``as`` (``described X as, "..."``) and a mixed report
    whose quotation goes on past the sentence the report ends with (``said it is a
    problem because, "A. B."``)."""
    if rep.end <= rep.cue.idx:
        return rep
    for qs, qe in quoted:
        if qe <= rep.end + 2:
            continue
        gap = text[rep.end:qs]
        if rep.start < qs < rep.end:
            if rep.kind == "characterisation" or _is_mixed(doc, text, (rep.start, qe), [(qs, qe)]):
                return Reported(rep.start, qe, rep.cue, rep.kind)
        elif (rep.kind == "characterisation" and text[rep.start:rep.end].endswith(" as")
              and len(gap) <= 4 and not any(ch.isalnum() for ch in gap)):
            return Reported(rep.start, qe, rep.cue, rep.kind)
    return rep


def _balanced(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` with the quotation mark just outside it taken in when the words it
    quotes end or begin inside (``the rules were "a mess"``, not ``... "a mess``), so the
    record shows the quoted words as quoted."""
    inner = text[start:end]
    straight = inner.count('"') % 2 == 1
    # the closing mark, after the quotation's own final punctuation if any ('"a mess,"')
    close = end + 1 if text[end:end + 1] in (".", ",", "!", "?") else end
    if close < len(text) and ((text[close] == "”" and inner.count("“") > inner.count("”"))
                              or (text[close] == '"' and straight)):
        return start, close + 1
    if start > 0 and ((text[start - 1] == "“" and inner.count("”") > inner.count("“"))
                      or (text[start - 1] == '"' and straight)):
        return start - 1, end
    return start, end


def _relative(text: str, rep: Reported) -> bool:
    """True for a report in a relative clause (``what the senators said was ...``,
    ``donations, which he said were bribes``): it keeps its record inside another one."""
    return rep.start < rep.cue.idx and text[rep.start:rep.start + 9].split(" ", 1)[0].lower() in (
        "what", "whatever", "which", "who")


def _content_parts(rep: Reported) -> list[tuple[int, int]]:
    """The content of ``rep`` without a medial cue and its subject (``The museum, Mr.
    Obama said, would ...``, ``"A," says X. "B."``) or a medial ``according to X``, where
    the speaker may be found."""
    cue = rep.cue
    if not rep.start <= cue.idx < rep.end:
        return [(rep.start, rep.end)]
    lo = min([c.left_edge.idx for c in cue.lefts if c.dep_ in ("nsubj", "nsubjpass")] + [cue.idx])
    hi = cue.idx + len(cue.text)
    last = None
    if cue.lower_ == "according" and cue.i + 1 < len(cue.doc):
        last = cue.doc[cue.i + 1].right_edge  # '..., according to the agency, and ...'
    subj = [c for c in cue.rights if c.dep_ in ("nsubj", "nsubjpass")]
    if subj:  # '"A," says Paul Reed, a founder of X. "B."': the inverted subject
        last = subj[0].right_edge
    if last is not None:
        hi = max(hi, last.idx + len(last.text))
    return [(rep.start, lo), (hi, rep.end)]


def _before_quotation(text: str, rep: Reported,
                      covered: list[tuple[int, int]]) -> Reported | None:
    """A report that runs on into a later quotation (``She said fathers would not be
    eligible, and when pressed, replied: "..."``) keeps the writer's words before it;
    None when those are too few (the report repeats the quotation)."""
    later = [s for s, e in covered if rep.start < s < rep.end]
    if not later or any(s <= rep.start < e for s, e in covered):
        return None
    end = min(later)
    while end > rep.start and (text[end - 1].isspace() or text[end - 1] in _TRIM_CHARS):
        end -= 1
    if _alnum(text, rep.start, end) < _OWN_LEAD:
        return None
    return Reported(rep.start, end, rep.cue, rep.kind)


def _within(text: str, rep: Reported, gap: tuple[int, int]) -> Reported | None:
    """``rep`` cut to the writer's words ``gap`` between two quoted fragments (quotation
    marks and edge punctuation trimmed); None when no content is left after its cue."""
    start, end = max(rep.start, gap[0]), min(rep.end, gap[1])
    while start < end and (text[start].isspace() or text[start] in _TRIM_CHARS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRIM_CHARS):
        end -= 1
    if start <= rep.cue.idx < end or _alnum(text, start, end) < _GAP_LEAST:
        return None
    return Reported(start, end, rep.cue, rep.kind)


def merge_reported(doc: Doc, direct: list[dict[str, Any]], mentions: list[dict[str, Any]],
                   fragments: list[list[tuple[int, int]]] | None = None,
                   text: str | None = None) -> list[dict[str, Any]]:
    """Direct quotations plus the indirect reports and characterisations no direct quotation
    already covers, in document order.

    A characterisation (``described the meeting as "frank"``) and a mixed report (``said
    he was "not worried"``) replace the direct quotations they contain; a report whose cue
    lies inside another report's content or inside a quotation is part of that content and
    is dropped. ``fragments`` (one list per direct record) are the quoted words: a report
    in the writer's words between two fragments (``"A," X said, referring to Y, "B."``)
    is kept.
    """
    text = doc.text if text is None else text
    reps: dict[tuple[int, int], Reported] = {}
    for r in find_indirect(doc):
        # one span, two cues ("condemned what he called a breach"): the cue outside it
        # reports it, the one inside is part of it
        old = reps.get((r.start, r.end))
        if old is None or (r.start <= old.cue.idx < r.end and not r.start <= r.cue.idx < r.end):
            reps[(r.start, r.end)] = r
    if fragments is None:
        fragments = [[(q["start"], q["end"])] for q in direct]
    quoted = [(q["start"], q["end"]) for q in direct]
    words = [fr for f in fragments for fr in f]
    for key, rep in list(reps.items()):
        longer = _through_quotation(doc, text, _continued(text, rep, quoted), quoted)
        if longer is not rep:
            del reps[key]
            reps[(longer.start, longer.end)] = longer
    chars = [k for k, r in reps.items()
             if not _inside(words, r.cue.idx)
             and (r.kind == "characterisation" or _is_mixed(doc, text, k, quoted, r.cue.idx))]
    kept = [(q, f) for q, f in zip(direct, fragments)
            if not any(s <= q["start"] and q["end"] <= e + 1 for s, e in chars)]
    direct = [q for q, _ in kept]
    covered = [fr for _, f in kept for fr in f]
    gaps = [(a[1], b[0]) for _, f in kept for a, b in zip(f, f[1:])]
    out = list(direct)
    lines = [c for c in colon_lines(text)
             if not any(s < c.end and c.start < e for s, e in covered)]
    for c in lines:
        out.append({"start": c.start, "end": c.end, "text": text[c.start:c.end],
                    "kind": "indirect", "speaker": named_speaker(text, c, mentions), "cue": ":"})
    covered += [(c.start, c.end) for c in lines]
    # a report inside any quotation is part of it, also one a characterisation took over
    outer = words + covered + [k for k, r in reps.items() if r.kind != "characterisation"]
    for key, rep in reps.items():
        if key not in chars and _inside(outer, rep.cue.idx, key) and not _relative(text, rep):
            continue
        gap = next(((a, b) for a, b in gaps if a <= rep.cue.idx < b), None)
        if gap is not None:
            rep = _within(text, rep, gap)
            if rep is None:
                continue
        if any(s <= rep.start + 1 < e for s, e in covered):
            continue  # '"A," when X ...': a report opening with a quotation repeats it
        size = _alnum(text, rep.start, rep.end) or 1
        inside = sum(_alnum(text, max(s, rep.start), min(e, rep.end))
                     for s, e in covered if s < rep.end and rep.start < e)
        if inside:
            cut = _before_quotation(text, rep, covered)
            if cut is None and inside / size >= 0.4:
                continue
            rep = cut or rep
        speaker, cue = speaker_for_cue(rep.cue, _content_parts(rep), mentions, words)
        start, end = _balanced(text, rep.start, rep.end)
        out.append({"start": start, "end": end, "text": text[start:end],
                    "kind": rep.kind, "speaker": speaker, "cue": cue})
    out.sort(key=lambda q: q["start"])
    return out
