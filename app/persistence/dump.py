"""`jejaring db dump`: every replicated record as canonical JSON lines, sorted by table and id,
so that two sites can be compared byte for byte (`diff` or `cmp`).

The unlogged columns (`Replicated.__unlogged__` but the id: `updated_at`, `updated_by`) are left
out: they say when and by whom this copy last changed, which differs per site by design (the
origin stamps its wall clock, a receiving site the stamp of the change it applied)."""

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
        skip = cls.__unlogged__ - {"id"}
        columns = sorted((c for c in table.columns if c.name not in skip), key=lambda c: c.name)
        query = select(*columns).order_by(table.c.id).execution_options(yield_per=2000)
        for row in session.execute(query):
            record = {column.name: value for column, value in zip(columns, row, strict=True)}
            yield dumps({"entity": table.name, "record": record})
