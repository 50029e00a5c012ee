"""The ``newsevents_actors`` component: actor mentions with CAMEO codes on the article date.

The component holds the data (:class:`steps.ActorData`: the dictionary, its matcher and
name indexes, built once); each doc runs :data:`steps.STEPS` in order over an
:class:`steps.ActorState`.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict
from datetime import date
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from newsevents.actors.lexicon.dictionary import (
    ActorDictionary,
    Entry,
    country_names,
    first_name_genders,
    parse_date,
    person_genders,
)
from newsevents.actors.lexicon.user_data import user_actor_files
from newsevents.actors.lexicon.user_files import load_user_file
from newsevents.actors.mentions.hits import signature
from newsevents.actors.mentions.leaders import leader_surnames
from newsevents.actors.mentions.offices import surname_index
from newsevents.actors.mentions.titles import TitleFinder
from newsevents.actors.steps import STEPS, ActorData, ActorState


def _day(published: str | None) -> date:
    if published:
        try:
            return date.fromisoformat(published[:10])
        except ValueError:
            pass
    return date.today()


class ActorResolver:
    """Sets ``doc._.actor_mentions``: dictionary hits, title inference, name and pronoun links.

    Everything expensive (data files, PhraseMatchers) is built once here.
    """

    def __init__(self, nlp: Language, actors_files: Sequence[str | Path] = ()) -> None:
        self.tokenizer, self.vocab = nlp.tokenizer, nlp.vocab
        self.titles = TitleFinder(nlp)
        self.countries = country_names()
        self.people_genders = person_genders()
        self.first_names = first_name_genders()
        self.initialize(actors_files=actors_files)

    # -- user data: read in initialize(), saved and restored with the pipeline -----------
    def initialize(self, get_examples: object = None, *, nlp: Language | None = None,
                   actors_files: Sequence[str | Path] = ()) -> None:
        """Load the user's actor files (``[initialize.components.newsevents_actors]`` in a
        spaCy config): the packaged dictionary plus the files of the user's data directory
        (``actors/*.csv``, e.g. Wikidata terms) and ``actors_files``, whose entries
        :meth:`to_disk` saves."""
        paths = (*user_actor_files(), *actors_files)
        self._use([entry for path in paths for entry in load_user_file(path)])

    def to_disk(self, path: str | Path, *, exclude: Sequence[str] = ()) -> None:
        """Save the user's actor entries themselves (not their file paths) in ``path``."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        rows = [{k: (v.isoformat() if isinstance(v, date) else v) for k, v in asdict(e).items()}
                for e in self.user_entries]
        srsly.write_json(path / "user_actors.json", rows)

    def from_disk(self, path: str | Path, *, exclude: Sequence[str] = ()) -> ActorResolver:
        """Restore the user's actor entries saved by :meth:`to_disk` (a pipeline saved
        before they were saved keeps what its config loaded)."""
        saved = Path(path) / "user_actors.json"
        if not saved.exists():
            return self
        rows = srsly.read_json(saved)
        self._use([Entry(**{**r, "start": parse_date(r["start"]), "end": parse_date(r["end"])}) for r in rows])
        return self

    def _use(self, user: Sequence[Entry]) -> None:
        """Build the dictionary, its matcher and its name indexes from the packaged data plus ``user``."""
        self.user_entries: tuple[Entry, ...] = tuple(user)
        tokenizer = self.tokenizer
        cache: dict[str, list[str]] = {}

        def tokenize(text: str) -> list[str]:
            if text not in cache:
                cache[text] = [t.text for t in tokenizer(text)]
            return cache[text]

        dictionary = ActorDictionary(tokenize, list(user))
        matcher = PhraseMatcher(self.vocab, attr="LOWER")
        patterns = sorted({p for pats in dictionary.patterns.values() for p in pats})
        matcher.add("ACTOR", list(tokenizer.pipe(patterns)))
        self.data = ActorData(
            titles=self.titles, dictionary=dictionary, matcher=matcher,
            signatures={key: tuple(dict.fromkeys(signature(tokenize(p)) for p in pats))
                        for key, pats in dictionary.patterns.items()},
            leaders=leader_surnames(dictionary), surnames=surname_index(dictionary),
            countries=self.countries, people_genders=self.people_genders, first_names=self.first_names)

    @property
    def dictionary(self) -> ActorDictionary:
        """The packaged dictionary plus the user's entries."""
        return self.data.dictionary

    # -- pipeline -------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        state = ActorState.start(doc, self.data, _day(doc._.published))
        for step in STEPS:
            step(state)
        doc._.actor_mentions = [m.to_dict(doc, state.sent_of(m.start)) for m in state.mentions]
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Stream ``docs`` through :meth:`__call__`."""
        for doc in docs:
            yield self(doc)
