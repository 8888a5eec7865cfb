"""The forum editor: name, host site, secretariat, chair, members, and the cadence built from plain
choices ("the second Tuesday of every month") or typed as an RRULE, said back in words, with the
next dates as the host site's working days give them (a holiday moves a date, and it says so)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from functools import partial
from typing import Any

from PySide6.QtCore import QTime, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from app.errors import DomainError, ValidationError
from app.services import cadence, meetings, reference
from app.services.meeting_dto import ForumInfo
from ui import labels
from ui.context import UiContext
from ui.dialogs.form_dialog import FormDialog
from ui.views.case_parts.case_form import agency_text
from ui.views.case_parts.worker_form import NOT_A_DATE
from ui.views.loading import Loader
from ui.widgets.fields import CheckList, DateField
from ui.widgets.search_combo import SearchCombo

FORUM_CHANGES = frozenset({"forum", "forum_member"})
#: the editor's patterns; "custom" shows the RRULE for typing
PATTERNS = ("monthly_weekday", "monthly_day", "weekly", "custom")
ZONES = (
    "Asia/Jakarta",
    "Asia/Makassar",
    "Asia/Jayapura",
    "Asia/Kuala_Lumpur",
    "Asia/Singapore",
    "Asia/Hong_Kong",
    "Asia/Taipei",
    "Asia/Riyadh",
    "Asia/Dubai",
    "Asia/Qatar",
    "Asia/Kuwait",
    "Asia/Seoul",
    "Asia/Tokyo",
)


class ForumDialog(FormDialog):
    changes = FORUM_CHANGES

    def __init__(
        self, context: UiContext, forum: ForumInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.forum = forum
        desk = context.desk
        self.code = QLineEdit(self)
        self.code.setMaxLength(24)
        self.name = QLineEdit(self)
        self.host_site = QComboBox(self)
        for site in reference.sites(desk):
            self.host_site.addItem(f"{site.code} — {site.name}", site.code)
        # the cadence
        self.pattern = QComboBox(self)
        self.ordinal = QComboBox(self)
        for n in (1, 2, 3, 4, -1):
            self.ordinal.addItem("", n)
        self.weekday = QComboBox(self)
        for code in cadence.WEEKDAYS[:5]:
            self.weekday.addItem("", code)
        self.month_day = QSpinBox(self)
        self.month_day.setRange(1, 28)
        self.interval = QSpinBox(self)
        self.interval.setRange(1, cadence.MAX_INTERVAL)
        self.every = QLabel(self)
        self.rrule = QLineEdit(self)
        rule_row = QWidget(self)
        row = QHBoxLayout(rule_row)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.pattern, self.ordinal, self.weekday, self.month_day, self.every, self.interval):
            row.addWidget(widget)
        row.addStretch(1)
        self.cadence_words = QLabel(self)
        self.cadence_words.setObjectName("cadenceWords")
        self.cadence_words.setWordWrap(True)
        self.preview = QLabel(self)
        self.preview.setObjectName("cadencePreview")
        self.preview.setWordWrap(True)
        self.starts_on = DateField(self)
        self.start_time = QTimeEdit(self)
        self.start_time.setDisplayFormat("HH:mm")
        self.duration = QSpinBox(self)
        self.duration.setRange(15, 12 * 60)
        self.duration.setSingleStep(15)
        self.timezone = QComboBox(self)
        self.timezone.setEditable(True)
        self.timezone.addItems(ZONES)
        self.place = QLineEdit(self)
        self.online_link = QLineEdit(self)
        agencies = [(a.code, agency_text(a)) for a in reference.agencies(desk, include_inactive=False)]
        self.secretariat = SearchCombo(self)
        self.secretariat.set_entries(agencies)
        officers = [
            (str(o.id), f"{o.full_name} — {o.agency_code}") for o in reference.officers(desk) if o.active
        ]
        self.chair = SearchCombo(self)
        self.chair.set_entries([("", ""), *officers])
        self.clerk = SearchCombo(self)
        self.clerk.set_entries([("", ""), *officers])
        self.members = CheckList(self, rows=6)
        self.members.set_entries(agencies)
        for name, widget in (
            ("code", self.code),
            ("name", self.name),
            ("host_site", self.host_site),
            ("cadence", rule_row),
            ("rrule", self.rrule),
            ("words", self.cadence_words),
            ("starts_on", self.starts_on),
            ("start_time", self.start_time),
            ("duration_minutes", self.duration),
            ("timezone", self.timezone),
            ("place", self.place),
            ("online_link", self.online_link),
            ("secretariat_agency", self.secretariat),
            ("secretariat_officer", self.clerk),
            ("chair", self.chair),
            ("members", self.members),
        ):
            self.add_field(name, widget)
        self.form.insertRow(self.form.rowCount(), "", self.preview)
        self._fill(forum)
        self.preview_loader = Loader(context, self)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(250)
        self._preview_timer.timeout.connect(self._update_preview)
        for combo in (self.pattern, self.ordinal, self.weekday, self.host_site):
            combo.currentIndexChanged.connect(self._choices_changed)
        for spin in (self.month_day, self.interval):
            spin.valueChanged.connect(self._choices_changed)
        self.rrule.textEdited.connect(lambda _text: self._rule_typed())
        self.starts_on.editingFinished.connect(self._preview_timer.start)
        self.setMinimumWidth(720)
        self.retranslate()
        self._choices_changed()

    def _fill(self, forum: ForumInfo | None) -> None:
        site = self.context.desk.site_code
        if forum is None:
            self.starts_on.set_value(self.context.today())
            self.start_time.setTime(QTime(9, 0))
            self.duration.setValue(120)
            self.timezone.setCurrentText(
                next(
                    (s.timezone for s in reference.sites(self.context.desk) if s.code == site), "Asia/Jakarta"
                )
            )
            self.host_site.setCurrentIndex(max(0, self.host_site.findData(site)))
            self.pattern.setCurrentIndex(0)
            self.ordinal.setCurrentIndex(1)
            self.weekday.setCurrentIndex(1)
            own = next((s.agency_code for s in reference.sites(self.context.desk) if s.code == site), None)
            self.secretariat.set_current_key(own)
            return
        self.code.setText(forum.code)
        self.name.setText(forum.name)
        self.host_site.setCurrentIndex(max(0, self.host_site.findData(forum.host_site)))
        self.starts_on.set_value(forum.starts_on)
        self.start_time.setTime(QTime(forum.start_time.hour, forum.start_time.minute))
        self.duration.setValue(forum.duration_minutes)
        self.timezone.setCurrentText(forum.timezone)
        self.place.setText(forum.place)
        self.online_link.setText(forum.online_link)
        self.secretariat.set_current_key(forum.secretariat_agency)
        self.chair.set_current_key(str(forum.chair_officer_id) if forum.chair_officer_id else "")
        self.clerk.set_current_key(str(forum.secretariat_officer_id) if forum.secretariat_officer_id else "")
        self.members.set_checked([m.agency_code for m in forum.members], quiet=True)
        self._show_rule(forum.rrule)

    def _show_rule(self, rule: str) -> None:
        """Put a saved rule back into the choices when they can say it, else into "custom"."""
        fields = cadence.parts(rule)
        days = fields.get("BYDAY", "")
        interval = int(fields.get("INTERVAL", "1") or 1)
        keys = set(fields) - {"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY"}
        pattern = "custom"
        if not keys and fields.get("FREQ") == "MONTHLY" and days and "," not in days and days[:-2]:
            ordinal = int(days[:-2]) if days[:-2].lstrip("-").isdigit() else 0
            if self.ordinal.findData(ordinal) >= 0 and self.weekday.findData(days[-2:]) >= 0:
                pattern = "monthly_weekday"
                self.ordinal.setCurrentIndex(self.ordinal.findData(ordinal))
                self.weekday.setCurrentIndex(self.weekday.findData(days[-2:]))
        elif (
            not keys
            and fields.get("FREQ") == "MONTHLY"
            and fields.get("BYMONTHDAY", "").isdigit()
            and not days
        ):
            if int(fields["BYMONTHDAY"]) <= 28:
                pattern = "monthly_day"
                self.month_day.setValue(int(fields["BYMONTHDAY"]))
        elif not keys and fields.get("FREQ") == "WEEKLY" and days in cadence.WEEKDAYS[:5]:
            pattern = "weekly"
            self.weekday.setCurrentIndex(self.weekday.findData(days))
        self.interval.setValue(interval)
        self.pattern.setCurrentIndex(PATTERNS.index(pattern))
        self.rrule.setText(rule)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit forum") if self.forum else self.tr("New forum"))
        for name, text in (
            ("code", self.tr("&Code")),
            ("name", self.tr("&Name")),
            ("host_site", self.tr("&Hosted by")),
            ("cadence", self.tr("Meets")),
            ("rrule", self.tr("&Recurrence rule")),
            ("words", self.tr("In words")),
            ("starts_on", self.tr("&From")),
            ("start_time", self.tr("&At")),
            ("duration_minutes", self.tr("&Duration")),
            ("timezone", self.tr("Time &zone")),
            ("place", self.tr("&Place")),
            ("online_link", self.tr("Online &link")),
            ("secretariat_agency", self.tr("&Secretariat")),
            ("secretariat_officer", self.tr("Minute-&taker")),
            ("chair", self.tr("C&hair")),
            ("members", self.tr("&Members")),
        ):
            self.captions[name].setText(text)
        self.code.setPlaceholderText(self.tr("e.g. RAKORNAS-PMI"))
        self.name.setPlaceholderText(
            self.tr("e.g. National coordination meeting on informal-sector PMI protection")
        )
        self.online_link.setPlaceholderText("https://")
        self.duration.setSuffix(self.tr(" minutes"))
        self.rrule.setToolTip(
            self.tr("RFC 5545, e.g. FREQ=MONTHLY;BYDAY=2TU for the second Tuesday of the month")
        )
        pattern_texts = {
            "monthly_weekday": self.tr("every month on the"),
            "monthly_day": self.tr("every month on day"),
            "weekly": self.tr("every week on"),
            "custom": self.tr("by a rule I type"),
        }
        for index, key in enumerate(PATTERNS):
            if self.pattern.count() <= index:
                self.pattern.addItem("", key)
            self.pattern.setItemText(index, pattern_texts[key])
        ordinal_texts = {
            1: self.tr("first"),
            2: self.tr("second"),
            3: self.tr("third"),
            4: self.tr("fourth"),
            -1: self.tr("last"),
        }
        for index in range(self.ordinal.count()):
            self.ordinal.setItemText(index, ordinal_texts[self.ordinal.itemData(index)])
        for index in range(self.weekday.count()):
            day = cadence.WEEKDAYS.index(self.weekday.itemData(index)) + 1
            self.weekday.setItemText(index, labels.ui_locale(self.context.language()).dayName(day))
        self.every.setText(self.tr("every"))
        self.interval.setSuffix(
            self.tr(" month(s)") if self.pattern.currentData() != "weekly" else self.tr(" week(s)")
        )
        self.starts_on.retranslate()
        self._update_preview()

    # --- the cadence ---------------------------------------------------------------------------------

    def _choices_changed(self) -> None:
        pattern = self.pattern.currentData()
        self.ordinal.setVisible(pattern == "monthly_weekday")
        self.weekday.setVisible(pattern in ("monthly_weekday", "weekly"))
        self.month_day.setVisible(pattern == "monthly_day")
        self.every.setVisible(pattern != "custom")
        self.interval.setVisible(pattern != "custom")
        self.rrule.setReadOnly(pattern != "custom")
        self.interval.setSuffix(self.tr(" month(s)") if pattern != "weekly" else self.tr(" week(s)"))
        interval = self.interval.value()
        if pattern == "monthly_weekday":
            self.rrule.setText(
                cadence.monthly_weekday_rule(self.ordinal.currentData(), self.weekday.currentData(), interval)
            )
        elif pattern == "monthly_day":
            self.rrule.setText(cadence.monthly_day_rule(self.month_day.value(), interval))
        elif pattern == "weekly":
            self.rrule.setText(cadence.weekly_rule([self.weekday.currentData()], interval))
        self._preview_timer.start()

    def _rule_typed(self) -> None:
        self._preview_timer.start()

    def _starts_on(self) -> date | None:
        try:
            return self.starts_on.value()
        except ValueError:
            return None

    def _update_preview(self) -> None:
        """The rule in words and its next dates (moved to working days), or why it is wrong; read
        on a reader thread (an impossible rule takes a moment to prove so)."""
        if not hasattr(self, "_preview_timer"):
            return
        start = self._starts_on() or self.context.today()
        first = max(start, self.context.today())
        desk, rule, site = self.context.desk, self.rrule.text(), self.host_site.currentData() or ""

        def read() -> list[cadence.Occurrence] | DomainError:
            try:
                return meetings.preview_dates(desk, rule, start, site, first, date(first.year + 2, 12, 31))[
                    :6
                ]
            except DomainError as error:
                return error

        self.preview_loader.load(read, partial(self._show_preview, rule, start))

    def _show_preview(self, rule: str, start: date, dates: list[cadence.Occurrence] | DomainError) -> None:
        language = self.context.language()
        if isinstance(dates, DomainError):
            self.cadence_words.setText("")
            self.preview.setText(labels.error_text(dates))
            self.preview.setStyleSheet("color: #b3261e;")
            return
        self.preview.setStyleSheet("")
        self.cadence_words.setText(cadence.describe(rule, start, language))
        lines = []
        for occurrence in dates:
            held = labels.long_date(occurrence.meeting_date, language)
            if occurrence.moved:
                lines.append(
                    self.tr("{date} (moved from {original}: not a working day)").format(
                        date=held, original=labels.long_date(occurrence.occurrence, language)
                    )
                )
            else:
                lines.append(held)
        self.preview.setText(self.tr("Next meetings: ") + "; ".join(lines))

    # --- saving ----------------------------------------------------------------------------------------

    def _officer(self, combo: SearchCombo) -> Any:
        import uuid

        key = combo.current_key()
        return uuid.UUID(key) if key else None

    def call(self) -> Callable[[], Any]:
        start = self._starts_on()
        if start is None:
            error = ValidationError(NOT_A_DATE, field="starts_on", value=self.starts_on.text().strip())
            return partial(_raise, error)
        at = self.start_time.time()
        data = meetings.ForumInput(
            code=self.code.text(),
            name=self.name.text(),
            host_site=self.host_site.currentData() or "",
            rrule=self.rrule.text(),
            starts_on=start,
            start_time=time(at.hour(), at.minute()),
            duration_minutes=self.duration.value(),
            timezone=self.timezone.currentText().strip(),
            place=self.place.text(),
            online_link=self.online_link.text(),
            secretariat_agency=self.secretariat.current_key() or "",
            secretariat_officer_id=self._officer(self.clerk),
            chair_officer_id=self._officer(self.chair),
            members=self.members.checked(),
        )
        return partial(meetings.save_forum, self.context.desk, data, self.forum.id if self.forum else None)


def _raise(error: Exception) -> Any:
    raise error
