"""``newsevents actors info``, ``actors lookup`` and ``actors update``: what the actor data holds,
who a name is on a date, and office terms from Wikidata."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import click

from newsevents.actors.lexicon.dictionary import ActorDictionary, data_info, normalise_key
from newsevents.actors.lexicon.user_data import actor_file_info, newest, user_actor_files, user_data_dir
from newsevents.actors.lexicon.user_files import load_user_file
from newsevents.cli.common import check_user_files, validate_date
from newsevents.cli.query import actors

actors_file_option = click.option(
    "--actors", "actors_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
    help="Extra actors file (CSV, YAML or PETRARCH .actors.txt); repeatable.")


def _print_query(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        from newsevents.actors.wikidata.offices import query_text

        click.echo(query_text(), nl=False)
        ctx.exit()


def diff_lines(summary: dict) -> str:
    """The diff of an update as one line a term: ``+`` added, ``>`` ended, ``~`` changed."""
    marks = {"added": "+", "ended": ">", "changed": "~"}
    lines = [f"{summary['people']} people, {summary['terms']} terms from {summary['input']} "
             f"(data date {summary['data_date']}); " + ", ".join(f"{k} {v}" for k, v in summary["counts"].items())]
    for kind, mark in marks.items():
        for c in summary[kind]:
            was = c.get("was")
            before = f" (was {was['start']}..{was['end'] or ''})" if was else ""
            lines.append(f"{mark} {c['code']:<9} {c['start']}..{c['end'] or '':<10} {c['name']}"
                         f"{' — ' + c['office'] if c['office'] else ''}{before}")
    if summary["written"]:
        lines.append(f"written: {summary['written']}")
    return "\n".join(lines)


@actors.command("info")
@actors_file_option
def actors_info(actors_files: tuple[str, ...]) -> None:
    """How current the active actor data is: the built-in data (checked-to date, newest term
    start, counts), the files of the data directory (e.g. Wikidata terms) and --actors files."""
    check_user_files(actors_files)
    builtin = data_info()
    try:
        files = [actor_file_info(p) for p in (*user_actor_files(), *actors_files)]
    except ValueError as exc:
        raise click.ClickException(" ".join(str(exc).split())) from exc
    info = {
        **builtin,
        "data_date": newest(builtin["verified_through"], *(f["data_date"] for f in files)),
        "latest_term_start": newest(builtin["latest_term_start"], *(f["latest_term_start"] for f in files)),
        "data_dir": str(user_data_dir()),
        "sources": [{"source": "builtin", "data_date": builtin["verified_through"],
                     "latest_term_start": builtin["latest_term_start"],
                     "office_terms": builtin["office_terms"], "people": builtin["people"]}, *files],
    }
    click.echo(json.dumps(info, indent=2))


@actors.command("update")
@click.option("--wikidata", "wikidata_file", required=True, type=click.Path(exists=True, dir_okay=False),
              help="SPARQL JSON results of the shipped query, or Wikidata entity JSON, one entity a line "
                   "(.gz/.bz2 too).")
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write the terms as an actors file (CSV, the --actors format).")
@click.option("--merge", is_flag=True,
              help="Merge the terms into the data directory (actors/wikidata.csv), which every run reads.")
@click.option("--as-of", "as_of", callback=validate_date,
              help="Date the data was taken (default: newest edit in a dump, else the file's date).")
@click.option("--text", "as_text", is_flag=True, help="The diff as lines (+ added, > ended, ~ changed), not JSON.")
@click.option("--print-query", is_flag=True, is_eager=True, expose_value=False, callback=_print_query,
              help="Print the shipped SPARQL query and exit.")
def actors_update(wikidata_file: str, output: str | None, merge: bool, as_of: str | None, as_text: bool) -> None:
    """Office terms from Wikidata (position held, P39): their diff against the built-in data
    (added, ended and changed terms) and, with -o or --merge, an actors file of them.

    Make FILE where there is internet with the shipped query (--print-query): see docs/actors.md.
    """
    from newsevents.actors.wikidata.output import merge_into_data_dir, write_actor_file
    from newsevents.actors.wikidata.update import update_from_wikidata

    update = update_from_wikidata(wikidata_file, date.fromisoformat(as_of) if as_of else None)
    rows, origin = update.comparison.rows, Path(wikidata_file).name
    written = None
    if output:
        written = write_actor_file(output, rows, update.data_date, origin)
    if merge:
        written = merge_into_data_dir(rows, update.data_date, origin)
    summary = update.summary(written)
    click.echo(diff_lines(summary) if as_text else json.dumps(summary, indent=2, ensure_ascii=False))


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
        user = [entry for path in (*user_actor_files(), *actors_files) for entry in load_user_file(path)]
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
