"""Near-duplicate detection for syndicated copies: MinHash signatures and an LSH index.

Signatures are datasketch MinHash values (affine32 scheme, seed 1) over word
5-shingles, computed with numpy in one pass per document. The index bands them
(LSH, 42 bands of 3 rows), keeps the band tables as sorted numpy arrays (a fifth of
datasketch ``MinHashLSH``'s memory), and confirms every candidate by its estimated
Jaccard similarity and, for bodies full of figures (weather, markets), by the
figures they share. ``bench/neardup.py`` measures it.

>>> story = "The minister said the new bridge over the river would open to traffic next month. "
>>> a = signature(story * 2 + "Work began in 2021.")
>>> b = signature("GUWAHATI: " + story * 2 + "Work began in 2021 (IANS).")
>>> c = signature("Flood waters receded in the district on Monday, officials said.")
>>> similarity(a, b) >= THRESHOLD > similarity(a, c)
True
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from datasketch import MinHash

NUM_PERM = 128
SHINGLE_WORDS = 5
#: Estimated Jaccard similarity of shingle sets from which two bodies are one story.
THRESHOLD = 0.4
#: How much less similar than the closest copy another may be and still be matched: a
#: copy edited by its site (a new intro, the end cut) sits well above a look-alike.
AMBIGUITY = 0.35
#: Templated briefs (weather, markets) share their wording and differ in figures: below
#: NUMBERS_MATTER similarity, two bodies with at least MIN_NUMBERS numbers each must
#: share this part of them (Jaccard of the number sets). Syndicated copies, even with
#: a paragraph dropped and one added, share more; briefs of other days share less.
NUMBERS_AGREE = 0.4
NUMBERS_MATTER = 0.6
MIN_NUMBERS = 3
MAX_NUMBERS = 64
_SEED = 1
# datasketch 2's default scheme: 32-bit affine permutations after a MurmurHash3 mix.
_SCHEME = "affine32"
_MAX_HASH = np.uint64((1 << 32) - 1)
_EMPTY = np.uint32((1 << 32) - 1)
_WORD = re.compile(r"\w+")
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
# Multipliers that combine the hashes of consecutive words into a shingle hash.
_MIX = np.array([0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F, 0x165667B1], dtype=np.uint64)


@lru_cache(maxsize=4)
def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    a, b = MinHash(num_perm=num_perm, seed=_SEED, scheme=_SCHEME).permutations
    return a.astype(np.uint32), b.astype(np.uint32)


def _fmix32(hv: np.ndarray) -> np.ndarray:
    """MurmurHash3's finaliser, as datasketch applies it before its affine32 permutations."""
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    return hv ^ (hv >> np.uint32(16))


def words(text: str) -> list[str]:
    """Normalised words: NFKC, case-folded, punctuation dropped.

    >>> words("GUWAHATI, July 1: The Chief Minister's visit…")
    ['guwahati', 'july', '1', 'the', 'chief', 'minister', 's', 'visit']
    """
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def shingle_hashes(text: str | list[str], k: int = SHINGLE_WORDS) -> np.ndarray:
    """32-bit hashes of the distinct k-word shingles of ``text`` (uint64 array)."""
    if isinstance(text, str):
        return _shingles(_token_hashes(unicodedata.normalize("NFKC", text).casefold()), k)
    th = np.fromiter(
        (zlib.crc32(t.encode("utf-8")) for t in text), dtype=np.uint64, count=len(text)
    )
    return _shingles(th, k)


def _token_hashes(folded: str) -> np.ndarray:
    """CRC-32 of each word of a normalised text (a long one without a list of its words)."""
    if len(folded) < _LONG_TEXT:
        tokens = _WORD.findall(folded)
        return np.fromiter(
            (zlib.crc32(t.encode("utf-8")) for t in tokens), dtype=np.uint64, count=len(tokens)
        )
    return np.fromiter(
        (zlib.crc32(m.group().encode("utf-8")) for m in _WORD.finditer(folded)), dtype=np.uint64
    )


_LONG_TEXT = 1 << 20  # characters


def _shingles(th: np.ndarray, k: int) -> np.ndarray:
    if not len(th):
        return np.zeros(0, dtype=np.uint64)
    if len(th) < k:
        k = len(th)
    n = len(th) - k + 1
    acc = np.zeros(n, dtype=np.uint64)
    for i in range(k):
        acc = (acc + th[i : i + n] * _MIX[i]) & _MAX_HASH
    return np.unique(acc)


def fingerprint(text: str) -> tuple[np.ndarray, np.ndarray]:
    """(:func:`signature`, :func:`numbers`) of ``text``, normalised once."""
    norm = unicodedata.normalize("NFKC", text)
    return _minhash(_shingles(_token_hashes(norm.casefold()), SHINGLE_WORDS)), _numbers(norm)


