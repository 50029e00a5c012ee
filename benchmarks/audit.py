"""Whole-article audit: a judging sheet of 100 events drawn from 50 fixed articles, and its score.

    python benchmarks/audit.py                        # run newsevents, write the sheet to judge
    python benchmarks/audit.py --score SHEET.csv      # score a filled sheet
    python benchmarks/audit.py --recall               # recall against a coder's event list
    python benchmarks/audit.py --draw-articles        # (re)draw the article sample (see below)

Articles. The 50 articles are listed, ids only, in ``benchmarks/audits/sample_ids.txt``
(Guardian first), so every later audit judges the same articles. They were drawn once by
``--draw-articles`` with this rule (deterministic; ``--article-seed``, default 20261207):

- Guardian: every line of ``../shared/corpora/guardian_sdf.jsonl`` with non-empty text;
- BBC politics: every line of ``../shared/corpora/bbc.jsonl`` whose id starts with
  ``bbc/politics/`` (the corpus keeps the source repository's category folder in the id and
  has no other section field), dropping a body that repeats an earlier line's text
  (the corpus has 34 duplicated bodies under other headlines);
- both without the 50 articles of the shared 2026-12-07 audit
  (``../shared/eval/events/audit_2026-12-07/sample_ids.txt``), which is development material;
- each pool ordered by ``sha256("<seed>:article:<id>")``; the first 25 of each are taken.

``--draw-articles`` refuses to overwrite a different committed list unless ``--force``.

Events. The pipeline (``Pipeline().process``) runs on the 50 articles (BBC articles have no
date; they get ``published`` 2005-03-01, as in the shared audit). From all their events whose
``modality`` is ``asserted`` or ``reported``, 100 are drawn (``--events``): each is ranked by
``sha256("<seed>:event:<article id>:<start>:<end>:<trigger>:<k>")`` (``k`` numbers repeats of
the same key), and the lowest 100 ranks are taken (``--seed``, default 20261207). The same
code and seed give the same sheet; an event whose evidence and trigger do not change keeps
its rank when other code changes. The draw is uniform over events, so long articles weigh
more (at 39b1682 the live blog ``guardian_sdf/435`` gave 107 of the 424 events, 26 of the 100);
``--max-per-article N`` caps one article's share (off by default; ``meta.json`` records it).

Output. ``--out`` (default ``benchmarks/audits/<today, UTC>/``) gets files with **no article
text** in them, which may be committed:

- ``sheet.csv``: one row per drawn event (columns in ``SHEET_COLUMNS``, a stable format):
  ``n``, ``article_id``, ``event_index`` (in the article's output), ``sentence``, ``start``
  and ``end`` (character offsets of the evidence sentence), ``trigger_start``/``trigger_end``,
  ``source``/``source_start``/``source_end``, ``target``/``target_start``/``target_end``
  (offsets of the words the code was read from, located best-effort: first match in the
  sentence, blank when not found), ``cameo``, ``root``, ``name`` (CAMEO's name of the code),
  ``modality``, then the blank judgement columns ``is_event``, ``root_ok``, ``source_ok``,
  ``target_ok``, ``knowable_target_missing`` (yes/no/na), ``correct_code`` and ``note``;
- ``meta.json``: date, commit, seeds, counts, model.

``--private`` (default ``benchmarks/audits/private/<date>/``, git-ignored) gets what the judge
reads and the repository must never hold: ``excerpts.jsonl`` and ``excerpts.md`` (for each
``n``: the sentence with its trigger marked, the words before and after it, the actor and
trigger words) and ``predictions.jsonl`` (the full output records). The committed sheet
carries only ids, offsets, codes and judgements; the excerpts exist for the judge's eyes
only and are rebuilt from the corpora by running the script again. Notes written by a judge
must paraphrase, never quote the article; ``--score`` warns when a note repeats six or more
consecutive words of its article.

Judging. The instructions a judge follows (CAMEO conventions for source, target, reported
speech and modality, and what each judgement column means) are in
``benchmarks/audits/README.md``.

Score. ``--score SHEET`` reads a filled sheet (``.csv`` or ``.jsonl``) and prints, with
counts and Wilson 95% intervals: fully correct (is an event, root, source and target all
right; of judged rows), not an event (of judged rows), a knowable target left empty (of real
events), root right (of judged rows), source right and target right (of real events). The
targets of issue 10 are printed beside them: fully correct >= 0.60, not an event <= 0.10,
knowable target left empty <= 0.15.

Recall. ``--recall [FILE]`` (default the shared audit's ``recall_2026-12-07.jsonl``: for 10
Guardian articles, every event a careful coder codes, as ``"SRC ROOT TGT"`` with ``/`` between
alternatives and ``---`` for none) runs the pipeline on those articles and matches its
asserted and reported events one to one, strict matches first: *strict* = the root and both
actors' countries (first three characters of the code) agree; *loose* = the root and one
side's country agree (same side). Root 04 (consult, meet) may match with the sides swapped.
The loose match does not check that the sentence is the same, so it is more lenient than the
coder's own ``found`` marks in that file.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import math
import re
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"
GUARDIAN = CORPORA / "guardian_sdf.jsonl"
BBC = CORPORA / "bbc.jsonl"
SHARED_AUDIT = SHARED / "eval" / "events" / "audit_2026-12-07"
AUDITS = ROOT / "benchmarks" / "audits"
SAMPLE_FILE = AUDITS / "sample_ids.txt"
PRIVATE = AUDITS / "private"

ARTICLE_SEED = 20261207
EVENT_SEED = 20261207
PER_SOURCE = 25
N_EVENTS = 100
BBC_PREFIX = "bbc/politics/"
BBC_PUBLISHED = "2005-03-01"
KEPT_MODALITIES = ("asserted", "reported")

SHEET_COLUMNS = (
    "n", "article_id", "event_index", "sentence", "start", "end", "trigger_start", "trigger_end",
    "source", "source_start", "source_end", "target", "target_start", "target_end",
    "cameo", "root", "name", "modality",
    "is_event", "root_ok", "source_ok", "target_ok", "knowable_target_missing", "correct_code", "note",
)
JUDGEMENT_COLUMNS = ("is_event", "root_ok", "source_ok", "target_ok", "knowable_target_missing")
FREE_TEXT_COLUMNS = ("correct_code", "note")
TARGETS = {"fully_correct": (">=", 0.60), "not_event": ("<=", 0.10), "target_missing": ("<=", 0.15)}

_CODE = re.compile(r"^[A-Z0-9-]{3,}$")
_CAMEO = re.compile(r"^\d{2,4}$")
_NAME = re.compile(r"^[A-Za-z ,()/'-]*$")  # every CAMEO name in the ontology fits
_ANSWERS = {"yes": "yes", "y": "yes", "no": "no", "n": "no", "na": "na", "n/a": "na", "": ""}


# ---------------------------------------------------------------------------------------------
# sampling (pure)

def rank(*parts: object) -> str:
    """The sort key of one item: sha256 of its parts joined by ':' (independent of Python's RNG)."""
    return hashlib.sha256(":".join(str(p) for p in parts).encode("utf-8")).hexdigest()


def eligible(rows: Iterable[dict[str, Any]], *, prefix: str = "", exclude: Iterable[str] = (),
             drop_duplicate_text: bool = False) -> list[str]:
    """Ids of the rows with text, the prefix, not excluded, in file order (first of equal bodies)."""
    excluded, seen, out = set(exclude), set(), []
    for row in rows:
        text = (row.get("text") or "").strip()
        if not text or not str(row["id"]).startswith(prefix) or row["id"] in excluded:
            continue
        if drop_duplicate_text:
            if text in seen:
                continue
            seen.add(text)
        out.append(str(row["id"]))
    return out


def draw(ids: Sequence[str], k: int, seed: int | str, kind: str = "article") -> list[str]:
    """The k ids with the lowest rank under the seed, in rank order."""
    return sorted(ids, key=lambda i: rank(seed, kind, i))[:k]


def draw_articles(guardian_rows: Iterable[dict[str, Any]], bbc_rows: Iterable[dict[str, Any]],
                  exclude: Iterable[str], seed: int | str = ARTICLE_SEED, per_source: int = PER_SOURCE) -> list[str]:
    """The article sample: per_source Guardian ids, then per_source BBC politics ids (module docstring)."""
    exclude = set(exclude)
    guardian = eligible(guardian_rows, exclude=exclude)
    bbc = eligible(bbc_rows, prefix=BBC_PREFIX, exclude=exclude, drop_duplicate_text=True)
    if len(guardian) < per_source or len(bbc) < per_source:
        raise SystemExit(f"too few eligible articles: {len(guardian)} Guardian, {len(bbc)} BBC politics")
    return draw(guardian, per_source, seed) + draw(bbc, per_source, seed)


def draw_events(records: Iterable[dict[str, Any]], seed: int | str = EVENT_SEED, k: int = N_EVENTS,
                modalities: Sequence[str] = KEPT_MODALITIES,
                max_per_article: int = 0) -> list[tuple[str, int, dict[str, Any]]]:
    """(article id, event index, event) of the k kept events with the lowest rank, in rank order;
    with max_per_article, an article's events past that many in rank order are passed over."""
    pool = []
    for record in records:
        repeats: Counter[tuple] = Counter()
        for index, event in enumerate(record.get("events") or []):
            if event.get("modality") not in modalities:
                continue
            key = (record["id"], event.get("start"), event.get("end"), event.get("trigger"))
            repeats[key] += 1
            pool.append((rank(seed, "event", *key, repeats[key]), record["id"], index, event))
    pool.sort(key=lambda item: item[0])
    taken: Counter[str] = Counter()
    drawn = []
    for _, article_id, index, event in pool:
        if len(drawn) == k:
            break
        if max_per_article and taken[article_id] >= max_per_article:
            continue
        taken[article_id] += 1
        drawn.append((article_id, index, event))
    return drawn


# ---------------------------------------------------------------------------------------------
# the sheet (pure)

def locate(text: str, start: int, end: int, words: str | None) -> tuple[int, int] | None:
    """Offsets of ``words`` in text[start:end] (else of their first word), first match; None if absent."""
    if not words:
        return None
    for needle in (words, words.split()[0]):
        match = re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text[start:end])
        if match:
            return start + match.start(), start + match.end()
    return None


