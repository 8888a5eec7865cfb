"""What correspondence's coded values are called (context "labels", like app/labels.py)."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP
from app.models.correspondence import (
    CommChannel,
    CommDirection,
    DispositionInstruction,
    LetterKind,
    LetterSecurity,
    LetterStatus,
    RecipientStatus,
)

LETTER_KIND_LABELS: dict[str, str] = {
    LetterKind.INCOMING: QT_TRANSLATE_NOOP("labels", "Incoming letter"),
    LetterKind.OUTGOING: QT_TRANSLATE_NOOP("labels", "Outgoing letter"),
    LetterKind.MEMO: QT_TRANSLATE_NOOP("labels", "Internal memo"),
    LetterKind.INVITATION: QT_TRANSLATE_NOOP("labels", "Invitation"),
}

SECURITY_LABELS: dict[str, str] = {
    LetterSecurity.BIASA: QT_TRANSLATE_NOOP("labels", "Ordinary"),
    LetterSecurity.SEGERA: QT_TRANSLATE_NOOP("labels", "Urgent"),
    LetterSecurity.SANGAT_SEGERA: QT_TRANSLATE_NOOP("labels", "Very urgent"),
    LetterSecurity.RAHASIA: QT_TRANSLATE_NOOP("labels", "Secret"),
    LetterSecurity.SANGAT_RAHASIA: QT_TRANSLATE_NOOP("labels", "Top secret"),
}

LETTER_STATUS_LABELS: dict[str, str] = {
    LetterStatus.REGISTERED: QT_TRANSLATE_NOOP("labels", "Registered"),
    LetterStatus.DRAFT: QT_TRANSLATE_NOOP("labels", "Draft"),
    LetterStatus.APPROVED: QT_TRANSLATE_NOOP("labels", "Approved"),
    LetterStatus.SIGNED: QT_TRANSLATE_NOOP("labels", "Signed"),
    LetterStatus.SENT: QT_TRANSLATE_NOOP("labels", "Sent"),
    LetterStatus.CANCELLED: QT_TRANSLATE_NOOP("labels", "Cancelled"),
}

INSTRUCTION_LABELS: dict[str, str] = {
    DispositionInstruction.SELESAIKAN: QT_TRANSLATE_NOOP("labels", "Settle it"),
    DispositionInstruction.SARAN: QT_TRANSLATE_NOOP("labels", "Advice or opinion"),
    DispositionInstruction.KOORDINASIKAN: QT_TRANSLATE_NOOP("labels", "Coordinate"),
    DispositionInstruction.PELAJARI: QT_TRANSLATE_NOOP("labels", "Study it"),
    DispositionInstruction.WAKILI: QT_TRANSLATE_NOOP("labels", "Represent or attend"),
    DispositionInstruction.PANTAU: QT_TRANSLATE_NOOP("labels", "Monitor"),
    DispositionInstruction.FILE: QT_TRANSLATE_NOOP("labels", "File it"),
}

RECIPIENT_STATUS_LABELS: dict[str, str] = {
    RecipientStatus.PENDING: QT_TRANSLATE_NOOP("labels", "Pending"),
    RecipientStatus.DONE: QT_TRANSLATE_NOOP("labels", "Done"),
    RecipientStatus.FORWARDED: QT_TRANSLATE_NOOP("labels", "Forwarded"),
}

COMM_CHANNEL_LABELS: dict[str, str] = {
    CommChannel.PHONE: QT_TRANSLATE_NOOP("labels", "Phone call"),
    CommChannel.WHATSAPP: QT_TRANSLATE_NOOP("labels", "WhatsApp"),
    CommChannel.TELEGRAM: QT_TRANSLATE_NOOP("labels", "Telegram"),
    CommChannel.SMS: QT_TRANSLATE_NOOP("labels", "SMS"),
    CommChannel.OTHER_MESSAGING: QT_TRANSLATE_NOOP("labels", "Other messaging app"),
    CommChannel.EMAIL: QT_TRANSLATE_NOOP("labels", "E-mail"),
    CommChannel.VISIT: QT_TRANSLATE_NOOP("labels", "Visit"),
    CommChannel.VIDEO: QT_TRANSLATE_NOOP("labels", "Video call"),
}

COMM_DIRECTION_LABELS: dict[str, str] = {
    CommDirection.INCOMING: QT_TRANSLATE_NOOP("labels", "Incoming"),
    CommDirection.OUTGOING: QT_TRANSLATE_NOOP("labels", "Outgoing"),
}

#: the Indonesian words a printed letter uses for its sifat, whatever the reader's language
SIFAT_WORDS: dict[str, str] = {
    LetterSecurity.BIASA: "Biasa",
    LetterSecurity.SEGERA: "Segera",
    LetterSecurity.SANGAT_SEGERA: "Sangat Segera",
    LetterSecurity.RAHASIA: "Rahasia",
    LetterSecurity.SANGAT_RAHASIA: "Sangat Rahasia",
}

#: the instructions as a printed lembar disposisi names them
INSTRUCTION_WORDS: dict[str, str] = {
    DispositionInstruction.SELESAIKAN: "Selesaikan",
    DispositionInstruction.SARAN: "Saran/Pendapat",
    DispositionInstruction.KOORDINASIKAN: "Koordinasikan",
    DispositionInstruction.PELAJARI: "Pelajari",
    DispositionInstruction.WAKILI: "Wakili/Hadiri",
    DispositionInstruction.PANTAU: "Pantau",
    DispositionInstruction.FILE: "File",
}
