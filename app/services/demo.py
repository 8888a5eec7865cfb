"""Realistic sample data so that a new desk is not empty: sites abroad, officers, and workers'
cases with Indonesian names, valid NIKs and the usual destination countries. All fictional."""

from __future__ import annotations

import csv
import random
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import DomainError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.models import (
    Agency,
    Case,
    CaseCategory,
    CaseStatus,
    Officer,
    Referral,
    ReferralStatus,
    Region,
    Role,
    Site,
    TimelineEntry,
    TimelineKind,
)
from app.resources import resource_path
from app.services import access, case_activity, protocol
from app.services import cases as case_service
from app.services.cases import CaseInput
from app.services.desk import Desk
from app.services.workers import WorkerInput

#: Destination countries with rough weights (share of complaints), the representation that
#: serves each, and a city.
DESTINATIONS: dict[str, tuple[int, str]] = {
    "MY": (30, "KBRI-KUL"),
    "SA": (20, "KJRI-JED"),
    "HK": (14, "KJRI-HKG"),
    "TW": (14, "KDEI-TPE"),
    "SG": (8, "KBRI-SIN"),
    "AE": (7, "KBRI-AUH"),
    "QA": (4, "KBRI-DOH"),
    "KW": (3, "KBRI-KWI"),
}
#: Provinces that send most workers (NIK prefixes), with weights.
HOME_PROVINCES = {"35": 25, "33": 20, "32": 18, "52": 12, "53": 6, "18": 8, "12": 5, "36": 6}
STATUS_WEIGHTS = {
    CaseStatus.INTAKE: 12,
    CaseStatus.VERIFICATION: 14,
    CaseStatus.CLARIFICATION_1: 10,
    CaseStatus.CLARIFICATION_2: 6,
    CaseStatus.MEDIATION: 8,
    CaseStatus.REFERRED: 10,
    CaseStatus.RESOLVED: 22,
    CaseStatus.CLOSED: 18,
}
SUMMARIES = {
    "unpaid_wages": "Gaji belum dibayar selama {months} bulan oleh majikan di {city}.",
    "wants_to_go_home": "PMI meminta dipulangkan karena kontrak bermasalah; majikan menahan paspor.",
    "employer_violence": "PMI melaporkan kekerasan fisik oleh majikan; perlu pendampingan dan tempat aman.",
    "illness": "PMI sakit dan dirawat di rumah sakit di {city}; keluarga meminta informasi biaya perawatan.",
    "lost_contact": "Keluarga kehilangan kontak dengan PMI sejak {months} bulan lalu.",
    "trafficking": "Dugaan TPPO: PMI diberangkatkan tanpa prosedur oleh perekrut perseorangan.",
    "died_abroad": "PMI meninggal dunia di {city}; keluarga meminta pemulangan jenazah.",
}
DEFAULT_SUMMARY = "Pengaduan diterima dari {channel}; PMI bekerja di {city} sejak {year}."
CHANNELS = ("keluarga PMI", "hotline", "aplikasi pesan", "surat dari BP3MI", "kunjungan langsung", "email")


def _csv(*parts: str) -> Iterator[dict[str, str]]:
    with resource_path("reference", "demo", *parts).open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


@dataclass
class _Pools:
    female: list[str]
    male: list[str]
    family: list[str]
    employers: dict[str, list[str]]
    cities: dict[str, list[str]]
    p3mi: list[str]
    districts: dict[str, list[str]]
    categories: list[str]


def _pools(session: Session) -> _Pools:
    employers: dict[str, list[str]] = {}
    for row in _csv("employers.csv"):
        employers.setdefault(row["country"], []).append(row["name"])
    cities: dict[str, list[str]] = {}
    for row in _csv("cities.csv"):
        cities.setdefault(row["country"], []).append(row["city"])
    districts: dict[str, list[str]] = {}
    for code in session.scalars(select(Region.code).where(Region.level == "kecamatan")):
        districts.setdefault(code[:2], []).append(code)
    return _Pools(
        female=[r["name"] for r in _csv("given_names_female.csv")],
        male=[r["name"] for r in _csv("given_names_male.csv")],
        family=[r["name"] for r in _csv("family_names.csv")],
        employers=employers,
        cities=cities,
        p3mi=[r["name"] for r in _csv("p3mi.csv")],
        districts=districts,
        categories=list(session.scalars(select(CaseCategory.code).where(CaseCategory.active.is_(True)))),
    )


def make_nik(rng: random.Random, district_code: str, sex: str, born: date) -> str:
    """A structurally valid NIK: region, birth date (+40 on the day for women), serial."""
    day = born.day + (40 if sex == "F" else 0)
    region = district_code.replace(".", "")
    return f"{region}{day:02d}{born.month:02d}{born.year % 100:02d}{rng.randint(1, 9999):04d}"