def actor_span(record: dict[str, Any], text: str, event: dict[str, Any], side: str) -> tuple[int, int] | None:
    """Where the event's source/target words are: an actor mention in the sentence, else the
    nearest mention with those words before it (an antecedent), else a match in the sentence."""
    words = event.get(f"{side}_text")
    if not words:
        return None
    start, end = event["start"], event["end"]
    mentions = [(m["start"], m["end"]) for m in record.get("actors") or [] if m.get("text") == words]
    inside = [m for m in mentions if start <= m[0] < end]
    if inside:
        return inside[0]
    before = [m for m in mentions if m[0] < start]
    if before:
        return before[-1]
    return locate(text, start, end, words)


def _blank(span: tuple[int, int] | None) -> tuple[Any, Any]:
    return span if span else ("", "")


def sheet_row(n: int, article_id: str, index: int, event: dict[str, Any], record: dict[str, Any],
              text: str) -> dict[str, Any]:
    """One text-free sheet row: ids, offsets, codes, and blank judgements."""
    trigger = _blank(locate(text, event["start"], event["end"], event.get("trigger")))
    source = _blank(actor_span(record, text, event, "source"))
    target = _blank(actor_span(record, text, event, "target"))
    row = {
        "n": n, "article_id": article_id, "event_index": index, "sentence": event.get("sentence", ""),
        "start": event["start"], "end": event["end"], "trigger_start": trigger[0], "trigger_end": trigger[1],
        "source": event.get("source") or "", "source_start": source[0], "source_end": source[1],
        "target": event.get("target") or "", "target_start": target[0], "target_end": target[1],
        "cameo": event.get("cameo") or "", "root": event.get("root") or "", "name": event.get("name") or "",
        "modality": event.get("modality") or "",
    }
    row.update({column: "" for column in JUDGEMENT_COLUMNS + FREE_TEXT_COLUMNS})
    return row


