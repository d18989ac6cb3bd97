"""Ed25519 signatures over the canonical JSON (RFC 8785) of a certificate's snapshot.

The private key comes from settings: ``CERTIFICATE_SIGNING_KEY`` (PEM text,
usually from the environment) or ``CERTIFICATE_SIGNING_KEY_FILE`` (a path).
Each public key is published with its id; the id is derived from the key,
so the same key always has the same id on every machine.
"""

import base64
import functools
import hashlib
from dataclasses import dataclass
from pathlib import Path

import rfc8785
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

ALGORITHM = "Ed25519"


class SigningKeyMissing(ImproperlyConfigured):
    pass


@dataclass(frozen=True)
class Signature:
    key_id: str
    value: str  # base64url, unpadded


def b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def canonical_json(document) -> bytes:
    return rfc8785.dumps(document)


def raw_public_key(public_key: Ed25519PublicKey) -> bytes:
    return public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id_for(public_key: Ed25519PublicKey) -> str:
    return hashlib.sha256(raw_public_key(public_key)).hexdigest()[:16]


def generate_private_key_pem() -> bytes:
    return Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _configured_pem() -> bytes:
    text = getattr(settings, "CERTIFICATE_SIGNING_KEY", "") or ""
    if text:
        return text.encode("ascii")
    path = getattr(settings, "CERTIFICATE_SIGNING_KEY_FILE", "") or ""
    if not path:
        raise SigningKeyMissing(
            "No certificate signing key: set CERTIFICATE_SIGNING_KEY (PEM) or "
            "CERTIFICATE_SIGNING_KEY_FILE (a path); `manage.py certificate_key --create` "
            "makes one for local use."
        )
    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise SigningKeyMissing(
            f"Cannot read the certificate signing key at {path}: {error.strerror}. "
            "`manage.py certificate_key --create` makes one for local use."
        ) from None


@functools.cache
def _load_private_key(pem: bytes) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except ValueError:
        raise SigningKeyMissing("The certificate signing key is not a PEM private key.") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningKeyMissing("The certificate signing key must be an Ed25519 key.")
    return key


def private_key() -> Ed25519PrivateKey:
    return _load_private_key(_configured_pem())


def current_key_id() -> str:
    return key_id_for(private_key().public_key())


def register_current_key() -> str:
    """Make sure the signing key's public half is published; returns its id."""
    from certificates.models import SigningKey

    public_key = private_key().public_key()
    key_id = key_id_for(public_key)
    SigningKey.objects.get_or_create(
        key_id=key_id, defaults={"public_key": b64encode(raw_public_key(public_key))}
    )
    return key_id


def sign(document) -> Signature:
    key = private_key()
    return Signature(
        key_id=key_id_for(key.public_key()), value=b64encode(key.sign(canonical_json(document)))
    )


def public_key_for(key_id: str) -> Ed25519PublicKey | None:
    from certificates.models import SigningKey

    row = SigningKey.objects.filter(key_id=key_id).first()
    if row is None:
        return None
    return Ed25519PublicKey.from_public_bytes(b64decode(row.public_key))


def verify(document, key_id: str, value: str) -> bool:
    """True when ``value`` is a signature of ``document`` by the published key ``key_id``."""
    public_key = public_key_for(key_id)
    if public_key is None:
        return False
    try:
        public_key.verify(b64decode(value), canonical_json(document))
    except (InvalidSignature, ValueError):
        return False
    return True


def published_keys() -> list[dict]:
    from certificates.models import SigningKey

    return [
        {
            "kid": row.key_id,
            "kty": "OKP",
            "crv": "Ed25519",
            "alg": "EdDSA",
            "x": row.public_key,
            "first_used": row.first_used_at.date().isoformat(),
        }
        for row in SigningKey.objects.order_by("first_used_at", "pk")
    ]
