"""spaCy component: direct quotations and their speakers (``doc._.quotes``)."""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsevents.nlp.lexicon import CONCESSIVE_MARKS, COORDINATORS, TIME_MARKS
from newsevents.quotes.colon import leading_name, named_speaker, split_turns
from newsevents.quotes.cues import SPEECH_LEMMAS, speech_verb_in
from newsevents.quotes.merge import MAX_HANDOVER, merge_reported
from newsevents.quotes.spans import QuoteSpan, find_quote_spans, is_listed
from newsevents.quotes.speaker import attribute
from newsevents.quotes.vocabulary import CHARACTERISE_QUOTED

_MARKS_RE = re.compile(r"''|[\"“”„«»]")
#: a quotation may follow these words and still be a whole utterance
_LEFT_WORDS = frozenset({"that", "whether", "if", "because"})
_LEFT_PUNCT = frozenset(".!?,:;—–-([…―")
_RIGHT_PUNCT = frozenset(".,;:!?)—–…")
#: single quotation marks that close a quotation nested at the end of another
_INNER_MARKS = "'‘’"
#: a whole quoted clause may be followed by a coordinated or subordinate clause
_RIGHT_WORDS = COORDINATORS | TIME_MARKS - {"until"} | CONCESSIVE_MARKS | {"because"}
#: the longest stretch between two quotations over which a speaker carries on
_CARRY_CHARS = 120
#: ``said that "..."``, ``said that if "..."``: the complementiser (and a subordinator
#: opening the clause) before a quotation belongs to the content
_THAT_RE = re.compile(r"(?<![\w'’])that,?(?:[ \t\u00a0]+(?:if|when|unless|because|once|while|"
                      r"although|though|after|before|since|until|whether))?,?[ \t\u00a0]*$")
#: nouns for a titled work whose quoted title may follow them (not containers of
#: speech: ``wrote in a column, "..."`` quotes the column)
TITLE_NOUNS: frozenset[str] = frozenset({
    "book", "film", "movie", "documentary", "song", "album", "show", "series", "poem",
    "play", "novel", "memoir", "podcast", "episode", "anthem", "hymn", "musical", "painting",
    "exhibit", "exhibition", "slogan", "hashtag", "sitcom", "opera",
})


def _prev_char(text: str, i: int) -> str:
    """The nearest non-space character before ``i`` ("\n" at a paragraph start)."""
    j = i - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return text[j] if j >= 0 else "\n"


def is_embedded(doc: Doc, q: QuoteSpan, tok_starts: list[int], prev_kept_end: int,
                text: str | None = None) -> bool:
    """True for a quoted fragment inside the writer's own clause (scare quotes, partial
    quotes: ``voting fraud is "a big problem"``); characterisations and whole quoted
    utterances (``said that "..."``, ``"...," he said``) are not embedded. ``text`` is
    ``doc.text`` (which spaCy rebuilds on every access)."""
    text = doc.text if text is None else text
    size = 2 if text[q.start - 2:q.start] == "''" else 1
    mark = q.start - size
    before = _prev_char(text, mark)
    if _is_title(doc, text, q, mark, tok_starts):
        return True
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
            elif ((low in ("as", "it", "them", "him", "her", "this") or prev.pos_ in ("NOUN", "PROPN"))
                  and prev.tag_ != "PRP$" and prev.dep_ != "det"):
                # an object the label follows ("called it "a disaster""); a possessive or a
                # determiner ("referred to her "tape"") opens the writer's own noun phrase
                characterisation = any(t.lemma_.lower() in CHARACTERISE_QUOTED for t in prev.sent
                                       if t.i < i)
            elif low in ("and", "or") and 0 <= mark - prev_kept_end <= 12:
                characterisation = True
    if characterisation:
        return False
    if not left_ok:
        return True
    # a quotation closing on a nested one ('"It feels like, 'Meh, later,'" he said')
    inner = text[q.fragments[-1][0]:q.end].rstrip().rstrip(_INNER_MARKS).rstrip()
    if inner[-1:] in _RIGHT_PUNCT:
        return False
    after = text[q.end + size:q.end + 40].lstrip(" \t\u00a0")
    if after[:1] in _RIGHT_PUNCT or after[:1] in ("\n", ""):
        return False
    if after.split(" ", 1)[0].lower() not in _RIGHT_WORDS:
        return True
    # 'said "budget cuts" and new taxes would pay for it': a quoted phrase that opens the
    # writer's clause, not a quoted clause followed by another
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    return span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span)


