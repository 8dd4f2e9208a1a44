"""The one store module: every table newscrawl keeps, on SQLite or PostgreSQL.

Pipelines write articles through :class:`Store`; the incremental middleware reads
the seen-state back from it; the near-duplicate index and the HTTP validators for
conditional GETs live here too. SQLAlchemy Core, every statement parametrised.

Tables (schema version :data:`STORE_SCHEMA_VERSION`, recorded in ``newscrawl_meta``):

- ``articles``: one row per canonical URL, the latest content, its ``version``.
- ``article_versions``: the earlier title, body and hash each time an article changed.
- ``article_urls``: every URL key (64-bit hash of a canonical URL) leading to an article.
- ``fetch_state``: ETag / Last-Modified and the last check time per article URL key.
- ``neardup_signatures``: the MinHash signature of every stored body.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import time
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import numpy as np
import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from newscrawl import neardup
from newscrawl.items import ARTICLE_FIELDS
from newscrawl.settings.env import output_dir
from newscrawl.urls import canonical_url

logger = logging.getLogger(__name__)

#: Version of the database layout below; a database with a higher one is refused.
STORE_SCHEMA_VERSION = 1
DEFAULT_SQLITE_NAME = "newscrawl.sqlite3"
#: Seconds a SQLite connection waits for another one's lock before it gives up.
SQLITE_BUSY_TIMEOUT = 30.0

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
metadata = sa.MetaData()

meta_table = sa.Table(
    "newscrawl_meta",
    metadata,
    sa.Column("key", sa.Text, primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", _ID, primary_key=True, autoincrement=True),
    sa.Column("canonical_url", sa.Text, nullable=False, unique=True),
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("site", sa.Text, nullable=False),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("description", sa.Text),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("authors", sa.JSON, nullable=False),
    sa.Column("published_at", sa.Text),
    sa.Column("modified_at", sa.Text),
    sa.Column("section", sa.Text),
    sa.Column("tags", sa.JSON, nullable=False),
    sa.Column("language", sa.Text),
    sa.Column("agency", sa.Text),
    sa.Column("dateline", sa.Text),
    sa.Column("image_url", sa.Text),
    sa.Column("related_urls", sa.JSON, nullable=False),
    sa.Column("word_count", sa.Integer, nullable=False),
    sa.Column("content_hash", sa.Text, nullable=False),
    sa.Column("duplicate_of", sa.Text),
    sa.Column("crawled_at", sa.Text, nullable=False),
    sa.Column("schema_version", sa.Integer, nullable=False),
    # Bookkeeping, not Article fields.
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("first_crawled_at", sa.Text, nullable=False),
    sa.Column("published_ts", sa.BigInteger),  # epoch seconds of published_at, when parseable
    sa.Column("fresh_ts", sa.BigInteger, nullable=False),  # published, else first crawled
    sa.Column("checked_ts", sa.BigInteger, nullable=False),  # last time content was confirmed
    sa.Index("ix_articles_site_hash", "site", "content_hash"),
    sa.Index("ix_articles_duplicate_of", "duplicate_of"),
)

article_versions = sa.Table(
    "article_versions",
    metadata,
    sa.Column("id", _ID, primary_key=True, autoincrement=True),
    sa.Column("article_id", _ID, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("canonical_url", sa.Text, nullable=False),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("content_hash", sa.Text, nullable=False),
    sa.Column("modified_at", sa.Text),
    sa.Column("crawled_at", sa.Text, nullable=False),
    sa.Column("replaced_at", sa.Text, nullable=False),
    sa.UniqueConstraint("article_id", "version", name="uq_article_versions_article_version"),
)

article_urls = sa.Table(
    "article_urls",
    metadata,
    sa.Column("url_key", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("article_id", _ID, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
)

fetch_state = sa.Table(
    "fetch_state",
    metadata,
    sa.Column("url_key", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("checked_ts", sa.BigInteger, nullable=False),
)

neardup_signatures = sa.Table(
    "neardup_signatures",
    metadata,
    sa.Column(
        "article_id",
        _ID,
        sa.ForeignKey("articles.id", ondelete="CASCADE"),
        primary_key=True,
        autoincrement=False,
    ),
    sa.Column("site", sa.Text, nullable=False),
    sa.Column("signature", sa.LargeBinary, nullable=False),
)

_LIST_FIELDS = ("authors", "tags", "related_urls")
_ARTICLE_COLUMNS = tuple(f for f in ARTICLE_FIELDS)


class StoreError(RuntimeError):
    """The database cannot be used; the message is one line and never holds a password."""


class SchemaTooNewError(StoreError):
    """The database was written by a newer newscrawl than this one."""


# -- URLs, keys, values ---------------------------------------------------------------


def database_url(settings: Any) -> str:
    """``NEWSCRAWL_DATABASE_URL``, or the SQLite file under ``NEWSCRAWL_OUTPUT_DIR``."""
    url = (settings.get("NEWSCRAWL_DATABASE_URL") or "").strip()
    if url:
        return url
    return f"sqlite:///{output_dir(settings).resolve() / DEFAULT_SQLITE_NAME}"


def redact(url: str | URL) -> str:
    """The URL with its password masked, safe for logs and errors."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return "<unparseable database URL>"


