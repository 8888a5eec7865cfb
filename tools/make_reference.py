#!/usr/bin/env python3
"""Generate and check the reference tables under resources/reference/.

Generated here (do not edit by hand, rerun this script instead):

* ``countries.csv``  - ISO 3166-1 countries from pycountry, Indonesian names from
  CLDR (babel) with a short list of overrides, falling back to pycountry's
  iso-codes 'id' translation.
* ``regions.csv``    - provinces, regencies/cities and districts from
  cahyadsn/wilayah (Kepmendagri 300.2.2 of 2025), with a parent_code column.
* ``LICENSE-cahyadsn-wilayah`` - copied beside regions.csv.

The other tables (agencies, units, case categories, jobs, classification codes,
demo/) are curated by hand; ``--check`` validates every table.

Usage (needs pycountry and babel)::

    python tools/make_reference.py                 # regenerate + check
    python tools/make_reference.py --check         # only check
    python tools/make_reference.py --wilayah PATH  # other wilayah.csv

The output is deterministic: UTF-8, LF line endings, csv.QUOTE_MINIMAL.
"""

from __future__ import annotations

import argparse
import csv
import gettext
import io
import shutil
import sys
from collections import Counter
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO_ROOT / "resources" / "reference"
DEFAULT_WILAYAH = REPO_ROOT.parent / "shared" / "data" / "wilayah" / "wilayah.csv"
LICENSE_NAME = "LICENSE-cahyadsn-wilayah"

# Indonesian country names where the CLDR (babel) form is not the one the
# Indonesian government writes. Everything else comes from CLDR, which is the
# everyday form ("Arab Saudi", "Tiongkok", "Korea Selatan", "Timor Leste"),
# while the iso-codes (pycountry) 'id' catalogue keeps the long ISO forms
# ("Taiwan, Provinsi China", "Iran, Republik Islam") and some dated spellings
# ("Perancis", "Timor Timur").
COUNTRY_NAME_ID_OVERRIDES: dict[str, str] = {
    "HK": "Hong Kong",  # CLDR: "Hong Kong DAK Tiongkok"
    "MO": "Makau",  # CLDR: "Makau DAK Tiongkok"
    "PS": "Palestina",  # CLDR: "Wilayah Palestina"; Indonesia recognises the State of Palestine
    "MM": "Myanmar",  # CLDR: "Myanmar (Burma)"
    "CI": "Pantai Gading",  # CLDR keeps the French "Côte d’Ivoire"
    "CD": "Republik Demokratik Kongo",  # CLDR: "Kongo - Kinshasa"
    "CG": "Republik Kongo",  # CLDR: "Kongo - Brazzaville"
    "SZ": "Eswatini",  # CLDR: "eSwatini"
    "GB": "Britania Raya",  # CLDR: "Inggris Raya"; Kemlu writes Britania Raya
    "CL": "Chili",  # CLDR: "Cile"; Kemlu writes Chili
}

REGION_LEVELS = ("provinsi", "kabupaten_kota", "kecamatan")
EXPECTED_REGION_COUNTS = {"provinsi": 38, "kabupaten_kota": 514, "kecamatan": 7285}

AGENCY_KINDS = {
    "ministry",
    "agency",
    "representation",
    "regional_office",
    "local_government",
    "police",
    "immigration",
    "civil_registry",
    "social",
    "ngo",
    "other",
}

HEADERS: dict[str, list[str]] = {
    "agencies.csv": ["code", "name_id", "name_en", "kind", "parent_code"],
    "units.csv": ["agency_code", "code", "name_id", "name_en"],
    "countries.csv": ["iso2", "iso3", "name_id", "name_en"],
    "regions.csv": ["code", "name", "level", "parent_code"],
    "case_categories.csv": ["code", "name_id", "name_en", "source", "sensitive"],
    "jobs.csv": ["code", "name_id", "name_en"],
    "classification_codes.csv": ["code", "name_id", "name_en"],
    "demo/given_names_female.csv": ["name", "region"],
    "demo/given_names_male.csv": ["name", "region"],
    "demo/family_names.csv": ["name"],
    "demo/employers.csv": ["country", "name", "city", "name_native"],
    "demo/cities.csv": ["country", "city"],
    "demo/p3mi.csv": ["name", "city"],
}


# --------------------------------------------------------------------------- io


