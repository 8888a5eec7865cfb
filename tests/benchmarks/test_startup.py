"""How long until a window is usable, each time in a fresh Python process (`make bench`).

* bare: QApplication + QMainWindow, shown, quit after the first event pass (paint): the floor
  that Python and Qt alone cost.
* jejaring: the real `jejaring` start on a set-up (encrypted) database with 200 demo cases, until
  the main window is shown and its first view has loaded its data (see startup_driver.py), with
  the password typed into the sign-in dialog at once: the worst case, every import and the key
  derivation on the path.
* jejaring, a person typing: the same with Sign in pressed 1.5 s after the dialog is up, as a
  person would. The window loads the ORM meanwhile (ui/preload.py), so what follows the press
  is the key derivation (Argon2, a quarter second by design), opening the database and the
  first view.
The summary also gives, from the driver's stamps, when the window's frame was painted, when the
sign-in dialog was up (taking keys) and how long from Sign in to the first view's data.

Both run with bytecode caches warm (a private PYTHONPYCACHEPREFIX, one warm-up round each), as an
installed or frozen program would; the Makefile's PYTHONDONTWRITEBYTECODE would otherwise make
every round recompile the app from source. The summary at the end prints the means, their ratio
(target: at most 3x) and which heavy modules were imported before the window was usable.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ADMIN_PASSWORD

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DRIVER = HERE / "startup_driver.py"
ROUNDS = 5
DEMO_CASES = 200
TIMEOUT = 120
#: how long a person takes to type a username and password (the second Jejaring run)
TYPING_MS = 1500

BARE_WINDOW = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
print(f"frame_at={time.time():.6f}", flush=True)
QTimer.singleShot(0, app.quit)
app.exec()
"""

#: Modules that should load only when first needed (a document, a holiday, a phone number...).
HEAVY = ("reportlab", "cryptography", "openpyxl", "babel", "holidays", "phonenumbers", "PIL", "pycountry")
#: Jejaring may take this many times as long as a bare PySide6 window to be usable.
TARGET_RATIO = 3.0


class StartupSummary:
    """A pytest plugin (registered by the `startup_results` fixture) that prints the means, their
    ratio and the import report after the benchmark table."""

    def __init__(self) -> None:
        self.results: dict[str, Any] = {}

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        bare, jejaring = self.results.get("bare"), self.results.get("jejaring")
        if bare is None and jejaring is None:
            return
        write = terminalreporter.write_line
        terminalreporter.section("start-up")
        if bare is not None:
            write(f"bare PySide6 window       {bare * 1000:8.0f} ms (mean)")
        if jejaring is not None:
            write(f"Jejaring main window      {jejaring * 1000:8.0f} ms (mean, {DEMO_CASES} demo cases)")
        if bare and jejaring:
            ratio = jejaring / bare
            verdict = "within" if ratio <= TARGET_RATIO else "OVER"
            write(f"ratio Jejaring / bare     {ratio:8.2f} x  ({verdict} the {TARGET_RATIO:g} x target)")
            fastest = self.results["jejaring_min"] / self.results["bare_min"]
            write(f"ratio of the fastest runs {fastest:8.2f} x  (less sensitive to a busy machine)")
        # From the processes' own stamps, without the interpreter's exit (bare: its first paint).
        painted = self.results.get("bare_frame")
        paint = statistics.mean(painted) if painted else None
        for key, what in (
            ("frame", "frame first painted"),
            ("sign_in", "sign-in dialog up"),
            ("usable", "first view's data shown"),
        ):
            stamps = self.results.get(key)
            if stamps:
                mean = statistics.mean(stamps)
                ratio = f", {mean / paint:.2f} x the bare window's paint" if paint else ""
                write(f"{what:25} {mean * 1000:8.0f} ms (mean from process start{ratio})")
        if paint:
            write(f"bare window first painted {paint * 1000:8.0f} ms (mean from process start)")
        spans = self.results.get("person_spans")
        if spans:
            write(
                f"Sign in to data, typed in {TYPING_MS / 1000:g} s {statistics.mean(spans) * 1000:5.0f} ms"
                " (mean; the key derivation, opening the database, the first view)"
            )
        imports = self.results.get("imports")
        if imports:
            write("")
            write("imported before the window is usable (python -X importtime, cumulative):")
            for line in imports["top"]:
                write(f"  {line}")
            write("heavy modules at start:")
            for line in imports["heavy"]:
                write(f"  {line}")


@pytest.fixture(scope="session")
def startup_results(pytestconfig: pytest.Config) -> dict[str, Any]:
    plugin = pytestconfig.pluginmanager.get_plugin("jejaring-startup-summary")
    if plugin is None:
        plugin = StartupSummary()
        pytestconfig.pluginmanager.register(plugin, "jejaring-startup-summary")
    return plugin.results


@pytest.fixture(scope="session")
def bench_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    home = tmp_path_factory.mktemp("startup")
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHONPYCACHEPREFIX=str(home / "pycache"),  # warm caches, kept out of the checkout
        XDG_CONFIG_HOME=str(home / "config"),  # QSettings (window geometry, language) of our own
        JEJARING_LANG="en",
        # the first administrator's password (init), who runs `demo`, and who signs in at the
        # window (startup_driver.py types them into the sign-in dialog)
        JEJARING_USER="admin",
        JEJARING_PASSWORD=ADMIN_PASSWORD,
        PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
    )
    env.pop("JEJARING_HOME", None)
    env.pop("JEJARING_DB", None)
    return env


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(args, env=env, cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT)
    if done.returncode != 0:
        pytest.fail(f"{' '.join(args[:4])}... exited {done.returncode}:\n{done.stdout}\n{done.stderr}")
    return done