def text_free_problems(rows: Iterable[dict[str, Any]]) -> list[str]:
    """Why a sheet could hold article text: unknown columns, or values that are not ids,
    offsets, codes, CAMEO names, modalities or judgements (free-text columns are checked
    against the article by ``quoted_notes``)."""
    problems = []
    for row in rows:
        where = f"row {row.get('n', '?')}"
        extra = set(row) - set(SHEET_COLUMNS)
        if extra:
            problems.append(f"{where}: columns not in the sheet format: {sorted(extra)}")
        for column in ("n", "event_index", "sentence", "start", "end", "trigger_start", "trigger_end",
                       "source_start", "source_end", "target_start", "target_end"):
            value = row.get(column, "")
            if value != "" and not re.fullmatch(r"\d+", str(value)):
                problems.append(f"{where}: {column} is not an offset: {value!r}")
        for column in ("source", "target"):
            value = str(row.get(column, ""))
            if value and not _CODE.match(value):
                problems.append(f"{where}: {column} is not an actor code: {value!r}")
        for column in ("cameo", "root"):
            value = str(row.get(column, ""))
            if value and not _CAMEO.match(value):
                problems.append(f"{where}: {column} is not a CAMEO code: {value!r}")
        if not re.fullmatch(r"[a-z_]+(/[\w.-]+)+", str(row.get("article_id", ""))):
            problems.append(f"{where}: article_id is not an id: {row.get('article_id')!r}")
        if not _NAME.match(str(row.get("name", ""))) or len(str(row.get("name", ""))) > 80:
            problems.append(f"{where}: name is not a CAMEO name: {row.get('name')!r}")
        if str(row.get("modality", "")) not in ("", "asserted", "reported", "negated", "future", "hypothetical"):
            problems.append(f"{where}: modality {row.get('modality')!r}")
        for column in JUDGEMENT_COLUMNS:
            if str(row.get(column, "")).strip().lower() not in _ANSWERS:
                problems.append(f"{where}: {column} must be yes, no or na, got {row.get(column)!r}")
    return problems