def csv_text(header: list[str], rows: list[list[str]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(csv_text(header, rows))


def read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


# ------------------------------------------------------------------ countries


def build_countries() -> list[list[str]]:
    import pycountry
    from babel import Locale

    cldr = Locale("id").territories
    iso_id = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"], fallback=True)
    rows = []
    for country in pycountry.countries:
        iso2 = country.alpha_2
        name_en = getattr(country, "common_name", None) or country.name
        name_id = COUNTRY_NAME_ID_OVERRIDES.get(iso2) or cldr.get(iso2)
        if not name_id:
            # iso-codes translates the ISO name; try the common name first.
            for source in (getattr(country, "common_name", None), country.name):
                if source and iso_id.gettext(source) != source:
                    name_id = iso_id.gettext(source)
                    break
        if not name_id:
            name_id = name_en
        rows.append([iso2, country.alpha_3, name_id, name_en])
    rows.sort(key=lambda r: r[0])
    return rows


# -------------------------------------------------------------------- regions


def build_regions(wilayah: Path) -> list[list[str]]:
    with wilayah.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != ["kode", "nama", "tingkat"]:
            raise SystemExit(f"{wilayah}: unexpected header {reader.fieldnames}")
        rows = []
        for rec in reader:
            code = rec["kode"].strip()
            name = " ".join(rec["nama"].split())
            level = rec["tingkat"].strip()
            if level not in REGION_LEVELS:
                raise SystemExit(f"{wilayah}: unknown level {level!r} for {code}")
            parent = code.rsplit(".", 1)[0] if "." in code else ""
            rows.append([code, name, level, parent])
    rows.sort(key=lambda r: r[0])
    return rows


# ---------------------------------------------------------------------- check


def check(out: Path) -> list[str]:
    errors: list[str] = []

    def err(msg: str) -> None:
        errors.append(msg)

    tables: dict[str, list[dict[str, str]]] = {}
    for name, header in HEADERS.items():
        path = out / name
        if not path.exists():
            err(f"{name}: missing")
            continue
        raw = path.read_bytes()
        if b"\r" in raw:
            err(f"{name}: CR found, line endings must be LF")
        if raw.startswith(b"\xef\xbb\xbf"):
            err(f"{name}: BOM found")
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            err(f"{name}: not UTF-8 ({exc})")
            continue
        fields, rows = read_csv(path)
        if fields != header:
            err(f"{name}: header {fields} != {header}")
        for i, row in enumerate(rows, start=2):
            if None in row or any(v is None for v in row.values()):
                err(f"{name}:{i}: wrong number of fields")
            for key, value in row.items():
                if isinstance(value, str) and value != value.strip():
                    err(f"{name}:{i}: stray whitespace in {key}")
        canonical = csv_text(header, [[r[h] for h in header] for r in rows])
        if fields == header and raw.decode("utf-8") != canonical:
            err(f"{name}: not in canonical csv.writer form (quoting or spacing)")
        tables[name] = rows

    def keys_of(name: str, columns: tuple[str, ...]) -> list[tuple[str, ...]]:
        return [tuple(r.get(c) or "" for c in columns) for r in tables.get(name, [])]

    def unique(name: str, columns: tuple[str, ...]) -> None:
        counts = Counter(keys_of(name, columns))
        dups = [k for k, n in counts.items() if n > 1]
        if dups:
            err(f"{name}: duplicate keys {dups[:10]}")

    def sorted_by(name: str, columns: tuple[str, ...]) -> None:
        keys = keys_of(name, columns)
        if keys != sorted(keys):
            err(f"{name}: rows are not sorted by {', '.join(columns)}")

    sorted_tables: list[tuple[str, tuple[str, ...]]] = [
        ("agencies.csv", ("code",)),
        ("units.csv", ("agency_code", "code")),
        ("countries.csv", ("iso2",)),
        ("regions.csv", ("code",)),
        ("classification_codes.csv", ("code",)),
    ]
    unsorted_tables: list[tuple[str, tuple[str, ...]]] = [
        ("case_categories.csv", ("code",)),
        ("jobs.csv", ("code",)),
        ("demo/given_names_female.csv", ("name",)),
        ("demo/given_names_male.csv", ("name",)),
        ("demo/family_names.csv", ("name",)),
        ("demo/employers.csv", ("country", "name")),
        ("demo/cities.csv", ("country", "city")),
        ("demo/p3mi.csv", ("name",)),
    ]
    for name, columns in sorted_tables:
        unique(name, columns)
        sorted_by(name, columns)
    for name, columns in unsorted_tables:
        unique(name, columns)

    agencies = {r["code"]: r for r in tables.get("agencies.csv", [])}
    for code, r in agencies.items():
        if r["kind"] not in AGENCY_KINDS:
            err(f"agencies.csv: {code}: bad kind {r['kind']!r}")
        if r["parent_code"] and r["parent_code"] not in agencies:
            err(f"agencies.csv: {code}: unknown parent {r['parent_code']!r}")
        if not (r["name_id"] and r["name_en"]):
            err(f"agencies.csv: {code}: empty name")
    for code in agencies:  # no cycles
        seen, cur = set(), code
        while cur:
            if cur in seen:
                err(f"agencies.csv: parent cycle at {code}")
                break
            seen.add(cur)
            cur = agencies.get(cur, {}).get("parent_code", "")
    for r in tables.get("units.csv", []):
        if r["agency_code"] not in agencies:
            err(f"units.csv: unknown agency {r['agency_code']!r}")
        c = r["code"]
        if not c or c != c.upper() or "/" in c or " " in c:
            err(f"units.csv: unit code {c!r} unusable in a letter number")

    countries = tables.get("countries.csv", [])
    if len(countries) < 249:
        err(f"countries.csv: only {len(countries)} rows")
    iso2 = {r["iso2"] for r in countries}

    regions = tables.get("regions.csv", [])
    region_codes = {r["code"] for r in regions}
    levels = Counter(r["level"] for r in regions)
    if dict(levels) != EXPECTED_REGION_COUNTS:
        err(f"regions.csv: level counts {dict(levels)} != {EXPECTED_REGION_COUNTS}")
    depth = {"provinsi": 1, "kabupaten_kota": 2, "kecamatan": 3}
    for r in regions:
        if len(r["code"].split(".")) != depth.get(r["level"], -1):
            err(f"regions.csv: {r['code']} does not match level {r['level']}")
        if r["level"] == "provinsi":
            if r["parent_code"]:
                err(f"regions.csv: province {r['code']} has a parent")
        elif r["parent_code"] not in region_codes:
            err(f"regions.csv: {r['code']}: unknown parent {r['parent_code']!r}")

    for r in tables.get("case_categories.csv", []):
        if r["source"] not in {"bp2mi", "kemlu"}:
            err(f"case_categories.csv: {r['code']}: bad source {r['source']!r}")
        if r["sensitive"] not in {"0", "1"}:
            err(f"case_categories.csv: {r['code']}: sensitive must be 0 or 1")
    for name in ("case_categories.csv", "jobs.csv"):
        for r in tables.get(name, []):
            c = r["code"]
            if not c.replace("_", "").isalnum() or c != c.lower():
                err(f"{name}: code {c!r} is not snake_case")

    provinces = {r["code"] for r in regions if r["level"] == "provinsi"}
    for name in ("demo/given_names_female.csv", "demo/given_names_male.csv"):
        rows = tables.get(name, [])
        if len(rows) < 60:
            err(f"{name}: only {len(rows)} names")
        for r in rows:
            if r["region"] not in provinces:
                err(f"{name}: {r['name']}: unknown province {r['region']!r}")
    if len(tables.get("demo/family_names.csv", [])) < 60:
        err("demo/family_names.csv: fewer than 60 names")
    cities = {(r["country"], r["city"]) for r in tables.get("demo/cities.csv", [])}
    for r in tables.get("demo/cities.csv", []):
        if r["country"] not in iso2:
            err(f"demo/cities.csv: unknown country {r['country']!r}")
    per_country = Counter(r["country"] for r in tables.get("demo/employers.csv", []))
    for cc in ("MY", "SA", "HK", "TW", "SG", "AE", "QA", "KW"):
        if per_country[cc] < 10:
            err(f"demo/employers.csv: {cc} has {per_country[cc]} employers (< 10)")
    for r in tables.get("demo/employers.csv", []):
        if (r["country"], r["city"]) not in cities:
            err(f"demo/employers.csv: {r['name']}: city {r['city']!r} not in cities.csv")
    if len(tables.get("demo/p3mi.csv", [])) < 20:
        err("demo/p3mi.csv: fewer than 20 companies")
    if not (out / LICENSE_NAME).exists():
        err(f"{LICENSE_NAME}: missing")
    return errors


# ----------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--wilayah",
        type=Path,
        default=DEFAULT_WILAYAH,
        help=f"cahyadsn wilayah.csv (default: {DEFAULT_WILAYAH})",
    )
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help=f"output folder (default: {DEFAULT_OUT})"
    )
    parser.add_argument("--check", action="store_true", help="only validate, write nothing")
    args = parser.parse_args(argv)

    out: Path = args.out
    if not args.check:
        out.mkdir(parents=True, exist_ok=True)
        write_csv(out / "countries.csv", HEADERS["countries.csv"], build_countries())
        write_csv(out / "regions.csv", HEADERS["regions.csv"], build_regions(args.wilayah))
        licence = args.wilayah.parent / LICENSE_NAME
        if licence.exists():
            shutil.copyfile(licence, out / LICENSE_NAME)
        else:
            print(f"warning: {licence} not found, licence not copied", file=sys.stderr)

    errors = check(out)
    for e in errors:
        print(e, file=sys.stderr)
    if errors:
        print(f"{len(errors)} problem(s)", file=sys.stderr)
        return 1
    print("reference tables OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
