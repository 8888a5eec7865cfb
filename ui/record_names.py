"""Officers' names for the record kinds and fields that sync and audit show.

The Sync view's set-aside list and the Audit view report changes by SQL table and column
(`case_file`, `lead_agency_id`): the change log carries those names, and an officer should not have
to read them. These are the words an officer reads instead. The English source strings are marked
with `QT_TRANSLATE_NOOP` under the context "RecordNames" (lupdate extracts them) and translated
when asked for, so a live language switch takes effect on the next call. Where the forms already
name a field, the same English wording is used so that one field has one name across the app.

A column has one label whatever table it is in (`status`, `kind`, `number`), so each label has to
be right for every table that has the column. An unknown table or column is shown as it is.
"""

from __future__ import annotations

import functools
import re
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "RecordNames"

#: replicated table -> an English singular noun phrase naming one record of it
RECORDS: dict[str, str] = {
    "action_item": QT_TRANSLATE_NOOP("RecordNames", "Action item"),
    "agency": QT_TRANSLATE_NOOP("RecordNames", "Agency"),
    "agenda_item": QT_TRANSLATE_NOOP("RecordNames", "Agenda item"),
    "attachment": QT_TRANSLATE_NOOP("RecordNames", "Attachment"),
    # one invitee or participant of a meeting, with their attendance
    "attendance": QT_TRANSLATE_NOOP("RecordNames", "Meeting participant"),
    "case_agency": QT_TRANSLATE_NOOP("RecordNames", "Agency involved"),
    "case_category": QT_TRANSLATE_NOOP("RecordNames", "Case category"),
    # a category of a case besides its primary one
    "case_category_tag": QT_TRANSLATE_NOOP("RecordNames", "Further category"),
    "case_file": QT_TRANSLATE_NOOP("RecordNames", "Case"),
    "case_officer": QT_TRANSLATE_NOOP("RecordNames", "Case officer"),
    "case_task": QT_TRANSLATE_NOOP("RecordNames", "Case task"),
    "classification_code": QT_TRANSLATE_NOOP("RecordNames", "Classification code"),
    "communication": QT_TRANSLATE_NOOP("RecordNames", "Communication"),
    "data_breach": QT_TRANSLATE_NOOP("RecordNames", "Personal data breach"),
    "decision": QT_TRANSLATE_NOOP("RecordNames", "Meeting decision"),
    "disposition": QT_TRANSLATE_NOOP("RecordNames", "Disposition"),
    "disposition_recipient": QT_TRANSLATE_NOOP("RecordNames", "Disposition recipient"),
    "disposition_step": QT_TRANSLATE_NOOP("RecordNames", "Disposition instruction"),
    "forum": QT_TRANSLATE_NOOP("RecordNames", "Forum"),
    "forum_member": QT_TRANSLATE_NOOP("RecordNames", "Forum member"),
    "issued_document": QT_TRANSLATE_NOOP("RecordNames", "Issued document"),
    "letter": QT_TRANSLATE_NOOP("RecordNames", "Letter"),
    "letter_case": QT_TRANSLATE_NOOP("RecordNames", "Letter linked to case"),
    # a tembusan
    "letter_copy": QT_TRANSLATE_NOOP("RecordNames", "Copy recipient"),
    # the scan of an incoming letter, or an enclosure
    "letter_file": QT_TRANSLATE_NOOP("RecordNames", "Letter file"),
    "letterhead_setting": QT_TRANSLATE_NOOP("RecordNames", "Letterhead"),
    "meeting": QT_TRANSLATE_NOOP("RecordNames", "Meeting"),
    "minutes_addendum": QT_TRANSLATE_NOOP("RecordNames", "Addendum to the minutes"),
    "numbering_pattern": QT_TRANSLATE_NOOP("RecordNames", "Numbering pattern"),
    "officer": QT_TRANSLATE_NOOP("RecordNames", "Officer"),
    # an agency the protocol involves in cases of a rule's category
    "protocol_participant": QT_TRANSLATE_NOOP("RecordNames", "Protocol participant"),
    "protocol_rule": QT_TRANSLATE_NOOP("RecordNames", "Protocol rule"),
    "referral": QT_TRANSLATE_NOOP("RecordNames", "Referral"),
    "retention_rule": QT_TRANSLATE_NOOP("RecordNames", "Retention rule"),
    # a break-the-glass opening of a record's sensitive fields
    "sensitive_access": QT_TRANSLATE_NOOP("RecordNames", "Sensitive data access"),
    "site": QT_TRANSLATE_NOOP("RecordNames", "Site"),
    "timeline_entry": QT_TRANSLATE_NOOP("RecordNames", "Timeline entry"),
    "unit": QT_TRANSLATE_NOOP("RecordNames", "Unit"),
    "worker": QT_TRANSLATE_NOOP("RecordNames", "Worker"),
}

