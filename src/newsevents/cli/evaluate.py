"""``newsevents evaluate``: score the pipeline on gold files."""
from __future__ import annotations

from pathlib import Path

import click

from newsevents.cli.common import actors_option, make_pipeline, make_settings, model_option, patterns_option
from newsevents.cli.group import main
from newsevents.evaluation.events import evaluate_events
from newsevents.evaluation.render import render_report


@main.group()
def evaluate() -> None:
    """Run newsevents on a gold file and print its scores and errors."""


@evaluate.command("events")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--all-modalities", is_flag=True, help="Also score negated, future and hypothetical events.")
@click.option("--max-errors", type=click.IntRange(min=0), default=40, show_default=True,
              help="How many sentences with misses or false alarms to list.")
@model_option
@actors_option
@patterns_option
def evaluate_events_command(gold: Path, all_modalities: bool, max_errors: int, model: str | None,
                            actors: tuple[str, ...], patterns: tuple[str, ...]) -> None:
    """Score events on GOLD.jsonl (petr2_gsr or plover_gsr format, as ../shared/eval/score.py does)."""
    pipeline = make_pipeline(make_settings(model, actors, patterns))
    report = evaluate_events(pipeline, gold, all_modalities=all_modalities)
    click.echo(render_report(report, max_errors=max_errors))
