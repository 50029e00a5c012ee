"""Warnings about inputs that will give poor results: text that is not English, articles with no date."""
from __future__ import annotations

from rich.text import Text

from newsevents.cli.common import stderr
from newsevents.ingest.language import other_language
from newsevents.model import InputFailure, Processed


def warn(message: str) -> None:
    """One line on stderr: ``warning MESSAGE`` (printed as it is, never as markup)."""
    stderr().print(Text.assemble(("warning", "yellow"), f" {message}"), highlight=False, soft_wrap=True)


class Notices:
    """Checks each processed article; warns at once about language, once at the end about dates."""

    def __init__(self, published: str | None) -> None:
        self.published = published
        self.undated: list[str] = []

    def check(self, outcome: Processed | InputFailure) -> None:
        if not isinstance(outcome, Processed) or not outcome.record:
            return  # a failure (reported already) or an article stored before
        article = outcome.article
        language = other_language(article.text)
        if language is not None:
            warn(f"{article.id} ({article.origin or article.id}) looks like {language!r} text, not English: "
                 "newsevents codes English news, so its actors and events are unreliable")
        if article.published is None:
            self.undated.append(article.id)

    def finish(self) -> None:
        """The warning about articles without a publication date, if any."""
        if not self.undated:
            return
        which = self.undated[0] if len(self.undated) == 1 else f"{len(self.undated)} articles (first {self.undated[0]})"
        warn(f"{which} had no publication date, so relative dates (\"on Monday\") stay unresolved and events "
             "may have no date: give --published YYYY-MM-DD or a \"published\" field")