def fingerprint_once(text: str) -> tuple[np.ndarray, np.ndarray]:
    """:func:`fingerprint`, remembered for the last :data:`_REMEMBERED` bodies: the dedup
    pipeline and the store ask for the same article's one after the other. Keyed by the
    text's length and hash, so the cache holds no text."""
    key = (len(text), hash(text))
    found = _recent.get(key)
    if found is None:
        found = fingerprint(text)
        for array in found:
            array.setflags(write=False)  # shared by every caller
        _recent[key] = found
        if len(_recent) > _REMEMBERED:
            del _recent[next(iter(_recent))]
    return found


_REMEMBERED = 512  # about 0.4 MB of signatures
_recent: dict[tuple[int, int], tuple[np.ndarray, np.ndarray]] = {}


def signature(text: str | list[str], num_perm: int = NUM_PERM) -> np.ndarray:
    """The MinHash of ``text``'s shingles (datasketch's affine32 scheme): uint32 values."""
    return _minhash(shingle_hashes(text), num_perm)


def _minhash(hv: np.ndarray, num_perm: int = NUM_PERM) -> np.ndarray:
    """Minimum over the shingles of each permutation, :data:`_CHUNK` shingles at a time:
    a whole body at once needs shingles x num_perm x 4 bytes (1.2 GB for 8 MB of text)."""
    a, b = _permutations(num_perm)
    if not len(hv):
        return np.full(num_perm, _EMPTY, dtype=np.uint32)
    hv = _fmix32(hv.astype(np.uint32))
    if len(hv) <= _CHUNK:  # an ordinary article: one block
        return (hv[:, None] * a + b).min(axis=0)
    out = np.full(num_perm, _EMPTY, dtype=np.uint32)
    for start in range(0, len(hv), _CHUNK):
        np.minimum(out, (hv[start : start + _CHUNK, None] * a + b).min(axis=0), out=out)
    return out


#: Shingles per step of :func:`_minhash` (a 2 MB block at 128 permutations).
_CHUNK = 4096


def numbers(text: str) -> np.ndarray:
    """Sorted 32-bit hashes of the distinct numbers in ``text`` (decimals kept whole).

    >>> len(numbers("Sensex rose 312.5 points to 80,100 on July 1, up 312.5"))
    3
    """
    return _numbers(unicodedata.normalize("NFKC", text))


def _numbers(norm: str) -> np.ndarray:
    found = {zlib.crc32(n.encode()) for n in _NUMBER.findall(norm)}
    return np.array(sorted(found)[:MAX_NUMBERS], dtype=np.uint32)


def numbers_agree(a: np.ndarray, b: np.ndarray, similarity: float = 0.0) -> bool:
    """Whether two bodies' figures allow them to be one story (see NUMBERS_AGREE)."""
    if similarity >= NUMBERS_MATTER or len(a) < MIN_NUMBERS or len(b) < MIN_NUMBERS:
        return True
    shared = len(np.intersect1d(a, b, assume_unique=True))
    return shared / (len(a) + len(b) - shared) >= NUMBERS_AGREE


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def to_bytes(sig: np.ndarray, nums: np.ndarray | None = None) -> bytes:
    """A signature (4 bytes per permutation), then the number hashes: what the store keeps."""
    data = sig.astype("<u4").tobytes()
    return data if nums is None else data + nums.astype("<u4").tobytes()


def from_bytes(data: bytes, num_perm: int = NUM_PERM) -> tuple[np.ndarray, np.ndarray]:
    """(signature, number hashes) from :func:`to_bytes`."""
    values = np.frombuffer(data, dtype="<u4")
    return values[:num_perm].astype(np.uint32), values[num_perm:].astype(np.uint32)


@dataclass(slots=True)
class Entry:
    """What the index knows about one stored copy."""

    canonical_url: str
    site: str
    published_ts: float | None
    seq: int
    duplicate_of: str | None
    signature: np.ndarray
    numbers: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.uint32))
    row: int = -1

    @property
    def order(self) -> tuple[float, int]:
        """Earliest published first (unknown dates last); ties: stored first."""
        return (self.published_ts if self.published_ts is not None else float("inf"), self.seq)