def url_key(url: str) -> int:
    """A signed 64-bit key of a canonical URL (what the seen-state holds)."""
    return int.from_bytes(
        hashlib.blake2b(url.encode("utf-8"), digest_size=8).digest(), "big", signed=True
    )


def clean_text(value: Any) -> Any:
    """Strings without NUL bytes (PostgreSQL refuses them), recursively in lists."""
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, list | tuple):
        return [clean_text(v) for v in value]
    return value


def to_epoch(value: str | None) -> int | None:
    """Epoch seconds of an ISO or RFC 2822 date/datetime (naive: UTC), else None.

    >>> to_epoch("2025-07-01T10:00:00+05:30")
    1751344200
    >>> to_epoch("2025-07-01")
    1751328000
    >>> to_epoch("Tue, 01 Jul 2025 10:00:00 +0530")
    1751344200
    >>> to_epoch("yesterday") is None
    True
    """
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        try:
            d = date.fromisoformat(value.strip()[:10])
            dt = datetime(d.year, d.month, d.day)
        except ValueError:
            try:  # RSS dates: RFC 2822
                dt = parsedate_to_datetime(value)
            except (TypeError, ValueError, IndexError):
                return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return int(dt.timestamp())


def short_url(url: str, limit: int = 160) -> str:
    """``url`` cut to ``limit`` characters for a log line, saying how long it was.

    >>> short_url("https://a.example/?id=" + "x" * 3000, 30)
    'https://a.example/?id=xxxxxxxx… (3022 characters)'
    """
    return url if len(url) <= limit else f"{url[:limit]}… ({len(url)} characters)"


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _describe(exc: BaseException, secret: str | None) -> str:
    """One line about a database failure: driver error class and its first line."""
    orig = getattr(exc, "orig", None) or exc
    lines = [ln.strip() for ln in str(orig).splitlines() if ln.strip()]
    text = f"{type(orig).__name__}: {lines[0] if lines else 'no details'}"
    if secret:
        text = text.replace(secret, "***")
    return text


# -- the seen-state -------------------------------------------------------------------


@dataclass
class SeenState:
    """Stored article URL keys (sorted), when each was published and last checked."""

    keys: np.ndarray  # int64, sorted
    fresh_ts: np.ndarray  # int64, published (else first crawled), epoch seconds
    checked_ts: np.ndarray  # int64, last fetch that confirmed the content

    @classmethod
    def from_arrays(cls, keys: np.ndarray, fresh: np.ndarray, checked: np.ndarray) -> SeenState:
        """Sort by key; each array is replaced as soon as its sorted copy exists."""
        order = np.argsort(keys, kind="stable")
        keys = keys[order]
        fresh = fresh[order]
        checked = checked[order]
        return cls(keys, fresh, checked)

    def __len__(self) -> int:
        return len(self.keys)

    @property
    def nbytes(self) -> int:
        return self.keys.nbytes + self.fresh_ts.nbytes + self.checked_ts.nbytes

    def find(self, url: str) -> int:
        """Index of ``url``'s key (canonicalised here), or -1 when it was never stored."""
        key = url_key(canonical_url(url))
        i = int(np.searchsorted(self.keys, key))
        if i < len(self.keys) and self.keys[i] == key:
            return i
        return -1


# -- the store -------------------------------------------------------------------------


