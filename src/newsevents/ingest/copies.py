"""Near-duplicate texts (wire copies): word shingles, MinHash signatures and LSH band keys.

Two texts are copies when the smaller one's shingles (runs of :data:`SHINGLE` words) are
mostly found in the other: the overlap ``|A ∩ B| / min(|A|, |B|)``. This stays high when a
copy is trimmed, gets a new lead or headline, or has an outlet's boilerplate added. It is
estimated from MinHash signatures and the two shingle counts to pick the candidates worth
checking, and computed exactly from the texts for the decision. Candidate pairs
come from LSH: a signature is cut into :data:`BANDS` bands of :data:`ROWS` values, and texts
that share a band's values are compared. The signatures are datasketch's ``MinHash`` (legacy
scheme, seed 1) computed with numpy (the tests check they are equal).
"""
from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

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
#: the smallest overlap of two copies
THRESHOLD = 0.7
#: candidates whose estimated overlap is this far below the threshold are still checked exactly
MARGIN = 0.15
#: datasketch's modulus and hash range
_MERSENNE = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)

_WORD = re.compile(r"\w+")
#: multiplier of the rolling combination of word hashes into shingle hashes (odd, 64-bit)
_ROLL = np.uint64(0x9E3779B97F4A7C15)


@dataclass(frozen=True)
class Fingerprint:
    """What is kept of a text to find its copies: shingle count and MinHash signature."""

    shingles: int
    signature: np.ndarray  # uint64, NUM_PERM values below 2**32

    def to_blob(self) -> bytes:
        return self.signature.astype("<u4").tobytes()

    @classmethod
    def from_blob(cls, shingles: int, blob: bytes) -> "Fingerprint":
        return cls(shingles, np.frombuffer(blob, dtype="<u4").astype(np.uint64))


def shingle_hashes(text: str) -> np.ndarray:
    """32-bit hashes of the text's distinct runs of :data:`SHINGLE` lower-case words (uint64, sorted).

    Each word is hashed once (CRC-32) and the hashes of a run are combined by a rolling
    multiply in numpy, so no shingle string is ever built.
    """
    words = np.fromiter((zlib.crc32(w.encode("utf-8")) for w in _WORD.findall(text.lower())), dtype=np.uint64)
    if len(words) < SHINGLE:
        return np.empty(0, dtype=np.uint64)
    runs = len(words) - SHINGLE + 1
    combined = np.zeros(runs, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(SHINGLE):
            combined = combined * _ROLL + words[k:k + runs]
    return np.unique((combined >> np.uint64(32)) ^ (combined & np.uint64(0xFFFFFFFF)))


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The NUM_PERM permutations ``h -> (a * h + b) mod (2**61 - 1)`` drawn from SEED exactly as
    ``datasketch.MinHash(num_perm, seed, scheme="legacy")`` draws them (made once per process;
    datasketch itself is not imported: it takes over a second to load)."""
    gen = np.random.RandomState(SEED)
    pairs = [(gen.randint(1, _MERSENNE, dtype=np.uint64), gen.randint(0, _MERSENNE, dtype=np.uint64))
             for _ in range(NUM_PERM)]
    a, b = np.array(pairs, dtype=np.uint64).T
    return a, b


def minhash(hashes: np.ndarray) -> np.ndarray:
    """The MinHash signature of 32-bit hash values, as datasketch's legacy scheme computes it."""
    a, b = _permutations()
    with np.errstate(over="ignore"):
        permuted = ((hashes[:, None] * a + b) % _MERSENNE) & _MAX_HASH
    return permuted.min(axis=0)


def fingerprint(text: str) -> Fingerprint | None:
    """The fingerprint of ``text``; None for a text too short to be linked (see :data:`MIN_SHINGLES`)."""
    return fingerprint_of(shingle_hashes(text))


def fingerprint_of(hashes: np.ndarray) -> Fingerprint | None:
    """The fingerprint of a text's shingle hashes; None when there are fewer than :data:`MIN_SHINGLES`."""
    return Fingerprint(len(hashes), minhash(hashes)) if len(hashes) >= MIN_SHINGLES else None


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


def exact_overlap(a: np.ndarray, b: np.ndarray) -> float:
    """``|A ∩ B| / min(|A|, |B|)`` of two arrays of distinct shingle hashes (:func:`shingle_hashes`)."""
    if not len(a) or not len(b):
        return 0.0
    return len(np.intersect1d(a, b, assume_unique=True)) / min(len(a), len(b))


def best_match(hashes: np.ndarray, print_: Fingerprint, candidates: dict[str, Fingerprint],
               text_of: Callable[[str], str], threshold: float = THRESHOLD) -> tuple[str, float] | None:
    """The candidate the text overlaps most, at ``threshold`` or above; None if none.

    Signatures only choose which candidates to check (estimated overlap within
    :data:`MARGIN` of the threshold); the overlap that decides is the exact one, from the
    candidate's text (``text_of(key)``), so estimation noise never links two texts.
    Ties go to the candidate given first.
    """
    best: tuple[str, float] | None = None
    for key, other in candidates.items():
        if overlap(print_, other) < threshold - MARGIN:
            continue
        score = exact_overlap(hashes, shingle_hashes(text_of(key)))
        if score >= threshold and (best is None or score > best[1]):
            best = (key, score)
    return best
