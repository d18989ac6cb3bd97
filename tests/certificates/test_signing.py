"""Ed25519 signatures over canonical JSON, key ids, and key rotation."""

import copy
import json

import pytest
from django.test import override_settings

from certificates import signing
from certificates.models import SigningKey
from certificates.verification import signature_valid
from tests.certificate_factories import issued_certificate

DOCUMENT = {"serial": "WIC-DA-2026-000001", "name": "محمد عبد الله", "hours": 24, "b": [1, "王"]}


def test_canonical_json_is_sorted_compact_utf8():
    assert signing.canonical_json({"b": 1, "a": "é", "c": [2, {"z": 0, "y": None}]}) == (
        '{"a":"é","b":1,"c":[2,{"y":null,"z":0}]}'.encode()
    )


@pytest.mark.django_db
def test_a_signature_verifies_whatever_the_key_order_or_spacing():
    signature = signing.sign(DOCUMENT)
    signing.register_current_key()
    reordered = json.loads(json.dumps(dict(reversed(list(DOCUMENT.items()))), indent=4))

    assert signature.key_id == signing.current_key_id()
    assert len(signing.b64decode(signature.value)) == 64
    assert signing.verify(reordered, signature.key_id, signature.value)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.update(name="Mohammed Abdullah"),
        lambda d: d.update(hours=25),
        lambda d: d.update(extra=""),
        lambda d: d["b"].append(2),
    ],
)
def test_a_changed_document_fails(change):
    signature = signing.sign(DOCUMENT)
    signing.register_current_key()
    changed = copy.deepcopy(DOCUMENT)
    change(changed)

    assert not signing.verify(changed, signature.key_id, signature.value)


@pytest.mark.django_db
def test_an_unknown_key_id_or_garbage_signature_fails():
    signature = signing.sign(DOCUMENT)
    signing.register_current_key()

    assert not signing.verify(DOCUMENT, "0123456789abcdef", signature.value)
    assert not signing.verify(DOCUMENT, signature.key_id, "not-a-signature")
    assert not signing.verify(DOCUMENT, signature.key_id, signature.value[:-4] + "AAAA")


@pytest.mark.django_db
def test_a_key_that_never_signed_here_is_not_trusted():
    # Signed with some key that was never registered as the academy's.
    other = signing._load_private_key(signing.generate_private_key_pem())
    value = signing.b64encode(other.sign(signing.canonical_json(DOCUMENT)))

    assert not signing.verify(DOCUMENT, signing.key_id_for(other.public_key()), value)


def test_the_key_id_depends_on_the_key_only():
    pem = signing.generate_private_key_pem()
    first = signing.key_id_for(signing._load_private_key(pem).public_key())
    again = signing.key_id_for(signing._load_private_key(bytes(pem)).public_key())
    other = signing.key_id_for(
        signing._load_private_key(signing.generate_private_key_pem()).public_key()
    )

    assert first == again != other
    assert len(first) == 16


@override_settings(CERTIFICATE_SIGNING_KEY="", CERTIFICATE_SIGNING_KEY_FILE="/nonexistent/key.pem")
def test_a_missing_key_says_how_to_make_one():
    with pytest.raises(signing.SigningKeyMissing, match="certificate_key --create"):
        signing.sign(DOCUMENT)


@pytest.mark.django_db
def test_a_tampered_snapshot_fails(catalogue):
    certificate = issued_certificate(catalogue)
    assert signature_valid(certificate)

    certificate.snapshot["recipient_name"] = "Someone Else"

    assert not signature_valid(certificate)


@pytest.mark.django_db
def test_certificates_signed_before_a_key_rotation_still_verify(catalogue, client):
    old = issued_certificate(catalogue, name="Before Rotation")
    new_pem = signing.generate_private_key_pem().decode("ascii")

    with override_settings(CERTIFICATE_SIGNING_KEY=new_pem):
        new = issued_certificate(catalogue, name="After Rotation", template=old.template)
        keys = client.get("/certificates/keys.json").json()["keys"]

        assert new.key_id != old.key_id
        assert signature_valid(old)
        assert signature_valid(new)
        assert [key["kid"] for key in keys] == [old.key_id, new.key_id]
        assert SigningKey.objects.count() == 2
    stored = {row.key_id: row.public_key for row in SigningKey.objects.all()}
    assert {key["kid"]: key["x"] for key in keys} == stored
