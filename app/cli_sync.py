"""`jejaring site|bundle|conflicts|quarantine ...` (sync by bundle files).

The passphrase of this site's keys comes from JEJARING_PASSPHRASE (scripts) or is asked for.
app.sync (and with it cryptography and pyrage) is imported only when one of these commands runs.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from app.config import Config
from app.errors import DomainError
from app.i18n import translate


def add_commands(commands: Any) -> None:
    site = commands.add_parser("site", help=translate("cli", "this site's keys and card, and enrolled peers"))
    site_commands = site.add_subparsers(dest="site_command", metavar="COMMAND", required=True)
    card = site_commands.add_parser(
        "card", help=translate("cli", "write this site's public card (keys are made on first use)")
    )
    card.add_argument("--out", required=True, metavar="FILE")
    enroll = site_commands.add_parser("enroll", help=translate("cli", "enrol a peer site from its card"))
    enroll.add_argument("file", metavar="FILE")
    enroll.add_argument(
        "--yes", action="store_true", help=translate("cli", "do not ask to confirm the fingerprint")
    )
    revoke = site_commands.add_parser("revoke", help=translate("cli", "stop trusting a peer site's keys"))
    revoke.add_argument("code", metavar="CODE")
    listing = site_commands.add_parser("list", help=translate("cli", "enrolled peer sites"))
    listing.add_argument("--json", action="store_true")
    hub = site_commands.add_parser(
        "hub", help=translate("cli", "mark this site as the hub (the national desk)")
    )
    hub.add_argument("--off", action="store_true", help=translate("cli", "this site is no longer the hub"))
    again = site_commands.add_parser(
        "resend", help=translate("cli", "send a peer everything again with the next bundle")
    )
    again.add_argument("code", metavar="CODE")

    bundle = commands.add_parser("bundle", help=translate("cli", "exchange bundle files with peer sites"))
    bundle_commands = bundle.add_subparsers(dest="bundle_command", metavar="COMMAND", required=True)
    export = bundle_commands.add_parser(
        "export", help=translate("cli", "write a bundle of what a peer has not acknowledged")
    )
    export.add_argument("--to", required=True, metavar="CODE")
    export.add_argument("--out", required=True, metavar="FILE")
    imp = bundle_commands.add_parser("import", help=translate("cli", "verify and apply a bundle file"))
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--json", action="store_true")

    conflicts = commands.add_parser("conflicts", help=translate("cli", "concurrent edits to review"))
    conflict_commands = conflicts.add_subparsers(dest="conflicts_command", metavar="COMMAND", required=True)
    clist = conflict_commands.add_parser("list", help=translate("cli", "the review queue"))
    clist.add_argument("--json", action="store_true")
    clist.add_argument("--all", action="store_true", help=translate("cli", "minor fields too"))
    resolve = conflict_commands.add_parser("resolve", help=translate("cli", "keep one value of a conflict"))
    resolve.add_argument("entity", metavar="ENTITY")
    resolve.add_argument("row_id", metavar="ID")
    resolve.add_argument("field", metavar="FIELD")
    keep = resolve.add_mutually_exclusive_group(required=True)
    keep.add_argument("--keep", metavar="CHANGE", help=translate("cli", "the change to keep (SITE:SEQ)"))
    keep.add_argument("--value", metavar="JSON", help=translate("cli", "a merged value, as JSON"))

    held = commands.add_parser("quarantine", help=translate("cli", "changes an import set aside"))
    held_commands = held.add_subparsers(dest="quarantine_command", metavar="COMMAND", required=True)
    held_list = held_commands.add_parser("list", help=translate("cli", "the set-aside changes and why"))
    held_list.add_argument("--json", action="store_true")
    let_go = held_commands.add_parser(
        "release", help=translate("cli", "import set-aside changes again (what still fails stays aside)")
    )
    which = let_go.add_mutually_exclusive_group(required=True)
    which.add_argument("ids", metavar="NUMBER", nargs="*", type=int, default=[])
    which.add_argument("--all", action="store_true", help=translate("cli", "every change that can pass"))
    drop = held_commands.add_parser("discard", help=translate("cli", "forget set-aside changes"))
    drop.add_argument("ids", metavar="NUMBER", nargs="+", type=int)


def _passphrase(confirm: bool = False) -> str:
    value = os.environ.get("JEJARING_PASSPHRASE")
    if value is not None:
        return value
    first = getpass.getpass(translate("cli", "Passphrase of this site's keys: "))
    if confirm and getpass.getpass(translate("cli", "The same passphrase again: ")) != first:
        raise DomainError(translate("cli", "The two passphrases differ; nothing was changed."))
    return first


def _open(config: Config) -> Any:
    from app.cli_access import open_desk

    desk = open_desk(config)
    if not desk.initialized:
        desk.close()
        raise DomainError(translate("cli", "This desk has not been set up yet: run `jejaring init` first."))
    return desk


def cmd_site(config: Config, args: argparse.Namespace) -> int:
    from app.sync import sites
    from app.sync.keys import SiteCard

    desk = _open(config)
    try:
        if args.site_command == "card":
            if sites.has_keys(desk):
                keys = sites.unlock(desk, _passphrase())
            else:
                keys = sites.create_keys(desk, _passphrase(confirm=True))
            card = sites.own_card(desk)
            _write_text(Path(args.out), card.to_json(keys) + "\n")
            print(
                translate("cli", "Site card of {code} written to {path}. Fingerprint: {fingerprint}").format(
                    code=card.code, path=args.out, fingerprint=card.fingerprint
                )
            )
        elif args.site_command == "enroll":
            try:
                text = Path(args.file).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                raise DomainError(
                    translate("cli", "The file {path} cannot be read.").format(path=args.file)
                ) from None
            card = SiteCard.from_json(text)
            print(
                translate("cli", "Site {code} ({name}), agency {agency}, country {country}.").format(
                    code=card.code, name=card.name, agency=card.agency_code, country=card.country
                )
            )
            print(translate("cli", "Fingerprint: {fingerprint}").format(fingerprint=card.fingerprint))
            if not args.yes:
                answer = input(
                    translate("cli", "Does the fingerprint match what the site read out to you? [y/N] ")
                )
                if answer.strip().lower() not in ("y", "yes", "ya"):
                    print(translate("cli", "Not enrolled."))
                    return 1
            sites.enroll(desk, card)
            print(translate("cli", "Enrolled site {code}.").format(code=card.code))
        elif args.site_command == "revoke":
            peer = sites.revoke(desk, args.code)
            print(translate("cli", "Revoked site {code}: its bundles are refused.").format(code=peer.code))
        elif args.site_command == "resend":
            peer = sites.resend(desk, args.code)
            print(
                translate("cli", "The next bundle for {code} carries every change again.").format(
                    code=peer.code
                )
            )
        elif args.site_command == "hub":
            sites.set_hub(desk, not args.off)
            print(
                translate("cli", "This site is the hub.")
                if not args.off
                else translate("cli", "This site is not the hub.")
            )
        else:
            peers = sites.peers(desk)
            if args.json:
                from dataclasses import asdict

                json.dump([asdict(p) for p in peers], sys.stdout, default=str, indent=2, sort_keys=True)
                sys.stdout.write("\n")
            elif not peers:
                print(translate("cli", "No peer sites enrolled."))
            for peer in peers if not args.json else []:
                state = translate("cli", "revoked") if peer.revoked_at else ""
                if peer.missing:
                    state = translate("cli", "{count} changes missing: ask for a resend").format(
                        count=peer.missing
                    )
                hub = "hub" if peer.is_hub else "   "
                counters = f"{peer.sent_seq}/{peer.acked_seq}/{peer.received_seq}"
                print(
                    f"{peer.code:<16} {peer.fingerprint}  {peer.agency_code:<12} {peer.country}"
                    f"  {hub}  {counters} {state}"
                )
    finally:
        desk.close()
    return 0


def cmd_bundle(config: Config, args: argparse.Namespace) -> int:
    from app.sync import export, importer, sites

    desk = _open(config)
    try:
        keys = sites.unlock(desk, _passphrase())
        if args.bundle_command == "export":
            result = export.export_bundle(desk, keys, args.to, Path(args.out))
            print(
                translate(
                    "cli",
                    "Bundle {sequence} for {peer} written to {path}: {changes} changes, {blobs} attachments.",
                ).format(
                    sequence=result.sequence,
                    peer=result.peer,
                    path=result.path,
                    changes=result.changes,
                    blobs=result.blobs,
                )
            )
            if result.given_back:
                print(
                    translate(
                        "cli",
                        "Of them, {count} are changes {peer} made itself and no longer holds (it was put "
                        "back on an older copy): given back.",
                    ).format(count=result.given_back, peer=result.peer)
                )
            return 0
        report = importer.import_file(desk, keys, Path(args.file))
        own = desk.site_code or ""
    finally:
        desk.close()
    if args.json:
        json.dump(json.loads(report.to_json()), sys.stdout, indent=2, sort_keys=True)
        sys.stdout.write("\n")
    elif report.replay:
        print(
            translate("cli", "Bundle {sequence} from {sender} was imported before; nothing changed.").format(
                sequence=report.sequence, sender=report.sender
            )
        )
    else:
        print(
            translate(
                "cli",
                "Bundle {sequence} from {sender}: {new} new, {updated} updated, {unchanged} unchanged, "
                "{conflicts} conflicts, {quarantined} quarantined.",
            ).format(**json.loads(report.to_json()))
        )
    if report.resend and not args.json:
        print(
            translate(
                "cli",
                "{sender} had lost bundles it had acknowledged (a restored backup?): the next bundle "
                "for it carries every change again.",
            ).format(sender=report.sender)
        )
    if report.taken_back and not args.json:
        print(
            translate(
                "cli",
                "{sender} gave back {count} changes this site had made and lost when it was put back on "
                "an older copy: they are in again, and its next changes, cases and letters are numbered "
                "after them.",
            ).format(sender=report.sender, count=report.taken_back)
        )
    if report.left_back and not args.json:
        print(
            translate(
                "cli",
                "{sender} holds {count} changes this site made before it was put back on an older copy. "
                "They were not taken back, because changes made here since then use the same numbers or "
                "records. Nothing is lost ({sender} keeps them); tell your administrator.",
            ).format(sender=report.sender, count=report.left_back)
        )
    if report.behind and not report.taken_back and not args.json:
        print(
            translate(
                "cli",
                "{sender} has taken bundles from this site that this database does not remember "
                "sending: it is an older copy of this site's database (a restored backup?). Changes "
                "made here since it was put back reuse numbers that {sender} holds, and {sender} "
                "refuses them. If nothing was changed here since, send {sender} a bundle: its next bundle "
                "gives this site's lost changes back. Otherwise tell your administrator.",
            ).format(sender=report.sender)
        )
    for found in report.diverged if not args.json else []:
        print(divergence_message(report.sender, own, found))
    return 0


def divergence_message(sender: str, own: str, found: dict[str, Any]) -> str:
    """What an administrator reads when this site lacks changes a peer believes it holds."""
    return translate(
        "cli",
        "{sender} counts {expected} changes of {origin} up to number {upto} that this site should "
        "hold; at least {missing} of them are missing here. Ask the administrator of {sender} to send "
        "everything again (`jejaring site resend {site}` there).",
    ).format(sender=sender, site=own, **found)


def cmd_conflicts(config: Config, args: argparse.Namespace) -> int:
    import uuid

    from app.sync import conflicts

    desk = _open(config)
    try:
        if args.conflicts_command == "list":
            found = conflicts.list_conflicts(desk, include_minor=args.all)
            if args.json:
                json.dump(
                    [c.to_json() for c in found], sys.stdout, indent=2, sort_keys=True, ensure_ascii=False
                )
                sys.stdout.write("\n")
                return 0
            if not found:
                print(translate("cli", "No conflicts."))
            for conflict in found:
                print(f"{conflict.entity} {conflict.row_id} {conflict.field} ({conflict.kind})")
                for c in conflict.candidates:
                    mark = "*" if c.winner else " "
                    value = json.dumps(c.value, ensure_ascii=False)
                    when = f"{c.at:%Y-%m-%d %H:%M}"
                    print(f"  {mark} {c.change_id:<20} {c.site:<12} {c.actor:<16} {when}  {value}")
            return 0
        try:
            row_id = uuid.UUID(args.row_id)
        except ValueError:
            raise DomainError(
                translate("cli", "{value} is not a record id.").format(value=args.row_id)
            ) from None
        value = args.value
        if args.keep:
            match = [
                (conflict, c)
                for conflict in conflicts.list_conflicts(desk, include_minor=True)
                if (conflict.entity, conflict.row_id, conflict.field) == (args.entity, row_id, args.field)
                for c in conflict.candidates
                if c.change_id == args.keep
            ]
            if not match:
                raise DomainError(translate("cli", "No such conflict or change to keep."))
            conflict, kept = match[0]
            # against a delete, keeping an edit means restoring the record
            restore = conflict.kind == "edit_after_delete" and not kept.winner
            value = "null" if restore else json.dumps(kept.value)
        conflicts.resolve(desk, args.entity, row_id, args.field, value)
        print(translate("cli", "Conflict resolved; the resolution travels with the next bundles."))
    finally:
        desk.close()
    return 0


def cmd_quarantine(config: Config, args: argparse.Namespace) -> int:
    from app.sync import quarantine

    desk = _open(config)
    try:
        if args.quarantine_command == "list":
            found = quarantine.list_quarantine(desk)
            if args.json:
                rows = [
                    {
                        "id": q.id,
                        "at": q.at.isoformat(),
                        "sender": q.sender,
                        "origin": f"{q.origin_site}:{q.origin_seq}",
                        "entity": q.entity,
                        "row": str(q.row_id),
                        "field": q.field,
                        "reason": q.reason,
                        "releasable": q.releasable,
                        "record": q.record,
                        "held": q.held,
                    }
                    for q in found
                ]
                json.dump(rows, sys.stdout, indent=2, sort_keys=True)
                sys.stdout.write("\n")
                return 0
            if not found:
                print(translate("cli", "No change is set aside."))
            not_held = translate("cli", "{record} (not held here yet)")
            for q in found:
                reason = translate("sync", quarantine.REASONS.get(q.reason, q.reason))
                record = q.record if q.held else not_held.format(record=q.record)
                print(
                    f"{q.id:>6}  {q.at:%Y-%m-%d %H:%M}  {q.sender:<12} {q.origin_site}:{q.origin_seq:<8} "
                    f"{q.entity}.{q.field}  {record}  {reason}"
                )
            return 0
        if args.quarantine_command == "discard":
            count = quarantine.discard(desk, args.ids)
            print(translate("cli", "{count} set-aside changes discarded.").format(count=count))
            return 0
        reports = quarantine.release(desk, None if args.all else args.ids)
        applied = sum(r.applied for r in reports)
        still = sum(r.quarantined for r in reports)
        print(
            translate("cli", "{applied} changes applied, {still} still set aside.").format(
                applied=applied, still=still
            )
        )
        return 0
    finally:
        desk.close()


def _write_text(path: Path, text: str) -> None:
    from app.files import write_atomically

    write_atomically(path, text.encode("utf-8"))


COMMANDS = {"site": cmd_site, "bundle": cmd_bundle, "conflicts": cmd_conflicts, "quarantine": cmd_quarantine}
