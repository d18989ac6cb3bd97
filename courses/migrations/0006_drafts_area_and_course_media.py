"""Instructors author through course teams, in course media, and start courses in drafts.

- Adds the drafts area ("Drafts", never served) under the home page.
- Adds the "Course media" collection and moves the pictures and documents
  kept in the root collection into it.
- The "Instructors" and "Academy admins" groups held their image and
  document permissions on the root collection, which every collection
  inherits. They now hold them on "Course media" and on each collection
  that already existed (so nothing they used is lost), no longer on the
  root: a collection added later, such as the certificate signatures,
  is private unless a group is given it.
- The "Instructors" group loses its permissions on the catalogue: each
  course's team edits it, and publishing needs a reviewer.
"""

import uuid

from django.db import migrations

from academy.tree_paths import add_child

COURSE_MEDIA = "Course media"
GROUPS_WITH_MEDIA = ("Instructors", "Academy admins")
MEDIA_CODENAMES = ("add_image", "choose_image", "add_document", "choose_document")
# Made private by the certificates app's own migration; never opened to authors.
PRIVATE_COLLECTIONS = ("Certificate signatures",)


def create_drafts_area(apps, schema_editor):
    HomePage = apps.get_model("academy", "HomePage")
    CourseDraftsPage = apps.get_model("courses", "CourseDraftsPage")
    Page = apps.get_model("wagtailcore", "Page")
    ContentType = apps.get_model("contenttypes", "ContentType")
    home = HomePage.objects.order_by("path").first()
    if home is None or CourseDraftsPage.objects.exists():
        return
    taken = set(
        Page.objects.filter(path__startswith=home.path, depth=home.depth + 1).values_list(
            "slug", flat=True
        )
    )
    slug = next(s for s in ("drafts", *(f"drafts-{n}" for n in range(2, 100))) if s not in taken)
    home_page = Page.objects.get(pk=home.pk)
    add_child(
        CourseDraftsPage,
        home_page,
        title="Drafts",
        draft_title="Drafts",
        slug=slug,
        content_type=ContentType.objects.get_or_create(
            app_label="courses", model="coursedraftspage"
        )[0],
        url_path=f"{home.url_path}{slug}/",
        translation_key=uuid.uuid4(),
        locale_id=home.locale_id,
        live=False,
        has_unpublished_changes=True,
        intro="",
    )


def move_media_out_of_the_root(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = Collection.objects.filter(depth=1).order_by("path").first()
    if root is None:
        return
    media = Collection.objects.filter(depth=2, name=COURSE_MEDIA).first()
    if media is None:
        media = add_child(Collection, root, name=COURSE_MEDIA)
    for app_label, model in (("wagtailimages", "Image"), ("wagtaildocs", "Document")):
        apps.get_model(app_label, model).objects.filter(collection=root).update(collection=media)
    existing = list(Collection.objects.filter(depth=2).exclude(name__in=PRIVATE_COLLECTIONS))
    root_grants = GroupCollectionPermission.objects.filter(
        collection=root,
        group__name__in=GROUPS_WITH_MEDIA,
        permission__codename__in=MEDIA_CODENAMES,
    )
    for grant in root_grants:
        for collection in existing:
            GroupCollectionPermission.objects.get_or_create(
                group_id=grant.group_id, collection=collection, permission_id=grant.permission_id
            )
    root_grants.delete()


def revoke_instructors_catalogue_permissions(apps, schema_editor):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    CourseIndexPage = apps.get_model("courses", "CourseIndexPage")
    GroupPagePermission.objects.filter(
        group__name="Instructors", page__in=CourseIndexPage.objects.values("pk")
    ).delete()


def forwards(apps, schema_editor):
    create_drafts_area(apps, schema_editor)
    move_media_out_of_the_root(apps, schema_editor)
    revoke_instructors_catalogue_permissions(apps, schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("academy", "0004_profile_printable_names"),
        ("courses", "0005_course_team_and_drafts"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