def _is_title(doc: Doc, text: str, q: QuoteSpan, mark: int, tok_starts: list[int]) -> bool:
    """True for a quoted title set off after the noun that names it (``the documentary,
    "13th," below``, ``In his book, "Make Your Kid a Millionaire," he ...``) and for a
    stage direction (``"(CROSSTALK.)``)."""
    inner = text[q.start:q.end].strip()
    if inner.startswith("(") and inner.rstrip(".").endswith(")"):
        return True
    i = bisect_right(tok_starts, mark - 1) - 1
    comma = False
    while i >= 0 and (doc[i].is_space or doc[i].is_quote or doc[i].text == ","):
        comma = comma or doc[i].text == ","
        i -= 1
    if i < 0 or doc[i].pos_ not in ("NOUN", "PROPN"):
        return False
    if doc[i].lemma_.lower() in TITLE_NOUNS:
        return True
    # 'Davis' column, "Tell your story," is thoughtful': set off by commas between a noun
    # and the predicate it is the subject of, the quoted words name the noun
    closed = (text[q.start:q.end].rstrip().endswith(",")
              or text[q.end:q.end + 3].lstrip("\"”'’ ").startswith(","))
    if not comma or not closed:
        return False
    j = bisect_right(tok_starts, q.end + 1)
    while j < len(doc) and (doc[j].is_space or doc[j].is_quote or doc[j].is_punct):
        j += 1
    if j >= len(doc) or doc[j].tag_ not in ("VBZ", "VBD", "VBP", "MD"):
        return False
    subj = [c.i for c in doc[j].children if c.dep_ in ("nsubj", "nsubjpass")]
    return doc[j].lemma_.lower() not in SPEECH_LEMMAS and subj in ([], [i])


class QuoteFinder:
    """Finds direct quotations (straight or curly marks) and attributes each to a speaker.

    Needs a parsed doc (sentences, dependencies); ``doc._.actor_mentions`` (may be None)
    gives speaker codes and resolves pronouns. Quoted fragments inside the writer's own
    clause (scare quotes, partial quotes) are skipped unless they are characterisations;
    ``skip_embedded=False`` keeps them.
    """

    def __init__(self, nlp: Language | None = None, skip_embedded: bool = True,
                 indirect: bool = True) -> None:
        self.nlp = nlp
        self.skip_embedded = skip_embedded
        self.indirect = indirect

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = self.find(doc)
        return doc

    def find(self, doc: Doc) -> list[dict[str, Any]]:
        """The quote records of ``doc``."""
        text = doc.text  # spaCy rebuilds it on every access: read it once
        direct, fragments = self._direct(doc, text)
        if not self.indirect or not doc.has_annotation("DEP"):
            return [q for q in direct if not _unattributed_paragraph(text, q)]
        out = merge_reported(doc, direct, doc._.actor_mentions or [], fragments, text)
        _carry_speakers(text, out)  # a quoted paragraph after an attributed report
        return [q for q in out if not _unattributed_paragraph(text, q)]

    def find_direct(self, doc: Doc) -> list[dict[str, Any]]:
        """The direct quotations of ``doc`` (kind "direct")."""
        return self._direct(doc)[0]

    def _direct(self, doc: Doc, text: str | None = None,
                ) -> tuple[list[dict[str, Any]], list[list[tuple[int, int]]]]:
        """The direct quotation records and, for each, its quoted fragments (``text`` is
        ``doc.text``)."""
        text = doc.text if text is None else text
        spans = split_turns(text, find_quote_spans(text))
        if not spans:
            return [], []
        mentions = doc._.actor_mentions or []
        parsed = doc.has_annotation("DEP")
        marks = [m.start() for m in _MARKS_RE.finditer(text)] if parsed else []
        out: list[dict[str, Any]] = []
        frags: list[list[tuple[int, int]]] = []
        tok_starts = [t.idx for t in doc] if parsed else []
        kept_end = -100
        quoted = [f for q in spans for f in q.fragments]
        for q in spans:
            if parsed and self.skip_embedded and is_embedded(doc, q, tok_starts, kept_end, text):
                first = text[q.fragments[0][0]:q.fragments[0][1]].rstrip(" '’")
                if (len(q.fragments) < 2 or not first.endswith(",")
                        or q.fragments[1][0] - q.fragments[0][1] > MAX_HANDOVER
                        or not speech_verb_in(doc, q.fragments[0][1], q.fragments[1][0])):
                    continue
                # 'did "too little," he added. "Europe risks a lot."': the writer's clause
                # keeps its fragment; the quotation after the attribution stands alone
                rest = q.fragments[1:]
                q = QuoteSpan(rest[0][0], rest[-1][1], rest)
            kept_end = q.end + 1
            turn = leading_name(text, q.start, q.fragments[0][1])
            if turn is None:
                _take_that(text, q)
            if turn is not None:
                q.fragments[0] = (turn.start, q.fragments[0][1])
                q.start = turn.start
                speaker, cue = named_speaker(text, turn, mentions), ":"
            elif parsed:
                speaker, cue = attribute(doc, q.start, q.end, q.fragments, marks, mentions, quoted, text)
            else:
                speaker, cue = None, None
            words = [(q.start, q.fragments[0][1])] + q.fragments[1:]
            record = {"start": q.start, "end": q.end, "text": _joined(text, words),
                      "kind": "direct", "speaker": speaker, "cue": cue}
            if len(words) > 1:  # a split quotation: text[start:end] also holds the words between
                record["parts"] = [{"start": s, "end": e, "text": text[s:e]} for s, e in words]
            out.append(record)
            frags.append(words)
        _carry_speakers(text, out)
        return out, frags


