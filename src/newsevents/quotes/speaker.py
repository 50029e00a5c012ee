"""Speaker attribution for a quotation: the subject of its cue (``quotes/cues.py``).

The speaker is the cue's subject (``nsubj``), its passive agent (``by the Kremlin``), the
object of ``according to``, or, for participles and complements without a subject
(``..., describing the call as "constructive"``), the subject of the verb they hang on.
"""
from __future__ import annotations

import re
from typing import Any, Sequence

from spacy.tokens import Doc, Token

from newsevents.nlp.lexicon import CLAUSE_LINK_DEPS, SUBJECT_DEPS
from newsevents.quotes.colon import introducer
from newsevents.quotes.cues import ADJACENT_CHARS, SPEECH_LEMMAS, find_cue, in_fragments
from newsevents.quotes.phrase import RELATIVE, covering_mention, speaker_record
from newsevents.quotes.vocabulary import OF_TOPIC_NOUNS

#: nouns for a recording; ``footage of X saying ...`` is X speaking
MEDIA_NOUNS: frozenset[str] = frozenset({
    "footage", "video", "clip", "audio", "recording", "tape", "film", "image", "photo",
    "picture", "broadcast", "livestream", "soundbite", "montage",
})
#: nouns for an occasion of speaking; ``said at a conference announcing X``: the speaker
#: announced X
OCCASION_NOUNS: frozenset[str] = frozenset({
    "conference", "briefing", "meeting", "speech", "interview", "rally", "event", "hearing",
    "address", "session", "appearance", "debate", "ceremony", "town hall", "summit", "forum",
})
#: passive verbs of purpose whose subject's possessor holds the intent (``X's plan is
#: intended to``)
_PURPOSE_LEMMAS = frozenset({"intend", "design", "mean", "aim", "calculate"})
#: passive verbs whose subject is the one who spoke (``X was quoted as saying``)
_QUOTED_LEMMAS = frozenset({"quote", "cite", "record", "hear", "overhear", "film", "tape"})
_SUBJ_DEPS = SUBJECT_DEPS
_INHERIT_DEPS = CLAUSE_LINK_DEPS | frozenset({"pcomp", "acomp"})
#: "“...” ― Jane Doe": a dash and a name after the closing mark
_DASH_NAME_RE = re.compile(r"[\s\u00a0]*[―—–-]+[\s\u00a0]*([A-Z][\w.'’-]*(?:[ \u00a0][A-Z][\w.'’-]*){0,4})")


def speaker_token(cue: Token, frags: Sequence[tuple[int, int]] = (),
                  quoted: Sequence[tuple[int, int]] = ()) -> Token | None:
    """The head token of the cue's speaker (subject, agent, 'according to' object); a
    subject inside the quoted words ``frags`` is the quote's own subject, never the speaker,
    nor is one inside another quotation ``quoted`` (``treating it as a joke -- "That makes
    me smart" -- and asserting, "..."``). A recording of someone (``footage of X saying``)
    gives that someone."""
    tok = _speaker_token(cue, frags, quoted)
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


def _speaker_token(cue: Token, frags: Sequence[tuple[int, int]],
                   quoted: Sequence[tuple[int, int]] = ()) -> Token | None:
    """:func:`speaker_token` before recordings are looked through."""
    if cue.lower_ == "according":
        return _according_to_object(cue)
    if cue.pos_ in ("NOUN", "PROPN"):
        return noun_holder(cue)
    reporter = _reporting_conjunct(cue)
    if reporter is not None:
        return reporter
    verb: Token = cue
    adjunct = False  # climbed from an adverbial participle or a preposition's object
    for _ in range(6):
        if verb.i != cue.i and in_fragments(verb.idx, frags):
            break  # climbed into the quoted words: their verbs are not the cue's
        marked = _marked_speaker(verb, cue)
        if marked is not None:
            return marked
        # the passive subject controls an adjunct ("After saying X, she was taken ...")
        subj = [c for c in verb.children if c.dep_ in _SUBJ_DEPS
                and (c.dep_ != "nsubjpass" or (adjunct and c.pos_ in ("PROPN", "PRON")))
                and not in_fragments(c.idx, frags) and not in_fragments(c.idx, quoted)
                and _can_speak(c, verb)]
        if subj:  # two subjects ("The Latest: Trump urges"): the one next to the verb
            return _same_paragraph(_apposed(min(subj, key=lambda c: abs(c.i - verb.i)), verb), verb)
        if (verb.dep_ == "acl" and verb.head.lemma_.lower() in OCCASION_NOUNS
                and verb.head.head.dep_ == "prep"):
            # "she said at a news conference announcing ...": the one who spoke there
            verb = verb.head.head.head
            adjunct = True
            continue
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            return verb.head
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.i != verb.head.i:
            verb = verb.head.head  # "began by saying ...": the subject of "began"
            through_adj = False
            while verb.pos_ in ("ADV", "ADJ", "ADP") and verb.head.i != verb.i:
                through_adj = through_adj or verb.pos_ == "ADJ"
                verb = verb.head  # "stopped short of calling ..."
            if through_adj and verb.pos_ in ("NOUN", "PROPN") and not in_fragments(verb.idx, frags):
                return verb  # "donors intent on deciding ...": the ones the adjective describes
            adjunct = True
            continue
        if _detached_participle(verb) and verb.head.dep_ == "relcl":
            # "... an architect who said he was stiffed, saying ...": the participle
            # belongs to the clause the relative clause's noun sits in
            verb = verb.head.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            continue
        if verb.dep_ in _INHERIT_DEPS and verb.head.i != verb.i:
            inherited_from_participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"
            adjunct = verb.dep_ == "advcl" and verb.tag_ == "VBG"
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
    return (_adjacent_name(cue, frags) or _name_before(cue, frags, quoted)
            or (_name_before(verb, frags, quoted) if verb is not cue else None))


