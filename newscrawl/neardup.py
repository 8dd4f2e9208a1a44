"""Near-duplicate detection for syndicated copies: MinHash signatures and an LSH index.

Signatures are datasketch MinHash values (same permutations, seed 1) over word
4-shingles, computed with numpy in one pass per document; the index is datasketch's
``MinHashLSH``, and every LSH candidate is confirmed by its estimated Jaccard
similarity, so the bands only decide which pairs are compared.

>>> a = signature("The minister said the bridge over the river would open next month.")
>>> b = signature("The minister said on Monday the bridge over the river would open next month.")
>>> round(similarity(a, b), 1) >= 0.5
True
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE_WORDS = 4
#: Estimated Jaccard similarity of shingle sets from which two bodies are one story.
THRESHOLD = 0.5
_SEED = 1
# datasketch 2 defaults to "affine32"; the legacy scheme is the one this module computes.
_SCHEME = "legacy"
_MERSENNE = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)
_WORD = re.compile(r"\w+")
# Multipliers that combine the hashes of consecutive words into a shingle hash.
_MIX = np.array([0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F, 0x165667B1], dtype=np.uint64)


@lru_cache(maxsize=4)
def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    a, b = MinHash(num_perm=num_perm, seed=_SEED, scheme=_SCHEME).permutations
    return a.astype(np.uint64), b.astype(np.uint64)


def words(text: str) -> list[str]:
    """Normalised words: NFKC, case-folded, punctuation dropped.

    >>> words("GUWAHATI, July 1: The Chief Minister's visit…")
    ['guwahati', 'july', '1', 'the', 'chief', 'minister', 's', 'visit']
    """
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def shingle_hashes(text: str, k: int = SHINGLE_WORDS) -> np.ndarray:
    """32-bit hashes of the distinct k-word shingles of ``text`` (uint64 array)."""
    tokens = words(text)
    if not tokens:
        return np.zeros(0, dtype=np.uint64)
    th = np.fromiter(
        (zlib.crc32(t.encode("utf-8")) for t in tokens), dtype=np.uint64, count=len(tokens)
    )
    if len(th) < k:
        k = len(th)
    n = len(th) - k + 1
    acc = np.zeros(n, dtype=np.uint64)
    for i in range(k):
        acc = (acc + th[i : i + n] * _MIX[i]) & _MAX_HASH
    return np.unique(acc)


def signature(text: str, num_perm: int = NUM_PERM) -> np.ndarray:
    """The MinHash of ``text``'s shingles: ``num_perm`` uint64 values below 2**32."""
    hv = shingle_hashes(text)
    a, b = _permutations(num_perm)
    if not len(hv):
        return np.full(num_perm, _MAX_HASH, dtype=np.uint64)
    phv = ((np.outer(hv, a) + b) % _MERSENNE) & _MAX_HASH
    return phv.min(axis=0)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def to_bytes(sig: np.ndarray) -> bytes:
    """A signature as 4 bytes per permutation (how the store keeps it)."""
    return sig.astype("<u4").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u4").astype(np.uint64)


@dataclass(slots=True)
class Entry:
    """What the index knows about one stored copy."""

    canonical_url: str
    site: str
    published_ts: float | None
    seq: int
    duplicate_of: str | None
    signature: np.ndarray

    @property
    def order(self) -> tuple[float, int]:
        """Earliest published first (unknown dates last); ties: stored first."""
        return (self.published_ts if self.published_ts is not None else float("inf"), self.seq)


class NearDupIndex:
    """An in-memory LSH index of signatures, confirmed by estimated Jaccard similarity."""

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self.entries: dict[str, Entry] = {}

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, canonical_url: str) -> bool:
        return canonical_url in self.entries

    def add(self, entry: Entry) -> None:
        if entry.canonical_url in self.entries:
            self._lsh.remove(entry.canonical_url)
        self.entries[entry.canonical_url] = entry
        self._lsh.insert(
            entry.canonical_url, LeanMinHash(seed=_SEED, hashvalues=entry.signature, scheme=_SCHEME)
        )

    def add_many(self, entries: Iterable[Entry]) -> None:
        for entry in entries:
            self.add(entry)

    def matches(self, sig: np.ndarray, *, exclude_site: str | None = None) -> list[Entry]:
        """Indexed copies whose estimated similarity to ``sig`` reaches the threshold."""
        found = []
        for key in self._lsh.query(LeanMinHash(seed=_SEED, hashvalues=sig, scheme=_SCHEME)):
            entry = self.entries[key]
            if exclude_site is not None and entry.site == exclude_site:
                continue
            if similarity(sig, entry.signature) >= self.threshold:
                found.append(entry)
        return found

    def root_of(self, entry: Entry) -> Entry:
        """The copy ``entry`` points at (itself when it is an original)."""
        if entry.duplicate_of and entry.duplicate_of in self.entries:
            return self.entries[entry.duplicate_of]
        return entry
