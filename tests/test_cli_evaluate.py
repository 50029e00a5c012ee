"""`newsevents evaluate events` on the project's own gold sentences."""
from pathlib import Path

from click.testing import CliRunner

from newsevents.cli import main

OWN = Path(__file__).parent / "events" / "data" / "own_events.jsonl"


def test_evaluate_events_prints_scores_confusion_and_errors():
    result = CliRunner().invoke(main, ["evaluate", "events", str(OWN), "--max-errors", "2"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "== events (petr2) ==" in out and "country_root" in out and "no-event accuracy" in out
    assert "confusion (rows gold" in out
    f1 = float(next(line for line in out.splitlines() if line.startswith("country_root")).split()[3])
    assert 0.6 <= f1 <= 1.0
