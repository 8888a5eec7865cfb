"""The import wizard through its real pages: a register kept in Excel is checked row by row, the
officer reads why a row cannot be imported (in Indonesian), and only a confirmation imports."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from app.i18n import load_ts
from app.services import cases
from app.services.desk import Desk
from app.services.workers import WorkerInput
from tests.gui.views_support import TRANSLATIONS, Harness, harness, show_loaded, use_real_language
from ui.dialogs.import_cases import ImportCasesWizard
from ui.views.cases import CasesView

TODAY = date(2026, 3, 20)
HEADERS = ["Nama PMI", "Kategori", "Negara", "Tanggal Pengaduan", "Catatan kantor"]
VALID = ["Siti Aminah", "Gaji Tidak Dibayar", "Malaysia", "16/03/2026", "lama"]
INVALID = ["Dewi Lestari", "Masalah lain-lain", "Malaysia", "2026-03-16", ""]


@pytest.fixture
def ui(desk: Desk) -> Iterator[Harness]:
    with harness(desk) as state:
        state.context.today = lambda: TODAY
        yield state


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    sheet.append(VALID)
    sheet.append(INVALID)
    path = tmp_path / "register-lama.xlsx"
    book.save(path)
    return path


def open_wizard(qtbot: QtBot, state: Harness) -> ImportCasesWizard:
    wizard = ImportCasesWizard(state.context)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def to_mapping(qtbot: QtBot, wizard: ImportCasesWizard, path: Path) -> None:
    wizard.file.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.MAPPING, timeout=10_000)


def to_report(qtbot: QtBot, wizard: ImportCasesWizard) -> None:
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check.report is not None and not wizard.check.working, timeout=10_000)


def test_rows_are_checked_and_only_the_valid_one_is_imported_after_confirming(
    qtbot: QtBot, ui: Harness, workbook: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_real_language(monkeypatch, "id")
    ui.language = "id"
    catalogue = load_ts(TRANSLATIONS / "jejaring_id.ts")
    desk = ui.context.desk
    wizard = open_wizard(qtbot, ui)
    assert wizard.windowTitle() == "Impor kasus"
    to_mapping(qtbot, wizard, workbook)
    assert wizard.mapping.mapping() == {
        0: "full_name",
        1: "category",
        2: "destination_country",
        3: "reported_on",
    }
    assert wizard.mapping.combos[0].currentText() == catalogue[("fields", "Worker's name")]
    assert wizard.mapping.combos[4].currentData() is None  # "Catatan kantor" is not a known title
    assert wizard.mapping.table.item(1, 0).text() == "Siti Aminah"
    assert wizard.mapping.table.verticalHeaderItem(1).text() == "2"  # spreadsheet row numbers

    to_report(qtbot, wizard)
    report = wizard.check.report
    assert report is not None and (report.valid, report.invalid) == (1, 1)
    assert cases.count_cases(desk) == 0  # the check imported nothing
    lines = wizard.check.model.rows()
    expected = catalogue[("errors", "Unknown case category: {category}.")].format(
        category="Masalah lain-lain"
    )
    assert [(line.row, line.field, line.message) for line in lines] == [
        (3, catalogue[("fields", "Case category")], expected)
    ]
    assert expected.startswith("Kategori kasus tidak dikenal")
    assert wizard.check.table.isVisibleTo(wizard)
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.isEnabled() and commit.text() == "&Impor 1 baris yang valid"

    with qtbot.waitSignal(ui.context.bus.changed, timeout=10_000) as announced:
        commit.click()
        qtbot.waitUntil(lambda: wizard.currentId() == wizard.DONE, timeout=10_000)
    assert announced.args[0].touches("case_file")
    assert cases.count_cases(desk) == 1
    imported = cases.list_cases(desk, today=TODAY)[0]
    assert imported.worker_name == "Siti Aminah" and imported.reported_on == date(2026, 3, 16)
    assert wizard.imported_numbers() == [imported.number]
    assert [line.problem for line in wizard.done_page.model.rows()] == [False, True]


def test_cancelling_before_confirming_imports_nothing(qtbot: QtBot, ui: Harness, workbook: Path) -> None:
    desk = ui.context.desk
    wizard = open_wizard(qtbot, ui)
    to_mapping(qtbot, wizard, workbook)
    to_report(qtbot, wizard)
    assert wizard.check.report is not None and wizard.check.report.valid == 1
    wizard.reject()
    assert wizard.result is None
    assert cases.count_cases(desk) == 0
    # the dry run gave back the case number it tried: the next case takes the first one
    opened = cases.open_case(
        desk, WorkerInput(full_name="Ani"), cases.CaseInput("unpaid_wages", TODAY, country="MY"), today=TODAY
    )
    assert opened.number == "KBRI-KUL/2026/00001"


def test_the_mapping_needs_the_required_fields_once_each(qtbot: QtBot, ui: Harness, workbook: Path) -> None:
    wizard = open_wizard(qtbot, ui)
    to_mapping(qtbot, wizard, workbook)
    page = wizard.mapping
    assert page.isComplete()
    page.set_field(1, None)  # the category column ignored
    assert not page.isComplete()
    assert "Case category" in page.status.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.set_field(4, "category")
    assert page.isComplete()
    page.set_field(0, "category")  # taken from column 4, which is ignored again; the name is now missing
    assert page.mapping()[0] == "category" and 4 not in page.mapping()
    assert not page.isComplete() and "Worker's name" in page.status.text()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.xlsx", None, "does not exist"),
        ("register.xlsx", b"this is not a workbook", "cannot be read as a spreadsheet"),
        ("register.pdf", b"%PDF-1.4", "Only .xlsx and .csv files can be imported."),
        ("empty.xlsx", b"", "The spreadsheet is empty."),
    ],
)
def test_a_file_that_cannot_be_read_is_said_so_on_the_first_page(
    qtbot: QtBot, ui: Harness, tmp_path: Path, name: str, content: bytes | None, message: str
) -> None:
    path = tmp_path / name
    if content == b"":
        Workbook().save(path)  # a workbook without a single row
    elif content is not None:
        path.write_bytes(content)
    wizard = open_wizard(qtbot, ui)
    wizard.file.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.file.error.isVisibleTo(wizard), timeout=10_000)
    assert message in wizard.file.error.text()
    assert wizard.currentId() == wizard.FILE
    assert wizard.sheet is None


def test_the_cases_view_opens_the_wizard(qtbot: QtBot, ui: Harness) -> None:
    view = show_loaded(qtbot, CasesView(ui.context))
    view.import_button.click()
    assert isinstance(view.dialog, ImportCasesWizard)
    qtbot.waitUntil(view.dialog.isVisible)
    view.dialog.reject()
