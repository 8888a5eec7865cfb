"""Realistic inputs for every form (fictional people), shared by the tests and
tools/render_documents.py, which renders them to PNG for a person to look at."""

from __future__ import annotations

from datetime import date, datetime, time

from app.documents.forms.chronology import CaseChronology, ChronologyEntry
from app.documents.forms.disposition import DispositionSheet
from app.documents.forms.letter import LetterDocument, MemoDocument
from app.documents.forms.meeting import ActionItem, AgendaItem, AttendanceSheet, Invitation, Invitee, Minutes
from app.documents.page import Letterhead, PageSettings, Signatory, Verification

ARABIC_NAME = "فاطمة الزهراء"
HAN_NAME = "陳美玲"  # an employer in Hong Kong

LETTERHEAD = Letterhead(
    ministry="Kementerian Pelindungan Pekerja Migran Indonesia",
    agency="Badan Pelindungan Pekerja Migran Indonesia",
    unit="Direktorat Pelindungan Kawasan Asia dan Afrika",
    address="Jalan MT Haryono Kav. 52, Pancoran, Jakarta Selatan 12770",
    phone="(021) 29244800",
    fax="(021) 29244801",
    email="persuratan@bp2mi.go.id",
    website="www.bp2mi.go.id",
)


def page(paper: str = "A4", language: str = "id") -> PageSettings:
    return PageSettings(
        paper=paper,
        language=language,
        letterhead=LETTERHEAD,
        verification=Verification(
            "B-12/DIR-PKAA/HK.01/11/2026",
            "JJR1:BP2MI-JKT:0190f1a2-7c3d-7e4f-8a5b-6c7d8e9f0a1b:1f2e3d4c5b6a7988",
        ),
    )


DIRECTOR = Signatory(
    "Direktur Pelindungan Kawasan Asia dan Afrika",
    "Dr. Hendra Wijaya, S.H., M.H.",
    "Pembina Utama Muda (IV/c)",
    "197001011995031001",
)

LETTER = LetterDocument(
    number="B-12/DIR-PKAA/HK.01/11/2026",
    place="Jakarta",
    date=date(2026, 11, 28),
    classification="Segera",
    attachment="1 (satu) berkas",
    subject="Permohonan Fasilitasi Pemulangan PMI a.n. Siti Aminah",
    addressee="Duta Besar Republik Indonesia untuk Malaysia",
    addressee_address="di Kuala Lumpur",
    body=(
        "Dengan hormat, bersama ini kami sampaikan bahwa telah diterima pengaduan dari keluarga PMI "
        "a.n. Siti Aminah binti Karto yang bekerja sebagai penata laksana rumah tangga di Selangor, "
        "Malaysia, mengenai gaji yang tidak dibayar selama 8 (delapan) bulan.",
        "Sehubungan dengan hal tersebut, kami mohon bantuan Bapak untuk memfasilitasi penyelesaian "
        "hak-hak PMI dimaksud dan pemulangannya ke daerah asal.",
        "Demikian disampaikan, atas perhatian dan kerja sama Bapak diucapkan terima kasih.",
    ),
    signer=DIRECTOR,
    copies=(
        "Kepala Badan Pelindungan Pekerja Migran Indonesia",
        "Direktur Pelindungan WNI, Kementerian Luar Negeri",
    ),
)

MEMO = MemoDocument(
    number="ND-31/DIR-PKAA/11/2026",
    date=date(2026, 11, 28),
    to="Sekretaris Utama",
    sender="Direktur Pelindungan Kawasan Asia dan Afrika",
    classification="Biasa",
    attachment="-",
    subject="Laporan Penanganan Kasus PMI Bulan November 2026",
    body=(
        "Bersama ini kami laporkan penanganan 42 kasus PMI selama bulan November 2026, 17 di antaranya telah "
        "selesai dan 9 dirujuk ke perwakilan RI.",
    ),
    signer=DIRECTOR,
    copies=("Kepala Badan",),
)

PEOPLE = tuple(
    Invitee(name, position, agency)
    for name, position, agency in (
        ("Dr. Hendra Wijaya, S.H., M.H.", "Direktur", "BP2MI"),
        ("Ratna Sari Dewi, S.Sos.", "Analis Pengaduan", "BP2MI"),
        ("Agus Prasetyo", "Koordinator Fungsi Konsuler", "KBRI Kuala Lumpur"),
        ("Maria Ulfa, S.H.", "Direktur Pelindungan WNI", "Kementerian Luar Negeri"),
        ("Bambang Susilo", "Kepala Seksi", "Disnaker Kab. Indramayu"),
        ("Yusuf Hidayat", "Penyidik", "Bareskrim Polri"),
        (ARABIC_NAME, "Penerjemah", "KBRI Riyadh"),
        (f"{HAN_NAME} (Chan Mei Ling)", "Majikan", "Hong Kong"),
    )
)

