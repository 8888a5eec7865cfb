"""The collector pause of bulk work (app/bulk.py): off while any bulk job runs, on again after
the last one, also when a job fails, and left off if it was off before."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from types import SimpleNamespace

import pytest

from app.bulk import collector_paused


@pytest.fixture(autouse=True)
def _collector_on() -> Iterator[None]:
    gc.enable()
    yield
    gc.enable()


def test_paused_while_jobs_run_and_resumed_after_the_last() -> None:
    started, release = threading.Event(), threading.Event()

    def other_job() -> None:
        with collector_paused():
            started.set()
            release.wait(5)

    worker = threading.Thread(target=other_job)
    with collector_paused():
        assert not gc.isenabled()
        worker.start()
        assert started.wait(5)
    assert not gc.isenabled()  # the other job still runs
    release.set()
    worker.join(5)
    assert gc.isenabled()


def test_resumed_when_the_job_fails() -> None:
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("a damaged bundle")
    assert gc.isenabled()


def test_left_off_when_it_was_off() -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_an_import_runs_paused(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.sync import importer

    seen: list[bool] = []
    monkeypatch.setattr(importer, "open_file", lambda *_args: seen.append(gc.isenabled()))

    def apply(*_args: object, **_kwargs: object) -> SimpleNamespace:
        seen.append(gc.isenabled())
        return SimpleNamespace(replay=True, new=0)  # nothing new: no waiting changes to release

    monkeypatch.setattr(importer, "apply", apply)
    keys = SimpleNamespace(public=SimpleNamespace(signing_key=""))
    importer.import_file(None, keys, None)  # type: ignore[arg-type]
    assert seen == [False, False] and gc.isenabled()
