"""One default everywhere: events said to have happened (asserted, reported), unless asked for all."""
from __future__ import annotations

import json

import httpx
from click.testing import CliRunner

from newsevents.cli import main
from newsevents.store.facade import Store


def _sql_count(db, where: str = "") -> int:
    with Store(db, readonly=True) as store:
        return store.conn.execute(f"SELECT count(*) FROM events {where}").fetchone()[0]


def test_cli_api_and_python_count_the_same_events(server, demo_db):
    occurred = _sql_count(demo_db, "WHERE modality IN ('asserted', 'reported')")
    everything = _sql_count(demo_db)
    assert 0 < occurred < everything

    def cli(*extra: str) -> int:
        result = CliRunner().invoke(main, ["events", "--db", str(demo_db), "--limit", "100000", "--format", "json",
                                           *extra])
        assert result.exit_code == 0, result.output
        return len(json.loads(result.stdout))

    def stats_total(*extra: str) -> int:
        result = CliRunner().invoke(main, ["stats", "--db", str(demo_db), "--by", "root", "--format", "json", *extra])
        return sum(row["count"] for row in json.loads(result.stdout))

    with Store(demo_db, readonly=True) as store:
        python_default, python_all = store.count_events(), store.count_events(modalities=())
    api_default = httpx.get(server + "/api/events").json()["total"]
    api_all = httpx.get(server + "/api/events", params={"modality": "all"}).json()["total"]
    api_stats = httpx.get(server + "/api/stats", params={"by": "root"}).json()["total"]
    assert cli() == python_default == api_default == api_stats == stats_total() == occurred
    assert cli("--all-modalities") == python_all == api_all == stats_total("--all-modalities") == everything


def test_the_dashboard_offers_the_default_and_all():
    from newsevents.web import STATIC_DIR

    filters = (STATIC_DIR / "js" / "filters.js").read_text(encoding="utf-8")
    assert '["", "happened (asserted, reported)"]' in filters and '["all",' in filters
