"""Signature scans move into the private "Certificate signatures" collection.

Only groups that may issue certificates get permissions on it, so nobody
else can choose a scan in the image chooser or put it in a lesson.
"""

from django.db import migrations

from academy.tree_paths import add_child

SIGNATURES = "Certificate signatures"
CODENAMES = ("add_image", "choose_image", "change_image")


def forwards(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Image = apps.get_model("wagtailimages", "Image")
    Signatory = apps.get_model("certificates", "Signatory")
    root = Collection.objects.filter(depth=1).order_by("path").first()
    if root is None:
        return
    private = Collection.objects.filter(depth=2, name=SIGNATURES).first()
    if private is None:
        private = add_child(Collection, root, name=SIGNATURES)
    signature_ids = Signatory.objects.filter(signature__isnull=False).values("signature_id")
    Image.objects.filter(pk__in=signature_ids).update(collection=private)
    issuers = Group.objects.filter(
        permissions__content_type__app_label="certificates",
        permissions__codename="issue_certificate",
    )
    for group in issuers:
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailimages", codename__in=CODENAMES
        ):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=private, permission=permission
            )


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0004_certificate_pdf_private_storage"),
        ("courses", "0006_drafts_area_and_course_media"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
