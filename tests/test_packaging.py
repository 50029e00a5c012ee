"""Packaging and licences (issue 15): dependencies, the parquet extra, the LICENSE file,
the GeoNames credit, and the design document the docstrings point to."""
from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsevents.cli import main
from newsevents.errors import MissingExtraError, NewsEventsError, require_extra

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "newsevents"


def _pyproject() -> dict:
    tomllib = pytest.importorskip("tomllib")
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _names(requirements: list[str]) -> dict[str, str]:
    return {re.split(r"[<>=!~;\[ ]", r, maxsplit=1)[0].lower(): r for r in requirements}


def test_dependencies() -> None:
    project = _pyproject()["project"]
    deps = _names(project["dependencies"])
    assert deps["trafilatura"].replace(" ", "") == "trafilatura>=1.8"  # 1.6-1.7 are GPLv3+
    assert "dateparser" not in deps and "pyarrow" not in deps
    extras = {name: _names(reqs) for name, reqs in project["optional-dependencies"].items()}
    assert "pyarrow" in extras["parquet"] and "pyarrow" in extras["test"]  # the tests export Parquet


def test_no_module_imports_what_is_not_declared() -> None:
    """dateparser was declared and never imported; nothing imports it now either."""
    imported = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                imported.add(node.module.split(".")[0])
    assert "dateparser" not in imported


def test_licence_file() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License") and "the newsevents authors" in text
    assert _pyproject()["project"]["license"] == {"text": "MIT"}


def test_parquet_export_without_pyarrow_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsevents.store import open_store

    db = tmp_path / "empty.db"
    open_store(db).close()
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow now fails
    result = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "parquet", "-o", str(tmp_path / "x.parquet")])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "pip install 'newsevents[parquet]'" in lines[0] and "Traceback" not in result.output
    assert not (tmp_path / "x.parquet").exists()


def test_require_extra() -> None:
    require_extra("json", "JSON", "none")
    with pytest.raises(MissingExtraError, match=r"needs no_such_module_xyz.*newsevents\[demo\]") as info:
        require_extra("no_such_module_xyz", "A demo", "demo")
    assert isinstance(info.value, NewsEventsError) and isinstance(info.value, ImportError)


def test_geonames_is_credited() -> None:
    """CC BY 4.0 asks for attribution wherever the data shows: README, API docs, the map."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "GeoNames" in readme and "CC BY 4.0" in readme
    from newsevents.api.app import create_app

    description = create_app(":memory:").openapi()["info"]["description"]
    assert "GeoNames" in description and "CC BY 4.0" in description
    map_view = (SRC / "web" / "static" / "js" / "views" / "map.js").read_text(encoding="utf-8")
    assert re.search(r'id: "map-attribution" }, "[^"]*GeoNames[^"]*CC BY 4\.0', map_view)


def test_docstrings_point_to_the_design_document() -> None:
    design = (ROOT / "docs" / "design.md").read_text(encoding="utf-8")
    assert "## Interchange format" in design and '"quotes": [{"start"' in design
    stale = [str(p.relative_to(SRC)) for p in SRC.rglob("*.py") if "DESIGN.md" in p.read_text(encoding="utf-8")]
    assert stale == []
    assert "docs/design.md" in (SRC / "model.py").read_text(encoding="utf-8")


def test_readme_pipeline_snippet_lists_the_components() -> None:
    from newsevents.nlp.components import COMPONENT_ORDER

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    snippet = readme[readme.index("work in your own pipeline"):]
    snippet = snippet[:snippet.index("```", snippet.index("```python") + 3)]
    assert tuple(re.findall(r'"(newsevents_\w+)"', snippet.split("nlp.get_pipe")[0])) == COMPONENT_ORDER
