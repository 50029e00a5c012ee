"""Actor resolution on multi-sentence articles: how many coded events have a resolved source.

    taskset -c 0 python benchmarks/actor_resolution.py [--limit 50] [--sample 40] [--seed 1]
        [--unresolved 60]

Runs ``newsevents.Pipeline`` over the project's own multi-sentence articles (below) and the
first ``--limit`` articles of ../shared/corpora/guardian_sdf.jsonl, then prints, per corpus,
the number of coded events and the share whose ``source`` is a code rather than None. With
``--sample N`` it also prints N random events with a resolved source (source text, code, the
sentence) for checking by hand; the precision found that way is in docs/actors.md. Finally it
times the actor stage against the whole spaCy parse on the same docs.
"""
from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter
from pathlib import Path

from newsevents.model import Article
from newsevents.pipeline import Pipeline

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "guardian_sdf.jsonl"

#: multi-sentence articles written for this benchmark (the project's own text)
OWN = (
    ("own/1", "2025-06-05",
     "U.S. President Donald Trump spoke by phone with Russian President Vladimir Putin on "
     "Wednesday. The two leaders discussed the war in Ukraine. Putin warned that Moscow would "
     "respond to the drone strikes. He also accused Kyiv of sabotaging the talks. The Kremlin "
     "later said the call had been useful."),
    ("own/2", "2024-03-10",
     "Israeli Prime Minister Benjamin Netanyahu met Egyptian officials in Cairo on Sunday. "
     "Netanyahu urged Hamas to release the hostages. Hamas rejected the demand. The Egyptian "
     "foreign minister criticised both sides. Qatar offered to host new talks."),
    ("own/3", "2023-11-02",
     "Sudan's army chief Abdel Fattah al-Burhan accused the Rapid Support Forces of attacking "
     "civilians in Darfur. The RSF denied the claim. Burhan said the army would keep fighting. "
     "The United Nations condemned the violence, and the African Union called for a ceasefire."),
    ("own/4", "2022-10-20",
     "Chinese President Xi Jinping met German Chancellor Olaf Scholz in Beijing. The two men "
     "agreed to expand trade. Xi warned against the use of nuclear weapons. Scholz praised the "
     "Chinese leader for his stance. Berlin later announced new investments."),
    ("own/5", "2025-02-14",
     "Ukrainian President Volodymyr Zelensky met U.S. Vice President JD Vance in Munich. "
     "Zelensky asked Washington for security guarantees. Vance promised continued support. "
     "Russia's foreign ministry dismissed the meeting. Moscow threatened to respond."),
)


def articles(limit: int) -> dict[str, list[Article]]:
    own = [Article(id=i, text=t, published=p) for i, p, t in OWN]
    guardian = []
    if CORPUS.exists():
        for line in CORPUS.read_text(encoding="utf-8").splitlines()[:limit]:
            r = json.loads(line)
            guardian.append(Article(id=r["id"], text=r["text"], published=r.get("published")))
    return {"own": own, "guardian_sdf": guardian}


def _sentence(text: str, ev: dict) -> str:
    return " ".join(text[ev["start"]:ev["end"]].split())[:220]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=50)
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--unresolved", type=int, default=0,
                    help="print the N most frequent source texts left without a code")
    args = ap.parse_args()
    pipeline = Pipeline()
    sample_pool = []
    missing_events: list[tuple[str, str | None, dict]] = []
    print(f"{'corpus':<14}{'articles':>9}{'events':>8}{'source resolved':>17}{'both resolved':>15}")
    for name, items in articles(args.limit).items():
        texts = {a.id: a.text for a in items}
        n_ev = n_src = n_both = 0
        for outcome in pipeline.process(items):
            record = getattr(outcome, "record", None)
            if not record:
                continue
            for ev in record["events"]:
                n_ev += 1
                if ev.get("source"):
                    n_src += 1
                    sample_pool.append((record["id"], ev, texts[record["id"]]))
                    n_both += bool(ev.get("target"))
                elif args.unresolved:
                    missing_events.append((texts[record["id"]], record.get("published"), ev))
        share = n_src / n_ev if n_ev else 0.0
        both = n_both / n_ev if n_ev else 0.0
        print(f"{name:<14}{len(items):>9}{n_ev:>8}{share:>16.1%}{both:>15.1%}")
    if args.sample:
        rng = random.Random(args.seed)
        print("\n# sample of events with a resolved source (check source code by hand)")
        for i, (aid, ev, text) in enumerate(rng.sample(sample_pool, min(args.sample, len(sample_pool))), 1):
            print(f"{i:>3} {aid} {ev['source_text']!r} -> {ev['source']} | {ev['cameo']} "
                  f"{ev['trigger']!r} | {_sentence(text, ev)}")
    if args.unresolved:
        missing = unresolved_subjects(pipeline, missing_events)
        print(f"\n# most frequent subjects of events without a source ({len(missing_events)} events)")
        for text, n in missing.most_common(args.unresolved):
            print(f"{n:>4}  {text}")
    overhead(pipeline, articles(args.limit)["guardian_sdf"] or articles(0)["own"])


def unresolved_subjects(pipeline: Pipeline, events: list[tuple[str, str | None, dict]]) -> Counter:
    """The grammatical subject (lower-cased noun phrase, ``-`` when none) of each trigger of
    an event that has no source: what the actor stage would have to code."""
    from newsevents.events.clauses import subject_of

    out: Counter[str] = Counter()
    docs: dict[str, object] = {}
    for text, published, ev in events:
        key = text[:80]
        if key not in docs:
            doc = pipeline.nlp.make_doc(text)
            doc._.published = published
            docs[key] = pipeline.nlp(doc)
        doc = docs[key]
        words = ev["trigger"].split()
        span = doc.char_span(ev["start"], ev["end"], alignment_mode="expand")
        anchor = next((t for t in span if words and t.text == words[0]), None) if span else None
        subj = subject_of(anchor) if anchor is not None else None
        if subj is None:
            out["-"] += 1
            continue
        left = min((t.i for t in subj.subtree), default=subj.i)
        phrase = " ".join(t.lower_ for t in doc[max(left, subj.i - 4):subj.i + 1])
        out[phrase] += 1
    return out


def overhead(pipeline: Pipeline, items: list[Article]) -> None:
    """Time the spaCy parse and the actor stage separately on the same docs."""
    nlp = pipeline.nlp
    actor = nlp.get_pipe("newsevents_actors")
    ours = [n for n in nlp.pipe_names if n.startswith("newsevents")]
    docs = []
    started = time.perf_counter()
    with nlp.select_pipes(disable=ours):
        for a in items:
            doc = nlp.make_doc(a.text)
            doc._.published = a.published
            docs.append(nlp(doc))
    parse = time.perf_counter() - started
    started = time.perf_counter()
    for doc in docs:
        actor(doc)
    stage = time.perf_counter() - started
    print(f"\nspaCy parse {parse:.2f} s, actor stage {stage:.3f} s "
          f"({stage / parse:.1%} of the parse) on {len(docs)} articles")


if __name__ == "__main__":
    main()