def quoted_notes(rows: Iterable[dict[str, Any]], texts: dict[str, str], run: int = 6) -> list[str]:
    """Rows whose free-text columns repeat ``run`` or more consecutive words of their article."""
    found = []
    for row in rows:
        text = texts.get(str(row.get("article_id")))
        if not text:
            continue
        article = " " + " ".join(re.findall(r"\w+", text.lower())) + " "
        for column in FREE_TEXT_COLUMNS:
            words = re.findall(r"\w+", str(row.get(column, "")).lower())
            for i in range(len(words) - run + 1):
                if " " + " ".join(words[i:i + run]) + " " in article:
                    found.append(f"row {row.get('n')}: {column} quotes the article ({' '.join(words[i:i + run])!r} ...)")
                    break
    return found


def write_sheet(path: Path, rows: Sequence[dict[str, Any]]) -> None:
    problems = text_free_problems(rows)
    if problems:
        raise SystemExit("refusing to write a sheet that may hold article text:\n  " + "\n  ".join(problems[:20]))
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as sink:
        writer = csv.DictWriter(sink, fieldnames=SHEET_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)


def read_sheet(path: Path) -> list[dict[str, str]]:
    if path.suffix == ".jsonl":
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        return [{k: "" if v is None else str(v) for k, v in row.items()} for row in rows]
    with path.open(encoding="utf-8", newline="") as source:
        return list(csv.DictReader(source))


# ---------------------------------------------------------------------------------------------
# score (pure)

def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return (0.0, 0.0)
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