def _according_to_object(cue: Token) -> Token | None:
    """The object of ``according to`` (``according`` is ``cue``)."""
    to = cue.doc[cue.i + 1]
    objs = [c for c in to.children if c.dep_ == "pobj"]
    if not objs:
        objs = [c for c in cue.children if c.dep_ == "prep"]
        objs = [g for p in objs for g in p.children if g.dep_ == "pobj"]
    if not objs:  # 'according to show insiders' parsed as a verb: the last noun
        objs = [t for t in to.subtree if t.i > to.i and t.pos_ in ("NOUN", "PROPN", "PRON")][-1:]
    return objs[0] if objs else None


def _marked_speaker(verb: Token, cue: Token) -> Token | None:
    """The speaker ``verb`` (the cue or a verb above it) marks itself: the one quoted, a
    passive's by-agent, or the owner of an intent; else None."""
    if verb.i != cue.i and verb.lemma_.lower() in _QUOTED_LEMMAS:
        # "X was quoted (by the paper) as saying": the one quoted speaks
        patients = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if patients:
            return patients[0]
    for c in verb.children:
        if c.dep_ == "agent":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    if verb.i == cue.i and cue.lemma_.lower() in _PURPOSE_LEMMAS:
        # "Ruiz's plan is intended to ...": whose plan it is
        owners = [g for c in verb.children if c.dep_ == "nsubjpass"
                  for g in c.children if g.dep_ == "poss" and g.pos_ in ("PROPN", "PRON")]
        if owners:
            return owners[0]
    return None


def _name_before(cue: Token, frags: Sequence[tuple[int, int]],
                 quoted: Sequence[tuple[int, int]]) -> Token | None:
    """A name, pronoun or noun right before a cue the parse gave no subject (``In a
    meeting with the board of the Post Trump said that ...``, ``the $20 million experts
    say it costs``: the subject ran into the phrase before it)."""
    i = cue.i - 1
    while i >= 0 and cue.doc[i].pos_ in ("ADV", "AUX", "PART") and cue.doc[i].dep_ in ("advmod", "aux", "neg"):
        i -= 1
    if i < 0 or i < cue.sent.start:
        return None
    tok = cue.doc[i]
    if tok.pos_ not in ("PROPN", "PRON", "NOUN") or tok.lower_ in RELATIVE or tok.lower_ == "it":
        return None
    if in_fragments(tok.idx, frags) or in_fragments(tok.idx, quoted):
        return None
    return tok


def _tense(verb: Token) -> str:
    """'past', 'present' or '' for a verb without an auxiliary of its own (a bare ``VBN``
    root is a past tense the tagger mistook: ``Trump tweeted that ...``)."""
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return ""
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and verb.dep_ == "ROOT"):
        return "past"
    return "present" if verb.tag_ == "VBZ" else ""


def _reporting_conjunct(cue: Token) -> Token | None:
    """The reporter's subject when ``cue`` is a second predicate of a reporting clause that
    the parse hung on the reported clause (``May said the country would leave and suggested
    that ...``, ``X said he had done A and called it B``, ``X tweeted that Y was "a con" and
    encouraged ...``): a conjunct with no subject of its own, in the reporting verb's tense,
    after a reported verb that has an auxiliary, another tense or is ``be``."""
    if cue.dep_ != "conj" or any(c.dep_ in _SUBJ_DEPS for c in cue.children):
        return None
    tense = _tense(cue)
    head = cue.head
    if not tense or head.pos_ not in ("VERB", "AUX"):
        return None
    if not (head.lemma_ == "be" or _tense(head) != tense):
        return None
    clause = head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    reporter = clause.head
    if (clause.dep_ not in ("ccomp", "advcl") or reporter.i > cue.i
            or reporter.lemma_.lower() not in SPEECH_LEMMAS or _tense(reporter) != tense):
        return None
    subj = [c for c in reporter.children if c.dep_ == "nsubj"]
    return subj[0] if subj else None


