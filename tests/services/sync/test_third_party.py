"""The documented checks (docs/bundle-format.md) work with standard tools: unzip, sha256, openssl, age, gunzip."""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
import subprocess
import zipfile

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from pekerja_desktop.services.sync.export import export_bundles
from pekerja_desktop.services.sync.office_keys import office_keys
from tests.support.sites import enrol_many


@pytest.fixture
def unpacked(sites, tmp_path):
    hub, ambon, _ = sites
    enrol_many(ambon, range(4))
    (result,) = export_bundles(ambon.ctx, tmp_path / "usb")
    target = tmp_path / "b"
    with zipfile.ZipFile(result.path) as archive:
        assert [i.filename for i in archive.infolist()] == ["manifest.json", "manifest.sig", "payload.jsonl.gz.age"]
        assert all(i.compress_type == zipfile.ZIP_STORED for i in archive.infolist())
        archive.extractall(target)
    return hub, ambon, target


def test_hash_and_signature_with_cryptography_only(unpacked):
    _, ambon, folder = unpacked
    manifest = json.loads((folder / "manifest.json").read_text())
    payload = (folder / "payload.jsonl.gz.age").read_bytes()
    assert hashlib.sha256(payload).hexdigest() == manifest["files"]["payload.jsonl.gz.age"]["sha256"]
    key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(ambon.ctx.office.public_key))
    key.verify((folder / "manifest.sig").read_bytes(), (folder / "manifest.json").read_bytes())


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl not installed")
def test_signature_with_openssl(unpacked):
    _, ambon, folder = unpacked
    der = bytes.fromhex("302a300506032b6570032100" + ambon.ctx.office.public_key)
    (folder / "sender.der").write_bytes(der)
    subprocess.run(["openssl", "pkey", "-pubin", "-inform", "DER", "-in", "sender.der", "-out", "sender.pem"],
                   cwd=folder, check=True, capture_output=True)
    verified = subprocess.run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "sender.pem", "-rawin", "-in",
                               "manifest.json", "-sigfile", "manifest.sig"], cwd=folder, capture_output=True, text=True)
    assert "Signature Verified Successfully" in verified.stdout, verified.stderr


@pytest.mark.skipif(shutil.which("age") is None, reason="the age command-line tool is not installed")
def test_payload_with_the_age_tool(unpacked):
    hub, _, folder = unpacked
    manifest = json.loads((folder / "manifest.json").read_text())
    (folder / "hub-age.txt").write_text(office_keys(hub.ctx).texts()["age_identity"])  # as age-keygen writes it
    decrypted = subprocess.run(["age", "-d", "-i", "hub-age.txt", "payload.jsonl.gz.age"],
                               cwd=folder, check=True, capture_output=True).stdout
    plain = gzip.decompress(decrypted)
    assert hashlib.sha256(plain).hexdigest() == manifest["payload"]["plain_sha256"]
    lines = [json.loads(line) for line in plain.splitlines()]
    assert len(lines) == manifest["payload"]["records"]
    people = [line for line in lines if line["type"] == "participant"]
    trail = [line for line in lines if line["type"] == "audit_event"]
    assert len(people) == 4 and all(len(line["uuid"]) == 32 for line in people)
    assert len(trail) == manifest["counts"]["audit_event"] == len(lines) - 4
    previous = "0" * 64
    for event in trail:  # the office's audit chain, recomputed as the document says
        fields = [previous, event["seq"], event["at"], event["actor"], event["action"], event["subject"],
                  event["detail"]]
        assert event["prev_hash"] == previous
        assert hashlib.sha256(json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode()).hexdigest() \
            == event["hash"]
        previous = event["hash"]
