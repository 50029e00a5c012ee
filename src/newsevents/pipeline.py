"""Build the spaCy pipeline and run articles through it, one failure never stopping a batch."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsevents.config import Settings
from newsevents.errors import InputError, ModelNotFoundError
from newsevents.ingest.normalise import prepare
from newsevents.ingest.readers import iso_date
from newsevents.model import Article, InputFailure, Outcome, Processed, SourceItem
from newsevents.pieces import merge_records, split_pieces
from newsevents.records import doc_to_record


def load_model(name: str) -> Language:
    """Load an installed spaCy model by package name, with a helpful error when it is missing."""
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelNotFoundError(name) from exc


def build_nlp(settings: Settings | None = None) -> Language:
    """The configured spaCy model with every newsevents component added, in order."""
    from newsevents.nlp.components import add_components  # registers the factories

    settings = settings or Settings()
    nlp = load_model(settings.model)
    nlp.max_length = max(nlp.max_length, settings.max_chars + 1)
    add_components(nlp, settings.actors_files, settings.patterns_files)
    return nlp


class Pipeline:
    """newsevents' NLP pipeline over articles: ``Pipeline().extract(text, published=...)``."""

    def __init__(self, settings: Settings | None = None, nlp: Language | None = None) -> None:
        self.settings = settings or Settings()
        self.nlp = nlp if nlp is not None else build_nlp(self.settings)

    def extract(self, text: str, published: str | date | None = None, article_id: str = "article") -> dict[str, Any]:
        """The output record for one text; raises InputError if the text is unusable."""
        if not isinstance(text, str):
            raise TypeError(f"extract() takes the article's text as a str, not {type(text).__name__}; "
                            "pass published= and article_id= as keywords")
        outcome = next(iter(self.process([Article(id=article_id, text=text, published=iso_date(published))])))
        if isinstance(outcome, InputFailure):
            raise InputError(outcome.message)
        return outcome.record

    def prepare(self, article: Article) -> Outcome:
        """Validate an article's text and hash its normalised form (see :func:`prepare`)."""
        return prepare(article, self.settings.max_chars)

    def process(self, items: Iterable[SourceItem], skip: set[str] | None = None) -> Iterator[Outcome]:
        """Outcomes in input order; articles whose hash is in ``skip`` are not processed again."""
        chunk: list[Processed] = []
        chunk_size = self.settings.batch_size * (8 if self.settings.n_process == 1 else 64)
        for item in items:
            outcome = item if isinstance(item, InputFailure) else self.prepare(item)
            if isinstance(outcome, InputFailure) or (skip is not None and outcome.hash in skip):
                yield from self._run_chunk(chunk)
                chunk = []
                yield outcome
                continue
            if len(outcome.article.text) > self.settings.piece_chars:
                yield from self._run_chunk(chunk)
                chunk = []
                yield self._run_long(outcome)
                continue
            chunk.append(outcome)
            if len(chunk) >= chunk_size:
                yield from self._run_chunk(chunk)
                chunk = []
        yield from self._run_chunk(chunk)

    def _make_doc(self, prepared: Processed) -> Doc:
        doc = self.nlp.make_doc(prepared.article.text)
        doc._.published = prepared.article.published  # None: stages use today's date
        return doc

    def _run_chunk(self, chunk: list[Processed]) -> Iterator[Outcome]:
        """Each article's outcome as soon as spaCy hands its doc back (a batch at a time).

        When the batch run fails, the articles not yet handed back are run one by one, so
        the failure is recorded for its own article and the others go on.
        """
        if not chunk:
            return
        done = 0
        try:
            docs = self.nlp.pipe((self._make_doc(p) for p in chunk),
                                 batch_size=self.settings.batch_size, n_process=self.settings.n_process)
            for prepared, doc in zip(chunk, docs):
                outcome = self._finish(prepared, doc)
                done += 1
                yield outcome
        except Exception:  # noqa: BLE001 - one bad article must not sink the chunk: retry one by one
            yield from (self._run_one(p) for p in chunk[done:])

    def _run_one(self, prepared: Processed) -> Outcome:
        doc = self._run_stages(self._make_doc(prepared), prepared.article)
        return doc if isinstance(doc, InputFailure) else self._finish(prepared, doc)

    def _run_long(self, prepared: Processed) -> Outcome:
        """An article longer than ``piece_chars``, run piece by piece so memory stays bounded."""
        article = prepared.article
        parts: list[tuple[int, int, dict[str, Any]]] = []
        sentences = 0
        for offset, piece in split_pieces(article.text, self.settings.piece_chars):
            doc = self.nlp.make_doc(piece)
            doc._.published = article.published
            done = self._run_stages(doc, article)
            if isinstance(done, InputFailure):
                return done
            record = self._record(done, article)
            if isinstance(record, InputFailure):
                return record
            parts.append((offset, sentences, record))
            sentences += sum(1 for _ in done.sents)
        return Processed(article, prepared.hash, _with_article(merge_records(parts), article))

    def _run_stages(self, doc: Doc, article: Article) -> Doc | InputFailure:
        for name, component in self.nlp.pipeline:
            try:
                doc = component(doc)
            except Exception as exc:  # noqa: BLE001 - recorded per article with its stage
                return InputFailure(article.id, article.origin or article.id, name, f"{type(exc).__name__}: {exc}")
        return doc

    def _record(self, doc: Doc, article: Article) -> dict[str, Any] | InputFailure:
        try:
            return doc_to_record(doc, article.id)
        except Exception as exc:  # noqa: BLE001 - recorded per article with its stage
            return InputFailure(article.id, article.origin or article.id, "record", f"{type(exc).__name__}: {exc}")

    def _finish(self, prepared: Processed, doc: Doc) -> Outcome:
        """The article's outcome from its processed doc."""
        record = self._record(doc, prepared.article)
        if isinstance(record, InputFailure):
            return record
        return Processed(prepared.article, prepared.hash, _with_article(record, prepared.article))


def _with_article(record: dict[str, Any], article: Article) -> dict[str, Any]:
    """The output record with the article's title, url and source when it has them."""
    extra = {key: value for key in ("title", "url", "source") if (value := getattr(article, key))}
    if not extra:
        return record
    head = {key: record[key] for key in ("id", "published") if key in record}
    return {**head, **extra, **{k: v for k, v in record.items() if k not in head}}