#: logged column -> an English label for it; a pointer (`..._id`) names what it points at
FIELDS: dict[str, str] = {
    "action_item_id": QT_TRANSLATE_NOOP("RecordNames", "Action item"),
    "active": QT_TRANSLATE_NOOP("RecordNames", "Active"),
    "address": QT_TRANSLATE_NOOP("RecordNames", "Address"),
    "addressee": QT_TRANSLATE_NOOP("RecordNames", "Addressee"),
    "addressee_officer_id": QT_TRANSLATE_NOOP("RecordNames", "Addressed to officer"),
    "addressee_place": QT_TRANSLATE_NOOP("RecordNames", "Addressee's place"),
    "addressee_unit_id": QT_TRANSLATE_NOOP("RecordNames", "Addressed to unit"),
    "agency_id": QT_TRANSLATE_NOOP("RecordNames", "Agency"),
    # the letterhead's second line
    "agency_name": QT_TRANSLATE_NOOP("RecordNames", "Agency (second line)"),
    "agenda_item_id": QT_TRANSLATE_NOOP("RecordNames", "Agenda item"),
    "agenda_number": QT_TRANSLATE_NOOP("RecordNames", "Agenda number"),
    "aliases": QT_TRANSLATE_NOOP("RecordNames", "Other names"),
    "anonymised_at": QT_TRANSLATE_NOOP("RecordNames", "Anonymised at"),
    # the receiving agency's answer to a referral
    "answer_note": QT_TRANSLATE_NOOP("RecordNames", "Answer"),
    "answered_on": QT_TRANSLATE_NOOP("RecordNames", "Answered on"),
    "approved_on": QT_TRANSLATE_NOOP("RecordNames", "Approved on"),
    # when a call, an addendum or a timeline entry happened
    "at": QT_TRANSLATE_NOOP("RecordNames", "Time"),
    "attachment_count": QT_TRANSLATE_NOOP("RecordNames", "Enclosures"),
    "author": QT_TRANSLATE_NOOP("RecordNames", "Author"),
    "authority_notified_at": QT_TRANSLATE_NOOP("RecordNames", "Authority told"),
    "birth_date": QT_TRANSLATE_NOOP("RecordNames", "Date of birth"),
    "birth_place": QT_TRANSLATE_NOOP("RecordNames", "Place of birth"),
    "body": QT_TRANSLATE_NOOP("RecordNames", "Body"),
    "cancel_reason": QT_TRANSLATE_NOOP("RecordNames", "Reason for cancelling"),
    "cancelled_on": QT_TRANSLATE_NOOP("RecordNames", "Cancelled on"),
    "case_id": QT_TRANSLATE_NOOP("RecordNames", "Case"),
    "category": QT_TRANSLATE_NOOP("RecordNames", "Category"),
    "chair_officer_id": QT_TRANSLATE_NOOP("RecordNames", "Chair"),
    "channel": QT_TRANSLATE_NOOP("RecordNames", "Channel"),
    "city": QT_TRANSLATE_NOOP("RecordNames", "City"),
    "classification": QT_TRANSLATE_NOOP("RecordNames", "Classification"),
    "closed_on": QT_TRANSLATE_NOOP("RecordNames", "Finished on"),
    # also what an issued document's QR code carries
    "code": QT_TRANSLATE_NOOP("RecordNames", "Code"),
    "complainant": QT_TRANSLATE_NOOP("RecordNames", "Complainant"),
    "complainant_name": QT_TRANSLATE_NOOP("RecordNames", "Complainant's name"),
    "complainant_phone": QT_TRANSLATE_NOOP("RecordNames", "Complainant's phone"),
    "consent_form": QT_TRANSLATE_NOOP("RecordNames", "Consent given"),
    "consent_on": QT_TRANSLATE_NOOP("RecordNames", "Consented on"),
    "content_sha256": QT_TRANSLATE_NOOP("RecordNames", "Content hash"),
    "counterpart_agency_id": QT_TRANSLATE_NOOP("RecordNames", "Counterpart's agency"),
    # the person a call or message was with
    "counterpart_name": QT_TRANSLATE_NOOP("RecordNames", "Counterpart"),
    "counterpart_phone": QT_TRANSLATE_NOOP("RecordNames", "Counterpart's phone"),
    "country": QT_TRANSLATE_NOOP("RecordNames", "Country"),
    "created_at": QT_TRANSLATE_NOOP("RecordNames", "Created at"),
    "created_by": QT_TRANSLATE_NOOP("RecordNames", "Created by"),
    # the values a timeline entry's template is filled with
    "data": QT_TRANSLATE_NOOP("RecordNames", "Entry data"),
    "data_kinds": QT_TRANSLATE_NOOP("RecordNames", "Data concerned"),
    "dated_on": QT_TRANSLATE_NOOP("RecordNames", "Letter date"),
    "decision_id": QT_TRANSLATE_NOOP("RecordNames", "Decision"),
    "deleted_at": QT_TRANSLATE_NOOP("RecordNames", "Deleted at"),
    "departure_date": QT_TRANSLATE_NOOP("RecordNames", "Departure date"),
    "description": QT_TRANSLATE_NOOP("RecordNames", "What happened"),
    "destination_city": QT_TRANSLATE_NOOP("RecordNames", "City abroad"),
    "destination_country": QT_TRANSLATE_NOOP("RecordNames", "Destination country"),
    "direction": QT_TRANSLATE_NOOP("RecordNames", "Direction"),
    "discussion": QT_TRANSLATE_NOOP("RecordNames", "Discussion"),
    "disposition_id": QT_TRANSLATE_NOOP("RecordNames", "Disposition"),
    "documents": QT_TRANSLATE_NOOP("RecordNames", "Documents sent"),
    "done_note": QT_TRANSLATE_NOOP("RecordNames", "What was done"),
    "done_on": QT_TRANSLATE_NOOP("RecordNames", "Done on"),
    "due_on": QT_TRANSLATE_NOOP("RecordNames", "Due date"),
    "duration_minutes": QT_TRANSLATE_NOOP("RecordNames", "Duration (minutes)"),
    "email": QT_TRANSLATE_NOOP("RecordNames", "Email"),
    "employer_address": QT_TRANSLATE_NOOP("RecordNames", "Employer's address"),
    "employer_name": QT_TRANSLATE_NOOP("RecordNames", "Employer"),
    "employer_phone": QT_TRANSLATE_NOOP("RecordNames", "Employer's phone"),
    "ends_at": QT_TRANSLATE_NOOP("RecordNames", "Ends at"),
    # the table of the record a sensitive access opened
    "entity": QT_TRANSLATE_NOOP("RecordNames", "Record kind"),
    "evidence": QT_TRANSLATE_NOOP("RecordNames", "Evidence"),
    "family_contact": QT_TRANSLATE_NOOP("RecordNames", "Family contact"),
    "family_phone": QT_TRANSLATE_NOOP("RecordNames", "Family phone"),
    "family_relation": QT_TRANSLATE_NOOP("RecordNames", "Relation to the worker"),
    "fax": QT_TRANSLATE_NOOP("RecordNames", "Fax"),
    "file_sha256": QT_TRANSLATE_NOOP("RecordNames", "File hash"),
    "filename": QT_TRANSLATE_NOOP("RecordNames", "File name"),
    "first_clarification_days": QT_TRANSLATE_NOOP("RecordNames", "First clarification (working days)"),
    "follow_up": QT_TRANSLATE_NOOP("RecordNames", "Follow-up"),
    "follow_up_done_on": QT_TRANSLATE_NOOP("RecordNames", "Follow-up done on"),
    "follow_up_due": QT_TRANSLATE_NOOP("RecordNames", "Follow-up due"),
    "font_size_tenths": QT_TRANSLATE_NOOP("RecordNames", "Font size (0.1 pt)"),
    "for_next_meeting": QT_TRANSLATE_NOOP("RecordNames", "For the next meeting"),
    # which form an issued document was printed from
    "form": QT_TRANSLATE_NOOP("RecordNames", "Document kind"),
    "forum_id": QT_TRANSLATE_NOOP("RecordNames", "Forum"),
    "found_at": QT_TRANSLATE_NOOP("RecordNames", "Found at"),
    "from_agency_id": QT_TRANSLATE_NOOP("RecordNames", "From agency"),
    "from_name": QT_TRANSLATE_NOOP("RecordNames", "From (name)"),
    "from_officer_id": QT_TRANSLATE_NOOP("RecordNames", "From officer"),
    "full_name": QT_TRANSLATE_NOOP("RecordNames", "Full name"),
    "given_on": QT_TRANSLATE_NOOP("RecordNames", "Given on"),
    "home_region": QT_TRANSLATE_NOOP("RecordNames", "Home region"),
    "host_site_id": QT_TRANSLATE_NOOP("RecordNames", "Hosted by"),
    "in_reply_to_id": QT_TRANSLATE_NOOP("RecordNames", "In reply to"),
    "incomplete_documents_days": QT_TRANSLATE_NOOP("RecordNames", "Documents incomplete (days)"),
    "instruction": QT_TRANSLATE_NOOP("RecordNames", "Instruction"),
    "is_hub": QT_TRANSLATE_NOOP("RecordNames", "Hub"),
    # a letter file that is the letter's scan, not an enclosure
    "is_scan": QT_TRANSLATE_NOOP("RecordNames", "Scan of the letter"),
    "issued_on": QT_TRANSLATE_NOOP("RecordNames", "Issued on"),
    "job": QT_TRANSLATE_NOOP("RecordNames", "Job"),
    "kind": QT_TRANSLATE_NOOP("RecordNames", "Kind"),
    "language": QT_TRANSLATE_NOOP("RecordNames", "Language"),
    "lawful_basis": QT_TRANSLATE_NOOP("RecordNames", "Lawful basis"),
    # the disposition recipient who leads
    "lead": QT_TRANSLATE_NOOP("RecordNames", "Lead"),
    "lead_agency_id": QT_TRANSLATE_NOOP("RecordNames", "Lead agency"),
    "letter_id": QT_TRANSLATE_NOOP("RecordNames", "Letter"),
    "life_threatening": QT_TRANSLATE_NOOP("RecordNames", "Life-threatening"),
    "logo_sha256": QT_TRANSLATE_NOOP("RecordNames", "Emblem or logo"),
    "margin_bottom_mm": QT_TRANSLATE_NOOP("RecordNames", "Bottom margin"),
    "margin_left_mm": QT_TRANSLATE_NOOP("RecordNames", "Left margin"),
    "margin_right_mm": QT_TRANSLATE_NOOP("RecordNames", "Right margin"),
    "margin_top_mm": QT_TRANSLATE_NOOP("RecordNames", "Top margin"),
    "measures": QT_TRANSLATE_NOOP("RecordNames", "Measures taken"),
    "media_type": QT_TRANSLATE_NOOP("RecordNames", "File type"),
    "meeting_id": QT_TRANSLATE_NOOP("RecordNames", "Meeting"),
    "ministry": QT_TRANSLATE_NOOP("RecordNames", "Ministry or agency"),
    "minute_taker_officer_id": QT_TRANSLATE_NOOP("RecordNames", "Minute-taker"),
    "minutes_closed_at": QT_TRANSLATE_NOOP("RecordNames", "Minutes closed at"),
    "minutes_closed_by": QT_TRANSLATE_NOOP("RecordNames", "Minutes closed by"),
    "name": QT_TRANSLATE_NOOP("RecordNames", "Name"),
    "name_en": QT_TRANSLATE_NOOP("RecordNames", "Name in English"),
    "nik": QT_TRANSLATE_NOOP("RecordNames", "NIK"),
    "nip": QT_TRANSLATE_NOOP("RecordNames", "NIP"),
    "no_clarification_working_days": QT_TRANSLATE_NOOP("RecordNames", "No clarification (working days)"),
    "note": QT_TRANSLATE_NOOP("RecordNames", "Note"),
    "number": QT_TRANSLATE_NOOP("RecordNames", "Number"),
    "number_year": QT_TRANSLATE_NOOP("RecordNames", "Year of the number"),
    # the cadence's date a meeting was generated for
    "occurrence": QT_TRANSLATE_NOOP("RecordNames", "Scheduled date"),
    "officer": QT_TRANSLATE_NOOP("RecordNames", "Officer"),
    "officer_id": QT_TRANSLATE_NOOP("RecordNames", "Officer"),
    "online_link": QT_TRANSLATE_NOOP("RecordNames", "Online link"),
    "origin_site": QT_TRANSLATE_NOOP("RecordNames", "Site of origin"),
    "outcome": QT_TRANSLATE_NOOP("RecordNames", "Outcome"),
    "outcome_amount": QT_TRANSLATE_NOOP("RecordNames", "Amount recovered"),
    "outcome_currency": QT_TRANSLATE_NOOP("RecordNames", "Currency"),
    "outcome_note": QT_TRANSLATE_NOOP("RecordNames", "Outcome note"),
    "owner_agency_id": QT_TRANSLATE_NOOP("RecordNames", "Owner agency"),
    "owner_officer_id": QT_TRANSLATE_NOOP("RecordNames", "Owner officer"),
    "p3mi_name": QT_TRANSLATE_NOOP("RecordNames", "Placement company (P3MI)"),
    "pages": QT_TRANSLATE_NOOP("RecordNames", "Pages"),
    "paper": QT_TRANSLATE_NOOP("RecordNames", "Paper"),
    "parent_id": QT_TRANSLATE_NOOP("RecordNames", "Part of"),
    # the disposition recipient who forwarded this disposition
    "parent_recipient_id": QT_TRANSLATE_NOOP("RecordNames", "Forwarded from"),
    "partner_agency": QT_TRANSLATE_NOOP("RecordNames", "Partner agency abroad"),
    "passport_expiry": QT_TRANSLATE_NOOP("RecordNames", "Passport valid until"),
    "passport_no": QT_TRANSLATE_NOOP("RecordNames", "Passport number"),
    "pattern": QT_TRANSLATE_NOOP("RecordNames", "Pattern"),
    "phone": QT_TRANSLATE_NOOP("RecordNames", "Phone"),
    "phone_alt": QT_TRANSLATE_NOOP("RecordNames", "Other phone"),
    "place": QT_TRANSLATE_NOOP("RecordNames", "Place"),
    # an officer's or a participant's post, or an item's place in its list
    "position": QT_TRANSLATE_NOOP("RecordNames", "Position"),
    "priority": QT_TRANSLATE_NOOP("RecordNames", "Priority"),
    "procedural": QT_TRANSLATE_NOOP("RecordNames", "Procedural departure"),
    "rank": QT_TRANSLATE_NOOP("RecordNames", "Rank"),
    "reason": QT_TRANSLATE_NOOP("RecordNames", "Reason"),
    "received_on": QT_TRANSLATE_NOOP("RecordNames", "Received on"),
    "recipient": QT_TRANSLATE_NOOP("RecordNames", "Recipient"),
    "record_id": QT_TRANSLATE_NOOP("RecordNames", "Record"),
    "record_ref": QT_TRANSLATE_NOOP("RecordNames", "Record printed"),
    # the opened record's number, e.g. a case number
    "reference": QT_TRANSLATE_NOOP("RecordNames", "Reference"),
    "referral_answer_days": QT_TRANSLATE_NOOP("RecordNames", "Referral answer (working days)"),
    "referral_id": QT_TRANSLATE_NOOP("RecordNames", "Referral"),
    "registered_on": QT_TRANSLATE_NOOP("RecordNames", "Registered on"),
    "reply_by": QT_TRANSLATE_NOOP("RecordNames", "Reply by"),
    "reported_on": QT_TRANSLATE_NOOP("RecordNames", "Reported on"),
    "represented_by": QT_TRANSLATE_NOOP("RecordNames", "Represented by"),
    "role": QT_TRANSLATE_NOOP("RecordNames", "Role"),
    "rrule": QT_TRANSLATE_NOOP("RecordNames", "Recurrence rule"),
    "rule_id": QT_TRANSLATE_NOOP("RecordNames", "Protocol rule"),
    "second_clarification_days": QT_TRANSLATE_NOOP("RecordNames", "Second clarification (working days)"),
    "secretariat_agency_id": QT_TRANSLATE_NOOP("RecordNames", "Secretariat"),
    # the forum's usual minute-taker, as the forum dialog names it
    "secretariat_officer_id": QT_TRANSLATE_NOOP("RecordNames", "Minute-taker"),
    "security": QT_TRANSLATE_NOOP("RecordNames", "Sifat"),
    "sender_agency_id": QT_TRANSLATE_NOOP("RecordNames", "Sender agency"),
    "sender_name": QT_TRANSLATE_NOOP("RecordNames", "Sender's name"),
    "sender_number": QT_TRANSLATE_NOOP("RecordNames", "Sender's number"),
    "sender_unit_id": QT_TRANSLATE_NOOP("RecordNames", "Sender unit"),
    "sensitive": QT_TRANSLATE_NOOP("RecordNames", "Sensitive"),
    "sent_on": QT_TRANSLATE_NOOP("RecordNames", "Sent on"),
    "serial": QT_TRANSLATE_NOOP("RecordNames", "Serial number"),
    "sex": QT_TRANSLATE_NOOP("RecordNames", "Sex"),
    "sha256": QT_TRANSLATE_NOOP("RecordNames", "File hash"),
    "signed_on": QT_TRANSLATE_NOOP("RecordNames", "Signed on"),
    "signer_name": QT_TRANSLATE_NOOP("RecordNames", "Signer's name"),
    "signer_nip": QT_TRANSLATE_NOOP("RecordNames", "Signer's NIP"),
    "signer_officer_id": QT_TRANSLATE_NOOP("RecordNames", "Signer"),
    "signer_position": QT_TRANSLATE_NOOP("RecordNames", "Signer's position"),
    "signer_rank": QT_TRANSLATE_NOOP("RecordNames", "Signer's rank"),
    "site_code": QT_TRANSLATE_NOOP("RecordNames", "Site code"),
    "site_id": QT_TRANSLATE_NOOP("RecordNames", "Site"),
    "size": QT_TRANSLATE_NOOP("RecordNames", "Size"),
    "social_security": QT_TRANSLATE_NOOP("RecordNames", "BPJS member"),
    "source": QT_TRANSLATE_NOOP("RecordNames", "Source"),
    "start_time": QT_TRANSLATE_NOOP("RecordNames", "Start time"),
    "starts_at": QT_TRANSLATE_NOOP("RecordNames", "Starts at"),
    "starts_on": QT_TRANSLATE_NOOP("RecordNames", "Starts on"),
    "status": QT_TRANSLATE_NOOP("RecordNames", "Status"),
    "status_reason": QT_TRANSLATE_NOOP("RecordNames", "Reason postponed or cancelled"),
    # the protocol step a case task carries out
    "step": QT_TRANSLATE_NOOP("RecordNames", "Protocol step"),
    "subject": QT_TRANSLATE_NOOP("RecordNames", "Subject"),
    # how many people a breach concerns
    "subjects": QT_TRANSLATE_NOOP("RecordNames", "People concerned"),
    "subjects_notified_at": QT_TRANSLATE_NOOP("RecordNames", "People told"),
    "summary": QT_TRANSLATE_NOOP("RecordNames", "Summary"),
    "text": QT_TRANSLATE_NOOP("RecordNames", "Text"),
    "text_sha256": QT_TRANSLATE_NOOP("RecordNames", "Text hash"),
    "timezone": QT_TRANSLATE_NOOP("RecordNames", "Time zone"),
    "title": QT_TRANSLATE_NOOP("RecordNames", "Title"),
    "to_agency_id": QT_TRANSLATE_NOOP("RecordNames", "Referred to"),
    "unit_id": QT_TRANSLATE_NOOP("RecordNames", "Unit"),
    # the letterhead's unit line
    "unit_name": QT_TRANSLATE_NOOP("RecordNames", "Unit"),
    "unreachable_days": QT_TRANSLATE_NOOP("RecordNames", "Complainant unreachable (days)"),
    "username": QT_TRANSLATE_NOOP("RecordNames", "Username"),
    "verification_days": QT_TRANSLATE_NOOP("RecordNames", "Verification (working days)"),
    "website": QT_TRANSLATE_NOOP("RecordNames", "Website"),
    "what": QT_TRANSLATE_NOOP("RecordNames", "What to do"),
    "worker_id": QT_TRANSLATE_NOOP("RecordNames", "Worker"),
    "years": QT_TRANSLATE_NOOP("RecordNames", "Retention (years)"),
}