def score(rows: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Counts and shares of a filled sheet. Rows with a blank ``is_event`` are not judged.

    fully_correct = is_event yes and root_ok, source_ok and target_ok all yes (of judged);
    not_event = is_event no (of judged); target_missing = knowable_target_missing yes (of real
    events); root_right = root_ok yes (of judged); source_right, target_right (of real events).
    """
    answers = [{c: _ANSWERS.get(str(row.get(c, "")).strip().lower(), "?") for c in JUDGEMENT_COLUMNS} for row in rows]
    judged = [a for a in answers if a["is_event"] in ("yes", "no")]
    real = [a for a in judged if a["is_event"] == "yes"]
    counts = {
        "rows": len(answers),
        "judged": len(judged),
        "real": len(real),
        "fully_correct": sum(a["root_ok"] == a["source_ok"] == a["target_ok"] == "yes" for a in real),
        "not_event": len(judged) - len(real),
        "target_missing": sum(a["knowable_target_missing"] == "yes" for a in real),
        "root_right": sum(a["root_ok"] == "yes" for a in real),
        "source_right": sum(a["source_ok"] == "yes" for a in real),
        "target_right": sum(a["target_ok"] == "yes" for a in real),
    }
    bases = {"fully_correct": "judged", "not_event": "judged", "root_right": "judged",
             "target_missing": "real", "source_right": "real", "target_right": "real"}
    shares = {name: (counts[name] / counts[base] if counts[base] else None) for name, base in bases.items()}
    return {"counts": counts, "shares": shares, "bases": bases, "warnings": consistency(rows)}


def consistency(rows: Iterable[dict[str, Any]]) -> list[str]:
    """Judgements that contradict each other or the codes (printed, not fatal)."""
    warnings = []
    for row in rows:
        a = {c: _ANSWERS.get(str(row.get(c, "")).strip().lower(), "?") for c in JUDGEMENT_COLUMNS}
        where = f"row {row.get('n', '?')}"
        bad = [c for c, v in a.items() if v == "?"]
        if bad:
            warnings.append(f"{where}: not yes/no/na: {', '.join(bad)}")
        if a["is_event"] == "no" and any(a[c] in ("yes", "no") for c in JUDGEMENT_COLUMNS[1:]):
            warnings.append(f"{where}: not an event, but other judgements are given (they should be na)")
        if a["is_event"] == "yes" and any(a[c] in ("", "na") for c in ("root_ok", "source_ok", "target_ok")):
            warnings.append(f"{where}: a real event needs root_ok, source_ok and target_ok")
        if a["is_event"] == "yes" and a["knowable_target_missing"] == "yes" and row.get("target"):
            warnings.append(f"{where}: knowable target missing, but a target is coded (use target_ok no)")
        if a["is_event"] == "yes" and a["knowable_target_missing"] == "yes" and a["target_ok"] == "yes":
            warnings.append(f"{where}: knowable target missing, yet target_ok yes")
        if a["is_event"] == "yes" and not row.get("target") and a["knowable_target_missing"] in ("", "na"):
            warnings.append(f"{where}: empty target: knowable_target_missing must be yes or no")
    return warnings


def format_score(result: dict[str, Any], path: str = "") -> str:
    counts, shares, bases = result["counts"], result["shares"], result["bases"]
    labels = {
        "fully_correct": "fully correct (root, source, target)",
        "not_event": "not an event",
        "target_missing": "knowable target left empty (of real events)",
        "root_right": "root right",
        "source_right": "source right (of real events)",
        "target_right": "target right (of real events)",
    }
    lines = [f"audit sheet {path}: {counts['rows']} rows, {counts['judged']} judged, {counts['real']} real events"]
    for name, label in labels.items():
        k, n = counts[name], counts[bases[name]]
        if shares[name] is None:
            lines.append(f"  {label:<46} {k:>3}/{n:<3}   -")
            continue
        low, high = wilson(k, n)
        line = f"  {label:<46} {k:>3}/{n:<3} {shares[name]:.2f}  [95% CI {low:.2f}-{high:.2f}]"
        if name in TARGETS:
            op, bound = TARGETS[name]
            met = shares[name] >= bound if op == ">=" else shares[name] <= bound
            line += f"  target {op} {bound:.2f}: {'met' if met else 'NOT met'}"
        lines.append(line)
    if counts["judged"] < counts["rows"]:
        lines.append(f"  {counts['rows'] - counts['judged']} rows have no is_event judgement and are left out")
    for warning in result["warnings"]:
        lines.append(f"  warning: {warning}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# recall (pure)

def country(code: str | None) -> str | None:
    """The country level of an actor code (first three letters); None for none or unknown."""
    code = re.sub(r"\(.*?\)|\s+", "", code or "").upper()[:3]
    return None if code in ("", "---") else code


def parse_coding(coding: str) -> tuple[set[str | None], set[str], set[str | None]]:
    """``"IRN/RUS 074 SYRGOV"`` -> ({IRN, RUS}, {07}, {SYR}); ``---`` gives None."""
    parts = coding.split()
    if len(parts) != 3:
        raise ValueError(f"not 'SOURCE ROOT TARGET': {coding!r}")
    source, cameo, target = parts
    return ({country(c) for c in source.split("/")}, {c[:2].zfill(2) for c in cameo.split("/")},
            {country(c) for c in target.split("/")})


def _fits(gold: tuple, event: dict[str, Any], strict: bool) -> bool:
    sources, roots, targets = gold
    root = (event.get("root") or (event.get("cameo") or "")[:2])
    if root not in roots:
        return False
    src, tgt = country(event.get("source")), country(event.get("target"))
    sides = [(src, tgt)] + ([(tgt, src)] if root == "04" else [])
    for s, t in sides:
        if strict and s in sources and t in targets:
            return True
        if not strict and ((s is not None and s in sources) or (t is not None and t in targets)):
            return True
    return False


def match_recall(codings: Sequence[str], events: Sequence[dict[str, Any]]) -> list[str]:
    """For each coder coding of one article: 'strict', 'loose' or 'none' (one-to-one, strict first)."""
    golds = [parse_coding(c) for c in codings]
    found, used = ["none"] * len(golds), set()
    for level in ("strict", "loose"):
        for g, gold in enumerate(golds):
            if found[g] != "none":
                continue
            for e, event in enumerate(events):
                if e not in used and _fits(gold, event, level == "strict"):
                    found[g] = level
                    used.add(e)
                    break
    return found


# ---------------------------------------------------------------------------------------------
# running (needs the corpora and the pipeline)

def read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        raise SystemExit(f"{path} not found: the audit expects ../shared beside the checkout")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def corpus() -> dict[str, dict[str, Any]]:
    return {row["id"]: row for row in read_jsonl(GUARDIAN) + read_jsonl(BBC)}


def read_ids(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def run_pipeline(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    from newsevents.model import Article
    from newsevents.pipeline import Pipeline

    articles = [Article(id=r["id"], text=r["text"], title=r.get("title"), source=r.get("source"),
                        published=r.get("published") or BBC_PUBLISHED) for r in rows]
    records = []
    for outcome in Pipeline().process(articles):
        record = getattr(outcome, "record", None)
        if record is None:
            print(f"warning: {outcome.id} failed: {getattr(outcome, 'message', outcome)}", file=sys.stderr)
            record = {"id": outcome.id, "events": [], "actors": []}
        records.append(record)
    return records


def mark(text: str, start: int, end: int, span: tuple[Any, Any]) -> str:
    """The sentence with the trigger between ⟦ ⟧."""
    if span[0] == "":
        return text[start:end]
    return text[start:span[0]] + "⟦" + text[span[0]:span[1]] + "⟧" + text[span[1]:end]


def around(text: str, start: int, end: int, width: int = 400) -> tuple[str, str]:
    before = text[max(0, start - width):start]
    after = text[end:end + width // 2]
    if start - width > 0:
        before = "…" + before.split(" ", 1)[-1]
    if end + width // 2 < len(text):
        after = after.rsplit(" ", 1)[0] + "…"
    return before, after


def excerpt(row: dict[str, Any], event: dict[str, Any], article: dict[str, Any]) -> dict[str, Any]:
    text = article["text"]
    before, after = around(text, row["start"], row["end"])
    return {
        "n": row["n"], "article_id": row["article_id"], "title": article.get("title"),
        "published": article.get("published") or BBC_PUBLISHED,
        "corpus": str(GUARDIAN if row["article_id"].startswith("guardian") else BBC),
        "before": before, "sentence": mark(text, row["start"], row["end"], (row["trigger_start"], row["trigger_end"])),
        "after": after, "trigger": event.get("trigger"),
        "source": row["source"] or None, "source_text": event.get("source_text"),
        "target": row["target"] or None, "target_text": event.get("target_text"),
        "cameo": row["cameo"], "name": row["name"], "modality": row["modality"],
    }


def excerpts_markdown(excerpts: Sequence[dict[str, Any]], sheet: Path) -> str:
    lines = [f"# Excerpts for {sheet} (for the judge's eyes only; never commit this file)", "",
             "Judging instructions: benchmarks/audits/README.md. Fill the judgement columns of the sheet.", ""]
    for x in excerpts:
        lines += [
            f"## {x['n']}. {x['article_id']} ({x['published']}){' — ' + x['title'] if x['title'] else ''}", "",
            f"**coded**: {x['source'] or '∅'} ({x['source_text'] or '—'})  →  {x['cameo']} {x['name']}  →  "
            f"{x['target'] or '∅'} ({x['target_text'] or '—'}); modality {x['modality']}; trigger \"{x['trigger']}\"",
            "", "> " + f"{x['before']} **{x['sentence']}** {x['after']}".replace("\n\n", " ¶ ").replace("\n", " "), "",
        ]
    return "\n".join(lines)


def git_commit() -> str:
    """The commit of the newsevents source that was imported (+dirty-src with uncommitted changes)."""
    import newsevents

    where = Path(newsevents.__file__).resolve().parent
    try:
        head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=where, capture_output=True, text=True, check=True)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no", "."], cwd=where,
                               capture_output=True, text=True, check=True)
        return head.stdout.strip() + ("+dirty-src" if dirty.stdout.strip() else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def cmd_draw(args: argparse.Namespace) -> int:
    exclude = read_ids(SHARED_AUDIT / "sample_ids.txt")
    ids = draw_articles(read_jsonl(GUARDIAN), read_jsonl(BBC), exclude, seed=args.article_seed)
    text = "\n".join(ids) + "\n"
    if args.sample.exists() and args.sample.read_text(encoding="utf-8") != text and not args.force:
        print(f"{args.sample} differs from the drawn sample; keep it (fixed articles) or use --force", file=sys.stderr)
        return 1
    args.sample.parent.mkdir(parents=True, exist_ok=True)
    args.sample.write_text(text, encoding="utf-8")
    print(f"{len(ids)} article ids -> {args.sample}")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    if not args.sample.exists():
        print(f"{args.sample} not found: draw it once with --draw-articles", file=sys.stderr)
        return 1
    ids = read_ids(args.sample)
    rows = corpus()
    missing = [i for i in ids if i not in rows]
    if missing:
        print(f"ids not in the corpora: {missing}", file=sys.stderr)
        return 1
    day = datetime.now(timezone.utc).date().isoformat()
    out = args.out or AUDITS / day
    private = args.private or PRIVATE / out.name
    articles = [rows[i] for i in ids]
    print(f"running newsevents on {len(articles)} articles ...", file=sys.stderr, flush=True)
    records = run_pipeline(articles)
    by_id = {r["id"]: r for r in records}
    drawn = draw_events(records, seed=args.seed, k=args.events, max_per_article=args.max_per_article)
    sheet_rows, excerpts = [], []
    for n, (article_id, index, event) in enumerate(drawn, 1):
        row = sheet_row(n, article_id, index, event, by_id[article_id], rows[article_id]["text"])
        sheet_rows.append(row)
        excerpts.append(excerpt(row, event, rows[article_id]))
    sheet = out / "sheet.csv"
    write_sheet(sheet, sheet_rows)
    modalities = Counter(e.get("modality") for r in records for e in r.get("events") or [])
    from newsevents.config import Settings

    meta = {
        "date": day, "commit": git_commit(), "model": Settings().model, "sample": str(args.sample.relative_to(ROOT))
        if args.sample.is_relative_to(ROOT) else str(args.sample),
        "sample_sha256": hashlib.sha256(args.sample.read_bytes()).hexdigest(), "articles": len(articles),
        "event_seed": args.seed, "max_per_article": args.max_per_article, "events_drawn": len(drawn), "events_by_modality": dict(sorted(modalities.items())),
        "pool": sum(modalities[m] for m in KEPT_MODALITIES),
        "drawn_by_source": dict(Counter(i.split("/")[0] for i, _, _ in drawn)),
        "bbc_published": BBC_PUBLISHED,
    }
    (out / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    private.mkdir(parents=True, exist_ok=True)
    with (private / "excerpts.jsonl").open("w", encoding="utf-8") as sink:
        for x in excerpts:
            sink.write(json.dumps(x, ensure_ascii=False) + "\n")
    (private / "excerpts.md").write_text(excerpts_markdown(excerpts, sheet), encoding="utf-8")
    with (private / "predictions.jsonl").open("w", encoding="utf-8") as sink:
        for record in records:
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(drawn)} of {meta['pool']} asserted/reported events ({sum(modalities.values())} in all) "
          f"from {len(articles)} articles")
    print(f"sheet (text-free): {sheet}\nmeta: {out / 'meta.json'}\nexcerpts (private): {private / 'excerpts.md'}")
    return 0


def cmd_score(args: argparse.Namespace) -> int:
    rows = read_sheet(args.score)
    problems = text_free_problems(rows)
    if problems:
        print("the sheet is not in the audit format:\n  " + "\n  ".join(problems[:30]), file=sys.stderr)
        return 2
    print(format_score(score(rows), str(args.score)))
    if GUARDIAN.exists() and BBC.exists():
        texts = {i: r["text"] for i, r in corpus().items()}
        for line in quoted_notes(rows, texts):
            print(f"  warning: {line} (paraphrase: the repository keeps no article text)")
    return 0


def cmd_recall(args: argparse.Namespace) -> int:
    gold = read_jsonl(args.recall)
    by_article: dict[str, list[str]] = defaultdict(list)
    for line in gold:
        by_article[line["article_id"]].append(line["human_coding"])
    rows = corpus()
    records = {r["id"]: r for r in run_pipeline([rows[i] for i in by_article])}
    totals: Counter[str] = Counter()
    print(f"recall against {args.recall} ({len(gold)} coder events, {len(by_article)} articles)")
    for article_id, codings in by_article.items():
        events = [e for e in records[article_id].get("events") or [] if e.get("modality") in KEPT_MODALITIES]
        found = Counter(match_recall(codings, events))
        totals.update(found)
        print(f"  {article_id:<22} coder {len(codings):>3}  system {len(events):>3}  "
              f"strict {found['strict']:>3}  loose {found['strict'] + found['loose']:>3}")
    n = len(gold)
    strict, loose = totals["strict"], totals["strict"] + totals["loose"]
    print(f"recall, loose (root + one side's country): {loose}/{n} = {loose / n:.2f}")
    print(f"recall, strict (root + both countries):    {strict}/{n} = {strict / n:.2f}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--score", type=Path, metavar="SHEET", help="score a filled sheet (.csv or .jsonl)")
    mode.add_argument("--recall", type=Path, nargs="?", const=SHARED_AUDIT / "recall_2026-12-07.jsonl",
                      metavar="FILE", help="recall against a coder's event list")
    mode.add_argument("--draw-articles", action="store_true", help="draw the article sample into --sample")
    parser.add_argument("--sample", type=Path, default=SAMPLE_FILE, help="the article ids (default: %(default)s)")
    parser.add_argument("--out", type=Path, help="folder for the text-free sheet (default: benchmarks/audits/DATE)")
    parser.add_argument("--private", type=Path,
                        help="folder for excerpts and predictions (default: benchmarks/audits/private/DATE, git-ignored)")
    parser.add_argument("--seed", type=int, default=EVENT_SEED, help="event draw seed (default: %(default)s)")
    parser.add_argument("--events", type=int, default=N_EVENTS, help="events to draw (default: %(default)s)")
    parser.add_argument("--max-per-article", type=int, default=0,
                        help="draw at most this many events from one article (default: 0, no cap)")
    parser.add_argument("--article-seed", type=int, default=ARTICLE_SEED, help="article draw seed (default: %(default)s)")
    parser.add_argument("--force", action="store_true", help="with --draw-articles: overwrite a different sample")
    args = parser.parse_args(argv)
    if args.score:
        return cmd_score(args)
    if args.recall:
        return cmd_recall(args)
    if args.draw_articles:
        return cmd_draw(args)
    return cmd_run(args)


if __name__ == "__main__":
    sys.exit(main())
