"""A register of a million cases for the scale benchmarks, built once and kept in .benchmarks/.

Rows go in with plain executemany (the benchmark measures reading, not the change capture), the
search index is rebuilt in one statement, and the file is reused while the schema is unchanged.
"""

from __future__ import annotations

import random
import sqlite3
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from app.config import load_config
from app.persistence import schema
from app.services import office
from app.services.desk import open_desk
from tests.conftest import ADMIN_PASSWORD

ROOT = Path(__file__).resolve().parents[2] / ".benchmarks"
CATEGORIES = (
    "unpaid_wages",
    "wants_to_go_home",
    "illness",
    "lost_contact",
    "employer_violence",
    "trafficking",
    "work_not_as_contracted",
    "ran_away_from_employer",
    "detained_or_on_trial",
)
COUNTRIES = ("MY", "SA", "HK", "TW", "SG", "AE", "QA", "KW")
STATUSES = (
    "intake",
    "verification",
    "clarification_1",
    "clarification_2",
    "mediation",
    "referred",
    "resolved",
    "closed",
)
GIVEN = (
    "Siti",
    "Sri",
    "Dewi",
    "Nur",
    "Ani",
    "Tri",
    "Eka",
    "Budi",
    "Agus",
    "Wati",
    "Lestari",
    "Yuni",
    "Rina",
    "Ratna",
    "Sumiati",
    "Suparmi",
    "Kartini",
    "Ahmad",
    "Made",
    "Ketut",
    "Yohana",
    "Maria",
)
FAMILY = (
    "Aminah",
    "Wahyuni",
    "Rahayu",
    "Susanti",
    "Handayani",
    "Purwanti",
    "Saputra",
    "Nugroho",
    "Siregar",
    "Hasibuan",
    "Sihombing",
    "Wulandari",
    "Hidayat",
    "Setiawan",
    "Ndun",
    "Bria",
)


def build(path: Path, cases: int, seed: int = 1) -> Path:
    config = load_config(path.parent / f"{path.stem}-home", f"sqlite:///{path}")
    desk = open_desk(config, encrypt_new=False)  # plain: the bulk loader below writes with sqlite3
    office.initialize(
        desk,
        office.OfficeSetup(
            "KBRI-KUL",
            "KBRI Kuala Lumpur",
            "KBRI-KUL",
            "MY",
            admin_username="admin",
            admin_password=ADMIN_PASSWORD,
        ),
    )
    desk.close()
    rng = random.Random(seed)
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.000000")
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=OFF")
    site = db.execute("SELECT id FROM site WHERE code = 'KBRI-KUL'").fetchone()[0]
    agencies = [row[0] for row in db.execute("SELECT id FROM agency WHERE kind = 'representation'")]
    triggers = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    for name, _ in triggers:
        db.execute(f"DROP TRIGGER {name}")
    stamp = (now, "bench", now, "bench", "KBRI-KUL")
    start = date(2020, 1, 1)
    batch_w: list[tuple[object, ...]] = []
    batch_c: list[tuple[object, ...]] = []
    for n in range(1, cases + 1):
        worker_id = uuid.UUID(int=rng.getrandbits(128)).hex
        case_id = uuid.UUID(int=rng.getrandbits(128)).hex
        name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
        procedural = rng.choice((True, False, None))
        reported = start + timedelta(days=rng.randint(0, 2500))
        nik = f"3507{rng.randint(10, 99)}{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(70, 99)}{n % 10000:04d}"
        batch_w.append(
            (
                worker_id,
                name,
                "",
                nik,
                f"C{n:07d}",
                f"Employer {n % 5000}",
                "PT Bench",
                rng.choice(COUNTRIES),
                procedural,
                *stamp,
            )
        )
        batch_c.append(
            (
                case_id,
                f"KBRI-KUL/{reported.year}/{n:07d}",
                site,
                worker_id,
                reported.isoformat(),
                rng.choice(CATEGORIES),
                rng.choice(STATUSES),
                rng.choice((1, 2, 2, 3)),
                rng.random() < 0.03,
                f"Ringkasan kasus nomor {n} tentang {name}",
                rng.choice(agencies),
                rng.choice(COUNTRIES),
                name.lower(),  # worker_sort, then procedural: as the dropped triggers set them
                procedural,
                *stamp,
            )
        )
        if len(batch_c) == 50_000 or n == cases:
            db.executemany(
                "INSERT INTO worker (id, full_name, aliases, nik, passport_no, employer_name, p3mi_name, "
                "destination_country, procedural, created_at, created_by, updated_at, updated_by, origin_site, birth_place, "
                "address, phone, phone_alt, family_contact, family_relation, family_phone, partner_agency, "
                "employer_address, employer_phone, destination_city, job) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', '', '', '', '', '', '', '', '', '', '')",
                batch_w,
            )
            db.executemany(
                "INSERT INTO case_file (id, number, site_id, worker_id, reported_on, category, status, priority, "
                "life_threatening, summary, lead_agency_id, country, worker_sort, procedural, created_at, created_by, "
                "updated_at, updated_by, origin_site, complainant, complainant_name, complainant_phone, channel, "
                "outcome_currency, outcome_note, for_next_meeting) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'worker', '', '', 'other', '', '', 0)",
                batch_c,
            )
            batch_w.clear()
            batch_c.clear()
    db.execute("DELETE FROM case_search")
    db.execute(
        "INSERT INTO case_search (rowid, number, names, documents, employer, summary) "
        "SELECT c.rowid, c.number, w.full_name || ' ' || w.aliases, coalesce(w.nik, '') || ' ' || "
        "coalesce(w.passport_no, ''), w.employer_name || ' ' || w.p3mi_name, c.summary "
        "FROM case_file c JOIN worker w ON w.id = c.worker_id"
    )
    for _, sql in triggers:
        db.execute(sql)
    db.commit()
    db.execute("ANALYZE")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


def big_database(cases: int = 1_000_000) -> Path:
    """The path of a migrated database holding `cases` cases (built on first use)."""
    ROOT.mkdir(exist_ok=True)
    path = ROOT / f"cases-{cases}-{schema.head_revision()}.sqlite3"
    if not path.exists():
        partial = path.with_suffix(".building")
        for stale in ROOT.glob(f"{partial.name}*"):
            stale.unlink()
        build(partial, cases)
        partial.rename(path)
    return path
