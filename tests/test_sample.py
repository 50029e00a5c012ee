"""The article the project started from (../shared/samples), end to end through the CLI."""
import json

from click.testing import CliRunner

from newsevents.cli import main


def _events(record, cameo_prefix):
    return [e for e in record["events"] if e["cameo"].startswith(cameo_prefix)]


def test_extract_sample_finds_the_calls_the_accusation_and_the_quote(sample_path):
    result = CliRunner().invoke(main, ["extract", str(sample_path), "--published", "2025-06-05"])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["id"] == "leaders_call_2025-06"
    calls = _events(record, "041")
    assert any(e["source"] == "USAGOV" and e["target"] == "RUSGOV" and e["date"] == "2025-06-04" for e in calls)
    assert any({e["source"][:3], e["target"][:3]} == {"RUS", "VAT"} for e in calls)
    assert any(e["source"][:3] == "RUS" and e["target"] == "UKRGOV" for e in _events(record, "112"))
    text = sample_path.read_text(encoding="utf-8")
    iran = [q for q in record["quotes"] if "Iran cannot have a nuclear weapon" in q["text"]]
    speaker = iran[0]["speaker"]
    assert speaker and speaker["code"] == "USAGOV" and speaker["name"] == "Donald Trump"  # span may be "he"
    assert text[iran[0]["start"]:iran[0]["end"]] == iran[0]["text"]


def test_extract_table_format(sample_path):
    result = CliRunner().invoke(main, ["extract", str(sample_path), "--published", "2025-06-05", "--format", "table"])
    assert result.exit_code == 0, result.output
    assert "USAGOV" in result.stdout and "RUSGOV" in result.stdout and "2025-06-04" in result.stdout
