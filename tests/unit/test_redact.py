"""Error text loses the values that can be a person's data, and keeps what support needs
(app/redact.py; tests/postgres/test_error_privacy.py provokes the real server's errors)."""

from __future__ import annotations

from app.redact import one_line, redact

UNIQUE = (
    '(psycopg.errors.UniqueViolation) duplicate key value violates unique constraint "uq_worker_nik"\n'
    "DETAIL:  Key (nik)=(3507014508900001) already exists.\n"
    "[SQL: INSERT INTO worker (id, nik) VALUES (%(id)s, %(nik)s)]\n"
    "[parameters: {'id': 1, 'nik': '3507014508900001'}]\n"
    "(Background on this error at: https://sqlalche.me/e/21/gkpj)"
)


def test_the_detail_line_and_the_values_are_hidden_and_the_constraint_stays() -> None:
    hidden = redact(UNIQUE)
    assert "3507014508900001" not in hidden
    assert 'unique constraint "uq_worker_nik"' in hidden and "DETAIL:  [hidden]" in hidden
    assert "[parameters: hidden]" in hidden and "[SQL: INSERT INTO worker (id, nik)" in hidden
    assert hidden.endswith("(Background on this error at: https://sqlalche.me/e/21/gkpj)")


def test_multi_line_details_context_quoted_values_and_literals() -> None:
    deadlock = "DETAIL:  Process 1 waits for ShareLock\nProcess 2 waits for Siti\nHINT:  See server log."
    assert redact(deadlock) == "DETAIL:  [hidden]\nHINT:  See server log."
    assert redact("invalid input syntax for type date: \"Siti Aminah\"\nCONTEXT:  parameter $1 = 'Siti'") == (
        'invalid input syntax for type date: "[hidden]"\nCONTEXT:  [hidden]'
    )
    assert (
        redact('value "32015" is out of range for type smallint')
        == "value [hidden] is out of range for type smallint"
    )
    assert redact("[SQL: INSERT INTO worker VALUES ('Siti', 'O''Brien', 3)]") == (
        "[SQL: INSERT INTO worker VALUES ('?', '?', 3)]"
    )
    # a traceback of chained errors: each block is redacted, the frames stay
    chained = (
        f'Traceback (most recent call last):\n  File "x.py", line 1\n{UNIQUE}\n\nThe above exception was'
    )
    assert "3507014508900001" not in redact(chained) and 'File "x.py"' in redact(chained)


def test_one_line_is_the_redacted_first_line() -> None:
    assert one_line(ValueError('invalid input syntax for type integer: "Siti"\nDETAIL: x')) == (
        'invalid input syntax for type integer: "[hidden]"'
    )
