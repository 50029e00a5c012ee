"""spaCy component: CAMEO/PLOVER events from verb and noun patterns over the parse.

The coder finds trigger tokens, reads each with its frames (``frames``), fills the frame's
argument slots (``arguments``, ``slots``), and hands sources, targets, code and modality to
``assembly``, which pairs them and applies the coding conventions.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping, Sequence

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Token

from newsevents.events.arguments import ArgumentResolver, MentionIndex
from newsevents.events.assembly import MATERIAL_CONFLICT, pair_events
from newsevents.events.clauses import (
    background_participle,
    describes_its_noun,
    headline_verb,
    misparsed_relative,
    subject_of,
)
from newsevents.events.finish import drop_purposes, finish_events, incursions
from newsevents.events.frames import FrameMatcher, describes_event, occurs_to_event
from newsevents.events.modality import modality_of
from newsevents.events.noun_frames import read_noun_frame
from newsevents.events.ontology import CameoCode, load_ontology
from newsevents.events.patterns import Pattern, PatternSet, load_patterns
from newsevents.events.predicates import other_sense
from newsevents.events.quotation import fenced
from newsevents.events.syntax import anonymity_request, in_name
from newsevents.events.verb_frames import read_verb_frame
from newsevents.nlp.lexicon import NOMINAL_POS

#: adjectives that govern an infinitive like an intent verb ("willing to send")
ADJ_POS = frozenset({"ADJ"})


class EventCoder:
    """Adds ``doc._.events``: one dict per coded event (see docs/design.md for the fields)."""

    def __init__(self, nlp: Language | None = None, patterns_files: Sequence[str | Path] = ()) -> None:
        self.ontology: Mapping[str, CameoCode] = load_ontology()
        self.initialize(patterns_files=patterns_files)

    # -- user data: read in initialize(), saved and restored with the pipeline -----------
    def initialize(self, get_examples: object = None, *, nlp: Language | None = None,
                   patterns_files: Sequence[str | Path] = ()) -> None:
        """Load the user's pattern files (``[initialize.components.newsevents_events]`` in a
        spaCy config) over the packaged ones; :meth:`to_disk` saves their text."""
        self.patterns: PatternSet = load_patterns(patterns_files)
        self.frames = FrameMatcher(self.patterns)
        self.user_patterns: tuple[tuple[str, str], ...] = tuple(
            (Path(f).name, Path(f).read_text(encoding="utf-8")) for f in patterns_files)

    def to_disk(self, path: str | Path, *, exclude: Sequence[str] = ()) -> None:
        """Save the user's pattern files themselves (not their paths) in ``path``."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        files = [f"{i:03d}_{name}" for i, (name, _) in enumerate(self.user_patterns)]
        for file, (_, text) in zip(files, self.user_patterns):
            (path / file).write_text(text, encoding="utf-8")
        srsly.write_json(path / "user_patterns.json", [[f, n] for f, (n, _) in zip(files, self.user_patterns)])

    def from_disk(self, path: str | Path, *, exclude: Sequence[str] = ()) -> EventCoder:
        """Restore the user's pattern files saved by :meth:`to_disk` (a pipeline saved
        before they were saved keeps what its config loaded)."""
        path = Path(path)
        if not (path / "user_patterns.json").exists():
            return self
        saved = srsly.read_json(path / "user_patterns.json")
        self.initialize(patterns_files=[path / file for file, _ in saved])
        self.user_patterns = tuple((name, text) for (_, name), (_, text) in zip(saved, self.user_patterns))
        return self

    def __call__(self, doc: Doc) -> Doc:
        with fenced(doc):
            doc._.events = self._code(doc)
        return doc

    def _code(self, doc: Doc) -> list[dict[str, Any]]:
        """The events of ``doc`` (see :meth:`__call__`)."""
        mentions = doc._.actor_mentions or []
        index = MentionIndex(doc, mentions)
        res = ArgumentResolver(index, self.patterns.classes)
        verbs, nouns = self.patterns.verbs, self.patterns.nouns
        verb_toks: list[Token] = []
        noun_toks: list[Token] = []
        must_heads: list[Token] = []
        for tok in doc:
            pos = tok.pos_
            if pos == "VERB" and tok.dep_ != "amod" and not (
                    tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in NOMINAL_POS
                    and not headline_verb(tok)):
                # a participle used as an adjective ("armed struggle", "the occupied West
                # Bank") or a reduced passive relative ("a Hamas member jailed last year",
                # "weapons seized last year") describes its noun; it does not report an act
                if (self.frames.verb_lemma(tok) in verbs and not in_name(tok)
                        and not describes_event(tok, self.frames)
                        and not occurs_to_event(tok, self.frames, res.lex["harm"])
                        and not misparsed_relative(tok) and not background_participle(tok)
                        and not anonymity_request(tok)):
                    verb_toks.append(tok)
            elif pos in ADJ_POS and (tok.dep_ == "acomp" or tok.dep_ == "amod" and any(
                    c.dep_ in ("xcomp", "prep", "ccomp") for c in tok.children)):
                # "ready to", "a country willing to"; not "armed", "the free Idlib police"
                if tok.lemma_.lower() in verbs and not in_name(tok):
                    verb_toks.append(tok)
            elif pos == "AUX" and tok.lower_ == "must" and tok.head.pos_ == "VERB":
                must_heads.append(tok.head)
            elif pos == "NOUN" or pos == "PROPN":
                if tok.lemma_.lower() in nouns:
                    noun_toks.append(tok)
        consumed: set[int] = set()
        raw: list[dict[str, Any]] = []
        for tok in verb_toks:
            if tok.i not in consumed and not self.frames.is_embedded(tok):
                raw.extend(self._verb_events(tok, res, consumed))
        for tok in noun_toks:
            if tok.i not in consumed:
                pat = self.frames.match_noun(tok)
                if pat is not None:
                    raw.extend(read_noun_frame(tok, pat, res, self.frames, self.patterns.light_verbs, consumed))
        coded = {r["anchor"].i for r in raw}
        for tok in must_heads:  # "X said Y must <act>" where no frame coded the act
            if tok.i not in consumed and tok.i not in coded:
                raw.extend(self._obligation_events(tok, res))
        return finish_events(doc, incursions(drop_purposes(raw)), self.ontology)

    # -- verbs --------------------------------------------------------------------------
    def _verb_events(self, verb: Token, res: ArgumentResolver, consumed: set[int]) -> list[dict]:
        """Events of the first matching frame that yields any (a frame needing a target
        that is not there gives way to the next one)."""
        for pat, obj in self.frames.verb_matches(verb):
            events = read_verb_frame(verb, pat, obj, res, self.frames, consumed)
            if events is not None:
                if describes_its_noun(verb, lambda i: res.index.actor_at(i) is not None) and not any(
                        e["cameo"][:2] in MATERIAL_CONFLICT for e in events):
                    return []  # "rebel forces opposing the regime": what they stand for
                return [e for e in events if not other_sense(verb, e["cameo"], res)]
        return []

    def _obligation_events(self, verb: Token, res: ArgumentResolver) -> list[dict]:
        """"X said that Y must <act>" for an uncoded act: a demand (100) by X on Y."""
        mod = modality_of(verb)
        if mod.value != "obligation" or mod.sayer is None:
            return []
        subj = res.resolve_all(subject_of(verb))
        if not subj:
            return []
        pat = Pattern(kind="verb", lemmas=frozenset({verb.lemma_.lower()}), code="100",
                      rule="verb:must", confidence=0.5)
        return pair_events(subj, [], "100", pat, "verb:must", verb, [verb], mod, res)
