"""The bundle file, format 2 (docs/sync.md): a zip, encrypted with age to the recipient. Format 1,
the same without seals, is still read.

```
manifest.json               canonical JSON: format, schema, bundle id, sender, recipients,
                            per-pair sequence, acknowledgement, holdings (app/sync/holdings.py:
                            optional, absent before), groups, members (sha256, size)
manifest.sig                the sender's Ed25519 signature over manifest.json's exact bytes
changes/<origin>.jsonl.gz   one change per line (canonical JSON), gzip
changes/<origin>.sig        signature over the group: by the origin when it sends its own
                            changes, by the relaying hub otherwise (`signed_by` in the manifest)
changes/<origin>.seals.gz   format 2: the origin's seals over the blocks the group's lines fall
                            in (app/sync/seals.py), so a relayed line is checked against its origin
blobs/<sha256>              attachment bytes, named by their hash
```
The reader trusts nothing before it is verified: size limits before decrypting, member names
and types before reading, the manifest's signature before its content, every member's hash
before parsing it, and a cap on every decompression (zip bombs). Any failure is one `SyncError`
with a translated message and nothing is written.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import re
import stat
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP
from app.sync import SyncError, holdings, restored
from app.sync.keys import SiteKeys, canonical, verify
from app.sync.seals import Seal

FORMAT = 2
MAX_BUNDLE_BYTES = 2 * 1024**3
MAX_MEMBER_BYTES = 1024**3
MAX_INFLATED_BYTES = 4 * 1024**3
MAX_MEMBERS = 100_000
_GROUP = re.compile(r"^changes/([A-Z_][A-Z0-9_-]{0,15})\.(jsonl\.gz|sig|seals\.gz)$")
_BLOB = re.compile(r"^blobs/([0-9a-f]{64})$")


def group_path(origin: str) -> str:
    return f"changes/{origin}.jsonl.gz"


def group_statement(bundle_id: str, origin: str, digest: str) -> bytes:
    """What a group's signature covers: the bundle, the origin and the lines' SHA-256."""
    return f"jejaring-group\n{bundle_id}\n{origin}\n{digest}".encode()


@dataclass
class Group:
    origin: str
    lines: list[bytes]
    signed_by: str = ""
    seals: list[Seal] = field(default_factory=list)


@dataclass
class OpenedBundle:
    manifest: dict[str, Any]
    #: origin -> verified change lines (parsed)
    groups: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    #: origin -> the site that signed the group (the origin, or the relaying sender)
    signers: dict[str, str] = field(default_factory=dict)
    blobs: dict[str, bytes] = field(default_factory=dict)
    #: origin -> the seals the bundle carries for its lines (checked by the importer, which
    #: knows the origins' keys; a seal signed by anyone else is ignored there)
    seals: dict[str, list[Seal]] = field(default_factory=dict)

    @property
    def format(self) -> int:
        return int(self.manifest.get("format", 1))

    @property
    def sender(self) -> str:
        return str(self.manifest["sender"])

    @property
    def bundle_id(self) -> str:
        return str(self.manifest["bundle_id"])

    @property
    def sequence(self) -> int:
        return int(self.manifest["sequence"])


def write(
    manifest: dict[str, Any],
    groups: list[Group],
    blobs: dict[str, bytes],
    keys: SiteKeys,
    recipient_key: str,
) -> bytes:
    """The encrypted bundle's bytes. `manifest` holds everything but groups and members."""
    import pyrage

    members: dict[str, bytes] = {}
    entries = []
    for group in groups:
        raw = b"".join(line + b"\n" for line in group.lines)
        digest = hashlib.sha256(raw).hexdigest()
        path = group_path(group.origin)
        members[path] = gzip.compress(raw, compresslevel=6, mtime=0)
        sig_path = f"changes/{group.origin}.sig"
        statement = group_statement(manifest["bundle_id"], group.origin, digest)
        members[sig_path] = keys.sign(statement).encode("ascii")
        entry = {
            "origin": group.origin,
            "path": path,
            "signature": sig_path,
            "signed_by": group.signed_by or manifest["sender"],
            "count": len(group.lines),
            "lines_sha256": digest,
        }
        if group.seals:
            entry["seals"] = seals_path = f"changes/{group.origin}.seals.gz"
            sealed = canonical([seal.to_json() for seal in group.seals])
            members[seals_path] = gzip.compress(sealed, compresslevel=6, mtime=0)
        entries.append(entry)
    for sha, data in sorted(blobs.items()):
        members[f"blobs/{sha}"] = data
    full = {
        **manifest,
        "format": FORMAT,
        "groups": entries,
        "blobs": sorted(blobs),
        "members": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in sorted(members.items())
        },
    }
    manifest_bytes = canonical(full)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr(_info("manifest.json"), manifest_bytes)
        archive.writestr(_info("manifest.sig"), keys.sign(manifest_bytes).encode("ascii"))
        for name, data in sorted(members.items()):
            archive.writestr(_info(name), data)
    recipient = pyrage.x25519.Recipient.from_str(recipient_key)
    return bytes(pyrage.encrypt(buffer.getvalue(), [recipient]))


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(2024, 11, 1, 0, 0, 0))
    info.external_attr = (stat.S_IFREG | 0o600) << 16
    return info


