"""The correspondence dialogs: register an incoming letter with its scan, dispose or forward it,
draft a letter or memo (a reply, perhaps), sign it, and log a call or message in a few keys.
Each saves on the writer thread through one service call and shows a refusal at its field."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, time
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.letter_labels import (
    COMM_CHANNEL_LABELS,
    COMM_DIRECTION_LABELS,
    INSTRUCTION_LABELS,
    SECURITY_LABELS,
)
from app.models.correspondence import CommChannel, CommDirection, DispositionInstruction, LetterSecurity
from app.services import comms, dispositions, letters, reference
from app.services.dispositions import Route
from app.services.dto import OfficerInfo
from app.services.letter_dto import LetterDetail
from ui.context import UiContext
from ui.dialogs.edit_conflict import GuardedEdit
from ui.dialogs.form_dialog import FormDialog
from ui.letter_labels import COMM_CHANGES, DISPOSITION_CHANGES, LETTER_CHANGES, label
from ui.views.case_parts.case_form import agency_text, typed_agency
from ui.views.case_parts.dialogs import text_box
from ui.views.case_parts.worker_form import NOT_A_DATE
from ui.widgets.fields import ChoiceCombo, DateField
from ui.widgets.search_combo import SearchCombo


def officer_text(officer: OfficerInfo) -> str:
    return f"{officer.full_name} — {officer.position}" if officer.position else officer.full_name


def _raise(error: Exception) -> None:
    raise error


def _date(field: DateField, name: str) -> Any:
    """The date typed, or a call that raises the refusal at the field."""
    try:
        return field.value()
    except ValueError:
        return ValidationError(NOT_A_DATE, field=name, value=field.text().strip())


def security_combo(parent: QWidget) -> ChoiceCombo:
    combo = ChoiceCombo([s.value for s in LetterSecurity], parent)
    return combo


class RegisterIncomingDialog(FormDialog):
    """Enter an incoming letter in the agenda, with its scan."""

    changes = LETTER_CHANGES

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        desk = context.desk
        self.received_on = DateField(self)
        self.received_on.set_value(context.today())
        self.sender_agency = SearchCombo(self)
        self.sender_agency.set_entries(
            [("", ""), *((a.code, agency_text(a)) for a in reference.agencies(desk, include_inactive=False))]
        )
        self.sender_agency.set_current_key("")
        self.sender_name = QLineEdit(self)
        self.sender_number = QLineEdit(self)
        self.dated_on = DateField(self)
        self.subject = QLineEdit(self)
        self.security = security_combo(self)
        self.classification = SearchCombo(self)
        self.classification.set_entries(
            [("", ""), *((c.code, f"{c.code} — {c.name}") for c in letters.classification_codes(desk))]
        )
        self.classification.set_current_key("")
        self.attachment_count = QSpinBox(self)
        self.attachment_count.setRange(0, 999)
        self.summary = text_box(self, 3)
        self.reply_by = DateField(self)
        self.case_numbers = QLineEdit(self)
        self.scan = QLineEdit(self)
        self.scan_button = QPushButton(self)
        self.scan_button.clicked.connect(self.choose_scan)
        scan_row = QWidget(self)
        row = QHBoxLayout(scan_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.scan, 1)
        row.addWidget(self.scan_button)
        for name, widget in (
            ("received_on", self.received_on),
            ("sender", self.sender_agency),
            ("sender_name", self.sender_name),
            ("sender_number", self.sender_number),
            ("dated_on", self.dated_on),
            ("subject", self.subject),
            ("security", self.security),
            ("classification", self.classification),
            ("attachment_count", self.attachment_count),
            ("summary", self.summary),
            ("reply_by", self.reply_by),
            ("case_numbers", self.case_numbers),
            ("file", scan_row),
        ):
            self.add_field(name, widget)
        self.setMinimumWidth(640)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Register an incoming letter"))
        texts = {
            "received_on": self.tr("&Received on"),
            "sender": self.tr("From &agency"),
            "sender_name": self.tr("or &outside party"),
            "sender_number": self.tr("Their &number"),
            "dated_on": self.tr("Their &date"),
            "subject": self.tr("&Subject (hal)"),
            "security": self.tr("Sifa&t"),
            "classification": self.tr("C&lassification"),
            "attachment_count": self.tr("&Enclosures"),
            "summary": self.tr("Su&mmary"),
            "reply_by": self.tr("Reply &by"),
            "case_numbers": self.tr("&Cases"),
            "file": self.tr("Sc&an"),
        }
        for name, text in texts.items():
            self.captions[name].setText(text)
        self.sender_agency.setItemText(0, self.tr("(an outside party)"))
        self.sender_agency.lineEdit().setPlaceholderText(self.tr("Type to search for the agency"))
        self.sender_name.setPlaceholderText(
            self.tr("An employer, a lawyer, a foreign authority, or who signed")
        )
        self.classification.setItemText(0, self.tr("(none)"))
        self.security.set_texts({k: label(SECURITY_LABELS, k) for k in SECURITY_LABELS})
        self.case_numbers.setPlaceholderText(self.tr("Case numbers, separated by commas"))
        self.scan.setPlaceholderText(self.tr("A PDF or a photo of the letter"))
        self.scan_button.setText(self.tr("Choose…"))
        for field in (self.received_on, self.dated_on, self.reply_by):
            field.retranslate()

    def choose_scan(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Scan of the letter"),
            "",
            self.tr("Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"),
        )
        if path:
            self.scan.setText(path)

    def call(self) -> Callable[[], Any]:
        dates = {}
        for name, field in (
            ("received_on", self.received_on),
            ("dated_on", self.dated_on),
            ("reply_by", self.reply_by),
        ):
            value = _date(field, name)
            if isinstance(value, ValidationError):
                return partial(_raise, value)
            dates[name] = value
        if dates["received_on"] is None:
            return partial(
                _raise,
                ValidationError(
                    QT_TRANSLATE_NOOP("errors", "Say when the letter was received."), field="received_on"
                ),
            )
        data = letters.IncomingLetter(
            received_on=dates["received_on"],
            dated_on=dates["dated_on"],
            reply_by=dates["reply_by"],
            subject=self.subject.text(),
            security=str(self.security.key()),
            sender_agency=typed_agency(self.sender_agency) or "",
            sender_name=self.sender_name.text(),
            sender_number=self.sender_number.text(),
            classification=self.classification.current_key() or "",
            attachment_count=self.attachment_count.value(),
            summary=self.summary.toPlainText(),
            case_numbers=tuple(n.strip() for n in self.case_numbers.text().split(",") if n.strip()),
            scans=(Path(self.scan.text().strip()),) if self.scan.text().strip() else (),
        )
        return partial(letters.register_incoming, self.context.desk, data, today=self.context.today())


class RecipientList(QListWidget):
    """The officers and units of this site's agency, to tick; `lead` names the one who leads."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        desk = context.desk
        site = next((s for s in reference.sites(desk) if s.code == desk.site_code), None)
        agency = site.agency_code if site else None
        for unit in reference.units(desk, agency):
            self._add(unit.name, ("unit", unit.id))
        for officer in reference.officers(desk):
            if officer.active and (agency is None or officer.agency_code == agency):
                text = f"{officer.full_name} — {officer.position}" if officer.position else officer.full_name
                self._add(text, ("officer", officer.id))
        self.setMinimumHeight(self.sizeHintForRow(0) * 7 + 8 if self.count() else 120)
        self.lead = QComboBox(self)
        self.itemChanged.connect(lambda _item: self._ticked_changed())

    def _add(self, text: str, key: tuple[str, uuid.UUID]) -> None:
        item = QListWidgetItem(text, self)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.UserRole, key)

    def ticked(self) -> list[QListWidgetItem]:
        return [
            self.item(i) for i in range(self.count()) if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _ticked_changed(self) -> None:
        chosen = self.lead.currentData()
        self.lead.clear()
        for item in self.ticked():
            self.lead.addItem(item.text(), item.data(Qt.ItemDataRole.UserRole))
        index = self.lead.findData(chosen)
        self.lead.setCurrentIndex(max(index, 0))

    def tick(self, text: str, *, lead: bool = False) -> None:
        """Tick the entry whose text contains `text` (tests and keyboard users alike)."""
        item = next((self.item(i) for i in range(self.count()) if text in self.item(i).text()), None)
        assert item is not None, text
        item.setCheckState(Qt.CheckState.Checked)
        if lead:
            self.lead.setCurrentIndex(self.lead.findData(item.data(Qt.ItemDataRole.UserRole)))

    def routes(self) -> tuple[Route, ...]:
        lead = self.lead.currentData()
        result = []
        for item in self.ticked():
            key = item.data(Qt.ItemDataRole.UserRole)
            kind, value = key
            is_lead = key == lead
            result.append(
                Route(officer_id=value, lead=is_lead)
                if kind == "officer"
                else Route(unit_id=value, lead=is_lead)
            )
        return tuple(result)


class DisposeDialog(FormDialog):
    """Route an incoming letter (or forward one's own disposition further)."""

    changes = DISPOSITION_CHANGES | {"letter"}

    def __init__(
        self,
        context: UiContext,
        *,
        letter_id: uuid.UUID | None = None,
        recipient_id: uuid.UUID | None = None,
        reference_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.letter_id, self.recipient_id, self.reference_text = letter_id, recipient_id, reference_text
        self.recipients = RecipientList(context, self)
        self.instructions: dict[str, QCheckBox] = {}
        grid_holder = QWidget(self)
        grid = QGridLayout(grid_holder)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, instruction in enumerate(DispositionInstruction):
            box = QCheckBox(grid_holder)
            self.instructions[instruction.value] = box
            grid.addWidget(box, index // 2, index % 2)
        self.note = text_box(self, 3)
        self.due_on = DateField(self)
        for name, widget in (
            ("recipients", self.recipients),
            ("lead", self.recipients.lead),
            ("instructions", grid_holder),
            ("note", self.note),
            ("due_on", self.due_on),
        ):
            self.add_field(name, widget)
        self.setMinimumWidth(620)
        self.retranslate()

    def retranslate(self) -> None:
        title = (
            self.tr("Forward the disposition of {reference}")
            if self.recipient_id
            else self.tr("Dispose letter {reference}")
        )
        self.setWindowTitle(title.format(reference=self.reference_text))
        self.captions["recipients"].setText(self.tr("&To"))
        self.captions["lead"].setText(self.tr("&Lead"))
        self.recipients.lead.setToolTip(self.tr("Who of the ticked recipients leads"))
        self.captions["instructions"].setText(self.tr("Instructions"))
        for key, box in self.instructions.items():
            box.setText(label(INSTRUCTION_LABELS, key))
        self.captions["note"].setText(self.tr("&Note"))
        self.captions["due_on"].setText(self.tr("&Deadline"))
        self.due_on.retranslate()

    def call(self) -> Callable[[], Any]:
        due = _date(self.due_on, "due_on")
        if isinstance(due, ValidationError):
            return partial(_raise, due)
        ticked = tuple(k for k, box in self.instructions.items() if box.isChecked())
        common = {
            "instructions": ticked,
            "note": self.note.toPlainText(),
            "due_on": due,
            "today": self.context.today(),
        }
        if self.recipient_id is not None:
            return partial(
                dispositions.forward, self.context.desk, self.recipient_id, self.recipients.routes(), **common
            )
        assert self.letter_id is not None
        return partial(
            dispositions.dispose, self.context.desk, self.letter_id, self.recipients.routes(), **common
        )


class EnclosureList(QWidget):
    """The files sent with a letter: new ones by path, those already on the draft by id. Files are
    judged by their content when the draft is saved, exactly as an incoming scan is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files = QListWidget(self)
        self.files.setMaximumHeight(90)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_current)
        self.files.currentRowChanged.connect(lambda row: self.remove_button.setEnabled(row >= 0))
        self.remove_button.setEnabled(False)
        # files on the draft already that were taken off it
        self.removed: list[uuid.UUID] = []
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.files, 1)
        row.addLayout(buttons)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add attachment…"))
        self.remove_button.setText(self.tr("Remove"))
        self.files.setToolTip(self.tr("PDFs or photos sent with the letter"))

    def add_existing(self, file_id: uuid.UUID, name: str) -> None:
        item = QListWidgetItem(name, self.files)
        item.setData(Qt.ItemDataRole.UserRole, file_id)

    def add_path(self, path: str) -> None:
        item = QListWidgetItem(Path(path).name, self.files)
        item.setData(Qt.ItemDataRole.UserRole, path)
        item.setToolTip(path)

    def choose(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attachments of the letter"),
            "",
            self.tr("Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"),
        )
        for path in paths:
            self.add_path(path)

    def remove_current(self) -> None:
        item = self.files.takeItem(self.files.currentRow())
        if item is not None and isinstance(item.data(Qt.ItemDataRole.UserRole), uuid.UUID):
            self.removed.append(item.data(Qt.ItemDataRole.UserRole))

    def new_paths(self) -> tuple[Path, ...]:
        data = [self.files.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.files.count())]
        return tuple(Path(d) for d in data if isinstance(d, str))


class DraftLetterDialog(GuardedEdit, FormDialog):
    """Draft an outgoing letter, a memo or an invitation; a reply names the letter it answers.
    Rewriting a draft sends only the fields the officer changed, on the version the form was
    filled from: what another desk saved meanwhile is merged or shown (GuardedEdit)."""

    changes = LETTER_CHANGES

    def __init__(
        self,
        context: UiContext,
        *,
        kind: str = "out",
        in_reply_to: uuid.UUID | None = None,
        reply_subject: str = "",
        draft: LetterDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        desk = context.desk
        #: the draft being rewritten (None: a new one)
        self.draft = draft
        if draft is not None:
            kind, in_reply_to = draft.kind, draft.in_reply_to.id if draft.in_reply_to else None
        self.kind, self.in_reply_to = kind, in_reply_to
        self.subject = QLineEdit(self)
        if reply_subject:
            self.subject.setText(reply_subject)
        self.addressee = QLineEdit(self)
        self.addressee_place = QLineEdit(self)
        self.security = security_combo(self)
        self.classification = SearchCombo(self)
        self.classification.set_entries(
            [("", ""), *((c.code, f"{c.code} — {c.name}") for c in letters.classification_codes(desk))]
        )
        self.classification.set_current_key("")
        self.attachment_count = QSpinBox(self)
        self.attachment_count.setRange(0, 999)
        self.body = text_box(self, 8)
        self.signer = SearchCombo(self)
        self.signer.set_entries(
            [
                ("", ""),
                *((o.username, officer_text(o)) for o in reference.officers(desk) if o.username),
            ]
        )
        self.signer.set_current_key(desk.username or "")
        self.copies = text_box(self, 3)
        self.enclosures = EnclosureList(self)
        for name, widget in (
            ("subject", self.subject),
            ("addressee", self.addressee),
            ("addressee_place", self.addressee_place),
            ("security", self.security),
            ("classification", self.classification),
            ("attachment_count", self.attachment_count),
            ("body", self.body),
            ("signer", self.signer),
            ("copies", self.copies),
            ("file", self.enclosures),  # "file": where the service's refusal of a file is shown
        ):
            self.add_field(name, widget)
        self.setMinimumWidth(680)
        self.base_version, self.left_theirs = (draft.version if draft else None), set()
        if draft is not None:
            self._fill(draft)
        self.original = self.text_values()
        self.retranslate()

    def text_values(self) -> dict[str, str]:
        """The form's fields as text, by the service's names (letters.DRAFT_FIELDS)."""
        return {
            "subject": self.subject.text(),
            "addressee": self.addressee.text(),
            "addressee_place": self.addressee_place.text(),
            "security": str(self.security.key()),
            "classification": self.classification.current_key() or "",
            "attachment_count": str(self.attachment_count.value()),
            "body": self.body.toPlainText(),
            "signer": self.signer.current_key() or "",
            "copies": "\n".join(self._copies()),
        }

    def _copies(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.copies.toPlainText().splitlines() if line.strip())

    def changed(self) -> dict[str, str]:
        values = self.text_values()
        mine = {k: v for k, v in values.items() if v != self.original.get(k)}
        if (
            self.enclosures.new_paths() or self.enclosures.removed
        ):  # files are added or taken off: never a conflict
            mine["files"] = ""
        return mine

    def field_captions(self) -> dict[str, QLabel]:
        return self.captions

    def _fill(self, draft: LetterDetail) -> None:
        self.subject.setText(draft.subject)
        self.addressee.setText(draft.addressee)
        self.addressee_place.setText(draft.addressee_place)
        self.security.set_key(draft.security)
        self.classification.set_current_key(draft.classification)
        self.attachment_count.setValue(draft.attachment_count)
        self.body.setPlainText(draft.body)
        self.signer.set_current_key(draft.signer_username or "")
        self.copies.setPlainText("\n".join(draft.copies))
        for file in draft.files:
            if not file.is_scan:
                self.enclosures.add_existing(file.id, file.filename)

    def retranslate(self) -> None:
        if self.draft is not None:
            self.setWindowTitle(self.tr("Edit the draft"))
            self._captions()
            return
        titles = {
            "out": self.tr("Draft an outgoing letter"),
            "memo": self.tr("Draft an internal memo"),
            "invitation": self.tr("Draft an invitation"),
        }
        self.setWindowTitle(self.tr("Draft a reply") if self.in_reply_to else titles[self.kind])
        self._captions()

    def _captions(self) -> None:
        texts = {
            "subject": self.tr("&Subject (hal)"),
            "addressee": self.tr("&To (position)"),
            "addressee_place": self.tr("&Place"),
            "security": self.tr("Sifa&t"),
            "classification": self.tr("C&lassification"),
            "attachment_count": self.tr("&Enclosures"),
            "body": self.tr("&Body"),
            "signer": self.tr("Si&gner"),
            "copies": self.tr("&Copies (tembusan)"),
            "file": self.tr("Attac&hments"),
        }
        for name, text in texts.items():
            self.captions[name].setText(text)
        self.addressee.setPlaceholderText(self.tr("e.g. Kepala BP2MI"))
        self.addressee_place.setPlaceholderText(self.tr("e.g. Jakarta"))
        self.copies.setPlaceholderText(self.tr("One recipient of a copy per line"))
        self.classification.setItemText(0, self.tr("(none)"))
        self.signer.setItemText(0, self.tr("(choose when signing)"))
        self.security.set_texts({k: label(SECURITY_LABELS, k) for k in SECURITY_LABELS})
        self.enclosures.retranslate()

    def call(self) -> Callable[[], Any]:
        data = letters.LetterDraft(
            kind=self.kind,
            subject=self.subject.text(),
            addressee=self.addressee.text(),
            addressee_place=self.addressee_place.text(),
            security=str(self.security.key()),
            classification=self.classification.current_key() or "",
            attachment_count=self.attachment_count.value(),
            body=self.body.toPlainText(),
            signer=self.signer.current_key() or "",
            copies=self._copies(),
            in_reply_to=self.in_reply_to,
            enclosures=self.enclosures.new_paths(),
            removed_files=tuple(self.enclosures.removed),
        )
        if self.draft is not None:
            return partial(
                letters.update_draft,
                self.context.desk,
                self.draft.id,
                data,
                base_version=self.base_version,
                changed=frozenset(self.guarded(self.changed())) - {"files"},
            )
        return partial(letters.draft_letter, self.context.desk, data, today=self.context.today())


class SignDialog(FormDialog):
    """Sign an approved letter: who signs, and the number is issued."""

    changes = LETTER_CHANGES

    def __init__(
        self, context: UiContext, letter_id: uuid.UUID, planned: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.letter_id = letter_id
        self.signer = SearchCombo(self)
        self.signer.set_entries(
            [(o.username, officer_text(o)) for o in reference.officers(context.desk) if o.username]
        )
        self.signer.set_current_key(planned or context.desk.username)
        self.add_field("signer", self.signer)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign the letter"))
        self.captions["signer"].setText(self.tr("&Signed by"))

    def call(self) -> Callable[[], Any]:
        return partial(
            letters.sign_letter,
            self.context.desk,
            self.letter_id,
            signer=self.signer.current_key() or "",
            today=self.context.today(),
        )


class QuickLogDialog(FormDialog):
    """Log a call, message, e-mail or visit in a few keystrokes (Ctrl+L, from the main or a case window)."""

    changes = COMM_CHANGES | {"timeline_entry"}

    def __init__(self, context: UiContext, case_number: str = "", parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.channel = ChoiceCombo([c.value for c in CommChannel], self)
        self.direction = ChoiceCombo([d.value for d in CommDirection], self)
        self.when = QTimeEdit(self)
        self.when.setDisplayFormat("HH:mm")
        self.when.setTime(QTime.currentTime())
        self.on = DateField(self)
        self.on.set_value(context.today())
        when_row = QWidget(self)
        row = QHBoxLayout(when_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.on, 1)
        row.addWidget(self.when)
        self.counterpart = QLineEdit(self)
        self.agency = SearchCombo(self)
        self.agency.set_entries(
            [
                ("", ""),
                *((a.code, agency_text(a)) for a in reference.agencies(context.desk, include_inactive=False)),
            ]
        )
        self.agency.set_current_key("")
        self.phone = QLineEdit(self)
        self.summary = text_box(self, 4)
        self.follow_up = QLineEdit(self)
        self.follow_up_due = DateField(self)
        self.case_number = QLineEdit(self)
        self.case_number.setText(case_number)
        for name, widget in (
            ("channel", self.channel),
            ("direction", self.direction),
            ("at", when_row),
            ("counterpart_name", self.counterpart),
            ("counterpart_agency", self.agency),
            ("counterpart_phone", self.phone),
            ("summary", self.summary),
            ("follow_up", self.follow_up),
            ("follow_up_due", self.follow_up_due),
            ("case_number", self.case_number),
        ):
            self.add_field(name, widget)
        self.setMinimumWidth(600)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.counterpart.setFocus()  # a phone call is logged by typing who, then what was said

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log a call or message"))
        texts = {
            "channel": self.tr("C&hannel"),
            "direction": self.tr("&Direction"),
            "at": self.tr("&When"),
            "counterpart_name": self.tr("&With"),
            "counterpart_agency": self.tr("&Agency"),
            "counterpart_phone": self.tr("&Phone"),
            "summary": self.tr("&Summary"),
            "follow_up": self.tr("&Follow-up"),
            "follow_up_due": self.tr("Follow-up d&ue"),
            "case_number": self.tr("&Case"),
        }
        for name, text in texts.items():
            self.captions[name].setText(text)
        self.channel.set_texts({k: label(COMM_CHANNEL_LABELS, k) for k in COMM_CHANNEL_LABELS})
        self.direction.set_texts({k: label(COMM_DIRECTION_LABELS, k) for k in COMM_DIRECTION_LABELS})
        self.counterpart.setPlaceholderText(self.tr("The person spoken with"))
        self.agency.setItemText(0, self.tr("(none)"))
        self.phone.setPlaceholderText(self.tr("e.g. 0812 3456 7890 or +60 12 345 6789"))
        self.summary.setPlaceholderText(self.tr("What was said or agreed"))
        self.follow_up.setPlaceholderText(self.tr("What must happen next (optional)"))
        self.case_number.setPlaceholderText(self.tr("The case number, if it is about a case"))
        self.on.retranslate()
        self.follow_up_due.retranslate()

    def call(self) -> Callable[[], Any]:
        day = _date(self.on, "at")
        if isinstance(day, ValidationError):
            return partial(_raise, day)
        due = _date(self.follow_up_due, "follow_up_due")
        if isinstance(due, ValidationError):
            return partial(_raise, due)
        at = None
        if day is not None:
            local = datetime.combine(day, time(self.when.time().hour(), self.when.time().minute()))
            at = local.astimezone().astimezone(UTC)  # the desk's own clock, stored in UTC
        data = comms.CommInput(
            channel=str(self.channel.key()),
            direction=str(self.direction.key()),
            at=at,
            counterpart_name=self.counterpart.text(),
            counterpart_agency=typed_agency(self.agency) or "",
            counterpart_phone=self.phone.text(),
            summary=self.summary.toPlainText(),
            follow_up=self.follow_up.text(),
            follow_up_due=due,
            case_number=self.case_number.text().strip(),
        )
        return partial(comms.log_communication, self.context.desk, data)
