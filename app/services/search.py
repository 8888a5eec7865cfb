"""Full-text search over the case register, one service for every database.

Each word is matched as a prefix, all words required, on both databases:
- SQLite: the FTS5 index `case_search` (migration a1f3c9e2d4b7);
- PostgreSQL: the table `case_search` of tsvectors with a GIN index (migration 9e0000000001;
  the public words weighted A since 9e0000000007), whose text is cut into words the way FTS5's
  unicode61 tokenizer cuts it, so that the same data gives the same cases
  (tests/postgres/test_server.py runs the same queries on both).
"""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import (
    ColumnElement,
    Integer,
    Uuid,
    and_,
    column,
    exists,
    func,
    literal_column,
    or_,
    table,
    text,
)
from sqlalchemy.orm import Session

from app.models import Case, Worker

#: A word as both indexes see one: letters and digits (an underscore separates, as in FTS5).
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def words(text_: str) -> list[str]:
    return _WORD.findall(text_)


def fts_query(text_: str) -> str | None:
    """`siti amin 3507` -> `"siti"* AND "amin"* AND "3507"*` (quotes keep FTS syntax out)."""
    found = words(text_)
    if not found:
        return None
    return " AND ".join(f'"{w}"*' for w in found)


_COMBINING = re.compile("[\u0300-\u036f]")


def _plain(text_: str) -> str:
    """Accents dropped as the PostgreSQL index drops them (decompose, remove the marks)."""
    return _COMBINING.sub("", unicodedata.normalize("NFD", text_))


def ts_query(text_: str, weights: str = "") -> str | None:
    """`siti amin 3507` -> `siti:* & amin:* & 3507:*` (words hold letters and digits only, so no
    operator of the tsquery syntax can slip in). `weights="A"`: `siti:*A & …`, the words of the
    document's public part only (migration 9e0000000007 stores the summary's words as plain D)."""
    found = words(_plain(text_))
    if not found:
        return None
    return " & ".join(f"{w.lower()}:*{weights}" for w in found)


#: the PostgreSQL index table (migration 9e0000000001; not a model: derived, never synced)
_CASE_SEARCH = table("case_search", column("case_id", Uuid))


def indexed(session: Session) -> bool:
    """Whether this database has a full-text index (else search reads the worker's columns)."""
    return session.get_bind().dialect.name in ("sqlite", "postgresql")


#: the columns of the FTS5 index that are not the case's story
_PUBLIC_COLUMNS = "{number names documents employer}"


def case_matches(
    session: Session, text_: str, readable: ColumnElement[bool] | None = None
) -> ColumnElement[bool]:
    """A WHERE clause on Case for the cases matching `text_`. With `readable` (the cases whose
    story the reader may see: app.services.sensitive.readable_stories), the other cases match
    only by their number, names, documents and employer: a search must not reveal a hidden story
    by finding its words."""
    matches = _matches(session, text_)
    if readable is None:
        return matches
    return and_(matches, or_(readable, _matches(session, text_, story=False)))


def _matches(session: Session, text_: str, story: bool = True) -> ColumnElement[bool]:
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        query = fts_query(text_)
        if query is None:
            return literal_column("1") == literal_column("1")
        if not story:  # its own name: both matches may sit in one statement
            public = f"{_PUBLIC_COLUMNS} : ({query})"
            rowids = text("SELECT rowid FROM case_search WHERE case_search MATCH :public_q").bindparams(
                public_q=public
            )
            return literal_column("case_file.rowid").in_(rowids.columns(column("rowid", Integer)))
        rowids = text("SELECT rowid FROM case_search WHERE case_search MATCH :q").bindparams(q=query)
        return literal_column("case_file.rowid").in_(rowids.columns(column("rowid", Integer)))
    if dialect == "postgresql":
        tsquery = ts_query(text_)
        if tsquery is None:
            return literal_column("1") == literal_column("1")
        if not story:
            # Asked only of the cases whose words matched and whose story the reader may not
            # read: their own stored document, whose public words carry weight A (9e0000000007),
            # read by its key. Not a document made again from the worker's columns (~45 us a
            # case, over a thousand cases for a common name at a million), nor the index asked a
            # second time (costed so high by the planner that PostgreSQL's JIT compiled for 1.7 s)
            weighted = text("case_search.document @@ to_tsquery('simple', :public_q)").bindparams(
                public_q=ts_query(text_, weights="A")
            )
            return exists().where(_CASE_SEARCH.c.case_id == Case.id, weighted)
        ids = text("SELECT case_id FROM case_search WHERE document @@ to_tsquery('simple', :q)").bindparams(
            q=tsquery
        )
        return Case.id.in_(ids.columns(column("case_id", Uuid)))
    pattern = f"%{text_.strip().lower()}%"
    return or_(
        func.lower(Worker.full_name).like(pattern),
        func.lower(Worker.aliases).like(pattern),
        Worker.nik.like(pattern),
        func.lower(Worker.passport_no).like(pattern),
        func.lower(Worker.employer_name).like(pattern),
        func.lower(Worker.p3mi_name).like(pattern),
        *([func.lower(Case.summary).like(pattern)] if story else []),
        func.lower(Case.number).like(pattern),
    )
