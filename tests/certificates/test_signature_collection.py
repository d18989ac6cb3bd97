"""Signature scans are private: only those who may issue certificates see and choose them.

An instructor sees course media in the image chooser and listing, never a
signatory's scan, and the scan's own admin pages refuse them.
"""

import importlib

import pytest
from django.apps import apps
from django.urls import reverse
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.models import Collection, GroupCollectionPermission
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from certificates.models import CertificateTemplate
from certificates.signatures import (
    SIGNATURES_COLLECTION,
    ensure_signatures_collection,
    signatures_collection,
)
from courses.blocks import FigureBlock, VideoBlock
from courses.permissions import (
    ACADEMY_ADMINS_GROUP,
    COURSE_LEADS_GROUP,
    INSTRUCTORS_GROUP,
    course_media_collection,
)
from courses.private_media import ERROR_PRIVATE_IMAGE
from courses.services import course_team_set_authors
from tests.certificate_factories import CertificateTemplateFactory
from tests.courses.admin_helpers import client_for
from tests.courses.authoring_helpers import course_form, edit_url
from tests.factories import ImageFactory, UserFactory

pytest_plugins = ["tests.courses.admin_fixtures"]

SIGNATURE_TITLE = "Signature of Li Wei"
LESSON_PICTURE_TITLE = "Diagram of a data exchange"
SNIPPETS = "wagtailsnippets_certificates_certificatetemplate"


@pytest.fixture
def private(groups):
    return ensure_signatures_collection()


@pytest.fixture
def signature(private):
    image = ImageFactory(title=SIGNATURE_TITLE, collection=private, size=(300, 100))
    template = CertificateTemplateFactory(signatories=[])
    template.signatories.create(name="Li Wei", signature=image)
    template.save()
    return image


@pytest.fixture
def lesson_picture(groups):
    return ImageFactory(title=LESSON_PICTURE_TITLE, collection=course_media_collection())


@pytest.fixture
def course_lead(groups):
    user = UserFactory(username="grace")
    user.groups.add(groups[COURSE_LEADS_GROUP])
    return user


IMAGE_LISTS = ("wagtailimages:index", "wagtailimages_chooser:choose")


@pytest.mark.parametrize("role", ["instructor_x", "course_lead"])
@pytest.mark.parametrize("url_name", IMAGE_LISTS)
def test_authors_see_course_media_but_no_signature(
    signature, lesson_picture, role, url_name, request
):
    client = client_for(request.getfixturevalue(role))

    for query in ("", "?q=Signature"):
        response = client.get(reverse(url_name) + query)
        assert response.status_code == 200
        assert SIGNATURE_TITLE.encode() not in response.content
        assert signature.file.url.encode() not in response.content
    if url_name == "wagtailimages_chooser:choose":
        assert LESSON_PICTURE_TITLE.encode() in client.get(reverse(url_name)).content


@pytest.mark.parametrize(
    "url_name",
    [
        "wagtailimages:edit",
        "wagtailimages:delete",
        "wagtailimages:url_generator",
        "wagtailimages:image_usage",
        "wagtailimages_chooser:chosen",
    ],
)
def test_an_instructor_cannot_open_a_signature(signature, instructor_x, url_name):
    response = client_for(instructor_x).get(reverse(url_name, args=[signature.pk]))

    assert response.status_code in (302, 403, 404)
    if response.status_code == 302:
        assert response.url.split("?")[0] == reverse("wagtailadmin_home")
    assert SIGNATURE_TITLE.encode() not in response.content


def test_certificate_admins_see_and_choose_signatures(signature, academy_admin):
    client = client_for(academy_admin)

    assert SIGNATURE_TITLE.encode() in client.get(reverse("wagtailimages_chooser:choose")).content
    assert client.get(reverse("wagtailimages:edit", args=[signature.pk])).status_code == 200
    chosen = client.get(reverse("wagtailimages_chooser:chosen", args=[signature.pk]))
    assert chosen.status_code == 200