class NearDupIndex:
    """Signatures in one array, banded LSH over sorted band hashes, Jaccard confirmation.

    Bands of 3 rows (see ``__init__``); the tables are numpy arrays rather than
    datasketch ``MinHashLSH``'s dict of sets, which needs about 1 GB for 100,000
    documents at 32 bands. New entries wait in a
    small unsorted buffer that is merged into the sorted tables every ``merge_every``.
    Entries held by the index carry ``row``; their ``signature`` lives in the array.
    """

    def __init__(
        self,
        threshold: float = THRESHOLD,
        num_perm: int = NUM_PERM,
        merge_every: int = 4096,
        rows: int = 3,
    ) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self.merge_every = merge_every
        # Rows per band: 3 makes a pair at the threshold a candidate almost surely
        # (P = 1 - (1 - 0.4**3)**42 = 0.94 at J = 0.4, 0.996 at J = 0.5), where
        # MinHashLSH's choice for 0.4 (32 bands of 4) misses one pair in ten at J = 0.5.
        # Candidates are confirmed by their estimated similarity, so recall is what counts.
        self.rows = rows
        self.bands = num_perm // rows
        self.entries: dict[str, Entry] = {}
        self._by_row: list[Entry | None] = []
        self._sig = np.zeros((1024, num_perm), dtype=np.uint32)
        self._hashes = np.zeros((1024, self.bands), dtype=np.uint64)
        self._n = 0
        self._sorted_n = 0  # rows [0, _sorted_n) are in the sorted tables
        self._order = np.zeros((self.bands, 0), dtype=np.int64)
        self._sorted = np.zeros((self.bands, 0), dtype=np.uint64)
        rng = np.random.default_rng(_SEED)
        self._mix = rng.integers(1, 2**63, size=self.rows, dtype=np.uint64) | np.uint64(1)

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, canonical_url: str) -> bool:
        return canonical_url in self.entries

    def band_hashes(self, sig: np.ndarray) -> np.ndarray:
        """One hash per LSH band of ``sig``: two signatures sharing one are candidates."""
        parts = sig[: self.bands * self.rows].astype(np.uint64).reshape(self.bands, self.rows)
        with np.errstate(over="ignore"):
            return (parts * self._mix).sum(axis=1, dtype=np.uint64)

    def add(self, entry: Entry) -> None:
        old = self.entries.get(entry.canonical_url)
        if old is not None:
            self._by_row[old.row] = None
        if self._n == len(self._sig):
            self._sig = np.concatenate([self._sig, np.zeros_like(self._sig)])
            self._hashes = np.concatenate([self._hashes, np.zeros_like(self._hashes)])
        row = self._n
        self._sig[row] = entry.signature
        self._hashes[row] = self.band_hashes(entry.signature)
        self._n += 1
        entry.row = row
        entry.signature = _NO_SIGNATURE
        self._by_row.append(entry)
        self.entries[entry.canonical_url] = entry
        if self._n - self._sorted_n >= self.merge_every:
            self._merge()

    def add_many(self, entries: Iterable[Entry]) -> None:
        for entry in entries:
            self.add(entry)

    def _merge(self) -> None:
        hashes = self._hashes[: self._n].T  # bands x rows
        self._order = np.argsort(hashes, axis=1, kind="stable")
        self._sorted = np.take_along_axis(hashes, self._order, axis=1)
        self._sorted_n = self._n

    def signature_of(self, entry: Entry) -> np.ndarray:
        return self._sig[entry.row] if entry.row >= 0 else entry.signature

    def _candidates(self, sig: np.ndarray) -> np.ndarray:
        hq = self.band_hashes(sig)
        found = []
        if self._sorted_n:
            lo = [np.searchsorted(self._sorted[b], hq[b], "left") for b in range(self.bands)]
            hi = [np.searchsorted(self._sorted[b], hq[b], "right") for b in range(self.bands)]
            found.extend(self._order[b, lo[b] : hi[b]] for b in range(self.bands) if hi[b] > lo[b])
        if self._n > self._sorted_n:
            pending = self._hashes[self._sorted_n : self._n]
            found.append(np.flatnonzero((pending == hq).any(axis=1)) + self._sorted_n)
        if not found:
            return np.zeros(0, dtype=np.int64)
        return np.unique(np.concatenate(found))

    def matches(
        self,
        sig: np.ndarray,
        nums: np.ndarray | None = None,
        *,
        exclude_site: str | None = None,
    ) -> list[Entry]:
        """Indexed copies similar to ``sig`` (threshold) whose figures agree with ``nums``.

        Only those about as similar as the closest one (``AMBIGUITY``): a story with an
        exact copy indexed is that copy's, not also a look-alike's just over the threshold
        (yesterday's weather report, another arrest in the same words).
        """
        rows = self._candidates(sig)
        if not len(rows):
            return []
        sims = (self._sig[rows] == sig.astype(np.uint32)).mean(axis=1)
        found: list[tuple[Entry, float]] = []
        for row, sim in zip(rows.tolist(), sims.tolist(), strict=True):
            entry = self._by_row[row]
            if entry is None or sim < self.threshold:
                continue
            if exclude_site is not None and entry.site == exclude_site:
                continue
            if nums is not None and not numbers_agree(nums, entry.numbers, sim):
                continue
            found.append((entry, sim))
        best = max((sim for _, sim in found), default=0.0)
        return [entry for entry, sim in found if sim >= best - AMBIGUITY]

    def root_of(self, entry: Entry) -> Entry:
        """The copy ``entry`` points at (itself when it is an original)."""
        if entry.duplicate_of and entry.duplicate_of in self.entries:
            return self.entries[entry.duplicate_of]
        return entry


_NO_SIGNATURE = np.zeros(0, dtype=np.uint32)
