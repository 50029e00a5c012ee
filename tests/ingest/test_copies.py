"""Shingles and MinHash signatures of wire copies (newsevents.ingest.copies), without a store."""
from __future__ import annotations

import numpy as np
import pytest

from newsevents.ingest.copies import (
    MIN_SHINGLES,
    NUM_PERM,
    SEED,
    band_keys,
    exact_overlap,
    fingerprint,
    overlap,
    shingle_hashes,
)

TEXT = " ".join(f"Sentence {n} of the wire story says the ministers met in city {n % 7} on day {n}." for n in range(40))


def test_signatures_are_datasketch_minhash():
    datasketch = pytest.importorskip("datasketch")
    hashes = shingle_hashes(TEXT)
    try:
        reference = datasketch.MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=int, scheme="legacy")
    except TypeError:  # datasketch before 2.0 has only the legacy scheme
        reference = datasketch.MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=int)
    reference.update_batch(hashes.tolist())
    assert np.array_equal(reference.hashvalues, fingerprint(TEXT).signature)


def test_shingles_ignore_case_and_punctuation_and_repeat_once():
    assert np.array_equal(shingle_hashes("One two three four five."), shingle_hashes("ONE, two; three four FIVE"))
    assert len(shingle_hashes("a b c d e a b c d e")) == 5  # 6 runs, one of them twice
    assert len(shingle_hashes("a b c d")) == 0


def test_a_trimmed_copy_overlaps_fully_and_the_estimate_is_close():
    words = TEXT.split()
    copy = " ".join(words[: len(words) * 2 // 3])
    assert exact_overlap(shingle_hashes(copy), shingle_hashes(TEXT)) == 1.0
    assert overlap(fingerprint(copy), fingerprint(TEXT)) > 0.85
    assert len(set(band_keys(fingerprint(copy))) & set(band_keys(fingerprint(TEXT)))) > 0


def test_short_texts_have_no_fingerprint():
    words = [f"word{n}" for n in range(MIN_SHINGLES + 4)]  # n words make n - 4 distinct shingles
    assert fingerprint(" ".join(words[:-1])) is None
    assert fingerprint(" ".join(words)) is not None
