"""PostgreSQL: the case search index (tsvector + GIN) and the worker sort key's triggers

What SQLite got in a1f3c9e2d4b7 (FTS5) and 3ca5e50a7001 (worker_sort triggers), an office
server gets here, so that both databases answer the same search with the same cases and sort by
the worker's name without a join. Nothing changes on SQLite.

* case_search (case_id, document): one tsvector per case over the same text as the FTS5 table
  (number, names, NIK, passport, employer, placement company, summary), indexed with GIN. The
  text is cut into words at every character that is not a letter or digit, as FTS5's unicode61
  tokenizer does, accents dropped as its remove_diacritics does (decomposed, then the combining
  marks removed: no extension needed), and indexed with the `simple` configuration (no stemming: names and numbers
  are not English). Triggers keep it current on every write, whoever makes it.
* worker_sort: a BEFORE trigger sets it on every insert of a case or change of its worker, and
  an AFTER trigger on worker carries a rename to the worker's cases.
Both are derived, never journalled or synced.

Revision ID: 9e0000000001
Revises: 9a5e00000001
Create Date: 2026-12-01 23:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "9e0000000001"
down_revision: str | None = "9a5e00000001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen here (not imported from app code): a migration must not change when the code does.
_TEXT = "concat_ws(' ', c.number, w.full_name, w.aliases, w.nik, w.passport_no, w.employer_name, w.p3mi_name, c.summary)"
# accents dropped (FTS5's remove_diacritics): decomposed, then the combining marks removed
_PLAIN = f"regexp_replace(normalize({_TEXT}, NFD), '[\\u0300-\\u036f]', '', 'g')"
_DOCUMENT = f"to_tsvector('simple', regexp_replace({_PLAIN}, '[^[:alnum:]]+', ' ', 'g'))"

STATEMENTS = [
    """CREATE TABLE case_search (
        case_id UUID PRIMARY KEY REFERENCES case_file (id) ON DELETE CASCADE,
        document TSVECTOR NOT NULL
    )""",
    "CREATE INDEX case_search_document ON case_search USING gin (document)",
    f"""INSERT INTO case_search (case_id, document)
        SELECT c.id, {_DOCUMENT} FROM case_file c JOIN worker w ON w.id = c.worker_id""",
    f"""CREATE FUNCTION case_search_from_case() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO case_search (case_id, document)
            SELECT c.id, {_DOCUMENT} FROM case_file c JOIN worker w ON w.id = c.worker_id WHERE c.id = NEW.id
        ON CONFLICT (case_id) DO UPDATE SET document = EXCLUDED.document;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER case_search_case AFTER INSERT OR UPDATE OF number, summary, worker_id ON case_file
        FOR EACH ROW EXECUTE FUNCTION case_search_from_case()""",
    f"""CREATE FUNCTION case_search_from_worker() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE case_search s SET document = {_DOCUMENT}
            FROM case_file c JOIN worker w ON w.id = c.worker_id
            WHERE c.worker_id = NEW.id AND s.case_id = c.id;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER case_search_worker AFTER UPDATE OF full_name, aliases, nik, passport_no, employer_name,
            p3mi_name ON worker
        FOR EACH ROW EXECUTE FUNCTION case_search_from_worker()""",
    """CREATE FUNCTION case_sort_from_worker() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.worker_sort := coalesce((SELECT lower(w.full_name) FROM worker w WHERE w.id = NEW.worker_id), '');
        RETURN NEW;
    END $$""",
    """CREATE TRIGGER case_sort_case BEFORE INSERT OR UPDATE OF worker_id ON case_file
        FOR EACH ROW EXECUTE FUNCTION case_sort_from_worker()""",
    """CREATE FUNCTION case_sort_worker_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE case_file SET worker_sort = lower(NEW.full_name) WHERE worker_id = NEW.id;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER case_sort_worker AFTER UPDATE OF full_name ON worker
        FOR EACH ROW WHEN (OLD.full_name IS DISTINCT FROM NEW.full_name)
        EXECUTE FUNCTION case_sort_worker_renamed()""",
    "UPDATE case_file c SET worker_sort = coalesce(lower(w.full_name), '') FROM worker w WHERE w.id = c.worker_id",
]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS case_sort_worker ON worker")
    op.execute("DROP TRIGGER IF EXISTS case_sort_case ON case_file")
    op.execute("DROP TRIGGER IF EXISTS case_search_worker ON worker")
    op.execute("DROP TRIGGER IF EXISTS case_search_case ON case_file")
    for function in (
        "case_sort_worker_renamed",
        "case_sort_from_worker",
        "case_search_from_worker",
        "case_search_from_case",
    ):
        op.execute(f"DROP FUNCTION IF EXISTS {function}()")
    op.execute("DROP TABLE IF EXISTS case_search")
