"""spaCy component: direct quotations and their speakers (``doc._.quotes``)."""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsevents.quotes.spans import QuoteSpan, find_quote_spans
from newsevents.quotes.speaker import SPEECH_LEMMAS, attribute

_MARKS_RE = re.compile(r'["“”„«»]')
#: a quotation may follow these words and still be a whole utterance
_LEFT_WORDS = frozenset({"that", "whether", "if", "because"})
_LEFT_PUNCT = frozenset(".!?,:;—–-([…―")
_RIGHT_PUNCT = frozenset(".,;:!?)—–…")
#: a whole quoted clause may be followed by a coordinated or subordinate clause
_RIGHT_WORDS = frozenset({"and", "but", "or", "while", "as", "before", "after", "because",
                          "when", "since", "although", "though"})
#: verbs whose "as"/object quotation is a characterisation ("described X as 'Y'")
_CHARACTERISE = frozenset({"describe", "characterize", "characterise", "call", "label", "dub",
                           "brand", "term", "deem", "hail", "denounce", "condemn", "praise"})


def _prev_char(text: str, i: int) -> str:
    """The nearest non-space character before ``i`` ("\n" at a paragraph start)."""
    j = i - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return text[j] if j >= 0 else "\n"


def is_embedded(doc: Doc, q: QuoteSpan, tok_starts: list[int], prev_kept_end: int) -> bool:
    """True for a quoted fragment inside the writer's own clause (scare quotes, partial
    quotes: ``voting fraud is "a big problem"``); characterisations and whole quoted
    utterances (``said that "..."``, ``"...," he said``) are not embedded."""
    text = doc.text
    mark = q.start - 1
    before = _prev_char(text, mark)
    left_ok = before == "\n" or before in _LEFT_PUNCT or before in "\"“”„«»"
    characterisation = False
    if not left_ok:
        i = bisect_right(tok_starts, mark - 1) - 1
        while i >= 0 and (doc[i].is_space or doc[i].is_quote):
            i -= 1
        if i >= 0:
            prev = doc[i]
            low = prev.lower_
            if low in _LEFT_WORDS or (prev.pos_ == "VERB" and prev.lemma_.lower() in SPEECH_LEMMAS):
                left_ok = True
            elif low in ("as", "it", "them", "him", "her", "this") or prev.pos_ in ("NOUN", "PROPN"):
                characterisation = any(t.lemma_.lower() in _CHARACTERISE for t in prev.sent
                                       if t.i < i)
            elif low in ("and", "or") and 0 <= mark - prev_kept_end <= 12:
                characterisation = True
    if characterisation:
        return False
    if not left_ok:
        return True
    inner = text[q.fragments[-1][0]:q.end].rstrip()
    if inner[-1:] in _RIGHT_PUNCT:
        return False
    after = text[q.end + 1:q.end + 40].lstrip(" \t\u00a0")
    if after[:1] in _RIGHT_PUNCT or after[:1] in ("\n", ""):
        return False
    return after.split(" ", 1)[0] not in _RIGHT_WORDS


class QuoteFinder:
    """Finds direct quotations (straight or curly marks) and attributes each to a speaker.

    Needs a parsed doc (sentences, dependencies); ``doc._.actor_mentions`` (may be None)
    gives speaker codes and resolves pronouns. Quoted fragments inside the writer's own
    clause (scare quotes, partial quotes) are skipped unless they are characterisations;
    ``skip_embedded=False`` keeps them.
    """

    def __init__(self, nlp: Language | None = None, skip_embedded: bool = True) -> None:
        self.nlp = nlp
        self.skip_embedded = skip_embedded

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = self.find(doc)
        return doc

    def find(self, doc: Doc) -> list[dict[str, Any]]:
        """The quote records of ``doc``."""
        text = doc.text
        spans = find_quote_spans(text)
        if not spans:
            return []
        mentions = doc._.actor_mentions or []
        parsed = doc.has_annotation("DEP")
        marks = [m.start() for m in _MARKS_RE.finditer(text)] if parsed else []
        out: list[dict[str, Any]] = []
        tok_starts = [t.idx for t in doc] if parsed else []
        kept_end = -100
        for q in spans:
            if parsed and self.skip_embedded and is_embedded(doc, q, tok_starts, kept_end):
                continue
            kept_end = q.end + 1
            speaker, cue = (attribute(doc, q.start, q.end, q.fragments, marks, mentions)
                            if parsed else (None, None))
            out.append({"start": q.start, "end": q.end, "text": q.text(text), "kind": "direct",
                        "speaker": speaker, "cue": cue})
        return out
