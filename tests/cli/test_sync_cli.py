"""A three-site exchange typed at the command line: an embassy, the BP2MI desk and the ministry hub."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.cli.conftest import invoke
from tests.conftest import ADMIN_PASSWORD

SITES = {
    "KBRI-KUL": ("KBRI Kuala Lumpur", "KBRI-KUL", "MY", "admin-kbri"),
    "BP2MI-JKT": ("BP2MI Jakarta", "BP2MI", "ID", "admin-bp2mi"),
    "KP2MI-HUB": ("KP2MI Jakarta", "KP2MI", "ID", "admin-hub"),
}


def _runner(  # type: ignore[no-untyped-def]
    tmp_path: Path,
    code: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    database_url: str | None = None,
):
    def run(*args: str, ok: bool = True, lang: str = "en") -> subprocess.CompletedProcess[str]:
        env = {
            "JEJARING_HOME": str(tmp_path / code),
            "JEJARING_LANG": lang,
            "JEJARING_PASSPHRASE": f"passphrase of {code}",
            "JEJARING_USER": SITES[code][3],
            "JEJARING_PASSWORD": ADMIN_PASSWORD,
        }
        if database_url:  # the PostgreSQL leg: this site is an office server
            env["JEJARING_DB"] = database_url
        result = invoke(args, env, capsys, monkeypatch)
        if ok:
            assert result.returncode == 0, result.stderr
        return result

    return run


def test_three_sites_exchange_bundles(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    database_url: str | None,
) -> None:
    """In the PostgreSQL leg the BP2MI desk is an office server, the others SQLite files."""
    run = {
        code: _runner(tmp_path, code, capsys, monkeypatch, database_url if code == "BP2MI-JKT" else None)
        for code in SITES
    }
    for code, (name, agency, country, admin) in SITES.items():
        run[code](
            "init",
            "--site-code",
            code,
            "--site-name",
            name,
            "--agency",
            agency,
            "--country",
            country,
            "--admin",
            admin,
        )
    run["KP2MI-HUB"]("site", "hub")
    cards = tmp_path / "cards"
    cards.mkdir()
    for code in SITES:
        made = run[code]("site", "card", "--out", str(cards / f"{code}.json"))
        assert "Fingerprint:" in made.stdout
    for code in SITES:
        for other in SITES:
            if other != code:
                enrolled = run[code]("site", "enroll", str(cards / f"{other}.json"), "--yes")
                assert f"Enrolled site {other}." in enrolled.stdout
    listed = json.loads(run["KBRI-KUL"]("site", "list", "--json").stdout)
    assert [p["code"] for p in listed] == ["BP2MI-JKT", "KP2MI-HUB"]
    assert next(p for p in listed if p["code"] == "KP2MI-HUB")["is_hub"] is True

    run["KBRI-KUL"]("demo", "--cases", "3", "--seed", "4")
    bundles = tmp_path / "bundles"
    first = bundles / "kbri-to-hub-1.jejaring"
    written = run["KBRI-KUL"]("bundle", "export", "--to", "KP2MI-HUB", "--out", str(first))
    assert "Bundle 1 for KP2MI-HUB" in written.stdout
    report = json.loads(run["KP2MI-HUB"]("bundle", "import", str(first), "--json").stdout)
    assert report["new"] > 0 and report["quarantined"] == 0 and not report["replay"]
    again = run["KP2MI-HUB"]("bundle", "import", str(first))
    assert "was imported before; nothing changed" in again.stdout

    # the same file at the wrong site, a flipped byte, a stranger's file: refused, nothing changes
    wrong = run["BP2MI-JKT"]("bundle", "import", str(first), ok=False)
    assert wrong.returncode == 1 and "not encrypted for this site" in wrong.stderr
    flipped = bundles / "flipped.jejaring"
    data = bytearray(first.read_bytes())
    data[len(data) // 2] ^= 0x40
    flipped.write_bytes(bytes(data))
    before = run["KP2MI-HUB"]("db", "dump").stdout
    bad = run["KP2MI-HUB"]("bundle", "import", str(flipped), ok=False, lang="id")
    assert bad.returncode == 1 and "rusak" in bad.stderr
    assert run["KP2MI-HUB"]("db", "dump").stdout == before

    # the hub relays to the BP2MI desk and answers the embassy; everyone acknowledges
    for _round in range(2):
        for sender, receiver in (
            ("KP2MI-HUB", "BP2MI-JKT"),
            ("KP2MI-HUB", "KBRI-KUL"),
            ("BP2MI-JKT", "KP2MI-HUB"),
            ("KBRI-KUL", "KP2MI-HUB"),
        ):
            path = bundles / f"{sender}-{receiver}-{_round}.jejaring"
            run[sender]("bundle", "export", "--to", receiver, "--out", str(path))
            run[receiver]("bundle", "import", str(path))
    assert run["KBRI-KUL"]("db", "dump").stdout == run["KP2MI-HUB"]("db", "dump").stdout
    relayed = json.loads(run["BP2MI-JKT"]("case", "list", "--json").stdout)
    assert relayed, "the BP2MI desk takes part in the embassy's cases and received them through the hub"
    assert run["KBRI-KUL"]("conflicts", "list").stdout.strip() == "No conflicts."

    # after a revocation the hub refuses the embassy's bundles
    run["KP2MI-HUB"]("site", "revoke", "KBRI-KUL")
    late = bundles / "late.jejaring"
    run["KBRI-KUL"]("bundle", "export", "--to", "KP2MI-HUB", "--out", str(late))
    refused = run["KP2MI-HUB"]("bundle", "import", str(late), ok=False)
    assert "revoked" in refused.stderr


def test_a_hub_that_lost_rows_is_told_on_import_and_a_resend_mends_it(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    database_url: str | None,
) -> None:
    """In the PostgreSQL leg the hub is an office server."""
    from sqlalchemy import text

    from app.config import load_config
    from app.services import accounts
    from app.services.desk import open_desk

    pair = ("KBRI-KUL", "KP2MI-HUB")
    url = {"KP2MI-HUB": database_url} if database_url else {}
    run = {code: _runner(tmp_path, code, capsys, monkeypatch, url.get(code)) for code in pair}
    cards = tmp_path / "cards"
    cards.mkdir()
    for code in pair:
        name, agency, country, admin = SITES[code]
        run[code](
            "init",
            "--site-code",
            code,
            "--site-name",
            name,
            "--agency",
            agency,
            "--country",
            country,
            "--admin",
            admin,
        )
        run[code]("site", "card", "--out", str(cards / f"{code}.json"))
    run["KP2MI-HUB"]("site", "hub")
    run["KBRI-KUL"]("site", "enroll", str(cards / "KP2MI-HUB.json"), "--yes")
    run["KP2MI-HUB"]("site", "enroll", str(cards / "KBRI-KUL.json"), "--yes")
    run["KBRI-KUL"]("demo", "--cases", "2", "--seed", "4")
    bundles = tmp_path / "bundles"
    bundles.mkdir()
    number = iter(range(100))

    def exchange(sender: str, receiver: str, *extra: str) -> subprocess.CompletedProcess[str]:
        path = bundles / f"{sender}-{receiver}-{next(number)}.jejaring"
        run[sender]("bundle", "export", "--to", receiver, "--out", str(path))
        return run[receiver]("bundle", "import", str(path), *extra)

    for _round in range(2):
        assert "missing" not in exchange("KBRI-KUL", "KP2MI-HUB").stdout
        exchange("KP2MI-HUB", "KBRI-KUL")

    hub = open_desk(load_config(tmp_path / "KP2MI-HUB", url.get("KP2MI-HUB")))
    accounts.sign_in(hub, SITES["KP2MI-HUB"][3], ADMIN_PASSWORD)  # the key of its database
    with hub.db.engine.begin() as connection:  # the hub's database loses rows; its counters stay
        seqs = (
            connection.execute(
                text(
                    "SELECT origin_seq FROM change_log WHERE origin_site = 'KBRI-KUL'"
                    " ORDER BY origin_seq LIMIT 4"
                )
            )
            .scalars()
            .all()
        )
        connection.execute(
            text(
                "DELETE FROM change_log WHERE origin_site = 'KBRI-KUL'"
                f" AND origin_seq IN ({seqs[1]}, {seqs[3]})"
            )
        )
    hub.close()

    told = exchange("KBRI-KUL", "KP2MI-HUB")
    assert "at least 2 of them are missing here" in told.stdout
    assert "`jejaring site resend KP2MI-HUB` there" in told.stdout
    report = json.loads(exchange("KBRI-KUL", "KP2MI-HUB", "--json").stdout)
    [found] = report["diverged"]
    assert found["origin"] == "KBRI-KUL" and found["missing"] == 2
    listed = run["KP2MI-HUB"]("site", "list").stdout
    assert "2 changes missing: ask for a resend" in listed

    run["KBRI-KUL"]("site", "resend", "KP2MI-HUB")
    mended = exchange("KBRI-KUL", "KP2MI-HUB", "--json")
    assert json.loads(mended.stdout)["diverged"] == []
    assert "missing" not in run["KP2MI-HUB"]("site", "list").stdout
