"""Render the windows of encryption at rest to screenshots/atrest-*.png, in Indonesian (or
English with --lang en): the sign-in of a desk made by an earlier version (encrypted at that
sign-in), the recovery key shown once, the passphrase of an export and of a backup.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_atrest.py
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ADMIN = "Jejaring-Contoh-2026"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="id")
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication, QStyleFactory

    from app.config import load_config
    from app.persistence import keyfile
    from app.services import office
    from app.services.desk import open_desk
    from ui import i18n
    from ui.application import build_context
    from ui.dialogs.passphrase import PassphraseDialog
    from ui.dialogs.recovery_key import RecoveryKeyDialog
    from ui.dialogs.sign_in import SignInDialog

    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle(QStyleFactory.create("Fusion"))
    i18n.install_translators(app, args.lang)
    args.out.mkdir(parents=True, exist_ok=True)

    def grab(widget: object, name: str) -> None:
        widget.show()  # type: ignore[attr-defined]
        widget.adjustSize()  # type: ignore[attr-defined]
        for _ in range(20):
            app.processEvents()
        widget.grab().save(str(args.out / f"atrest-{name}-{args.lang}.png"))  # type: ignore[attr-defined]
        widget.close()  # type: ignore[attr-defined]

    with tempfile.TemporaryDirectory() as folder:
        config = load_config(Path(folder))
        desk = open_desk(config, encrypt_new=False)  # as an earlier version left it: plain
        office.initialize(
            desk,
            office.OfficeSetup(
                site_code="KBRI-KUL",
                site_name="KBRI Kuala Lumpur",
                agency_code="KBRI-KUL",
                country="MY",
                city="Kuala Lumpur",
                admin_username="siti.rahmawati",
                admin_name="Siti Rahmawati",
                admin_password=ADMIN,
            ),
        )
        desk.username = None
        context = build_context(desk, lambda error: None, app)
        sign_in = SignInDialog(context, username="siti.rahmawati")
        sign_in.password.setText(ADMIN)
        grab(sign_in, "sign-in-plain")
        grab(RecoveryKeyDialog(keyfile.new_recovery_code(), encrypted_now=True), "recovery-key")
        export = PassphraseDialog()
        export.first.setText("frasa sandi")
        export.again.setText("frasa sandi")
        export.encrypt()  # too short: the dialog says so
        grab(export, "export-passphrase")
        grab(PassphraseDialog(backup=True), "backup-passphrase")
        desk.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
