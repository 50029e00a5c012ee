"""Near-duplicate texts (wire copies): word shingles, MinHash signatures and LSH band keys.

Two texts are copies when the smaller one's shingles (runs of :data:`SHINGLE` words) are
mostly found in the other: the overlap ``|A ∩ B| / min(|A|, |B|)``. This stays high when a
copy is trimmed, gets a new lead or headline, or has an outlet's boilerplate added, and it is
estimated from MinHash signatures (``datasketch``) and the two shingle counts. Candidate pairs
come from LSH: a signature is cut into :data:`BANDS` bands of :data:`ROWS` values, and texts
that share a band's values are compared.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np

#: words in a shingle
SHINGLE = 5
#: MinHash permutations, cut into BANDS bands of ROWS values each
BANDS, ROWS = 42, 3
NUM_PERM = BANDS * ROWS
#: the seed of the permutations: stored signatures stay comparable across runs
SEED = 1
#: texts with fewer shingles than this are never linked (briefs and templates look alike)
MIN_SHINGLES = 60
#: the smallest estimated overlap of two copies
THRESHOLD = 0.7

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Fingerprint:
    """What is kept of a text to find its copies: shingle count and MinHash signature."""

    shingles: int
    signature: np.ndarray  # uint64, NUM_PERM values

    def to_blob(self) -> bytes:
        return self.signature.astype("<u4").tobytes()

    @classmethod
    def from_blob(cls, shingles: int, blob: bytes) -> "Fingerprint":
        return cls(shingles, np.frombuffer(blob, dtype="<u4").astype(np.uint64))


def shingles(text: str) -> set[bytes]:
    """The text's runs of :data:`SHINGLE` lower-case words."""
    words = _WORD.findall(text.lower())
    return {" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(max(0, len(words) - SHINGLE + 1))}


def _hash32(data: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(data, digest_size=4).digest(), "little")


def fingerprint(text: str) -> Fingerprint | None:
    """The fingerprint of ``text``; None for a text too short to be linked (see :data:`MIN_SHINGLES`)."""
    from datasketch import MinHash  # imported lazily: only storing needs it

    found = shingles(text)
    if len(found) < MIN_SHINGLES:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=_hash32)
    minhash.update_batch(list(found))
    return Fingerprint(len(found), minhash.hashvalues.copy())


def band_keys(print_: Fingerprint) -> list[int]:
    """One signed 64-bit key per band (band number and values hashed together)."""
    values = print_.signature.astype("<u4")
    keys = []
    for band in range(BANDS):
        digest = hashlib.blake2b(values[band * ROWS:(band + 1) * ROWS].tobytes(), digest_size=8,
                                 person=band.to_bytes(2, "little")).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def overlap(a: Fingerprint, b: Fingerprint) -> float:
    """Estimated ``|A ∩ B| / min(|A|, |B|)`` from the signatures' Jaccard estimate and the sizes."""
    jaccard = float(np.mean(a.signature == b.signature))
    shared = jaccard * (a.shingles + b.shingles) / (1.0 + jaccard)
    return min(1.0, shared / min(a.shingles, b.shingles))


def best_match(print_: Fingerprint, candidates: dict[str, Fingerprint],
               threshold: float = THRESHOLD) -> tuple[str, float] | None:
    """The candidate ``print_`` overlaps most, at ``threshold`` or above (ties: the first given); None if none."""
    best: tuple[str, float] | None = None
    for key, other in candidates.items():
        score = overlap(print_, other)
        if score >= threshold and (best is None or score > best[1]):
            best = (key, score)
    return best
