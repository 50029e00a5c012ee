"""Speaker attribution for a quotation: the subject of the nearest speech verb.

The cue is looked for outside the quoted words, in the sentence(s) the quotation touches,
then in the sentence just before (``He said:`` / a cue-less quote paragraph) or just after.
The speaker is the cue's subject (``nsubj``), its passive agent (``by the Kremlin``), the
object of ``according to``, or, for participles and complements without a subject
(``..., describing the call as "constructive"``), the subject of the verb they hang on.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any, Sequence

from spacy.tokens import Doc, Span, Token

#: lemmas of verbs that introduce speech, writing or a characterisation
SPEECH_LEMMAS: frozenset[str] = frozenset({
    "say", "tell", "add", "post", "write", "state", "note", "describe", "call", "characterize",
    "characterise", "declare", "announce", "explain", "insist", "argue", "claim", "warn",
    "stress", "emphasize", "emphasise", "ask", "reply", "respond", "answer", "remark",
    "comment", "tweet", "retweet", "continue", "conclude", "acknowledge", "admit", "suggest",
    "recall", "report", "quip", "joke", "complain", "urge", "predict", "promise", "vow",
    "deny", "shout", "yell", "scream", "whisper", "testify", "mention", "observe", "label",
    "dub", "brand", "term", "reiterate", "confirm", "assert", "contend", "concede",
    "maintain", "exclaim", "muse", "wonder", "demand", "caution", "boast", "proclaim",
    "read", "recount", "counter", "chant", "wrote", "pledge", "plead", "lament", "charge",
    "accuse", "praise", "blast", "slam", "mock", "thank", "refer", "hail", "cite", "quote",
    "echo", "interject", "retort", "opine", "summarize", "tout", "criticize", "criticise",
})
#: nouns for a recording; ``footage of X saying ...`` is X speaking
MEDIA_NOUNS: frozenset[str] = frozenset({
    "footage", "video", "clip", "audio", "recording", "tape", "film", "image", "photo",
    "picture", "broadcast", "livestream", "soundbite", "montage",
})
#: passive verbs whose subject is the one who spoke (``X was quoted as saying``)
_QUOTED_LEMMAS = frozenset({"quote", "cite", "record", "hear", "overhear", "film", "tape"})
_SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_INHERIT_DEPS = frozenset({"xcomp", "advcl", "conj", "ccomp", "pcomp", "acomp"})
#: "“...” ― Jane Doe": a dash and a name after the closing mark
_DASH_NAME_RE = re.compile(r"[\s\u00a0]*[―—–-]+[\s\u00a0]*([A-Z][\w.'’-]*(?:[ \u00a0][A-Z][\w.'’-]*){0,4})")
#: tokens that end whatever precedes a speaker's name
_LEFT_BREAKS = frozenset({"―", "—", "–", "--", "-", "(", ")", ";", ":"})
#: the most characters between a quotation's end and a cue whose name is looked for there
_ADJACENT_CHARS = 80
_RELATIVE = frozenset({"that", "which", "who", "whom"})
#: actor-mention kinds (see newsevents.actors) that stand for a person a pronoun can refer back to
_PERSON_KINDS = frozenset({"person", "title", "pronoun"})


def _in_fragments(i: int, frags: Sequence[tuple[int, int]]) -> bool:
    return any(s <= i < e for s, e in frags)


def _is_cue(tok: Token) -> bool:
    if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
        return True
    return tok.pos_ == "VERB" and tok.lemma_.lower() in SPEECH_LEMMAS


def find_cue(doc: Doc, start: int, end: int, frags: Sequence[tuple[int, int]],
             quote_marks: Sequence[int], text: str | None = None) -> Token | None:
    """The speech-verb token nearest to the quotation [start, end) outside its fragments
    (``text`` is ``doc.text``, which spaCy rebuilds on every access)."""
    text = doc.text if text is None else text
    first = doc.char_span(start, end, alignment_mode="expand")
    if first is None or not len(first):
        return None
    s_tok, e_tok = first[0].sent.start, first[-1].sent.end
    inside = [t for t in first if not (t.is_punct or t.is_space)][:1]
    best: tuple[tuple[bool, bool, int], Token] | None = None
    gap = (frags[0][1], frags[-1][0]) if len(frags) > 1 else (-1, -1)
    for tok in doc[s_tok:e_tok]:
        if _in_fragments(tok.idx, frags) or not _is_cue(tok):
            continue
        if gap[0] <= tok.idx < gap[1]:  # '"A," X said, "B."': the cue in between
            return tok
        # a cue that governs the quoted words beats a nearer one that does not
        governs = bool(inside) and tok.is_ancestor(inside[0])
        lo, hi = (tok.idx, start) if tok.idx < start else (end, tok.idx)
        # a cue across a paragraph break (a parse run over it) comes last
        key = ("\n" in text[lo:hi], not governs, hi - lo)
        if best is None or key < best[0]:
            best = (key, tok)
    if best is not None:
        return best[1]
    # adjacent sentences, when they hold no quotation of their own
    for i, after in ((s_tok - 1, False), (e_tok, True)):
        if not 0 <= i < len(doc):
            continue
        sent = doc[i].sent
        lo = bisect_left(quote_marks, sent.start_char)
        hi = bisect_right(quote_marks, sent.end_char - 1)
        foreign = [quote_marks[k] for k in range(lo, hi) if not start - 1 <= quote_marks[k] <= end]
        # only the stretch between the quotation and another one ('"A?" she said, as X
        # went on about "B"'): a cue beyond that belongs to the other quotation
        lim = (min(foreign, default=sent.end_char) if after
               else max(foreign, default=sent.start_char - 1))
        cands = [t for t in sent if _is_cue(t) and (t.idx < lim if after else t.idx > lim)
                 and not (after and foreign and _introduces(text, t, lim))]
        if cands:
            return cands[0] if after else cands[-1]
    return None


def speaker_token(cue: Token, frags: Sequence[tuple[int, int]] = ()) -> Token | None:
    """The head token of the cue's speaker (subject, agent, 'according to' object); a
    subject inside the quoted words ``frags`` is the quote's own subject, never the speaker.
    A recording of someone (``footage of X saying``) gives that someone."""
    tok = _speaker_token(cue, frags)
    return _recorded(tok) if tok is not None else None


def _recorded(tok: Token) -> Token:
    """``footage of Clinton``, ``a video of the mayor``: the person the recording shows."""
    if tok.lemma_.lower() not in MEDIA_NOUNS:
        return tok
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            objs = [g for g in c.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN", "PRON")]
            if objs:
                return objs[0]
    return tok


def _speaker_token(cue: Token, frags: Sequence[tuple[int, int]]) -> Token | None:
    """:func:`speaker_token` before recordings are looked through."""
    if cue.lower_ == "according":
        to = cue.doc[cue.i + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"]
        if not objs:
            objs = [c for c in cue.children if c.dep_ == "prep"]
            objs = [g for p in objs for g in p.children if g.dep_ == "pobj"]
        if not objs:  # 'according to show insiders' parsed as a verb: the last noun
            objs = [t for t in to.subtree if t.i > to.i and t.pos_ in ("NOUN", "PROPN", "PRON")][-1:]
        return objs[0] if objs else None
    if cue.pos_ in ("NOUN", "PROPN"):
        return noun_holder(cue)
    verb: Token = cue
    for _ in range(6):
        if verb is not cue and _in_fragments(verb.idx, frags):
            break  # climbed into the quoted words: their verbs are not the cue's
        if verb is not cue and verb.lemma_.lower() in _QUOTED_LEMMAS:
            # "X was quoted (by the paper) as saying": the one quoted speaks
            quoted = [c for c in verb.children if c.dep_ == "nsubjpass"]
            if quoted:
                return quoted[0]
        for c in verb.children:
            if c.dep_ == "agent":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0]
        subj = [c for c in verb.children if c.dep_ in _SUBJ_DEPS and c.dep_ != "nsubjpass"
                and not _in_fragments(c.idx, frags) and _can_speak(c, verb)]
        if subj:  # two subjects ("The Latest: Trump urges"): the one next to the verb
            return _same_paragraph(min(subj, key=lambda c: abs(c.i - verb.i)), verb)
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return verb.head
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head is not verb.head:
            verb = verb.head.head  # "began by saying ...": the subject of "began"
            continue
        if _detached_participle(verb) and verb.head.dep_ == "relcl":
            # "... an architect who said he was stiffed, saying ...": the participle
            # belongs to the clause the relative clause's noun sits in
            verb = verb.head.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
                verb = verb.head
            continue
        if verb.dep_ in _INHERIT_DEPS and verb.head is not verb:
            inherited_from_participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"
            control = verb.dep_ == "xcomp"
            verb = verb.head
            if control:  # "pressed Stumpf to admit ...": the object admits
                objs = [c for c in verb.children if c.dep_ == "dobj" and c.i < cue.i]
                if objs and objs[0].pos_ in ("PROPN", "NOUN", "PRON"):
                    return objs[0]
            # "X said [the leaders exchanged views], describing the call as ...":
            # the describer is X, not the subject of the reported clause
            if (inherited_from_participle and verb.dep_ == "ccomp"
                    and verb.lemma_.lower() not in SPEECH_LEMMAS
                    and verb.head.lemma_.lower() in SPEECH_LEMMAS):
                verb = verb.head
            continue
        break
    return _adjacent_name(cue, frags)


def _introduces(text: str, cue: Token, mark: int) -> bool:
    """True when only punctuation lies between ``cue`` and the quotation mark at ``mark``
    (``To which she said, "..."``): the cue introduces that quotation."""
    gap = text[cue.idx + len(cue.text):mark]
    return not any(ch.isalnum() for ch in gap)


def _can_speak(subj: Token, verb: Token) -> bool:
    """False for a parse subject that cannot be the speaker: punctuation (``public ―
    Trump boasted``) or a quoted title after the verb (``said on "Fox and Friends"``)."""
    if not any(ch.isalnum() for ch in subj.text):
        return False
    left = subj.left_edge.i
    return not (subj.i > verb.i and left > 0 and subj.doc[left - 1].is_quote)


def _detached_participle(verb: Token) -> bool:
    """A ``-ing`` form set off by a comma after its head (``..., saying``)."""
    doc = verb.doc
    return (verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i > verb.head.i
            and verb.i > 0 and doc[verb.i - 1].text == ",")


def noun_holder(cue: Token) -> Token | None:
    """Whose ``claim``/``statement`` a cue noun is: its possessor (``his claim``), a name
    before it (``a Times report``), a ``by``/``from`` object, or the subject of the verb
    it is the object of (``X made the claim``, ``X persisted in arguments``)."""
    for c in cue.children:
        if c.dep_ == "poss" or (c.dep_ == "compound" and (c.pos_ == "PROPN" or c.text[:1].isupper())):
            return c  # "Trump charges that ...": a capitalised name the tagger called a noun
    for c in cue.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "of") and c.i > cue.i:
            # "warnings from his attorney"; "of" only with a name ("the claim of the law")
            pos = ("PROPN", "PRON", "NOUN") if c.lower_ != "of" else ("PROPN", "PRON")
            objs = [g for g in c.children if g.dep_ == "pobj" and g.pos_ in pos]
            if objs:
                return objs[0]
    head = cue.head
    if (head.i < cue.i and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN")
            and head.text[:1].isupper()):
        return head  # "Trump charges that ...": the verb tagged as a noun under the name
    if cue.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        head = head.head  # "X persisted in arguments that ...": the verb's subject
        subj = [c for c in head.children if c.dep_ == "nsubj"]
        if subj and subj[0].pos_ in ("PROPN", "PRON", "NOUN"):
            return subj[0]
    if cue.dep_ == "attr" and head.lemma_ == "be":  # "X is a critic of Y"
        subj = [c for c in head.children if c.dep_ == "nsubj"]
        if subj and subj[0].pos_ in ("PROPN", "PRON", "NOUN") and subj[0].lower_ not in ("it", "this", "that", "there"):
            return subj[0]
    if cue.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
        subj = [c for c in head.children if c.dep_ == "nsubj"]
        if subj:
            return subj[0]
    return None


def _same_paragraph(subj: Token, verb: Token) -> Token:
    """``subj`` unless a paragraph break lies between it and ``verb`` (a headline or a
    time stamp the parser ran into the sentence: ``The Latest: ...\n\nX says``); then the
    last noun before ``verb`` in its own paragraph that is not a modifier."""
    doc = verb.doc
    lo, hi = sorted((subj.i, verb.i))
    breaks = [t.i for t in doc[lo:hi] if "\n" in t.text_with_ws]
    if not breaks or subj.i > verb.i:
        return subj
    names = [t for t in doc[breaks[-1] + 1:verb.i]
             if t.pos_ in ("PROPN", "NOUN", "PRON") and t.dep_ not in ("compound", "poss", "nmod")]
    return names[-1] if names else subj


def _adjacent_name(cue: Token, frags: Sequence[tuple[int, int]]) -> Token | None:
    """``"...," Tulsa police Chief Chuck Jordan said``, ``"...," said X`` when the parse
    gives the cue no subject: the name between the quotation and the cue, or right after."""
    if not frags:
        return None
    doc = cue.doc
    q_end = frags[-1][1]
    gaps = [(a[1], b[0]) for a, b in zip(frags, frags[1:]) if a[1] <= cue.idx < b[0]]
    if gaps:  # '"A," Chief Jordan said Monday. "B."': the cue between the fragments
        q_end = gaps[0][0]
    elif cue.idx < frags[0][0] and frags[0][0] - cue.idx <= _ADJACENT_CHARS:
        q_end = cue.idx  # 'Said Ellis: "..."': the name right after the cue
    elif not q_end <= cue.idx or cue.idx - q_end > _ADJACENT_CHARS:
        return None
    between = [t for t in doc[cue.i - 8 if cue.i >= 8 else 0:cue.i]
               if t.idx > q_end and not (t.is_punct or t.is_space)]
    after = []
    for t in doc[cue.i + 1:cue.i + 8]:
        if t.is_punct or t.is_space:
            break
        after.append(t)
    for group in (between, after if not between else []):
        names = [t for t in group if t.pos_ in ("PROPN", "NOUN", "PRON")]
        if names:
            return names[-1] if group is between else names[0]
    return None


def speaker_span(tok: Token) -> Span:
    """The name or noun phrase headed by ``tok``, without clauses hanging on it."""
    doc = tok.doc
    left = tok.left_edge.i
    right = tok.i
    for c in tok.rights:
        if c.dep_ in ("flat", "compound", "appos") and c.i == right + 1:
            right = c.right_edge.i if c.dep_ != "appos" else right
    # do not swallow a quotation, a dash or a bracket before the name
    for t in doc[left:tok.i]:
        if t.is_quote or t.text in _LEFT_BREAKS:
            left = t.i + 1
    while left < right and (doc[left].is_punct or doc[left].is_quote
                            or (doc[left].pos_ == "VERB" and doc[left].lemma_.lower() in SPEECH_LEMMAS)):
        left += 1  # 'Said Okafor:': the inverted cue is not part of the name
    return doc[left:right + 1]


def covering_mention(mentions: Sequence[dict[str, Any]], start: int, end: int,
                     head: int | None = None) -> dict[str, Any] | None:
    """The actor mention overlapping [start, end), preferring the one over the head char."""
    best = None
    for m in mentions:
        if m["start"] < end and start < m["end"]:
            if head is not None and m["start"] <= head < m["end"]:
                return m
            if best is None:
                best = m
    return best


def preceding_person(mentions: Sequence[dict[str, Any]], before: int) -> dict[str, Any] | None:
    """The nearest actor mention ending before ``before`` (people preferred)."""
    prior = [m for m in mentions if m["end"] <= before and m.get("code")]
    people = [m for m in prior if m.get("kind") in _PERSON_KINDS]
    pool = people or prior
    return max(pool, key=lambda m: m["end"]) if pool else None


def attribute(doc: Doc, start: int, end: int, frags: Sequence[tuple[int, int]],
              quote_marks: Sequence[int], mentions: Sequence[dict[str, Any]],
              ) -> tuple[dict[str, Any] | None, str | None]:
    """(speaker record, cue text) for the quotation [start, end)."""
    text = doc.text
    dash = _DASH_NAME_RE.match(text, end + 1, end + 80)
    if dash:
        s, e = dash.span(1)
        mention = covering_mention(mentions, s, e)
        return {"start": s, "end": e, "text": dash.group(1),
                "code": mention.get("code") if mention else None,
                "name": mention.get("name") if mention else None}, None
    cue = find_cue(doc, start, end, frags, quote_marks, text)
    if cue is None:
        return None, None
    return speaker_for_cue(cue, frags, mentions)


def speaker_for_cue(cue: Token, frags: Sequence[tuple[int, int]],
                    mentions: Sequence[dict[str, Any]]) -> tuple[dict[str, Any] | None, str]:
    """(speaker record, cue text) for a known cue; the speaker never lies inside ``frags``."""
    cue_text = "according to" if cue.lower_ == "according" else cue.text
    tok = speaker_token(cue, frags)
    if tok is None or _in_fragments(tok.idx, frags):
        return None, cue_text
    span = speaker_span(tok)
    s, e = span.start_char, span.end_char
    anchor = tok
    if tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl":
        anchor = tok.head.head  # "an aide, who said ...": the code is the aide's
    mention = covering_mention(mentions, anchor.left_edge.idx,
                               anchor.idx + len(anchor.text), anchor.idx)
    code = mention.get("code") if mention else None
    name = mention.get("name") if mention else None
    if tok.pos_ == "PRON" and (mention is None or not code):
        prior = preceding_person(mentions, s)
        if prior is not None:
            code, name = prior.get("code"), prior.get("name") or prior.get("text")
    return {"start": s, "end": e, "text": span.text, "code": code, "name": name}, cue_text


def speech_verb_in(doc: Doc, start: int, end: int) -> bool:
    """True when a speech verb lies in the characters [start, end)."""
    span = doc.char_span(max(0, start), end, alignment_mode="expand")
    return span is not None and any(t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_LEMMAS for t in span)