def _joined(text: str, words: list[tuple[int, int]]) -> str:
    """The quoted words of a record: fragments joined by a space, or by the connector of
    quoted words listed together (``"positive" and "productive"`` -> ``positive and
    productive``)."""
    out = text[words[0][0]:words[0][1]]
    for (_, end), (start, stop) in zip(words, words[1:]):
        gap = text[end:start].strip("\"“”„«»'‘’ \t")
        out += " " + gap + " " if is_listed(gap) else " "
        out += text[start:stop]
    return out


def _take_that(text: str, q: QuoteSpan) -> None:
    """``said that "the talks failed"``: the content starts at ``that`` (PolNeAR keeps the
    complementiser, as for indirect speech); ``text`` is the span's own words."""
    mark = q.start - (2 if text[q.start - 2:q.start] == "''" else 1)
    m = _THAT_RE.search(text, max(0, mark - 20), mark)
    if m is not None:
        q.start = m.start()


def _unattributed_paragraph(text: str, q: dict[str, Any]) -> bool:
    """True for a quoted paragraph nobody is said to say: no cue, no speaker, none carried
    over (an epigraph, a slogan, a quotation the article leaves to the reader); it is no
    attribution, so it is not reported."""
    if q["kind"] != "direct" or q["speaker"] is not None or q["cue"] is not None:
        return False
    before = text[text.rfind("\n", 0, q["start"]) + 1:q["start"]]
    stop = text.find("\n", q["end"])
    after = text[q["end"]:len(text) if stop < 0 else stop]
    return not any(ch.isalnum() for ch in before + after)


def _carry_speakers(text: str, quotes: list[dict[str, Any]]) -> None:
    """A quotation with no speaker of its own (no cue, or a cue the parse gives no subject)
    that follows an attributed quotation or report within a short stretch (``"A," he said.
    "B."``, a further quoted paragraph) continues its speaker."""
    for prev, q in zip(quotes, quotes[1:]):
        if q["kind"] == "direct" and q["speaker"] is None and prev["speaker"] is not None:
            gap = text[prev["end"]:q["start"]]
            if len(gap) <= _CARRY_CHARS and gap.count("\n\n") <= 1:
                q["speaker"] = dict(prev["speaker"])
