"""Bad input in one batch: each bad article gets a clear error, the batch goes on, nothing is lost."""
import sqlite3

import pytest
from click.testing import CliRunner
from spacy.language import Language

from newsevents.cli import main
from newsevents.model import Article, InputFailure
from newsevents.pipeline import Pipeline

GOOD = "Brazilian police arrested three protesters in Brasilia on Monday, officials said."


def _rows(db, sql):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_bad_files_fail_alone_and_nothing_stored_is_lost(tmp_path):
    db = tmp_path / "ne.db"
    earlier = tmp_path / "earlier"
    earlier.mkdir()
    (earlier / "good.txt").write_text(GOOD, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["run", str(earlier), "--db", str(db), "--published", "2024-01-03"]).exit_code == 0
    before = _rows(db, "SELECT hash, id FROM articles")
    events_before = _rows(db, "SELECT * FROM events")

    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "1_empty.txt").write_bytes(b"")
    (batch / "2_binary.txt").write_bytes(bytes(range(256)) * 40)
    (batch / "3_latin1.txt").write_bytes("Le président français a rencontré M. Ramírez à Genève.".encode("latin-1"))
    (batch / "4_huge.txt").write_text(("Protesters marched in the capital. " * 150_000)[:5_000_000], encoding="utf-8")
    (batch / "5_good.txt").write_text("Chilean President Gabriel Boric visited Argentina on Friday.", encoding="utf-8")
    (batch / "6_unbalanced.txt").write_text('The minister said "we will not back down. Talks went on.', encoding="utf-8")

    result = runner.invoke(main, ["run", str(batch), str(earlier), "--db", str(db), "--published", "2024-01-03"])
    assert result.exit_code == 1
    errors = dict(_rows(db, "SELECT article_id, message FROM errors"))
    assert set(errors) == {"1_empty", "2_binary", "3_latin1", "4_huge"}
    assert "empty" in errors["1_empty"]
    assert "binary" in errors["2_binary"]
    assert "UTF-8" in errors["3_latin1"]
    assert "too large" in errors["4_huge"]
    for article_id in errors:
        assert article_id in result.stderr
    stored = {row[1] for row in _rows(db, "SELECT hash, id FROM articles")}
    assert stored == {"good", "5_good", "6_unbalanced"}
    assert set(before) <= set(_rows(db, "SELECT hash, id FROM articles"))
    assert set(events_before) <= set(_rows(db, "SELECT * FROM events"))

    again = runner.invoke(main, ["run", str(batch), str(earlier), "--db", str(db), "--published", "2024-01-03"])
    assert again.exit_code == 1
    assert len(_rows(db, "SELECT * FROM errors")) == 4
    assert len(_rows(db, "SELECT * FROM articles")) == 3


@Language.component("test_fails_on_marker")
def _fails_on_marker(doc):
    if "EXPLODE" in doc.text:
        raise ValueError("component failure for this article")
    return doc


def test_a_stage_failure_is_recorded_for_that_article_only(pipeline):
    nlp = pipeline.nlp
    nlp.add_pipe("test_fails_on_marker", last=True)
    try:
        outcomes = list(Pipeline(pipeline.settings, nlp=nlp).process([
            Article(id="ok1", text=GOOD), Article(id="bad", text="EXPLODE " + GOOD), Article(id="ok2", text=GOOD + " Again."),
        ]))
    finally:
        nlp.remove_pipe("test_fails_on_marker")
    assert [o.article.id if not isinstance(o, InputFailure) else o.id for o in outcomes] == ["ok1", "bad", "ok2"]
    failure = outcomes[1]
    assert isinstance(failure, InputFailure)
    assert failure.stage == "test_fails_on_marker" and "component failure" in failure.message


def test_extract_given_a_record_instead_of_text_says_so(pipeline):
    with pytest.raises(TypeError, match="text as a str, not dict"):
        pipeline.extract({"id": "a", "text": GOOD})
