"""An iCalendar (.ics, RFC 5545) invitation for a meeting, with the icalendar library, so that an
officer can put it in Outlook or Google Calendar. The start carries the meeting's own zone (and
its VTIMEZONE), so a participant in Riyadh and one in Jakarta both see their own clock time.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

from icalendar import Calendar, Event, vCalAddress, vText

from app import __version__
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.services import cadence
from app.services.meeting_dto import MeetingRecord

#: our status -> iCalendar STATUS
_STATUS = {
    "planned": "TENTATIVE",
    "invited": "CONFIRMED",
    "postponed": "CONFIRMED",
    "held": "CONFIRMED",
    "cancelled": "CANCELLED",
}


def meeting_uid(meeting_id: uuid.UUID) -> str:
    return f"{meeting_id}@jejaring"


def to_ics(record: MeetingRecord, *, language: str | None = None, now: datetime | None = None) -> bytes:
    meeting = record.meeting
    zone = cadence.zone(meeting.timezone)
    calendar = Calendar()
    calendar.add("prodid", f"-//Jejaring//Jejaring {__version__}//ID")
    calendar.add("version", "2.0")
    calendar.add("method", "CANCEL" if meeting.status == "cancelled" else "PUBLISH")
    event = Event()
    event.add("uid", meeting_uid(meeting.id))
    event.add("dtstamp", (now or datetime.now(UTC)).astimezone(UTC))
    event.add("dtstart", meeting.starts_at.astimezone(zone))
    event.add("dtend", meeting.ends_at.astimezone(zone))
    event.add("summary", record.forum.name)
    location = meeting.place or meeting.online_link
    if location:
        event.add("location", location)
    if meeting.online_link:
        event.add("url", meeting.online_link)
    event.add("status", _STATUS.get(meeting.status, "TENTATIVE"))
    lines = [translate("ics", QT_TRANSLATE_NOOP("ics", "Agenda:"), language)]
    lines += [f"{item.position}. {item.title}" for item in record.agenda]
    if meeting.online_link:
        lines += [
            "",
            translate("ics", QT_TRANSLATE_NOOP("ics", "Online: {link}"), language).format(
                link=meeting.online_link
            ),
        ]
    if meeting.status_reason:
        lines += ["", meeting.status_reason]
    event.add("description", "\n".join(lines))
    if record.chair:
        event.add("x-jejaring-chair", vText(record.chair))
    for invitee in record.invitees:
        if not invitee.email:  # an attendee without an address cannot be invited by calendar
            continue
        address = vCalAddress(f"mailto:{invitee.email}")
        address.params["cn"] = vText(f"{invitee.name or invitee.agency_name} ({invitee.agency_code})")
        address.params["role"] = vText("REQ-PARTICIPANT")
        event.add("attendee", address, encode=False)
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def write_ics(record: MeetingRecord, path: Path, *, language: str | None = None) -> Path:
    """Write the invitation; the file appears only when complete (app/files.py)."""
    from app.files import write_atomically

    write_atomically(path, to_ics(record, language=language))
    return path
