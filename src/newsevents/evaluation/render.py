"""Plain-text rendering of an :class:`EventsReport`."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from newsevents.evaluation.events import NONE_ROOT, EventsReport, evaluate_events

MAX_ERRORS = 60


def _headline(r: EventsReport) -> list[str]:
    m = r.metrics
    if r.format == "petr2":
        lines = [f"{'triples':<14} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'pred':>5} {'gold':>5}"]
        for k in ("country_root", "actor_root", "country_cameo", "exact"):
            x = m[k]
            lines.append(f"{k:<14} {x['p']:>6.3f} {x['r']:>6.3f} {x['f1']:>6.3f} "
                         f"{x['tp']:>4} {x['n_pred']:>5} {x['n_gold']:>5}")
        lines.append(f"no-event accuracy {m['no_event_accuracy']:.3f} "
                     f"(n={m['n_no_event_sentences']}); event presence accuracy "
                     f"{m['event_presence_accuracy']:.3f}")
        return lines
    lines = [f"type accuracy {m['type_accuracy']:.3f} ({m['type_correct']}/{m['n_sentences']}); "
             f"type precision {m['type_precision']:.3f}; mean predicted types {m['mean_pred_types']:.2f}",
             f"on type-right sentences: source country {m['source_country_match']:.3f} "
             f"(n={m['source_n']}), target country {m['target_country_match']:.3f} "
             f"(n={m['target_n']}), pair {m['pair_country_match']:.3f} (n={m['pair_n']})"]
    lines += [f"  {k:<12} {v:.3f}" for k, v in m["per_type_accuracy"].items()]
    return lines


def _confusion(r: EventsReport) -> list[str]:
    labels = sorted({g for g, _ in r.confusion} | {p for _, p in r.confusion},
                    key=lambda x: (x == NONE_ROOT, x))
    width = max(5, *(len(x) for x in labels)) if labels else 5
    short = {x: x[:5] for x in labels}
    lines = ["confusion (rows gold, columns predicted; -- = none)",
             " " * width + " " + " ".join(f"{short[x]:>5}" for x in labels)]
    for g in labels:
        cells = [r.confusion.get((g, p), 0) for p in labels]
        if any(cells):
            lines.append(f"{g:<{width}} " + " ".join(f"{c or '.':>5}" for c in cells))
    return lines


def render_report(report: EventsReport, max_errors: int = MAX_ERRORS) -> str:
    """Headline numbers, the confusion table and the first misses/false alarms."""
    lines = [f"== events ({report.format}) =="] + _headline(report) + [""] + _confusion(report)
    lines += ["", f"errors ({len(report.errors)} sentences, first {max_errors})"]
    for e in report.errors[:max_errors]:
        lines.append(f"- {e.id}: {e.text}")
        if e.missed:
            lines.append(f"    missed:      {'; '.join(e.missed)}")
        if e.false_alarms:
            lines.append(f"    false alarm: {'; '.join(e.false_alarms)}")
    return "\n".join(lines)


def cli_report(gold_path: str | Path, pipeline: Any) -> str:
    """Text report for ``newsevents evaluate events GOLD.jsonl``."""
    return render_report(evaluate_events(pipeline, Path(gold_path)))


__all__ = ["cli_report", "render_report"]
