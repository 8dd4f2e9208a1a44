"""The near-duplicate index of a distributed run, shared by its workers through Redis.

With ``NEWSCRAWL_REDIS_URL`` every worker keeps its local :class:`~newscrawl.neardup.
NearDupIndex` (the stored articles, loaded from the database at start) and also
publishes each article it processes to Redis, under the run's keys
(``<prefix>:<spider>:<sites>:<run_id>:neardup:…``). Before deciding whether an article
is a syndicated copy, a worker takes the run's lock, pulls the copies of the story the
other workers published (LSH band look-up, confirmed by estimated similarity) into its
local index, decides as a single worker would, publishes the outcome (the article,
and any copies re-pointed to a new original) and lets go of the lock. One decision at
a time per run, so two workers never both take copies of one story for originals.

Keys (all expire ``NEWSCRAWL_REDIS_RUN_TTL`` seconds after a worker ends):

- ``…:neardup:bands``: hash, band number and band hash (10 bytes) -> ids (4 bytes each);
- ``…:neardup:meta``: hash, id -> ``[canonical_url, site, published_ts, seq, duplicate_of]``;
- ``…:neardup:sig``: hash, id -> :func:`~newscrawl.neardup.to_bytes` (signature, numbers);
- ``…:neardup:urls``: hash, canonical URL -> id;
- ``…:neardup:children``: hash, original's URL -> ids of its copies (for re-pointing);
- ``…:neardup:repoints``: list of ``[old originals, new original]``, replayed on the
  database when a worker closes (rows other workers wrote from a batch held meanwhile);
- ``…:neardup:order``: the run-wide storage order (``Entry.seq``) of new articles;
- ``…:neardup:lastid``, ``…:neardup:lock``.
"""

from __future__ import annotations

import json
import logging
import struct
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import numpy as np

from newscrawl import neardup

logger = logging.getLogger(__name__)

#: The lock expires on its own this long after it was taken (a worker killed holding it).
LOCK_SECONDS = 10.0
#: Waiting longer than this for the lock is a failure of the shared index.
WAIT_SECONDS = 15.0
_KEYS = ("bands", "meta", "sig", "urls", "children", "repoints", "order", "lastid", "lock")
_ID = np.dtype("<u4")
_RELEASE = """
if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end
return 0
"""
_AT_LEAST = """
local n = tonumber(redis.call('get', KEYS[1]) or '0')
if n < tonumber(ARGV[1]) then redis.call('set', KEYS[1], ARGV[1]) end
return 0
"""


class SharedIndexError(Exception):
    """The shared index cannot be used (Redis failed, or the lock was never free)."""


def _ids(raw: bytes | None) -> list[int]:
    return np.frombuffer(raw, dtype=_ID).tolist() if raw else []


