"""Signature scans live in a private collection that only certificate issuers see.

Wagtail's collection permissions are inherited down the collection tree.
Authors hold theirs on "Course media", so a sibling collection is closed
to them: the image chooser, the image listing and the image's own admin
pages never show them a signature, and they cannot put one in a lesson.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupCollectionPermission

from certificates.models import CertificateTemplate, Signatory
from certificates.permissions import ISSUE_PERMISSION

SIGNATURES_COLLECTION = "Certificate signatures"
# What certificate issuers may do there: upload, choose and replace a scan.
SIGNATURE_COLLECTION_PERMISSIONS = ("add_image", "choose_image", "change_image")


def signatures_collection() -> Collection:
    existing = Collection.objects.filter(name=SIGNATURES_COLLECTION, depth=2).first()
    return existing or Collection.get_first_root_node().add_child(name=SIGNATURES_COLLECTION)


def ensure_signatures_collection() -> Collection:
    """The private collection, open to every group that may issue certificates; safe to rerun."""
    collection = signatures_collection()
    app_label, codename = ISSUE_PERMISSION.split(".")
    issuers = Group.objects.filter(
        permissions__content_type__app_label=app_label, permissions__codename=codename
    )
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailimages", codename__in=SIGNATURE_COLLECTION_PERMISSIONS
    )
    for group in issuers:
        for permission in permissions:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission
            )
    return collection


def template_signatures_make_private(*, template: CertificateTemplate) -> int:
    """Move the template's signature scans into the private collection; returns how many moved.

    Whichever collection a scan was uploaded to or chosen from, once it signs
    a certificate it is nobody else's to choose.
    """
    with transaction.atomic():
        collection = signatures_collection()
        image_ids = Signatory.objects.filter(
            template=template, signature__isnull=False
        ).values_list("signature_id", flat=True)
        return (
            get_image_model()
            .objects.filter(pk__in=list(image_ids))
            .exclude(collection=collection)
            .update(collection=collection)
        )