class Store:
    """The newscrawl database. Nothing connects until :meth:`open`."""

    def __init__(self, url: str, *, connect_timeout: int = 5) -> None:
        self.url = url
        self.connect_timeout = connect_timeout
        self._engine: Engine | None = None
        try:
            self._password = make_url(url).password
        except (ArgumentError, ValueError):
            self._password = None

    @classmethod
    def from_settings(cls, settings: Any) -> Store:
        return cls(database_url(settings))

    def __repr__(self) -> str:
        return f"Store({redact(self.url)!r})"

    @property
    def safe_url(self) -> str:
        return redact(self.url)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise StoreError("store is not open")
        return self._engine

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def error(self, exc: BaseException, doing: str) -> StoreError:
        """A StoreError for ``exc`` with one line of context and no password."""
        return StoreError(f"{doing} ({self.safe_url}): {_describe(exc, self._password)}")

    # -- lifecycle -----------------------------------------------------------------

    def open(self) -> Store:
        """Connect, create the schema on first use, refuse a newer one. Raises StoreError."""
        try:
            url = make_url(self.url)
        except (ArgumentError, ValueError) as exc:
            raise StoreError(f"invalid database URL {redact(self.url)}: {exc}") from None
        kwargs: dict[str, Any] = {"hide_parameters": True, "pool_pre_ping": True}
        if url.get_backend_name() == "sqlite":
            if url.database and url.database != ":memory:":
                folder = Path(url.database).parent
                try:
                    folder.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise StoreError(
                        f"cannot create the folder of database {redact(self.url)}: "
                        f"{exc.strerror or type(exc).__name__} ({folder})"
                    ) from None
            kwargs["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT}
        elif url.get_backend_name() == "postgresql":
            kwargs["connect_args"] = {"connect_timeout": self.connect_timeout}
        try:
            engine = sa.create_engine(url, **kwargs)
        except (ArgumentError, ImportError, SQLAlchemyError) as exc:
            raise StoreError(f"cannot use database {redact(self.url)}: {exc}") from None
        if engine.dialect.name == "sqlite":
            sa.event.listen(engine, "connect", _sqlite_pragmas)
        self._engine = engine
        try:
            self._ensure_schema()
        except StoreError:
            self.close()
            raise
        except SQLAlchemyError as exc:
            err = self.error(exc, "cannot open database")
            self.close()
            raise err from None
        return self

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def __enter__(self) -> Store:
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _ensure_schema(self) -> None:
        with self.engine.begin() as conn:
            if self.dialect == "postgresql":
                # Workers starting together on an empty database would all create the
                # tables (UniqueViolation on pg_type, DuplicateTable): one at a time, and
                # the others find them made. Released at the end of this transaction.
                conn.execute(sa.select(sa.func.pg_advisory_xact_lock(_SCHEMA_LOCK)))
            elif self.dialect == "sqlite":
                conn.exec_driver_sql("BEGIN IMMEDIATE")  # the write lock before the look
            if not sa.inspect(conn).has_table(meta_table.name):
                metadata.create_all(conn)
                conn.execute(
                    self._insert(meta_table).on_conflict_do_nothing(),
                    [{"key": "schema_version", "value": str(STORE_SCHEMA_VERSION)}],
                )
        found = self.schema_version()
        if found > STORE_SCHEMA_VERSION:
            raise SchemaTooNewError(
                f"database {self.safe_url} has newscrawl schema version {found}, but this "
                f"newscrawl knows only up to {STORE_SCHEMA_VERSION}: upgrade newscrawl "
                "(or point NEWSCRAWL_DATABASE_URL at another database)"
            )
        if found < STORE_SCHEMA_VERSION:  # pragma: no cover - no older layout exists yet
            raise StoreError(f"database {self.safe_url} has unknown schema version {found}")

    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            value = conn.execute(
                sa.select(meta_table.c.value).where(meta_table.c.key == "schema_version")
            ).scalar()
        if value is None:
            raise StoreError(f"database {self.safe_url} has no newscrawl schema version")
        return int(value)

    def _insert(self, table: sa.Table) -> Any:
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        elif self.dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert
        else:  # pragma: no cover - guarded by open()
            raise StoreError(f"unsupported database {self.dialect}")
        return insert(table)

    # -- articles ------------------------------------------------------------------

    def reachable(self) -> bool:
        """Whether the database answers a trivial query (tells a refused row from an outage)."""
        try:
            with self.engine.connect() as conn:
                conn.execute(sa.text("SELECT 1"))
        except SQLAlchemyError:
            return False
        return True

    def write_articles_isolated(
        self, items: Sequence[Mapping[str, Any]]
    ) -> tuple[list[str], dict[int, str]]:
        """:meth:`write_articles`, and when the batch fails while the database still
        answers (a row it refuses: a value over an index's size limit, out of range),
        row by row: outcomes with ``"refused"`` for each refused row, and the reason per
        refused row's index. Raises SQLAlchemyError when the database itself fails.
        """
        try:
            return self.write_articles(items), {}
        except SQLAlchemyError:
            if not self.reachable():
                raise
        outcomes: list[str] = []
        refused: dict[int, str] = {}
        for i, item in enumerate(items):
            try:
                outcomes += self.write_articles([item])
            except SQLAlchemyError as exc:
                if not self.reachable():
                    raise
                outcomes.append("refused")
                refused[i] = _describe(exc, self._password)
        return outcomes, refused

    def write_articles(self, items: Sequence[Mapping[str, Any]]) -> list[str]:
        """Upsert articles by canonical URL in one transaction; one outcome per item.

        Outcomes: ``"new"``, ``"updated"`` (content hash changed: the previous title,
        body and hash go to ``article_versions`` and ``version`` goes up),
        ``"unchanged"`` (same hash: only the check time moves) and ``"stale"`` (a copy
        crawled before the stored one, e.g. an old spill file: ignored).
        Raises :class:`sqlalchemy.exc.SQLAlchemyError` subclasses on database failure.
        """
        rows = [_article_row(item) for item in items]
        if not rows:
            return []
        outcomes: list[str] = [""] * len(rows)
        with self.engine.begin() as conn:
            wanted = sorted({r["canonical_url"] for r in rows})
            query = sa.select(
                articles.c.id,
                articles.c.canonical_url,
                articles.c.content_hash,
                articles.c.version,
                articles.c.title,
                articles.c.body,
                articles.c.modified_at,
                articles.c.crawled_at,
            ).where(articles.c.canonical_url.in_(wanted))
            if self.dialect == "postgresql":
                query = query.with_for_update()
            existing = {r.canonical_url: dict(r._mapping) for r in conn.execute(query)}
            inserts: dict[str, dict[str, Any]] = {}
            updates: list[dict[str, Any]] = []
            versions: list[dict[str, Any]] = []
            touched: list[dict[str, Any]] = []
            sig_for: dict[str, dict[str, Any]] = {}
            for i, row in enumerate(rows):
                cu = row["canonical_url"]
                old = existing.get(cu)
                if old is None and cu in inserts:
                    old = {**inserts[cu], "id": None}
                if old is None:
                    inserts[cu] = row
                    outcomes[i] = "new"
                    sig_for[cu] = row
                elif old["content_hash"] == row["content_hash"]:
                    outcomes[i] = "unchanged"
                    if old.get("id") is not None:
                        touched.append({"b_id": old["id"], "b_checked": row["checked_ts"]})
                elif row["crawled_at"] < old["crawled_at"]:
                    outcomes[i] = "stale"
                elif old.get("id") is None:  # changed twice inside one batch: keep the last
                    inserts[cu] = {**row, "version": 1}
                    outcomes[i] = "new"
                    sig_for[cu] = row
                else:
                    versions.append(
                        {
                            "article_id": old["id"],
                            "canonical_url": cu,
                            "version": old["version"],
                            "title": old["title"],
                            "body": old["body"],
                            "content_hash": old["content_hash"],
                            "modified_at": old["modified_at"],
                            "crawled_at": old["crawled_at"],
                            "replaced_at": row["crawled_at"],
                        }
                    )
                    new_version = old["version"] + 1
                    upd = {k: v for k, v in row.items() if k not in _INSERT_ONLY}
                    upd["version"] = new_version
                    updates.append({"b_id": old["id"], **{f"u_{k}": v for k, v in upd.items()}})
                    old.update(
                        content_hash=row["content_hash"],
                        version=new_version,
                        title=row["title"],
                        body=row["body"],
                        modified_at=row["modified_at"],
                        crawled_at=row["crawled_at"],
                    )
                    outcomes[i] = "updated"
                    sig_for[cu] = {**row, "id": old["id"]}
            ids = {cu: old["id"] for cu, old in existing.items()}
            if inserts:
                stmt = (
                    self._insert(articles)
                    .on_conflict_do_nothing(index_elements=["canonical_url"])
                    .returning(articles.c.id, articles.c.canonical_url)
                )
                for r in conn.execute(stmt, list(inserts.values())):
                    ids[r.canonical_url] = r.id
                raced = sorted(set(inserts) - set(ids))
                if raced:  # another worker stored them since our SELECT: theirs stands
                    found = conn.execute(
                        sa.select(articles.c.id, articles.c.canonical_url).where(
                            articles.c.canonical_url.in_(raced)
                        )
                    )
                    ids.update({r.canonical_url: r.id for r in found})
                    for i, row in enumerate(rows):
                        if row["canonical_url"] in raced and outcomes[i] == "new":
                            outcomes[i] = "unchanged"
                            sig_for.pop(row["canonical_url"], None)
            if versions:
                conn.execute(
                    self._insert(article_versions).on_conflict_do_nothing(
                        index_elements=["article_id", "version"]
                    ),
                    versions,
                )
            if updates:
                cols = {k[2:]: sa.bindparam(k) for k in updates[0] if k.startswith("u_")}
                conn.execute(
                    articles.update().where(articles.c.id == sa.bindparam("b_id")).values(cols),
                    updates,
                )
            if touched:
                conn.execute(
                    articles.update()
                    .where(articles.c.id == sa.bindparam("b_id"))
                    .values(checked_ts=sa.bindparam("b_checked")),
                    touched,
                )
            aliases: dict[int, int] = {}
            for row in rows:
                aid = ids.get(row["canonical_url"])
                if aid is not None:
                    for u in {row["canonical_url"], canonical_url(row["url"])}:
                        aliases[url_key(u)] = aid
            if aliases:
                conn.execute(
                    self._insert(article_urls).on_conflict_do_nothing(index_elements=["url_key"]),
                    [{"url_key": k, "article_id": v} for k, v in aliases.items()],
                )
            sigs = [
                {
                    "article_id": ids[cu],
                    "site": row["site"],
                    "signature": neardup.to_bytes(*neardup.fingerprint_once(row["body"])),
                }
                for cu, row in sig_for.items()
                if cu in ids
            ]
            if sigs:
                ins = self._insert(neardup_signatures)
                conn.execute(
                    ins.on_conflict_do_update(
                        index_elements=["article_id"],
                        set_={"signature": ins.excluded.signature, "site": ins.excluded.site},
                    ),
                    sigs,
                )
        return outcomes

    def get_article(self, canonical: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(
                sa.select(articles).where(articles.c.canonical_url == canonical)
            ).first()
        return dict(row._mapping) if row else None

    def get_hash(self, canonical: str) -> str | None:
        """The stored ``content_hash`` of ``canonical``, or None when it is not stored."""
        with self.engine.connect() as conn:
            return conn.execute(
                sa.select(articles.c.content_hash).where(articles.c.canonical_url == canonical)
            ).scalar()

    def get_versions(self, canonical: str) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.select(article_versions)
                .where(article_versions.c.canonical_url == canonical)
                .order_by(article_versions.c.version)
            )
            return [dict(r._mapping) for r in rows]

    def count(self, table: str = "articles") -> int:
        with self.engine.connect() as conn:
            return int(
                conn.execute(
                    sa.select(sa.func.count()).select_from(metadata.tables[table])
                ).scalar()
            )

    def add_aliases(self, aliases: Mapping[str, str]) -> set[str]:
        """Record each URL (key) as another address of the stored article whose canonical
        URL is its value, so the seen-state skips it; the URLs whose article is not
        stored (yet) are returned, nothing is written for them."""
        if not aliases:
            return set()
        targets = sorted(set(aliases.values()))
        with self.engine.begin() as conn:
            ids = {
                r.canonical_url: r.id
                for r in conn.execute(
                    sa.select(articles.c.id, articles.c.canonical_url).where(
                        articles.c.canonical_url.in_(targets)
                    )
                )
            }
            rows = {url_key(canonical_url(u)): ids[t] for u, t in aliases.items() if t in ids}
            if rows:
                conn.execute(
                    self._insert(article_urls).on_conflict_do_nothing(index_elements=["url_key"]),
                    [{"url_key": k, "article_id": v} for k, v in rows.items()],
                )
        return {u for u, t in aliases.items() if t not in ids}

    def find_same_content(self, site: str, content_hash: str, exclude: str) -> str | None:
        """Canonical URL of another stored article of ``site`` with this body hash."""
        with self.engine.connect() as conn:
            return conn.execute(
                sa.select(articles.c.canonical_url)
                .where(
                    articles.c.site == site,
                    articles.c.content_hash == content_hash,
                    articles.c.canonical_url != exclude,
                )
                .order_by(articles.c.id)
                .limit(1)
            ).scalar()

    # -- near-duplicates -----------------------------------------------------------

    def iter_signatures(
        self,
        since_ts: int | None = None,
        batch: int = 10_000,
        *,
        urls: Iterable[str] | None = None,
    ) -> Iterator[neardup.Entry]:
        """Stored signatures as index entries, in storage order; ``since_ts``: only
        articles crawled (or re-checked) at or after that epoch second; ``urls``: only
        these canonical URLs."""
        q = (
            sa.select(
                articles.c.id,
                articles.c.canonical_url,
                articles.c.site,
                articles.c.published_ts,
                articles.c.duplicate_of,
                neardup_signatures.c.signature,
            )
            .join(neardup_signatures, neardup_signatures.c.article_id == articles.c.id)
            .order_by(articles.c.id)
        )
        if since_ts is not None:
            q = q.where(articles.c.checked_ts >= since_ts)
        if urls is not None:
            q = q.where(articles.c.canonical_url.in_(sorted(set(urls))))
        with self.engine.connect() as conn:
            result = conn.execution_options(stream_results=True, yield_per=batch).execute(q)
            for r in result:
                sig, nums = neardup.from_bytes(bytes(r.signature))
                yield neardup.Entry(
                    canonical_url=r.canonical_url,
                    site=r.site,
                    published_ts=r.published_ts,
                    seq=r.id,
                    duplicate_of=r.duplicate_of,
                    signature=sig,
                    numbers=nums,
                )

    def repoint_duplicates(self, old_roots: Iterable[str], new_root: str) -> int:
        """Make copies of ``old_roots`` (and the roots themselves) point at ``new_root``."""
        old = sorted(set(old_roots) - {new_root})
        if not old:
            return 0
        with self.engine.begin() as conn:
            result = conn.execute(
                articles.update()
                .where(
                    sa.or_(articles.c.canonical_url.in_(old), articles.c.duplicate_of.in_(old)),
                    articles.c.canonical_url != new_root,
                )
                .values(duplicate_of=new_root)
            )
        return int(result.rowcount or 0)

    # -- the seen-state and conditional GETs ---------------------------------------

    def load_seen(self) -> SeenState:
        """Every stored article URL key with its fresh and checked times, in one query."""
        f = fetch_state.c
        a = articles.c
        checked = sa.case((f.checked_ts > a.checked_ts, f.checked_ts), else_=a.checked_ts)
        q = sa.select(article_urls.c.url_key, a.fresh_ts, checked).select_from(
            article_urls.join(articles, articles.c.id == article_urls.c.article_id).outerjoin(
                fetch_state, fetch_state.c.url_key == article_urls.c.url_key
            )
        )
        if self.dialect == "postgresql":
            return self._load_seen_copy(q)
        columns = [array("q"), array("q"), array("q")]
        sql = str(q.compile(dialect=self.engine.dialect))
        with self.engine.connect() as conn:
            cur = conn.connection.driver_connection.cursor()
            try:
                cur.execute(sql)
                while rows := cur.fetchmany(50_000):
                    for column, values in zip(columns, zip(*rows, strict=True), strict=True):
                        column.extend(values)
            finally:
                cur.close()
        keys, fresh, chk = (np.frombuffer(c, dtype=np.int64).copy() for c in columns)
        return SeenState.from_arrays(keys, fresh, chk)

    def _load_seen_copy(self, query: sa.Select[Any]) -> SeenState:
        """PostgreSQL: ``COPY (query) TO STDOUT`` in binary, parsed by numpy in one go."""
        sql = str(query.compile(dialect=self.engine.dialect))
        buf = bytearray()
        with self.engine.connect() as conn:
            raw = conn.connection.driver_connection
            with raw.cursor() as cur, cur.copy(f"COPY ({sql}) TO STDOUT (FORMAT BINARY)") as copy:
                for chunk in copy:
                    buf += chunk
        # 19-byte header (no extension area), rows of 3 int8 fields, 2-byte trailer.
        row = np.dtype(
            [
                ("n", ">i2"),
                ("l1", ">i4"),
                ("k", ">i8"),
                ("l2", ">i4"),
                ("f", ">i8"),
                ("l3", ">i4"),
                ("c", ">i8"),
            ]
        )
        data = np.frombuffer(buf, dtype=row, offset=19, count=(len(buf) - 21) // row.itemsize)
        keys, fresh, checked = (data[name].astype(np.int64) for name in ("k", "f", "c"))
        del data, buf  # free the wire copy before sorting; then one array copy at a time
        order = np.argsort(keys, kind="stable")
        keys = keys[order]
        fresh = fresh[order]
        checked = checked[order]
        return SeenState(keys, fresh, checked)

    def validators(self, url: str) -> tuple[str | None, str | None]:
        """(ETag, Last-Modified) last served for ``url`` (canonicalised here)."""
        with self.engine.connect() as conn:
            row = conn.execute(
                sa.select(fetch_state.c.etag, fetch_state.c.last_modified).where(
                    fetch_state.c.url_key == url_key(canonical_url(url))
                )
            ).first()
        return (row.etag, row.last_modified) if row else (None, None)

    def write_fetch_state(self, states: Mapping[str, tuple[str | None, str | None, int]]) -> None:
        """Upsert URL -> (ETag, Last-Modified, checked epoch seconds)."""
        if not states:
            return
        rows = [
            {
                "url_key": url_key(canonical_url(u)),
                "etag": clean_text(e),
                "last_modified": clean_text(lm),
                "checked_ts": ts,
            }
            for u, (e, lm, ts) in states.items()
        ]
        ins = self._insert(fetch_state)
        stmt = ins.on_conflict_do_update(
            index_elements=["url_key"],
            set_={
                "etag": sa.func.coalesce(ins.excluded.etag, fetch_state.c.etag),
                "last_modified": sa.func.coalesce(
                    ins.excluded.last_modified, fetch_state.c.last_modified
                ),
                "checked_ts": ins.excluded.checked_ts,
            },
        )
        with self.engine.begin() as conn:
            conn.execute(stmt, rows)


#: pg_advisory_xact_lock key that serialises schema creation (any fixed 64-bit number).
_SCHEMA_LOCK = 0x6E657773_63726177  # "newscraw"

_INSERT_ONLY = frozenset({"first_crawled_at", "version", "canonical_url"})


def _article_row(item: Mapping[str, Any]) -> dict[str, Any]:
    """An item (ItemAdapter or dict of Article fields) as an ``articles`` row."""
    row: dict[str, Any] = {}
    for name in _ARTICLE_COLUMNS:
        value = clean_text(item.get(name))
        if name in _LIST_FIELDS:
            value = list(value or [])
        row[name] = value
    for name in ("url", "site", "title", "body", "content_hash"):
        row[name] = row[name] or ""
    row["canonical_url"] = row["canonical_url"] or canonical_url(row["url"])
    if not row["canonical_url"]:
        raise ValueError("an article needs a url or canonical_url")
    if not row["content_hash"]:
        row["content_hash"] = content_hash(row["body"])
    row["word_count"] = int(row["word_count"] or 0)
    row["schema_version"] = int(row["schema_version"] or 1)
    row["crawled_at"] = row["crawled_at"] or _now_iso()
    crawled = to_epoch(row["crawled_at"]) or int(time.time())
    row["published_ts"] = to_epoch(row["published_at"])
    row["fresh_ts"] = row["published_ts"] if row["published_ts"] is not None else crawled
    row["checked_ts"] = crawled
    row["first_crawled_at"] = row["crawled_at"]
    row["version"] = 1
    return row


def content_hash(body: str) -> str:
    """sha256 of the body after NFKC, casefold and whitespace collapse (DESIGN.md)."""
    import unicodedata

    text = " ".join(unicodedata.normalize("NFKC", body).casefold().split())
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    _switch_to_wal(cur)
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _switch_to_wal(cur: Any) -> None:
    """``PRAGMA journal_mode=WAL``, waiting out another connection's write lock.

    SQLite answers "database is locked" at once, without calling the busy handler,
    when the switch meets a connection holding the write lock on a database still
    in rollback mode: workers opening a new database together meet exactly that.
    Retried with backoff for :data:`SQLITE_BUSY_TIMEOUT` seconds, like any other
    lock wait; other errors go straight up.
    """
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT
    pause = 0.005
    while True:
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.25)


def dumps_item(item: Mapping[str, Any]) -> str:
    """One JSON line for a spill file."""
    return json.dumps(dict(item), ensure_ascii=False, sort_keys=True)
