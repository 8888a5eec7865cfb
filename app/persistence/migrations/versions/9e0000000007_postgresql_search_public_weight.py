"""PostgreSQL: the search document marks the case's public words (weight A), the story's are plain

A search by an officer who may not read every story must not find a hidden story by its words:
those cases match only by their number, names, documents and employer (app.services.search).
On SQLite the FTS5 query names those columns. On PostgreSQL the public text used to be turned
into a tsvector again for every such case at query time (normalize, two regexp_replace and
to_tsvector per row: about 45 microseconds each, a thousand and more cases for a common name,
twice per search: the count and the page). Now the stored document itself tells them apart:
its public words carry weight A and the story's (the summary) the default D, so `word:*A`
asks the same GIN index for the public words only. The same cases match as before: the text is
cut the same way, and `||` keeps every position of a word found in both parts.

The trigger functions of 9e0000000001 are replaced and every document is rebuilt (the index
is dropped during the rebuild and made again once: faster than updating it row by row).
Nothing changes on SQLite.

Revision ID: 9e0000000007
Revises: 9c5a00000001
Create Date: 2026-12-02 17:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "9e0000000007"
down_revision: str | None = "9c5a00000001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Frozen here (not imported from app code): a migration must not change when the code does.
def _cut(text: str) -> str:
    """As 9e0000000001: accents dropped (decomposed, combining marks removed), then every run of
    characters that are not letters or digits made a space (FTS5's unicode61 tokenizer)."""
    plain = f"regexp_replace(normalize({text}, NFD), '[\\u0300-\\u036f]', '', 'g')"
    return f"to_tsvector('simple', regexp_replace({plain}, '[^[:alnum:]]+', ' ', 'g'))"


_PUBLIC = (
    "concat_ws(' ', c.number, w.full_name, w.aliases, w.nik, w.passport_no, w.employer_name, w.p3mi_name)"
)
_STORY = "coalesce(c.summary, '')"
_WEIGHTED = f"setweight({_cut(_PUBLIC)}, 'A') || {_cut(_STORY)}"
_PLAIN = _cut(
    "concat_ws(' ', c.number, w.full_name, w.aliases, w.nik, w.passport_no, w.employer_name, w.p3mi_name, c.summary)"
)


def _statements(document: str) -> list[str]:
    return [
        f"""CREATE OR REPLACE FUNCTION case_search_from_case() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO case_search (case_id, document)
                SELECT c.id, {document} FROM case_file c JOIN worker w ON w.id = c.worker_id WHERE c.id = NEW.id
            ON CONFLICT (case_id) DO UPDATE SET document = EXCLUDED.document;
            RETURN NULL;
        END $$""",
        f"""CREATE OR REPLACE FUNCTION case_search_from_worker() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE case_search s SET document = {document}
                FROM case_file c JOIN worker w ON w.id = c.worker_id
                WHERE c.worker_id = NEW.id AND s.case_id = c.id;
            RETURN NULL;
        END $$""",
        "DROP INDEX case_search_document",
        "TRUNCATE case_search",
        f"""INSERT INTO case_search (case_id, document)
            SELECT c.id, {document} FROM case_file c JOIN worker w ON w.id = c.worker_id""",
        "CREATE INDEX case_search_document ON case_search USING gin (document)",
    ]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in _statements(_WEIGHTED):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in _statements(_PLAIN):
        op.execute(statement)