def make_nip(rng: random.Random, sex: str) -> str:
    """A civil-servant number: birth date, appointment month, sex digit, serial."""
    born = date(rng.randint(1968, 1995), rng.randint(1, 12), rng.randint(1, 28))
    appointed = (born.year + rng.randint(22, 30), rng.randint(1, 12))
    return f"{born:%Y%m%d}{appointed[0]}{appointed[1]:02d}{1 if sex == 'M' else 2}{rng.randint(1, 999):03d}"


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _person(rng: random.Random, pools: _Pools, sex: str) -> str:
    given = rng.choice(pools.female if sex == "F" else pools.male)
    if rng.random() < 0.5:
        return f"{given} {rng.choice(pools.family)}"
    if rng.random() < 0.3:
        return f"{given} {rng.choice(pools.female if sex == 'F' else pools.male)}"
    return given


Progress = Callable[[int, int], bool]
"""Called with (done, total); returning False cancels (and nothing is kept)."""


class Cancelled(DomainError):
    pass


def load_demo(
    desk: Desk,
    cases: int = 200,
    *,
    seed: int = 2026,
    progress: Progress | None = None,
    today: date | None = None,
) -> int:
    """Add sample sites, officers and `cases` cases in one transaction; returns cases added."""
    access.require(desk, access.Permission.MANAGE_SETTINGS)
    if cases < 0 or cases > 1_000_000:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The number of sample cases must be between 0 and 1,000,000.")
        )
    rng = random.Random(seed)
    today = today or date.today()
    with desk.write() as session:
        pools = _pools(session)
        _sample_sites_and_officers(session, rng, pools)
        agencies = dict(session.execute(select(Agency.code, Agency.id)).all())
        done = 0
        for index in range(cases):
            country = _weighted(rng, {k: v[0] for k, v in DESTINATIONS.items()})
            sex = "F" if rng.random() < 0.72 else "M"
            born = date(rng.randint(1975, 2003), rng.randint(1, 12), rng.randint(1, 28))
            province = _weighted(rng, HOME_PROVINCES)
            district = rng.choice(pools.districts[province])
            reported = today - timedelta(days=int(rng.triangular(0, 540, 30)))
            category = rng.choice(pools.categories)
            city = rng.choice(pools.cities.get(country, ["-"]))
            summary = SUMMARIES.get(category, DEFAULT_SUMMARY).format(
                months=rng.randint(2, 14),
                city=city,
                channel=rng.choice(CHANNELS),
                year=reported.year - rng.randint(0, 4),
            )
            opened = case_service.open_case(
                desk,
                WorkerInput(
                    full_name=_person(rng, pools, sex),
                    nik=make_nik(rng, district, sex, born) if rng.random() < 0.85 else "",
                    sex=sex,
                    birth_date=born,
                    home_region=district[:5],
                    phone=f"+628{rng.randint(11, 59)}{rng.randint(1000000, 99999999)}",
                    employer_name=rng.choice(pools.employers.get(country, [""])),
                    destination_country=country,
                    destination_city=city,
                    job="domestic_worker"
                    if sex == "F"
                    else rng.choice(["private_driver", "gardener", "farm_worker"]),
                    p3mi_name=rng.choice(pools.p3mi) if rng.random() < 0.7 else "",
                    departure_date=reported - timedelta(days=rng.randint(60, 1500)),
                    procedural=rng.random() < 0.65,
                ),
                CaseInput(
                    category=category,
                    reported_on=reported,
                    country=country,
                    complainant=rng.choice(("worker", "worker", "family", "family", "ngo", "agency")),
                    channel=rng.choice(("walk_in", "hotline", "messaging", "email", "letter", "referral")),
                    summary=summary,
                    priority=rng.choice((1, 2, 2, 2, 3)),
                    life_threatening=category in ("trafficking", "employer_violence") and rng.random() < 0.4,
                ),
                today=today,
                session=session,
            )
            case = session.get(Case, opened.id)
            assert case is not None
            _history(session, rng, case, today, agencies)
            done = index + 1
            if progress is not None and (done % 25 == 0 or done == cases) and progress(done, cases) is False:
                raise Cancelled(
                    QT_TRANSLATE_NOOP("errors", "Loading sample data was cancelled; nothing was added.")
                )
    from app.services.demo_meetings import load_demo_meetings

    load_demo_meetings(desk, rng, today)  # after the cases: the agendas pull overdue ones in
    from app.services.demo_letters import load_demo_correspondence

    load_demo_correspondence(desk, seed=seed, today=today, letters_count=min(30, max(cases // 10, 3)))
    return done


NOTES = (
    (
        TimelineKind.CALL,
        "Menelepon PMI melalui WhatsApp; PMI dalam keadaan sehat dan meminta kepastian gaji.",
    ),
    (TimelineKind.CALL, "Keluarga di kampung dihubungi; dokumen kependudukan akan dikirim lewat BP3MI."),
    (TimelineKind.VISIT, "Kunjungan ke rumah majikan bersama Atase Ketenagakerjaan."),
    (TimelineKind.NOTE, "Majikan bersedia membayar sisa gaji secara bertahap."),
    (TimelineKind.LETTER, "Surat permintaan klarifikasi dikirim ke agensi mitra."),
)


def _history(
    session: Session, rng: random.Random, case: Case, today: date, agencies: dict[str, uuid.UUID]
) -> None:
    """What happened on a sample case since it was reported: stage, notes, perhaps a referral."""
    registered = session.scalar(select(TimelineEntry).where(TimelineEntry.case_id == case.id))
    at = datetime.combine(case.reported_on, time(9, rng.randint(0, 59)), UTC)
    if registered is not None:
        registered.at = at
    status = rng.choices(list(STATUS_WEIGHTS), weights=list(STATUS_WEIGHTS.values()))[0]
    age = (today - case.reported_on).days
    for _ in range(rng.randint(0, 3) if age > 2 else 0):
        kind, text = rng.choice(NOTES)
        when = at + timedelta(days=rng.randint(1, max(age, 1)), hours=rng.randint(0, 6))
        session.add(
            TimelineEntry(
                case_id=case.id,
                at=min(when, at + timedelta(days=age)),
                kind=kind,
                text=text,
                agency_id=case.lead_agency_id,
                officer="",
            )
        )
    if status is CaseStatus.INTAKE:
        return
    moved_on = min(today, case.reported_on + timedelta(days=rng.randint(1, 40)))
    case_activity.on_stage_change(session, case, case.status, status, moved_on)
    case.status = status
    if status in (CaseStatus.RESOLVED, CaseStatus.CLOSED):
        case.closed_on = moved_on
    if status is CaseStatus.REFERRED or rng.random() < 0.15:
        receiver = agencies.get(
            rng.choice(("BP3MI-JATIM", "BP3MI-JATENG", "BP3MI-NTB", "KEMLU-PWNI", "POLRI"))
        )
        if receiver is None or receiver == case.lead_agency_id or case.lead_agency_id is None:
            return
        calendar = protocol.calendar_for_agency(session, receiver)
        sent = moved_on
        answered = rng.random() < 0.6 or status in (CaseStatus.RESOLVED, CaseStatus.CLOSED)
        session.add(
            Referral(
                case_id=case.id,
                from_agency_id=case.lead_agency_id,
                to_agency_id=receiver,
                reason="Pendampingan PMI dan keluarga setelah kepulangan ke daerah asal.",
                documents="Kronologi kasus; salinan paspor",
                sent_on=sent,
                due_on=calendar.add_working_days(sent, 3),
                status=(ReferralStatus.ACCEPTED if rng.random() < 0.8 else ReferralStatus.RETURNED)
                if answered
                else ReferralStatus.SENT,
                answered_on=min(today, calendar.add_working_days(sent, rng.randint(1, 5)))
                if answered
                else None,
            )
        )


def _sample_sites_and_officers(session: Session, rng: random.Random, pools: _Pools) -> None:
    agencies = {a.code: a for a in session.scalars(select(Agency))}
    known_sites = set(session.scalars(select(Site.code)))
    for country, (_weight, code) in DESTINATIONS.items():
        agency = agencies.get(code)
        if agency is None or code in known_sites:
            continue
        city = (pools.cities.get(country) or [""])[0]
        session.add(
            Site(
                code=code,
                name=agency.name,
                agency_id=agency.id,
                country=country,
                city=city,
                timezone="Asia/Jakarta",
                is_hub=False,
                active=True,
            )
        )
    if "BP2MI-PUSAT" not in known_sites and "BP2MI" in agencies:
        session.add(
            Site(
                code="BP2MI-PUSAT",
                name="BP2MI Pusat",
                agency_id=agencies["BP2MI"].id,
                country="ID",
                city="Jakarta",
                timezone="Asia/Jakarta",
                is_hub=True,
                active=True,
            )
        )
    session.flush()
    if session.scalar(select(Officer.id).where(Officer.username.like("demo.%"))) is not None:
        return
    positions = [
        ("BP2MI", "Analis Pengaduan PMI", Role.CASE_OFFICER),
        ("BP2MI", "Kepala Subdirektorat Pengaduan", Role.SUPERVISOR),
        ("KEMLU-PWNI", "Penata Layanan Pelindungan WNI", Role.CASE_OFFICER),
        ("KBRI-KUL", "Atase Ketenagakerjaan", Role.SUPERVISOR),
        ("KBRI-KUL", "Staf Fungsi Pelindungan WNI", Role.CASE_OFFICER),
        ("KJRI-HKG", "Staf Fungsi Pelindungan WNI", Role.CASE_OFFICER),
        ("KEMNAKER", "Pengantar Kerja Ahli Muda", Role.SECRETARIAT),
        ("KP2MI", "Sekretariat Rapat Koordinasi", Role.SECRETARIAT),
    ]
    sites = {s.code: s for s in session.scalars(select(Site))}
    for index, (agency_code, position, role) in enumerate(positions, start=1):
        agency = agencies.get(agency_code)
        if agency is None:
            continue
        sex = rng.choice("FM")
        name = _person(rng, pools, sex)
        site = sites.get(agency_code) or sites.get("BP2MI-PUSAT")
        session.add(
            Officer(
                full_name=name,
                nip=make_nip(rng, sex),
                position=position,
                agency_id=agency.id,
                site_id=site.id if site else None,
                phone=f"+62812{rng.randint(1000000, 9999999)}",
                email=f"demo.{index}@example.go.id",
                username=f"demo.{index}",
                role=role,
                active=True,
            )
        )
