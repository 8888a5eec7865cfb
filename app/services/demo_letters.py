"""Sample correspondence for the demo: incoming letters (some answered, some awaiting a reply or
overdue), their dispositions, outgoing letters and memos, and logged calls and messages on cases.
Written through the ordinary services, so it is validated and journalled like an officer's work."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select

from app.models import Agency, Case, Officer, Site, Unit
from app.services import comms, dispositions, letters
from app.services.accounts import officer_named
from app.services.desk import Desk
from app.services.dispositions import Route

SENDERS = ("BP2MI", "KEMLU-PWNI", "KEMNAKER", "KP2MI", "POLRI", "IMIGRASI")
SUBJECTS = (
    "Permohonan fasilitasi pemulangan PMI a.n. {name}",
    "Permintaan data dan kronologis kasus PMI a.n. {name}",
    "Penyampaian pengaduan keluarga PMI a.n. {name}",
    "Undangan rapat koordinasi penanganan kasus PMI",
    "Permohonan klarifikasi penempatan oleh P3MI",
    "Tindak lanjut hasil rapat koordinasi pelindungan PMI",
)
CALLS = (
    (
        "phone",
        "in",
        "Keluarga menanyakan perkembangan penanganan kasus.",
        "Kabari keluarga setelah klarifikasi",
    ),
    ("whatsapp", "out", "Menghubungi PMI; PMI dalam keadaan sehat dan sudah di shelter.", ""),
    ("phone", "out", "Koordinasi dengan BP3MI tentang penjemputan di bandara.", "Kirim jadwal penerbangan"),
    ("email", "in", "Agensi mitra mengirim salinan kontrak kerja.", ""),
    ("visit", "in", "Majikan datang ke kantor untuk mediasi pembayaran gaji.", "Siapkan berita acara"),
)


def load_demo_correspondence(
    desk: Desk, *, seed: int = 2026, today: date | None = None, letters_count: int = 12
) -> int:
    """Add sample letters, dispositions and logged contacts; returns the letters added."""
    rng = random.Random(seed)
    today = today or date.today()
    with desk.read() as session:
        site = session.scalar(select(Site).where(Site.code == desk.site_code))
        if site is None:
            return 0
        codes = set(session.scalars(select(Agency.code)))
        units = list(
            session.scalars(select(Unit.id).where(Unit.agency_id == site.agency_id).order_by(Unit.code))
        )
        officers = list(session.scalars(select(Officer.id).where(Officer.active.is_(True)).limit(4)))
        case_rows = list(
            session.execute(
                select(Case.number, Case.reported_on)
                .where(Case.deleted_at.is_(None))
                .order_by(Case.number)
                .limit(40)
            )
        )
        me = session.scalar(select(Officer.id).where(officer_named(desk.username or "")))
    routes = [Route(unit_id=u) for u in units[:3]] + [Route(officer_id=o) for o in officers[:2]]
    if me is not None:  # the desk's own officer gets some, so "routed to me" shows something
        routes = [Route(officer_id=me), *[r for r in routes if r.officer_id != me]]
    senders = [s for s in SENDERS if s in codes]
    added = 0
    for index in range(letters_count if senders else 0):
        received = today - timedelta(days=rng.randint(0, 45))
        case_number = case_rows[index % len(case_rows)][0] if case_rows and rng.random() < 0.6 else ""
        registered = letters.register_incoming(
            desk,
            letters.IncomingLetter(
                received_on=received,
                dated_on=received - timedelta(days=rng.randint(1, 5)),
                subject=rng.choice(SUBJECTS).format(name=f"PMI {index + 1}"),
                security=rng.choice(("biasa", "biasa", "segera", "sangat_segera", "rahasia")),
                sender_agency=rng.choice(senders),
                sender_number=f"B-{rng.randint(10, 900)}/{received:%m}/{received.year}",
                summary="Mohon ditindaklanjuti sesuai ketentuan.",
                attachment_count=rng.randint(0, 3),
                reply_by=received + timedelta(days=rng.choice((5, 7, 14))) if rng.random() < 0.7 else None,
                classification=rng.choice(("PL.01", "PL.02", "KS.03", "")),
                case_numbers=(case_number,) if case_number else (),
            ),
            today=today,
        )
        added += 1
        if routes and rng.random() < 0.8:
            chosen = rng.sample(routes, k=min(len(routes), rng.randint(1, 2)))
            routed = tuple(Route(r.officer_id, r.unit_id, lead=i == 0) for i, r in enumerate(chosen))
            given = min(today, received + timedelta(days=rng.randint(0, 3)))
            dispositions.dispose(
                desk,
                registered.id,
                routed,
                instructions=tuple(rng.sample(("selesaikan", "koordinasikan", "pelajari", "pantau"), 2)),
                note="Mohon segera ditindaklanjuti.",
                due_on=given + timedelta(days=rng.randint(2, 14)) if rng.random() < 0.8 else None,
                today=given,
            )
        if index % 3 == 0:  # answered
            reply = letters.draft_letter(
                desk,
                letters.LetterDraft(
                    kind="out",
                    subject="Tanggapan atas surat nomor " + registered.reference,
                    addressee="Kepala " + rng.choice(senders),
                    addressee_place="Jakarta",
                    body="Dengan hormat, menindaklanjuti surat Saudara, bersama ini kami sampaikan ...",
                    classification="PL.01",
                    signer=desk.username or "",
                    copies=("Direktur Pelindungan WNI", "Arsip"),
                    in_reply_to=registered.id,
                ),
                today=today,
            )
            letters.approve_letter(desk, reply, today=today)
            if desk.username:
                letters.sign_letter(desk, reply, today=today)
    memo = letters.draft_letter(
        desk,
        letters.LetterDraft(
            kind="memo",
            subject="Laporan mingguan penanganan kasus PMI",
            addressee="Kepala Perwakilan",
            body="Bersama ini kami laporkan perkembangan penanganan kasus minggu ini.",
            classification="PL.01",
        ),
        today=today,
    )
    del memo
    for index, (number, reported) in enumerate(case_rows[:15]):
        channel, direction, summary, follow_up = CALLS[index % len(CALLS)]
        when = min(max(reported, today - timedelta(days=rng.randint(1, 20))), today - timedelta(days=1))
        comms.log_communication(
            desk,
            comms.CommInput(
                channel=channel,
                direction=direction,
                at=datetime.combine(when, time(rng.randint(1, 9), rng.choice((0, 15, 30))), UTC),
                counterpart_name=rng.choice(("Ibu Sumarni", "Pak Rahman", "Bu Lestari", "Mr. Tan")),
                counterpart_phone=f"+62812{rng.randint(1000000, 9999999)}",
                summary=summary,
                follow_up=follow_up,
                follow_up_due=when + timedelta(days=3) if follow_up else None,
                case_number=number,
            ),
        )
    return added
