"""Full-text search over the case register, one service for every database.

SQLite: the FTS5 index `case_search` (migration a1f3c9e2d4b7), each word matched as a prefix, all
words required. Other databases fall back to a case-insensitive substring match until they get
their own index (PostgreSQL tsvector, with the office-server issue)."""

from __future__ import annotations

import re

from sqlalchemy import ColumnElement, Integer, column, func, literal_column, or_, text
from sqlalchemy.orm import Session

from app.models import Case, Worker

_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text_: str) -> str | None:
    """`siti amin 3507` -> `"siti"* AND "amin"* AND "3507"*` (quotes keep FTS syntax out)."""
    words = _WORD.findall(text_)
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words)


def indexed(session: Session) -> bool:
    """Whether this database has the full-text index (else search reads the worker's columns)."""
    return session.get_bind().dialect.name == "sqlite"


def case_matches(session: Session, text_: str) -> ColumnElement[bool]:
    """A WHERE clause on Case (joined to Worker) for the cases matching `text_`."""
    if indexed(session):
        query = fts_query(text_)
        if query is None:
            return literal_column("1") == literal_column("1")
        rowids = text("SELECT rowid FROM case_search WHERE case_search MATCH :q").bindparams(q=query)
        return literal_column("case_file.rowid").in_(rowids.columns(column("rowid", Integer)))
    pattern = f"%{text_.strip().lower()}%"
    return or_(
        func.lower(Worker.full_name).like(pattern),
        func.lower(Worker.aliases).like(pattern),
        Worker.nik.like(pattern),
        func.lower(Worker.passport_no).like(pattern),
        func.lower(Worker.employer_name).like(pattern),
        func.lower(Worker.p3mi_name).like(pattern),
        func.lower(Case.summary).like(pattern),
        func.lower(Case.number).like(pattern),
    )