def _apposed(subj: Token, verb: Token) -> Token:
    """The name a misparsed apposition hides (``With days to go until the election, Mia
    Moore, an adviser, called ...``, ``To see the real city, Mayor Ruiz said, ...``): a
    name set off after a common noun, or one that runs into the verb with no comma (a true
    apposition is closed by one: ``Ruiz, the mayor, said``)."""
    if subj.i > verb.i:
        return subj
    apps = [c for c in subj.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i < verb.i]
    if not apps:
        return subj
    app = apps[-1]
    if subj.pos_ == "NOUN":
        return app
    between = subj.doc[app.right_edge.i + 1:verb.i]
    return app if not any(t.is_punct for t in between) else subj


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
            # "warnings from his attorney"; "of" only with a name ("the claim of the law"),
            # never the topic ("a critic of the plan")
            if c.lower_ == "of" and cue.lemma_.lower() in OF_TOPIC_NOUNS:
                continue
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
    # "X made the claim"; "A fierce critic of the plan, X voted ...": the fronted noun
    if cue.dep_ in ("dobj", "nsubjpass", "npadvmod") and head.pos_ == "VERB":
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
    elif cue.idx < frags[0][0] and frags[0][0] - cue.idx <= ADJACENT_CHARS:
        q_end = cue.idx  # 'Said Ellis: "..."': the name right after the cue
    elif not q_end <= cue.idx or cue.idx - q_end > ADJACENT_CHARS:
        return None
    between = [t for t in doc[cue.i - 8 if cue.i >= 8 else 0:cue.i]
               if t.idx > q_end and not (t.is_punct or t.is_space)]
    after = []
    for t in doc[cue.i + 1:cue.i + 8]:
        if t.is_punct or t.is_space or t.pos_ == "ADP" or in_fragments(t.idx, frags):
            break  # never a word of the content ('said that U.S. forces ...') nor of a phrase
        after.append(t)
    for group in (between, after if not between else []):
        names = [t for t in group if t.pos_ in ("PROPN", "NOUN", "PRON")]
        if names:
            return names[-1] if group is between else names[0]
    return None


def attribute(doc: Doc, start: int, end: int, frags: Sequence[tuple[int, int]],
              quote_marks: Sequence[int], mentions: Sequence[dict[str, Any]],
              quoted: Sequence[tuple[int, int]] = (), text: str | None = None,
              ) -> tuple[dict[str, Any] | None, str | None]:
    """(speaker record, cue text) for the quotation [start, end); ``quoted`` are the
    fragments of every quotation in the doc, ``text`` is ``doc.text`` (which spaCy
    rebuilds on every access)."""
    text = doc.text if text is None else text
    dash = _DASH_NAME_RE.match(text, end + 1, end + 80)
    if dash:
        s, e = dash.span(1)
        mention = covering_mention(mentions, s, e)
        return {"start": s, "end": e, "text": dash.group(1),
                "code": mention.get("code") if mention else None,
                "name": mention.get("name") if mention else None}, None
    cue = find_cue(doc, start, end, frags, quote_marks, text)
    if cue is None or "\n" in text[min(cue.idx, start):max(cue.idx, end)]:
        # no cue in the quotation's paragraph: a clause that introduces it with a colon
        # ('The poster bore her words: "..."') names the one whose words they are
        tok = introducer(doc, text, start, quoted)
        if tok is not None:
            return speaker_record(tok, mentions), ":"
    if cue is None:
        return None, None
    return speaker_for_cue(cue, frags, mentions, quoted)


def speaker_for_cue(cue: Token, frags: Sequence[tuple[int, int]],
                    mentions: Sequence[dict[str, Any]],
                    quoted: Sequence[tuple[int, int]] = ()) -> tuple[dict[str, Any] | None, str]:
    """(speaker record, cue text) for a known cue; the speaker never lies inside ``frags``
    and is never a subject inside a quotation of ``quoted``."""
    cue_text = "according to" if cue.lower_ == "according" else cue.text
    tok = speaker_token(cue, frags, quoted)
    if tok is None or in_fragments(tok.idx, frags):
        return None, cue_text
    return speaker_record(tok, mentions), cue_text
