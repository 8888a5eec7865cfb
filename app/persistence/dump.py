"""`jejaring db dump`: every replicated record as canonical JSON lines, sorted by table and id,
so that two sites can be compared byte for byte (`diff` or `cmp`)."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Base, Replicated
from app.persistence.canonical import dumps


def replicated_classes() -> list[type[Replicated]]:
    classes = [m.class_ for m in Base.registry.mappers if issubclass(m.class_, Replicated)]
    return sorted(classes, key=lambda c: c.__tablename__)  # type: ignore[attr-defined]


def dump_lines(session: Session) -> Iterator[str]:
    for cls in replicated_classes():
        table = cls.__table__  # type: ignore[attr-defined]
        columns = sorted(table.columns, key=lambda c: c.name)
        query = select(*columns).order_by(table.c.id).execution_options(yield_per=2000)
        for row in session.execute(query):
            record = {column.name: value for column, value in zip(columns, row, strict=True)}
            yield dumps({"entity": table.name, "record": record})
