"""The translation catalogues: Indonesian complete, in sync with the code, placeholders intact.

Indonesian is the default language, so a string shown to a person without an Indonesian
translation is a bug. When these tests fail after a code change: run `make lupdate`, translate the
new entries in resources/translations/jejaring_id.ts (see docs/glossary.md), then `make translations`.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from app.i18n import load_ts, translate

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
JEJARING_ID = TRANSLATIONS / "jejaring_id.ts"
JEJARING_EN = TRANSLATIONS / "jejaring_en.ts"
QT_ID = TRANSLATIONS / "qt_id.ts"

#: str.format fields ({name}, {seconds:.1f}), Qt arguments (%1, %n, %L1, %p%), HTML tags.
BRACE_FIELD = re.compile(r"(?<!\{)\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}(?!\})")
QT_ARGUMENT = re.compile(r"%L?(?:[1-9][0-9]?|n)|%p%")
HTML_TAG = re.compile(
    r"</?(?:a|b|i|u|s|p|br|hr|h[1-6]|em|strong|span|div|ul|ol|li|table|tr|td|th|font|code|pre|small|big"
    r"|sub|sup|img|tt|qt|nobr|center)(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
#: `&` followed by a character is a keyboard accelerator; `&&` is a literal ampersand.
ACCELERATOR = re.compile(r"&(?!&)(?=[^\s&])")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]
    kind: str | None  # None when finished; "unfinished", "vanished", "obsolete" otherwise
    numerus: bool

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r}"


def messages(path: Path) -> list[Message]:
    result = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for node in context.iter("message"):
            translation = node.find("translation")
            assert translation is not None, f"{path.name}: a message without <translation>"
            numerus = node.get("numerus") == "yes"
            if numerus:
                texts = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                texts = (translation.text or "",)
            result.append(Message(name, node.findtext("source", ""), texts, translation.get("type"), numerus))
    return result


ID_MESSAGES = messages(JEJARING_ID)
QT_MESSAGES = messages(QT_ID)


def test_catalogues_are_not_empty() -> None:
    assert len(ID_MESSAGES) > 50
    assert len(QT_MESSAGES) > 100


@pytest.mark.parametrize("path", [JEJARING_ID, QT_ID], ids=lambda p: p.name)
def test_every_indonesian_message_is_translated(path: Path) -> None:
    missing = [
        str(m)
        for m in messages(path)
        if m.kind is not None or not m.translations or not all(t.strip() for t in m.translations)
    ]
    assert not missing, (
        f"{len(missing)} message(s) in {path.name} have no finished Indonesian translation "
        '(translate them and remove type="unfinished"):\n' + "\n".join(missing)
    )


#: words docs/glossary.md rules out, and why: a site is the officer's office ("kantor", not the
#: "situs" of a web site), a desk is not a piece of furniture ("meja", but for the tagline "meja
#: koordinasi"), and the supervisor role is "penyelia"
NOT_OUR_WORDS = re.compile(r"\bsitus\b|antarsitus|\bsupervisor\b|\bmeja\b(?! koordinasi)", re.IGNORECASE)


@pytest.mark.parametrize("path", [JEJARING_ID, QT_ID], ids=lambda p: p.name)
def test_indonesian_keeps_to_the_glossary(path: Path) -> None:
    off = [f"{m}: {t!r}" for m in messages(path) for t in m.translations if NOT_OUR_WORDS.search(t)]
    assert not off, f"{len(off)} translation(s) use a word docs/glossary.md rules out:\n" + "\n".join(off)


def test_english_plurals_have_both_forms() -> None:
    """English falls back to the source text, except for plurals: %n needs a singular and a plural."""
    problems = [
        str(m)
        for m in messages(JEJARING_EN)
        if m.numerus
        and (m.kind is not None or len(m.translations) != 2 or not all(t.strip() for t in m.translations))
    ]
    assert not problems, "English plural forms missing in jejaring_en.ts:\n" + "\n".join(problems)


def _lupdate_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("jejaring_lupdate", ROOT / "tools" / "lupdate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_catalogue_is_in_sync_with_the_code(tmp_path: Path) -> None:
    """Extract the strings again, as `make lupdate` does, into a copy: nothing new may appear."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    copy = tmp_path / "jejaring_id.ts"
    shutil.copy(JEJARING_ID, copy)
    command = [
        str(lupdate),
        "-silent",
        "-no-obsolete",
        "-locations",
        "none",
        *_lupdate_module().sources(),
        "-ts",
        str(copy),
    ]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    before = {(m.context, m.source) for m in ID_MESSAGES}
    after = {(m.context, m.source) for m in messages(copy)}
    new = sorted(after - before)
    assert not new, (
        "Strings in the code are missing from the catalogue: run make lupdate and translate:\n"
        + "\n".join(f"[{context}] {source!r}" for context, source in new)
    )
    gone = sorted(before - after)
    assert not gone, "The catalogue holds strings the code no longer has: run make lupdate:\n" + "\n".join(
        f"[{context}] {source!r}" for context, source in gone
    )


def _finished(path: Path) -> list[Message]:
    return [m for m in messages(path) if m.kind is None]


def _fields(pattern: re.Pattern[str], text: str) -> list[str]:
    return sorted(pattern.findall(text))


@pytest.mark.parametrize("path", [JEJARING_ID, JEJARING_EN, QT_ID], ids=lambda p: p.name)
def test_placeholders_match(path: Path) -> None:
    """{name} fields, %1/%n arguments and HTML tags of the source all survive translation, no more."""
    problems = []
    for m in _finished(path):
        for text in m.translations:
            if not text:
                continue
            for pattern in (BRACE_FIELD, QT_ARGUMENT, HTML_TAG):
                source, target = _fields(pattern, m.source), _fields(pattern, text)
                if m.numerus and pattern is QT_ARGUMENT:
                    # A singular form may spell the number out; it may not invent other arguments.
                    source, target = sorted(set(source)), sorted(set(target) | ({"%n"} & set(source)))
                if source != target:
                    problems.append(f"{m}: {source} in the source, {target} in {text!r}")
    assert not problems, "Placeholders differ between source and translation:\n" + "\n".join(problems)


@pytest.mark.parametrize("path", [JEJARING_ID, QT_ID], ids=lambda p: p.name)
def test_accelerators_and_punctuation_kept(path: Path) -> None:
    """One `&` accelerator where the source has one; labels keep their colon and ellipsis."""
    problems = []
    for m in _finished(path):
        for text in m.translations:
            wanted = len(ACCELERATOR.findall(m.source))
            if len(ACCELERATOR.findall(text)) != wanted:
                problems.append(f"{m}: {wanted} accelerator(s) in the source, not so in {text!r}")
            for ending in (":", "…", "..."):
                if m.source.rstrip().endswith(ending) != text.rstrip().endswith(ending):
                    problems.append(f"{m}: the source and {text!r} differ in ending with {ending!r}")
    assert not problems, "\n".join(problems)


def test_cli_translate_reads_the_indonesian_catalogue() -> None:
    assert translate("cli", "database maintenance", language="id") == "pemeliharaan basis data"
    assert translate("cli", "database maintenance", language="en") == "database maintenance"
    assert translate("cli", "a text nobody marked", language="id") == "a text nobody marked"


def test_cli_translate_agrees_with_the_catalogue() -> None:
    catalogue = load_ts(JEJARING_ID)
    cli = {key: value for key, value in catalogue.items() if key[0] in ("cli", "errors", "warnings")}
    assert cli, "no CLI or core messages in the catalogue"
    for (context, source), expected in cli.items():
        assert translate(context, source, language="id") == expected
