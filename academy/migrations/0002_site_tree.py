"""Replace Wagtail's placeholder welcome page with the academy's own tree.

A fresh database then serves the home page at / and the catalogue at
/courses/ before any content exists; ``seed_demo`` fills them in.
"""

import uuid

from django.db import migrations
from django.utils import timezone

HOME_PATH = "00010001"
CATALOGUE_PATH = HOME_PATH + "0001"


def _content_type(apps, app_label, model):
    ContentType = apps.get_model("contenttypes", "ContentType")
    return ContentType.objects.get_or_create(app_label=app_label, model=model)[0]


def create_site_tree(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    Locale = apps.get_model("wagtailcore", "Locale")
    HomePage = apps.get_model("academy", "HomePage")
    CourseIndexPage = apps.get_model("courses", "CourseIndexPage")

    if HomePage.objects.exists():
        return
    placeholder_type = _content_type(apps, "wagtailcore", "page")
    Page.objects.filter(path=HOME_PATH, content_type=placeholder_type).delete()
    if Page.objects.filter(depth=2).exists():
        # Someone already built their own tree; leave it alone.
        return

    locale = Locale.objects.order_by("pk").first()
    now = timezone.now()
    common = {
        "locale": locale,
        "live": True,
        "has_unpublished_changes": False,
        "first_published_at": now,
        "last_published_at": now,
    }
    home = HomePage.objects.create(
        title="WIC Digital Academy",
        draft_title="WIC Digital Academy",
        slug="home",
        content_type=_content_type(apps, "academy", "homepage"),
        path=HOME_PATH,
        depth=2,
        numchild=1,
        url_path="/home/",
        translation_key=uuid.uuid4(),
        headline="Digital transformation, learned together",
        intro="",
        **common,
    )
    CourseIndexPage.objects.create(
        title="Courses",
        draft_title="Courses",
        slug="courses",
        content_type=_content_type(apps, "courses", "courseindexpage"),
        path=CATALOGUE_PATH,
        depth=3,
        numchild=0,
        url_path="/home/courses/",
        translation_key=uuid.uuid4(),
        intro="",
        **common,
    )
    Page.objects.filter(depth=1).update(numchild=1)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "WIC Digital Academy"},
    )


class Migration(migrations.Migration):
    dependencies = [
        ("academy", "0001_initial"),
        ("courses", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_site_tree, migrations.RunPython.noop)]
