"""Built-in evaluation of the event coder against gold files (petr2 and PLOVER formats)."""
from newsevents.evaluation.events import EventsReport, evaluate_events, score_events
from newsevents.evaluation.render import cli_report, render_report

__all__ = ["EventsReport", "cli_report", "evaluate_events", "render_report", "score_events"]
