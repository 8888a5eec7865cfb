"""Error text without personal data, for logs, the error dialog's details and the CLI's one line.

What a database error can carry of a person, and what is kept for support staff:
- SQLAlchemy appends the statement's values (`[parameters: ...]`): hidden;
- PostgreSQL's DETAIL line shows the row or key (`Key (nik)=(3201...) already exists`, `Failing
  row contains (...)`) and CONTEXT may quote a parameter or a line of input: hidden;
- a data error quotes the value it could not read (`invalid input syntax for type date: "Siti"`):
  the quoted value is hidden;
- string literals in the statement (`[SQL: ...]`) are hidden; its shape stays.
Kept: the error class, the primary message (which names a constraint, a column or a table, never
a value), HINT, the statement's shape and the traceback's frames (code, not data).
"""

from __future__ import annotations

import logging
import re

_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\n|$)", re.DOTALL)
#: where a DETAIL or CONTEXT block ends: the next label, a blank line or the end
_STOP = (
    r"(?:DETAIL:|CONTEXT:|HINT:|\[SQL:|\[parameters:|\(Background|Traceback|The above|During handling|\s*$)"
)
_DIAGNOSTICS = re.compile(rf"^(DETAIL|CONTEXT):[^\n]*(?:\n(?!{_STOP})[^\n]*)*", re.MULTILINE)
#: the value a data error quotes at the end of its message line
_QUOTED_VALUE = re.compile(r': "(?:[^"\\\n]|\\.)*"(?=\s*$)', re.MULTILINE)
_OUT_OF_RANGE = re.compile(r'value "(?:[^"\\\n]|\\.)*" is out of range')
_SQL = re.compile(r"\[SQL: .*?\](?=\n|$)", re.DOTALL)
_LITERAL = re.compile(r"'(?:[^']|'')*'")


def redact(text: str) -> str:
    """`text` (an exception's message, a traceback) with the values that can be personal data
    replaced by markers."""
    text = _PARAMETERS.sub("[parameters: hidden]", text)
    text = _DIAGNOSTICS.sub(lambda m: f"{m.group(1)}:  [hidden]", text)
    text = _QUOTED_VALUE.sub(': "[hidden]"', text)
    text = _OUT_OF_RANGE.sub("value [hidden] is out of range", text)
    return _SQL.sub(lambda m: _LITERAL.sub("'?'", m.group(0)), text)


def one_line(error: BaseException, limit: int = 300) -> str:
    """The first line of an error's message, redacted (the CLI's and the connection test's)."""
    text = redact(str(error)).strip()
    return (text.splitlines() or [""])[0][:limit]


class RedactingFormatter(logging.Formatter):
    """The log file's formatter: every record, its traceback included and whichever library
    wrote it (SQLAlchemy's pool logs a failed reset with the server's message), is redacted."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))
