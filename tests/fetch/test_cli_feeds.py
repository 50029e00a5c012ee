"""The watch command's own options: --every periods and the FEEDS file (no model, no network)."""
from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from newsevents.cli import main
from newsevents.cli.feeds import parse_every, read_url_list


@pytest.mark.parametrize(("value", "seconds"), [("15m", 900), ("90s", 90), ("1h", 3600), ("120", 120), ("1.5m", 90)])
def test_periods(value, seconds):
    assert parse_every(None, None, value) == seconds


@pytest.mark.parametrize("value", ["0", "15x", "-5m", "soon", ""])
def test_bad_periods_are_refused(value):
    with pytest.raises(click.BadParameter):
        parse_every(None, None, value)


def test_a_bad_period_is_one_line(tmp_path):
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("http://127.0.0.1:9/feed.xml\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["watch", str(feeds), "--db", str(tmp_path / "w.db"), "--every", "soon"])
    assert result.exit_code == 2 and "'soon' is not a period like 15m" in result.output
    assert "Traceback" not in result.output


def test_feeds_file_skips_comments_and_blank_lines(tmp_path):
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("# world\nhttps://a.example/rss\n\n  https://b.example/sitemap.xml  \n   # old\n", encoding="utf-8")
    assert read_url_list(feeds) == ["https://a.example/rss", "https://b.example/sitemap.xml"]