def _damaged() -> SyncError:
    return SyncError(
        QT_TRANSLATE_NOOP("sync", "This bundle file is damaged or truncated; nothing was imported.")
    )


def _tampered(name: str) -> SyncError:
    return SyncError(
        QT_TRANSLATE_NOOP(
            "sync", "The bundle's member {name} does not match its signed manifest; nothing was imported."
        ),
        name=name,
    )


#: (sender code) -> its public signing key, or None when unknown; raises SyncError when revoked.
SignerLookup = Callable[[str], str]


def open_bundle(
    data: bytes,
    keys: SiteKeys,
    own_code: str,
    signer_key: SignerLookup,
    known_schemas: frozenset[str],
) -> OpenedBundle:
    """Decrypt and verify everything; returns the verified content or raises SyncError."""
    import pyrage

    if len(data) > MAX_BUNDLE_BYTES:
        raise SyncError(QT_TRANSLATE_NOOP("sync", "This bundle is larger than any bundle Jejaring writes."))
    if not data.startswith(b"age-encryption.org/v1\n"):
        raise SyncError(QT_TRANSLATE_NOOP("sync", "This file is not a Jejaring bundle."))
    try:
        plain = pyrage.decrypt(data, [keys.identity])
    except pyrage.DecryptError as error:
        if "no matching keys" in str(error).lower():
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "sync", "This bundle was not encrypted for this site; nothing was imported."
                )
            ) from None
        raise _damaged() from None
    try:
        archive = zipfile.ZipFile(io.BytesIO(plain))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise _damaged() from None
    with archive:
        return _verify(archive, infos, own_code, signer_key, known_schemas)


def _check_names(infos: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
    if len(infos) > MAX_MEMBERS:
        raise _unsafe()
    names: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = info.filename
        mode = info.external_attr >> 16
        if (
            name.startswith(("/", "\\"))
            or "\\" in name
            or ".." in name.split("/")
            or ":" in name
            or info.is_dir()
            or stat.S_ISLNK(mode)
            or (mode and not stat.S_ISREG(mode))
            or name in names
            or info.file_size > MAX_MEMBER_BYTES
            or not (name in ("manifest.json", "manifest.sig") or _GROUP.match(name) or _BLOB.match(name))
        ):
            raise _unsafe()
        names[name] = info
    return names


def _unsafe() -> SyncError:
    return SyncError(
        QT_TRANSLATE_NOOP(
            "sync",
            "This bundle contains an unsafe entry (a path outside the bundle, a link, or an oversize "
            "member); nothing was imported.",
        )
    )


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A member's bytes, never more than its declared size (an inflating entry is refused)."""
    try:
        with archive.open(info) as member:
            data = member.read(info.file_size + 1)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):
        raise _damaged() from None
    if len(data) != info.file_size:
        raise _unsafe()
    return data


def _inflate(data: bytes, limit: int) -> bytes:
    out = io.BytesIO()
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            while chunk := stream.read(1 << 20):
                out.write(chunk)
                if out.tell() > limit:
                    raise _unsafe()
    except (OSError, EOFError, ValueError):
        raise _damaged() from None
    return out.getvalue()