class SharedNearDupIndex:
    """The run's copies in Redis: look-ups and updates, done while holding :meth:`locked`.

    ``band_hashes`` is the local index's :meth:`~newscrawl.neardup.NearDupIndex.
    band_hashes`, so both band a signature alike. Redis errors are raised as
    :class:`SharedIndexError`.
    """

    def __init__(
        self,
        client: Any,
        base: str,
        band_hashes: Callable[[np.ndarray], np.ndarray],
        *,
        threshold: float = neardup.THRESHOLD,
        ttl: int = 86400,
        lock_seconds: float = LOCK_SECONDS,
        wait_seconds: float = WAIT_SECONDS,
    ) -> None:
        self.client = client
        self.base = base
        self.keys = {name: f"{base}:neardup:{name}" for name in _KEYS}
        self.band_hashes = band_hashes
        self.threshold = threshold
        self.ttl = ttl
        self.lock_seconds = lock_seconds
        self.wait_seconds = wait_seconds
        self._release = client.register_script(_RELEASE)
        self._at_least = client.register_script(_AT_LEAST)

    @classmethod
    def from_url(cls, url: str, base: str, band_hashes: Any, **kwargs: Any) -> SharedNearDupIndex:
        import redis

        client = redis.Redis.from_url(url, socket_timeout=5, socket_connect_timeout=5)
        return cls(client, base, band_hashes, **kwargs)

    @contextmanager
    def _redis(self, doing: str) -> Iterator[None]:
        import redis

        try:
            yield
        except redis.RedisError as exc:
            raise SharedIndexError(f"{doing}: {type(exc).__name__}: {exc}") from exc

    # -- the run -----------------------------------------------------------------------

    def start(self, stored_seq: int) -> None:
        """Join the run: new articles are ordered after ``stored_seq`` (the stored ones)."""
        with self._redis("cannot join the run's shared near-duplicate index"):
            self._at_least(keys=[self.keys["order"]], args=[int(stored_seq)])

    def next_seq(self) -> int:
        with self._redis("shared near-duplicate index: order"):
            return int(self.client.incr(self.keys["order"]))

    def repoints(self) -> list[tuple[list[str], str]]:
        """Every re-pointing of the run so far, in order: ``(old originals, new original)``."""
        with self._redis("shared near-duplicate index: re-pointings"):
            raw = self.client.lrange(self.keys["repoints"], 0, -1)
        return [(list(old), new) for old, new in map(json.loads, raw)]

    def expire(self) -> None:
        """Let the run's keys expire ``ttl`` seconds from now (a worker is done)."""
        with self._redis("shared near-duplicate index: expiry"):
            pipe = self.client.pipeline(transaction=False)
            for key in self.keys.values():
                pipe.expire(key, self.ttl)
            pipe.execute()

    def close(self) -> None:
        self.client.close()

    @contextmanager
    def locked(self) -> Iterator[None]:
        """The run's lock: one worker at a time looks up and publishes copies."""
        token = uuid.uuid4().hex
        deadline = time.monotonic() + self.wait_seconds
        delay = 0.001
        with self._redis("shared near-duplicate index: lock"):
            while not self.client.set(
                self.keys["lock"], token, nx=True, px=int(self.lock_seconds * 1000)
            ):
                if time.monotonic() > deadline:
                    raise SharedIndexError(
                        f"shared near-duplicate index: the run's lock was not free for "
                        f"{self.wait_seconds:.0f} s"
                    )
                time.sleep(delay)
                delay = min(delay * 2, 0.02)
        try:
            yield
        finally:
            # Not raised: a failure here is noticed by the next call, and the lock expires.
            try:
                self._release(keys=[self.keys["lock"]], args=[token])
            except Exception as exc:
                logger.debug("releasing the shared near-duplicate lock: %s", exc)

    # -- look-ups ----------------------------------------------------------------------

    def _band_fields(self, sig: np.ndarray) -> list[bytes]:
        return [struct.pack("<HQ", b, int(h)) for b, h in enumerate(self.band_hashes(sig))]

    def related(self, sig: np.ndarray, urls: Iterable[str] = ()) -> list[neardup.Entry]:
        """Published copies similar to ``sig`` (at the threshold), the entries of ``urls``,
        and the originals all of them point at; each with its signature and numbers."""
        urls = sorted(set(urls))
        with self._redis("shared near-duplicate index: look-up"):
            pipe = self.client.pipeline(transaction=False)
            pipe.hmget(self.keys["bands"], self._band_fields(sig))
            if urls:
                pipe.hmget(self.keys["urls"], urls)
            found = pipe.execute()
            candidates = sorted({i for raw in found[0] for i in _ids(raw)})
            named = {int(i) for i in (found[1] if urls else ()) if i is not None}
            blobs = self._get("sig", candidates) if candidates else {}
            keep = set(named)
            sig = sig.astype(np.uint32)
            for i, blob in blobs.items():
                other, _ = neardup.from_bytes(blob)
                if neardup.similarity(sig, other) >= self.threshold:
                    keep.add(i)
            entries = self._entries(keep, blobs)
            # The originals they point at (kept pointing at the original: one step).
            for _ in range(3):
                wanted = {e.duplicate_of for e in entries.values() if e.duplicate_of} - {
                    e.canonical_url for e in entries.values()
                }
                if not wanted:
                    break
                ids = self.client.hmget(self.keys["urls"], sorted(wanted))
                more = {int(i) for i in ids if i is not None} - set(entries)
                if not more:
                    break
                entries.update(self._entries(more, {}))
        return list(entries.values())

    def _get(self, name: str, ids: Iterable[int]) -> dict[int, bytes]:
        ids = list(ids)
        values = self.client.hmget(self.keys[name], ids) if ids else []
        return {i: v for i, v in zip(ids, values, strict=True) if v is not None}

    def _entries(self, ids: Iterable[int], blobs: dict[int, bytes]) -> dict[int, neardup.Entry]:
        ids = sorted(ids)
        metas = self._get("meta", ids)
        missing = [i for i in ids if i not in blobs]
        blobs = {**blobs, **self._get("sig", missing)}
        out = {}
        for i in ids:
            if i not in metas or i not in blobs:
                continue
            url, site, ts, seq, dup = json.loads(metas[i])
            sig, nums = neardup.from_bytes(blobs[i])
            out[i] = neardup.Entry(url, site, ts, seq, dup, sig, nums)
        return out

    # -- updates -----------------------------------------------------------------------

    def publish(
        self,
        entries: Iterable[neardup.Entry],
        repoints: Iterable[tuple[list[str], str]] = (),
    ) -> None:
        """Add or update ``entries`` (their ``signature`` set), then move every copy of
        each old original to its new one, as :class:`~newscrawl.pipelines.dedup.
        DedupPipeline` did locally. Call while holding :meth:`locked`."""
        entries = list({e.canonical_url: e for e in entries}.values())
        repoints = list(repoints)
        with self._redis("shared near-duplicate index: publish"):
            for entry in entries:
                self._put(entry)
            for old_roots, new_root in repoints:
                self._repoint(old_roots, new_root)
            if repoints:
                self.client.rpush(
                    self.keys["repoints"], *(json.dumps([old, new]) for old, new in repoints)
                )

    def _put(self, entry: neardup.Entry) -> None:
        k = self.keys
        old_id = self.client.hget(k["urls"], entry.canonical_url)
        blob = neardup.to_bytes(entry.signature, entry.numbers)
        if old_id is None:
            i = int(self.client.incr(k["lastid"]))
            old_blob, old_dup = None, None
        else:
            i = int(old_id)
            old_meta = self.client.hget(k["meta"], i)
            old_blob = self.client.hget(k["sig"], i)
            old_dup = json.loads(old_meta)[4] if old_meta else None
        meta = [entry.canonical_url, entry.site, entry.published_ts, entry.seq, entry.duplicate_of]
        pipe = self.client.pipeline(transaction=False)
        pipe.hset(k["urls"], entry.canonical_url, i)
        pipe.hset(k["meta"], i, json.dumps(meta))
        if blob != old_blob:
            pipe.hset(k["sig"], i, blob)
            fields = self._band_fields(entry.signature)
            current = self.client.hmget(k["bands"], fields)
            add = {
                f: (raw or b"") + np.array([i], dtype=_ID).tobytes()
                for f, raw in zip(fields, current, strict=True)
                if i not in _ids(raw)
            }
            if add:
                pipe.hset(k["bands"], mapping=add)
        if entry.duplicate_of != old_dup:
            if old_dup:
                self._unlink(pipe, old_dup, [i])
            if entry.duplicate_of:
                self._link(pipe, entry.duplicate_of, [i])
        pipe.execute()

    def _link(self, pipe: Any, root: str, ids: list[int]) -> None:
        have = _ids(self.client.hget(self.keys["children"], root))
        more = [i for i in ids if i not in have]
        if more:
            pipe.hset(self.keys["children"], root, np.array(have + more, dtype=_ID).tobytes())

    def _unlink(self, pipe: Any, root: str, ids: list[int]) -> None:
        have = _ids(self.client.hget(self.keys["children"], root))
        rest = [i for i in have if i not in ids]
        if len(rest) < len(have):
            if rest:
                pipe.hset(self.keys["children"], root, np.array(rest, dtype=_ID).tobytes())
            else:
                pipe.hdel(self.keys["children"], root)

    def _repoint(self, old_roots: list[str], new_root: str) -> None:
        k = self.keys
        moved: list[int] = []
        for old in old_roots:
            if old == new_root:
                continue
            own = self.client.hget(k["urls"], old)
            ids = _ids(self.client.hget(k["children"], old)) + ([int(own)] if own else [])
            metas = self._get("meta", ids)
            pipe = self.client.pipeline(transaction=False)
            for i, raw in metas.items():
                meta = json.loads(raw)
                if meta[0] == new_root:
                    continue
                meta[4] = new_root
                pipe.hset(k["meta"], i, json.dumps(meta))
                moved.append(i)
            pipe.hdel(k["children"], old)
            pipe.execute()
        if moved:
            pipe = self.client.pipeline(transaction=False)
            self._link(pipe, new_root, moved)
            pipe.execute()