def record_name(entity: str) -> str:
    """The officer's name for a record kind (a replicated table), or the table name if unknown."""
    source = RECORDS.get(entity)
    return QCoreApplication.translate(_CONTEXT, source) if source else entity


def field_name(field: str) -> str:
    """The officer's name for a field (a logged column), or the column name if unknown."""
    source = FIELDS.get(field)
    return QCoreApplication.translate(_CONTEXT, source) if source else field


# An ISO day or moment as the change capture writes them (app.persistence.canonical): the only
# strings read as dates, so a summary that happens to start with a date stays text.
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?")


@functools.cache
def _coded() -> dict[tuple[str, str], dict[str, str]]:
    """(table, column) -> the label table of its coded values (context "labels")."""
    from app import labels as core
    from app import letter_labels as letters

    return {
        ("agency", "kind"): core.AGENCY_KIND_LABELS,
        ("case_file", "channel"): core.CHANNEL_LABELS,
        ("case_file", "complainant"): core.COMPLAINANT_LABELS,
        ("case_file", "outcome"): core.OUTCOME_LABELS,
        ("case_file", "status"): core.CASE_STATUS_LABELS,
        ("referral", "status"): core.REFERRAL_STATUS_LABELS,
        ("timeline_entry", "kind"): core.TIMELINE_KIND_LABELS,
        ("meeting", "status"): core.MEETING_STATUS_LABELS,
        ("attendance", "status"): core.ATTENDANCE_LABELS,
        ("agenda_item", "source"): core.AGENDA_SOURCE_LABELS,
        ("letter", "kind"): letters.LETTER_KIND_LABELS,
        ("numbering_pattern", "kind"): letters.LETTER_KIND_LABELS,
        ("letter", "status"): letters.LETTER_STATUS_LABELS,
        ("letter", "security"): letters.SECURITY_LABELS,
        ("disposition_step", "instruction"): letters.INSTRUCTION_LABELS,
        ("disposition_recipient", "status"): letters.RECIPIENT_STATUS_LABELS,
        ("communication", "channel"): letters.COMM_CHANNEL_LABELS,
        ("communication", "direction"): letters.COMM_DIRECTION_LABELS,
    }


def value_text(entity: str, field: str, value: Any) -> str:
    """A logged value as an officer reads it: a coded value by its name, a day as dd/mm/yyyy, a
    moment as dd/mm/yyyy HH:MM UTC, yes/no as ✓/✗, nothing as —; anything else as it is."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if not isinstance(value, str):
        return str(value)
    source = _coded().get((entity, field), {}).get(value)
    if source:
        return QCoreApplication.translate("labels", source)
    if _DAY.fullmatch(value):
        return f"{date.fromisoformat(value):%d/%m/%Y}"
    if _MOMENT.fullmatch(value):
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        if moment.tzinfo is None:
            return f"{moment:%d/%m/%Y %H:%M}"
        return f"{moment.astimezone(UTC):%d/%m/%Y %H:%M} UTC"
    return value
