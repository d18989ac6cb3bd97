"""Factories for certificate tests: templates, finished cohorts and issued certificates."""

import datetime

import factory
from django.utils import timezone

from certificates.issuing import issue_certificate, template_revision
from certificates.models import CertificateTemplate
from tests.cohort_factories import CohortFactory, complete_lessons, enrol
from tests.factories import course_with_lessons


class CertificateTemplateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CertificateTemplate
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Template {n}")
    is_default = False

    @factory.post_generation
    def signatories(self, create, extracted, **kwargs):
        """Two signatories unless a list of names is given; saved with a first revision."""
        if not create:
            return
        names = extracted if extracted is not None else ["Li Wei", "Fatou Ndiaye"]
        for order, name in enumerate(names):
            self.signatories.create(
                name=name, title="Director", organisation="WIC Digital Academy", sort_order=order
            )
        self.save()
        template_revision(self)


def ended_cohort(course, **kwargs):
    today = timezone.localdate()
    return CohortFactory(
        course=course,
        starts_on=today - datetime.timedelta(days=60),
        ends_on=today - datetime.timedelta(days=2),
        enrolment_opens_at=timezone.now() - datetime.timedelta(days=90),
        enrolment_closes_at=timezone.now() - datetime.timedelta(days=61),
        **kwargs,
    )


def finished_course(catalogue, *, lessons: int = 2, **course_kwargs):
    """A course with ``lessons`` required lessons and its lessons in order."""
    course, outline = course_with_lessons(
        parent=catalogue, modules=1, lessons_per_module=lessons, **course_kwargs
    )
    return course, [lesson for _, module_lessons in outline for lesson in module_lessons]


def completed_enrollment(cohort, lessons, user=None, **user_kwargs):
    """An enrolment whose trainee completed every lesson (so status "completed")."""
    enrollment = enrol(cohort, user=user, **user_kwargs)
    complete_lessons(enrollment, lessons)
    enrollment.refresh_from_db()
    return enrollment


def issued_certificate(catalogue, *, template=None, name="Aminata Diop", **issue_kwargs):
    """A default template, an ended cohort, a finisher called ``name``, and their certificate."""
    from academy.services import profile_for

    template = template or CertificateTemplateFactory(is_default=True)
    course, lessons = finished_course(catalogue)
    cohort = ended_cohort(course)
    enrollment = completed_enrollment(cohort, lessons)
    profile = profile_for(enrollment.user)
    profile.certificate_name = name
    profile.save()
    return issue_certificate(enrollment, **issue_kwargs)