def _verify(
    archive: zipfile.ZipFile,
    infos: list[zipfile.ZipInfo],
    own_code: str,
    signer_key: SignerLookup,
    known_schemas: frozenset[str],
) -> OpenedBundle:
    names = _check_names(infos)
    if "manifest.json" not in names or "manifest.sig" not in names:
        raise _damaged()
    manifest_bytes = _read(archive, names["manifest.json"])
    try:
        manifest = json.loads(manifest_bytes)
        sender = str(manifest["sender"])
        fmt = int(manifest["format"])
        schema = str(manifest["schema"])
        recipients = [str(r) for r in manifest["recipients"]]
        members = dict(manifest["members"])
        groups = list(manifest["groups"])
        bundle_id = str(manifest["bundle_id"])
        int(manifest["sequence"])
        int(manifest["ack"]["sequence"])
        holdings.from_manifest(manifest)  # optional (app/sync/holdings.py); checked for shape here
        restored.own_of(manifest)  # optional too (app/sync/restored.py)
    except (ValueError, KeyError, TypeError, AttributeError):
        raise _damaged() from None
    if fmt > FORMAT:
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "sync",
                "This bundle has format {format}, newer than this version of Jejaring: update it first.",
            ),
            format=fmt,
        )
    public = signer_key(sender)
    signature = _read(archive, names["manifest.sig"]).decode("ascii", "replace")
    if not verify(public, signature, manifest_bytes):
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "sync", "The bundle's signature is not valid for site {site}; nothing was imported."
            ),
            site=sender,
        )
    if own_code not in recipients:
        raise SyncError(
            QT_TRANSLATE_NOOP("sync", "This bundle is meant for {sites}, not for this site."),
            sites=", ".join(recipients),
        )
    if schema not in known_schemas:
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "sync",
                "This bundle comes from a newer version of Jejaring (schema {schema}): "
                "update this desk first.",
            ),
            schema=schema,
        )
    if set(members) != set(names) - {"manifest.json", "manifest.sig"}:
        raise _tampered("manifest.json")
    contents: dict[str, bytes] = {}
    for name, expected in members.items():
        data = _read(archive, names[name])
        if len(data) != expected.get("size") or hashlib.sha256(data).hexdigest() != expected.get("sha256"):
            raise _tampered(name)
        contents[name] = data
    opened = OpenedBundle(manifest=manifest)
    inflated = 0
    for entry in groups:
        origin = str(entry["origin"])
        path, sig_path = str(entry["path"]), str(entry["signature"])
        if path != group_path(origin) or path not in contents or sig_path not in contents:
            raise _tampered(path)
        signed_by = str(entry["signed_by"])
        if signed_by not in (origin, sender):
            raise _tampered(sig_path)
        raw = _inflate(contents[path], MAX_INFLATED_BYTES - inflated)
        inflated += len(raw)
        digest = hashlib.sha256(raw).hexdigest()
        statement = group_statement(bundle_id, origin, digest)
        group_key = public if signed_by == sender else signer_key(signed_by)
        if digest != entry["lines_sha256"] or not verify(
            group_key, contents[sig_path].decode("ascii", "replace"), statement
        ):
            raise _tampered(path)
        try:
            lines = [json.loads(line) for line in raw.splitlines() if line]
        except ValueError:
            raise _tampered(path) from None
        if len(lines) != entry["count"] or any(line.get("origin") != origin for line in lines):
            raise _tampered(path)
        opened.groups[origin] = lines
        opened.signers[origin] = signed_by
        if "seals" in entry:
            seals_path = str(entry["seals"])
            if seals_path != f"changes/{origin}.seals.gz" or seals_path not in contents:
                raise _tampered(seals_path)
            sealed = _inflate(contents[seals_path], MAX_INFLATED_BYTES - inflated)
            inflated += len(sealed)
            try:
                opened.seals[origin] = [Seal.from_json(origin, value) for value in json.loads(sealed)]
            except (ValueError, KeyError, TypeError):
                raise _tampered(seals_path) from None
    for sha in manifest.get("blobs", []):
        name = f"blobs/{sha}"
        if name not in contents or hashlib.sha256(contents[name]).hexdigest() != sha:
            raise _tampered(name)
        opened.blobs[sha] = contents[name]
    return opened