def test_only_certificate_issuers_hold_permissions_on_the_private_collection(private, groups):
    holders = set(
        GroupCollectionPermission.objects.filter(collection=private).values_list(
            "group__name", "permission__codename"
        )
    )
    assert holders == {
        (ACADEMY_ADMINS_GROUP, codename)
        for codename in ("add_image", "choose_image", "change_image")
    }
    # A sibling of course media, not inside it: nothing authors hold reaches it.
    assert private.get_parent() == Collection.get_first_root_node()
    assert not private.is_descendant_of(course_media_collection())
    for name in (INSTRUCTORS_GROUP, COURSE_LEADS_GROUP):
        assert not GroupCollectionPermission.objects.filter(
            group=groups[name], collection__in=[private, private.get_parent()]
        ).exists()


def test_a_scan_chosen_for_a_signatory_moves_into_the_private_collection(
    private, lesson_picture, academy_admin
):
    """An admin picked a picture from course media as a signature: it becomes private."""
    scan = ImageFactory(title=SIGNATURE_TITLE, collection=course_media_collection())
    data = {
        "name": "Academy classic",
        "language": "en",
        "page_size": "A4",
        "orientation": "landscape",
        "logo": "",
        "accent_colour": "#1f4e79",
        "title": "Certificate",
        "issuer": "World Internet Conference Digital Academy",
        "wording_completion": "has completed {course} on {date}.",
        "wording_distinction": "has completed {course} with distinction on {date}.",
        "wording_participation": "has taken part in {course}.",
        "signatories": inline_formset(
            [{"name": "Li Wei", "title": "Dean", "organisation": "", "signature": scan.pk}]
        ),
    }

    response = client_for(academy_admin).post(reverse(f"{SNIPPETS}:add"), nested_form_data(data))

    assert response.status_code == 302, response.context["form"].errors
    template = CertificateTemplate.objects.get(name="Academy classic")
    assert template.signatories.get().signature == scan
    scan.refresh_from_db()
    lesson_picture.refresh_from_db()
    assert scan.collection == private
    assert lesson_picture.collection == course_media_collection()


def test_the_migration_moves_existing_scans_and_opens_the_collection_to_issuers(
    groups, academy_admin
):
    """What the data migration does to an academy that kept scans with the course media."""
    scan = ImageFactory(title=SIGNATURE_TITLE, collection=course_media_collection())
    template = CertificateTemplateFactory(signatories=[])
    template.signatories.create(name="Li Wei", signature=scan)
    template.save()
    migration = importlib.import_module("certificates.migrations.0005_private_signature_collection")

    migration.forwards(apps, None)
    migration.forwards(apps, None)

    scan.refresh_from_db()
    private = Collection.objects.get(name=SIGNATURES_COLLECTION)
    assert scan.collection == private == signatures_collection()
    assert GroupCollectionPermission.objects.filter(
        group=groups[ACADEMY_ADMINS_GROUP], collection=private, permission__codename="choose_image"
    ).exists()
    assert not GroupCollectionPermission.objects.filter(
        group=groups[INSTRUCTORS_GROUP], collection=private
    ).exists()


# A chooser field accepts any id it is sent: course content refuses a scan itself ----------


def test_a_lesson_figure_or_video_poster_refuses_a_signature(signature, lesson_picture):
    figure = {"image": signature, "alt": "A signature", "caption": ""}
    with pytest.raises(StructBlockValidationError) as raised:
        FigureBlock().clean(figure)
    assert ERROR_PRIVATE_IMAGE in str(raised.value.block_errors["image"])
    FigureBlock().clean({**figure, "image": lesson_picture})

    video = VideoBlock().to_python(
        {
            "title": "Welcome",
            "external_url": "https://www.wicinternet.org/",
            "poster": signature.pk,
            "duration_minutes": 3,
            "transcript": "<p>Hello.</p>",
        }
    )
    with pytest.raises(StructBlockValidationError) as raised:
        VideoBlock().clean(video)
    assert set(raised.value.block_errors) == {"poster"}


def test_an_author_cannot_make_a_signature_the_course_picture(
    signature, two_courses, instructor_y, academy_admin
):
    course = two_courses.ai.course
    course_team_set_authors(course=course, users=[instructor_y], acting_user=academy_admin)

    response = client_for(instructor_y).post(
        edit_url(course), course_form(course, hero_image=str(signature.pk))
    )

    assert response.status_code == 200
    assert ERROR_PRIVATE_IMAGE in str(response.context["form"].errors["hero_image"])
    course.refresh_from_db()
    assert course.hero_image_id is None
    assert course.latest_revision is None