@pytest.fixture(scope="session")
def desk_dir(tmp_path_factory: pytest.TempPathFactory, bench_env: dict[str, str]) -> Path:
    """An existing, set-up desk with DEMO_CASES demo cases, made once per session."""
    data = tmp_path_factory.mktemp("desk")
    cli = [sys.executable, "-m", "ui", "--data-dir", str(data)]
    site = ["--site-code", "KBRI-KUL", "--site-name", "KBRI Kuala Lumpur", "--agency", "KBRI-KUL"]
    place = ["--country", "MY", "--city", "Kuala Lumpur", "--admin", "admin", "--admin-name", "Admin"]
    _run([*cli, "init", *site, *place], bench_env)
    _run([*cli, "demo", "--cases", str(DEMO_CASES)], bench_env)
    return data


def _stamped(args: list[str], env: dict[str, str], stamps: dict[str, list[float]]) -> None:
    """Run once; keep the `frame_at=`, `sign_in_at=`, `pressed_at=` and `usable_at=` stamps it
    prints, as seconds from its start."""
    start = time.time()
    out = _run(args, env).stdout
    for key, value in re.findall(r"^(frame|sign_in|pressed|usable)_at=([\d.]+)$", out, re.MULTILINE):
        stamps.setdefault(key, []).append(float(value) - start)


def test_bare_window(benchmark: Any, bench_env: dict[str, str], startup_results: dict[str, Any]) -> None:
    stamps: dict[str, list[float]] = {}
    args = [sys.executable, "-c", BARE_WINDOW]
    benchmark.pedantic(
        lambda: _stamped(args, bench_env, stamps), rounds=ROUNDS, iterations=1, warmup_rounds=1
    )
    if benchmark.stats is None:
        return
    startup_results["bare"] = float(benchmark.stats.stats.mean)
    startup_results["bare_min"] = float(benchmark.stats.stats.min)
    startup_results["bare_frame"] = stamps.get("frame", [])[-ROUNDS:]


def test_jejaring_main_window(
    benchmark: Any, bench_env: dict[str, str], desk_dir: Path, startup_results: dict[str, Any]
) -> None:
    args = [sys.executable, str(DRIVER), "--data-dir", str(desk_dir)]
    stamps: dict[str, list[float]] = {"frame": [], "usable": []}
    benchmark.pedantic(
        lambda: _stamped(args, bench_env, stamps), rounds=ROUNDS, iterations=1, warmup_rounds=1
    )
    if benchmark.stats is None:
        return
    mean = float(benchmark.stats.stats.mean)
    startup_results["jejaring"] = mean
    startup_results["jejaring_min"] = float(benchmark.stats.stats.min)
    # the warm-up round is stamped too: keep the timed rounds only
    startup_results.update({key: values[-ROUNDS:] for key, values in stamps.items()})
    benchmark.extra_info["demo_cases"] = DEMO_CASES
    if startup_results.get("bare"):
        benchmark.extra_info["ratio_to_bare_window"] = round(mean / startup_results["bare"], 2)

    # Which modules the start-up imported, once more under -X importtime (not timed).
    report = _run([sys.executable, "-X", "importtime", *args[1:]], bench_env).stderr
    imports = import_report(report)
    startup_results["imports"] = imports
    benchmark.extra_info["heavy_modules_at_start"] = imports["loaded"]


def test_jejaring_person_typing(
    benchmark: Any, bench_env: dict[str, str], desk_dir: Path, startup_results: dict[str, Any]
) -> None:
    args = [sys.executable, str(DRIVER), "--data-dir", str(desk_dir)]
    env = {**bench_env, "JEJARING_BENCH_TYPING_MS": str(TYPING_MS)}
    stamps: dict[str, list[float]] = {"pressed": [], "usable": []}
    benchmark.pedantic(lambda: _stamped(args, env, stamps), rounds=ROUNDS, iterations=1, warmup_rounds=1)
    spans = [usable - pressed for pressed, usable in zip(stamps["pressed"], stamps["usable"], strict=True)]
    startup_results["person_spans"] = spans[-ROUNDS:]
    benchmark.extra_info["typing_ms"] = TYPING_MS
    benchmark.extra_info["sign_in_to_data_ms"] = round(statistics.mean(spans[-ROUNDS:]) * 1000)


def import_report(stderr: str, top: int = 10) -> dict[str, Any]:
    """Top imports by cumulative time, and which HEAVY packages were loaded, and by whom."""
    rows: list[tuple[int, int, str]] = []  # (cumulative us, depth, dotted name) in output order
    for line in stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if match:
            rows.append((int(match.group(2)), len(match.group(3)) // 2, match.group(4)))

    def importer(index: int) -> str:
        """-X importtime prints a module after its imports: the importer is the next shallower row."""
        depth = rows[index][1]
        for _cumulative, other_depth, name in rows[index + 1 :]:
            if other_depth < depth:
                return name
        return "__main__"

    ranked = sorted(rows, key=lambda row: -row[0])[:top]
    top_lines = [f"{cumulative / 1000:7.1f} ms  {name}" for cumulative, _depth, name in ranked]
    heavy_lines, loaded = [], []
    for package in HEAVY:
        index = next((i for i, row in enumerate(rows) if row[2] == package), None)
        if index is None:
            heavy_lines.append(f"{package:13} not imported (good: loaded on first use)")
        else:
            loaded.append(package)
            heavy_lines.append(
                f"{package:13} IMPORTED at start, {rows[index][0] / 1000:.1f} ms, by {importer(index)}"
            )
    return {"top": top_lines, "heavy": heavy_lines, "loaded": loaded}
