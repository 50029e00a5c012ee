"""Wire copies on the shared corpora: how many near-duplicates the store's rule flags, a sample of
flagged pairs to check by hand, and recall on copies made of real articles.

    python benchmarks/copies.py [--corpora ../shared/corpora] [--sample pairs.txt --n-sample 60]
                                [--n-made 400] [--threshold 0.7] [--seed 7]

Every distinct text of the corpora (exact duplicates are one article in the store) is added in
file order to an in-memory LSH index that works as the store's does (newsevents.ingest.copies):
a text is flagged as a copy when an earlier text shares an LSH band with it, their estimated
overlap is near the threshold, and their exact shingle overlap is at the threshold or above. ``--sample`` writes flagged pairs (ids, overlaps,
the start and end of both texts) to a file OUTSIDE the repository, for checking by hand: the
corpus texts must never be committed.

Recall: ``--n-made`` articles are copied four ways (trimmed to 55-80 % of their sentences; a new
lead sentence and dateline; outlet boilerplate added at both ends; all three at once), and each
copy is looked up in the index of all the corpus texts: found when its best match is the article
it was made from.
"""
from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Callable
from pathlib import Path

from newsevents.ingest.copies import (
    THRESHOLD,
    Fingerprint,
    band_keys,
    best_match,
    fingerprint_of,
    overlap,
    shingle_hashes,
)
from newsevents.ingest.normalise import content_hash, normalise_text

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


class Index:
    """The store's copy lookup, in memory: band key -> article ids, id -> fingerprint."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self.bands: dict[int, list[str]] = {}
        self.prints: dict[str, Fingerprint] = {}
        self.texts: dict[str, str] = {}

    def match(self, text: str) -> tuple[str, float] | None:
        hashes = shingle_hashes(text)
        print_ = fingerprint_of(hashes)
        if print_ is None:
            return None
        candidates = {key: self.prints[key] for band in band_keys(print_) for key in self.bands.get(band, ())}
        return best_match(hashes, print_, candidates, self.texts.__getitem__, self.threshold)

    def add(self, key: str, text: str, print_: Fingerprint) -> None:
        self.prints[key] = print_
        self.texts[key] = text
        for band in band_keys(print_):
            self.bands.setdefault(band, []).append(key)


def load(corpora: Path) -> list[dict]:
    """Distinct texts of every corpus file, in file order (an exact repeat is left out, as the store does)."""
    records, hashes = [], set()
    for path in sorted(corpora.glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            record = json.loads(line)
            key = content_hash(normalise_text(record["text"]))
            if key not in hashes:
                hashes.add(key)
                records.append({**record, "corpus": path.stem})
    return records


def flag(records: list[dict], threshold: float) -> tuple[Index, list[tuple[str, str, float]]]:
    index, pairs = Index(threshold), []
    for record in records:
        print_ = fingerprint_of(shingle_hashes(record["text"]))
        if print_ is None:
            continue
        found = index.match(record["text"])
        if found:
            pairs.append((record["id"], found[0], found[1]))
        index.add(record["id"], record["text"], print_)
    return index, pairs


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.split(text.strip()) if s]


BOILER_TOP = ("Advertisement\n\nShare this article on Facebook Twitter Email\n\n"
              "Listen to this story. Subscribe to our daily briefing for the latest news in your inbox.\n\n")
BOILER_END = ("\n\nCopyright 2024 The Daily Courier. All rights reserved. This material may not be published, "
              "broadcast, rewritten or redistributed. Read more: our most popular stories this week, "
              "sign up for our newsletters, and follow us on social media for updates.")
LEADS = ("In a development that drew reactions across the region on Tuesday, officials confirmed the reports.",
         "The announcement came after weeks of speculation, according to people familiar with the matter.")


def trimmed(text: str, rng: random.Random) -> str:
    parts = _sentences(text)
    keep = max(2, round(len(parts) * rng.uniform(0.55, 0.8)))
    return " ".join(parts[:keep])


def reheaded(text: str, rng: random.Random) -> str:
    parts = _sentences(text)
    dateline = rng.choice(("LONDON (Wire) — ", "NAIROBI, May 6 (Wire) - ", "WASHINGTON — "))
    return dateline + rng.choice(LEADS) + " " + " ".join(parts[1:] if len(parts) > 2 else parts)


def boilerplate(text: str, rng: random.Random) -> str:
    return BOILER_TOP + text + BOILER_END


def all_three(text: str, rng: random.Random) -> str:
    return boilerplate(reheaded(trimmed(text, rng), rng), rng)


MAKERS: dict[str, Callable[[str, random.Random], str]] = {
    "trimmed": trimmed, "re-headed": reheaded, "boilerplate": boilerplate, "all three": all_three}


def recall(records: list[dict], index: Index, n: int, rng: random.Random) -> dict[str, tuple[int, int]]:
    eligible = [r for r in records if r["id"] in index.prints]
    chosen = rng.sample(eligible, min(n, len(eligible)))
    found: dict[str, tuple[int, int]] = {}
    for name, make in MAKERS.items():
        hits = total = 0
        for record in chosen:
            total += 1
            match = index.match(make(record["text"], rng))
            hits += bool(match and match[0] == record["id"])
        found[name] = (hits, total)
    return found


def write_sample(path: Path, pairs: list[tuple[str, str, float]], texts: dict[str, str], n: int,
                 rng: random.Random) -> None:
    chosen = rng.sample(pairs, min(n, len(pairs)))
    with path.open("w", encoding="utf-8") as out:
        for number, (copy, original, estimate) in enumerate(chosen, 1):
            a, b = texts[copy], texts[original]
            out.write(f"## {number}. {copy}  ~  {original}  overlap {estimate:.2f}, words "
                      f"{len(a.split())} / {len(b.split())}\n")
            for label, text in (("copy", a), ("earlier", b)):
                out.write(f"  {label}: {text[:300]!r} ... {text[-200:]!r}\n")
            out.write("\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--sample", type=Path, help="write flagged pairs here (outside the repository)")
    parser.add_argument("--n-sample", type=int, default=60)
    parser.add_argument("--n-made", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    records = load(args.corpora)
    index, pairs = flag(records, args.threshold)
    corpus_of = {r["id"]: r["corpus"] for r in records}
    print(f"{len(records)} distinct texts, {len(index.prints)} long enough to link; threshold {args.threshold}")
    print(f"flagged as copies of an earlier text: {len(pairs)}")
    for corpus in sorted(set(corpus_of.values())):
        print(f"  {corpus:<14} {sum(1 for c, _, _ in pairs if corpus_of[c] == corpus)}")
    texts = {r["id"]: r["text"] for r in records}
    estimates = [overlap(index.prints[c], index.prints[o]) for c, o, _ in pairs]
    print(f"estimated overlap of the flagged pairs (exact decides): min {min(estimates, default=0):.2f}; "
          f"exact: min {min((s for _, _, s in pairs), default=0):.2f}")
    print("recall on copies made of real articles (best match = the article it was made from):")
    for name, (hits, total) in recall(records, index, args.n_made, rng).items():
        print(f"  {name:<12} {hits}/{total} = {hits / max(1, total):.3f}")
    if args.sample:
        write_sample(args.sample, pairs, texts, args.n_sample, rng)
        print(f"sample of {min(args.n_sample, len(pairs))} flagged pairs written to {args.sample}")


if __name__ == "__main__":
    main()
