"""The package's shape: imports point down the layers, no module imports itself in a cycle,
the output record follows model.py, and the query commands never load spaCy."""
from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsevents.model import OutputRecord, record_problems

SRC = Path(__file__).resolve().parents[1] / "src"

#: packages (first component under ``newsevents``) by layer, lowest first: a module imports from
#: its own package and from lower layers, never from a peer of its layer or from above
LAYERS: tuple[frozenset[str], ...] = (
    frozenset({"errors", "config", "model", "data", "lexicon"}),
    frozenset({"ingest", "time", "geo", "actors", "events", "quotes"}),
    frozenset({"nlp", "records", "pieces", "fetch"}),
    frozenset({"pipeline", "store"}),
    frozenset({"export", "evaluation", "web"}),
    frozenset({"runners"}),
    frozenset({"api", "output"}),
    frozenset({"cli", "newsevents"}),
)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports() -> dict[str, set[str]]:
    """Module -> newsevents modules it imports at run time (TYPE_CHECKING blocks excluded)."""
    graph: dict[str, set[str]] = {}
    paths = sorted((SRC / "newsevents").rglob("*.py"))
    modules = {_module_name(p) for p in paths}
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        typing_only = {id(n) for node in ast.walk(tree)
                       if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
                       for n in ast.walk(node)}
        targets: set[str] = set()
        for node in ast.walk(tree):
            if id(node) in typing_only:
                continue
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("newsevents"):
                # ``from package import module`` depends on the module, not on the package's __init__
                targets.update(f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in modules else node.module
                               for a in node.names)
            elif isinstance(node, ast.Import):
                targets.update(a.name for a in node.names if a.name.startswith("newsevents"))
        graph[_module_name(path)] = targets - {_module_name(path)}
    return graph


#: modules that sit in a lower layer than their package: the shared lexicon of closed-class
#: words lives under nlp/ but every stage reads it
LOW_MODULES = {"newsevents.nlp.lexicon": "lexicon"}


def _package(module: str) -> str:
    if module in LOW_MODULES:
        return LOW_MODULES[module]
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "newsevents"


def _layer(package: str) -> int:
    return next(i for i, layer in enumerate(LAYERS) if package in layer)


def test_lexicon_imports_nothing_of_ours() -> None:
    assert _imports()["newsevents.nlp.lexicon"] == set()


def test_every_package_has_a_layer() -> None:
    packages = {_package(m) for m in _imports()}
    assert packages <= set().union(*LAYERS), packages - set().union(*LAYERS)


def test_imports_point_down() -> None:
    upward = [f"{m} -> {t}" for m, targets in _imports().items() for t in targets
              if _package(t) != _package(m) and _layer(_package(t)) >= _layer(_package(m))]
    assert upward == []


def test_no_import_cycles() -> None:
    graph = _imports()
    # a package's own __init__ re-exporting its modules is not a cycle of meaning
    edges = {m: {t for t in targets if t in graph and not (m == _parent(t))} for m, targets in graph.items()}
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(edges[node]):
            if state.get(nxt) == 1:
                cycles.append(stack[stack.index(nxt):] + [nxt] if nxt in stack else [node, nxt])
            elif nxt not in state:
                visit(nxt, [*stack, nxt])
        state[node] = 2

    for module in sorted(edges):
        if module not in state:
            visit(module, [module])
    assert cycles == []


def _parent(module: str) -> str:
    return module.rsplit(".", 1)[0]


def test_query_commands_do_not_load_spacy() -> None:
    code = ("import sys\nfrom click.testing import CliRunner\nfrom newsevents.cli import main\n"
            "for args in (['--help'], ['events', '--help'], ['serve', '--help'], ['stats', '--help']):\n"
            "    assert CliRunner().invoke(main, args).exit_code == 0, args\n"
            "print(sorted(m for m in sys.modules if m == 'spacy' or m.startswith('spacy.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_model_checker_finds_departures() -> None:
    good = {"id": "a", "published": None, "events": [], "quotes": [], "timexes": [], "actors": [], "places": []}
    assert record_problems(good) == []
    bad = {**good, "timexes": [{"start": "1", "end": 2, "text": "x", "value": None}]}
    del bad["places"]
    problems = record_problems(bad)
    assert "record: missing 'places'" in problems
    assert any(p.startswith("record.timexes[0].start") for p in problems)


@pytest.mark.slow
def test_output_records_follow_the_model(tmp_path: Path) -> None:
    from newsevents.pipeline import Pipeline

    demo = SRC / "newsevents" / "data" / "demo" / "articles.jsonl"
    pipeline = Pipeline()
    from newsevents.ingest.readers import read_sources

    records = [o.record for o in pipeline.process(read_sources([demo]))]
    assert len(records) >= 5
    assert sum(len(r["events"]) for r in records) > 10
    for record in records:
        assert record_problems(json.loads(json.dumps(record)), OutputRecord) == []