INVITATION = Invitation(
    number="UND-7/DIR-PKAA/11/2026",
    place="Jakarta",
    date=date(2026, 11, 23),
    classification="Segera",
    attachment="1 (satu) lembar",
    subject="Undangan Rapat Koordinasi Penanganan Kasus PMI",
    addressee="Bapak/Ibu sebagaimana daftar terlampir",
    addressee_address="di tempat",
    opening="Dalam rangka koordinasi penanganan kasus PMI di kawasan Asia dan Afrika, dengan hormat kami "
    "mengundang Bapak/Ibu untuk hadir pada rapat koordinasi yang akan dilaksanakan pada:",
    meeting_date=date(2026, 11, 28),
    start=time(9, 0),
    end=time(12, 0),
    venue="Ruang Rapat Lantai 3, Gedung BP2MI, Jakarta",
    agenda=(
        "Tindak lanjut keputusan rapat bulan Oktober",
        "Kasus PMI gaji tidak dibayar di Malaysia",
        "Pemulangan jenazah PMI dari Arab Saudi",
    ),
    closing="Mengingat pentingnya acara tersebut, kami mohon kehadiran Bapak/Ibu tepat pada waktunya.",
    signer=DIRECTOR,
    invitees=PEOPLE,
    copies=("Kepala Badan",),
)

ATTENDANCE = AttendanceSheet(
    meeting="Rapat Koordinasi Penanganan Kasus PMI",
    date=date(2026, 11, 28),
    start=time(9, 0),
    venue="Ruang Rapat Lantai 3, Gedung BP2MI, Jakarta",
    rows=14,
    attendees=PEOPLE,
)


def minutes(actions: int = 6) -> Minutes:
    return Minutes(
        meeting="Rapat Koordinasi Penanganan Kasus PMI",
        date=date(2026, 11, 28),
        start=time(9, 0),
        end=time(12, 15),
        venue="Ruang Rapat Lantai 3, Gedung BP2MI, Jakarta",
        chair=Signatory(
            "Direktur Pelindungan Kawasan Asia dan Afrika",
            "Dr. Hendra Wijaya, S.H., M.H.",
            "",
            "197001011995031001",
        ),
        minute_taker=Signatory("Analis Pengaduan", "Ratna Sari Dewi, S.Sos.", "", "198805122014022003"),
        participants=PEOPLE,
        agenda=(
            AgendaItem(
                "Kasus PMI gaji tidak dibayar di Malaysia",
                (
                    "KBRI Kuala Lumpur menyampaikan bahwa majikan telah dipanggil dua kali dan "
                    "bersedia membayar sebagian gaji.",
                    "Disnaker Kab. Indramayu telah menghubungi keluarga PMI.",
                ),
            ),
            AgendaItem(
                "Pemulangan jenazah PMI dari Arab Saudi",
                ("Dokumen kematian telah diterima; biaya pemulangan ditanggung asuransi.",),
            ),
        ),
        decisions=(
            "KBRI Kuala Lumpur melanjutkan mediasi dengan majikan.",
            "BP2MI menyiapkan penjemputan jenazah di Bandara Soekarno-Hatta.",
        ),
        actions=tuple(
            ActionItem(
                f"Tindak lanjut nomor {i}: koordinasi dengan perwakilan dan keluarga PMI",
                "KBRI Kuala Lumpur" if i % 2 else "BP2MI",
                date(2026, 12, 1 + i % 27),
            )
            for i in range(1, actions + 1)
        ),
        place="Jakarta",
    )


DISPOSITION = DispositionSheet(
    agenda_number="SM-1182/2026",
    received_on=date(2026, 11, 27),
    letter_number="B-3345/KBRI-KL/PWNI/11/2026",
    letter_date=date(2026, 11, 25),
    sender="KBRI Kuala Lumpur",
    subject="Permintaan data PMI a.n. Siti Aminah",
    urgency="Segera",
    forward_to=("Direktur Pelindungan Kawasan Asia dan Afrika", "Kasubdit Pengaduan"),
    instructions=("Settle it", "Coordinate"),
    notes="Mohon segera dikoordinasikan dengan Disnaker Indramayu.",
    deadline=date(2026, 12, 2),
    initials="HW",
    signed_on=date(2026, 11, 27),
)

CHRONOLOGY = CaseChronology(
    case_number="BP2MI-JKT/2026/00042",
    worker_name=ARABIC_NAME,
    category="Gaji tidak dibayar",
    place="Jakarta",
    date=date(2026, 11, 28),
    entries=tuple(
        ChronologyEntry(
            datetime(2026, 10, 1 + i % 28, 9 + i % 8, 15),
            f"Catatan ke-{i}: koordinasi dengan KBRI",
            "BP2MI",
            "Ratna Sari Dewi",
        )
        for i in range(1, 6)
    ),
    signer=Signatory("Analis Pengaduan", "Ratna Sari Dewi, S.Sos.", "", "198805122014022003"),
)
