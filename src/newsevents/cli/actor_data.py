"""``newsevents actors info`` and ``actors lookup``: what the actor data holds, and who a name is on a date."""
from __future__ import annotations

import json
from datetime import date

import click

from newsevents.actors.lexicon.dictionary import ActorDictionary, data_info, normalise_key
from newsevents.actors.lexicon.user_files import load_user_file
from newsevents.cli.common import check_user_files, validate_date
from newsevents.cli.query import actors

actors_file_option = click.option(
    "--actors", "actors_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
    help="Extra actors file (CSV, YAML or PETRARCH .actors.txt); repeatable.")


@actors.command("info")
def actors_info() -> None:
    """How much the built-in actor data holds and the date its office terms were checked to."""
    click.echo(json.dumps(data_info(), indent=2))


@actors.command("lookup")
@click.argument("phrase")
@click.option("--date", "day", callback=validate_date, help="Date to resolve on (YYYY-MM-DD); default today.")
@actors_file_option
def actors_lookup(phrase: str, day: str | None, actors_files: tuple[str, ...]) -> None:
    """The code a dictionary PHRASE has on a date, and every dated entry it has.

    Only exact dictionary phrases are looked up here; titles ("the Russian president") are
    inferred in context by the pipeline.
    """
    check_user_files(actors_files)
    try:
        user = [entry for path in actors_files for entry in load_user_file(path)]
    except ValueError as exc:  # a YAML or CSV problem the loader did not put into words
        raise click.ClickException(" ".join(str(exc).split())) from exc
    import spacy  # only this command needs a tokenizer

    tokenizer = spacy.blank("en").tokenizer
    dictionary = ActorDictionary(lambda text: [t.text for t in tokenizer(text)], user)
    key = normalise_key(t.text for t in tokenizer(phrase))
    on = date.fromisoformat(day) if day else date.today()
    resolved = dictionary.resolve(key, on)
    if resolved is None:
        raise click.ClickException(f"{phrase!r} is not in the actor dictionary")
    entries = [
        {"name": e.name, "code": e.code, "kind": e.kind, "start": e.start and e.start.isoformat(),
         "end": e.end and e.end.isoformat(), "source": e.source}
        for e in dictionary.entries[key]
    ]
    click.echo(json.dumps({"phrase": phrase, "date": on.isoformat(), "code": resolved.code,
                           "name": resolved.name, "entries": entries}, indent=2))
