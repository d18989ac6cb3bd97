"""Issuing a cohort's certificates at once: the service, the job, the admin pages, the command."""

import datetime
import io
import threading
import zipfile
from types import SimpleNamespace

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, connections
from django.urls import get_resolver, reverse
from django.utils import timezone

from certificates import bulk, issuing
from certificates.bulk import ERROR_JOB_ACTIVE, bulk_issue_start, issue_for_cohort, job_create
from certificates.issuing import revoke_certificate
from certificates.management.commands.issue_certificates import ERROR_NO_COHORT, progress_bar
from certificates.models import (
    BulkIssueJob,
    BulkIssueStatus,
    Certificate,
    CertificateStatus,
    CertificateTemplate,
    Tier,
)
from certificates.permissions import ADMIN_URL_METHODS
from courses.models import Cohort, EnrollmentStatus
from tests.certificate_factories import CertificateTemplateFactory
from tests.cohort_factories import CohortFactory, complete_lessons, enrol
from tests.courses.admin_helpers import client_for, log_entries
from tests.courses.completion_helpers import score, scored_quiz
from tests.factories import CoursePageFactory, LessonPageFactory, ModulePageFactory

JOB_URLS = sorted(n for n in ADMIN_URL_METHODS if n.startswith("academy_certificate_jobs:"))

pytest_plugins = ["tests.courses.admin_fixtures"]

NAMESPACE = "academy_certificate_jobs"


def _end(cohort) -> None:
    """The cohort ended two days ago (its trainees did their work while it ran)."""
    today = timezone.localdate()
    Cohort.objects.filter(pk=cohort.pk).update(
        starts_on=today - datetime.timedelta(days=60), ends_on=today - datetime.timedelta(days=2)
    )
    cohort.refresh_from_db()


def _cohort(catalogue) -> SimpleNamespace:
    """An ended cohort of a course with two lessons and a final quiz (distinction at 90 %).

    Ada scored 100 % (distinction), Bola 80 % (completion), Chen did one
    lesson (participation), Dina never started and Emeka withdrew: three
    certificates are due.
    """
    CertificateTemplateFactory(is_default=True)
    course = CoursePageFactory(parent=catalogue, title="Data governance", distinction_threshold=90)
    module = ModulePageFactory(parent=course, title="Foundations")
    lessons = [LessonPageFactory(parent=module, title=f"Lesson {n}") for n in (1, 2)]
    quiz = scored_quiz(module, "Final assessment", statements=10, pass_mark=70)
    cohort = CohortFactory(course=course, name="Data governance 2025")
    people = {}
    for key, first_name, percent in (("ada", "Ada", 100), ("bola", "Bola", 80)):
        enrollment = enrol(cohort, first_name=first_name, last_name="Trainee")
        complete_lessons(enrollment, lessons)
        score(quiz, enrollment, percent)
        people[key] = enrollment
    people["chen"] = enrol(cohort, first_name="Chen", last_name="Trainee")
    complete_lessons(people["chen"], lessons[:1])
    people["dina"] = enrol(cohort, first_name="Dina", last_name="Trainee")
    people["emeka"] = enrol(cohort, first_name="Emeka", last_name="Trainee")
    people["emeka"].status = EnrollmentStatus.WITHDRAWN
    people["emeka"].save(update_fields=["status"])
    _end(cohort)
    for enrollment in people.values():
        enrollment.refresh_from_db()
    return SimpleNamespace(cohort=cohort, course=course, **people)


@pytest.fixture
def setup(catalogue):
    return _cohort(catalogue)


def _valid(cohort):
    return Certificate.objects.filter(enrollment__cohort=cohort, status=CertificateStatus.VALID)


def _tiers(cohort) -> dict[str, str]:
    return {
        c.enrollment.user.first_name: c.tier
        for c in _valid(cohort).select_related("enrollment__user")
    }


# The service -----------------------------------------------------------------


def test_bulk_issues_each_eligible_trainee_the_tier_they_earned(
    setup, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        summary = issue_for_cohort(setup.cohort)

    assert _tiers(setup.cohort) == {
        "Ada": Tier.DISTINCTION,
        "Bola": Tier.COMPLETION,
        "Chen": Tier.PARTICIPATION,
    }
    assert (summary.total, summary.issued, summary.skipped, summary.failures) == (3, 3, 0, [])
    assert str(summary) == "3 eligible: 3 issued, 0 already had a certificate, 0 failed."
    assert sorted(message.to[0] for message in mailoutbox) == sorted(
        e.user.email for e in (setup.ada, setup.bola, setup.chen)
    )


def test_running_again_issues_nothing_new(setup):
    issue_for_cohort(setup.cohort)
    first = set(_valid(setup.cohort).values_list("pk", flat=True))

    summary = issue_for_cohort(setup.cohort)

    assert set(_valid(setup.cohort).values_list("pk", flat=True)) == first
    assert (summary.total, summary.issued, summary.skipped) == (3, 0, 3)


def test_running_again_issues_only_what_is_missing(setup, academy_admin):
    issue_for_cohort(setup.cohort)
    bola = _valid(setup.cohort).get(enrollment=setup.bola)
    revoke_certificate(bola, revoked_by=academy_admin, reason="Issued in error")

    summary = issue_for_cohort(setup.cohort, issued_by=academy_admin)

    assert (summary.issued, summary.skipped) == (1, 2)
    fresh = _valid(setup.cohort).get(enrollment=setup.bola)
    assert fresh.pk != bola.pk and fresh.issued_by == academy_admin


def test_evaluates_the_cohort_in_a_fixed_number_of_queries(setup, django_assert_max_num_queries):
    """Eligibility of everyone, before issuing anything: no query per trainee."""
    for n in range(6):
        enrol(setup.cohort, first_name=f"Extra{n}")
    with django_assert_max_num_queries(8):
        eligible = bulk._eligible(setup.cohort, timezone.localdate())
    assert {e.user.first_name for e, _ in eligible} == {"Ada", "Bola", "Chen"}


def test_a_certificate_that_cannot_be_issued_is_a_failure_with_its_reason(setup, monkeypatch):
    real = issuing.render_pdf

    def render(printed):
        if printed.snapshot["recipient_name"].startswith("Bola"):
            raise OSError("disk full")
        return real(printed)

    monkeypatch.setattr(issuing, "render_pdf", render)
    job = job_create(cohort=setup.cohort, requested_by=None)

    summary = bulk.job_run(job)

    job.refresh_from_db()
    assert job.status == BulkIssueStatus.FINISHED and job.finished_at is not None
    assert (job.total, job.done, job.issued, job.skipped) == (3, 3, 2, 0)
    assert job.failures == [
        {
            "enrollment": setup.bola.pk,
            "trainee": f"Bola Trainee <{setup.bola.user.email}>",
            "reason": bulk.ERROR_UNEXPECTED.format(error="OSError"),
        }
    ]
    assert summary.failures == job.failures
    assert not _valid(setup.cohort).filter(enrollment=setup.bola).exists()


def test_a_certificate_rule_refusing_is_a_failure_with_the_rule_message(setup, monkeypatch):
    def refuse(course):
        raise issuing.CertificateError(issuing.ERROR_NO_TEMPLATE)

    monkeypatch.setattr(bulk, "print_plan_for", lambda course: None)
    monkeypatch.setattr(issuing, "print_plan_for", refuse)

    summary = issue_for_cohort(setup.cohort)

    assert summary.issued == 0
    assert [f["reason"] for f in summary.failures] == [issuing.ERROR_NO_TEMPLATE] * 3


def test_a_certificate_issued_meanwhile_counts_as_skipped(setup, monkeypatch):
    """Another admin issues Ada's certificate while ours is being printed."""
    real = issuing.render_pdf
    others = []

    def render(printed):
        if printed.snapshot["recipient_name"].startswith("Ada") and not others:
            others.append(None)
            others[0] = issuing.issue_certificate(setup.ada, notify=False)
        return real(printed)

    monkeypatch.setattr(issuing, "render_pdf", render)

    summary = issue_for_cohort(setup.cohort)

    assert (summary.issued, summary.skipped, summary.failures) == (2, 1, [])
    assert _valid(setup.cohort).get(enrollment=setup.ada) == others[0]
    assert Certificate.objects.filter(enrollment=setup.ada).count() == 1


def test_progress_is_reported_after_each_trainee(setup):
    seen = []
    issue_for_cohort(setup.cohort, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]


# Jobs ------------------------------------------------------------------------


def test_starting_queues_a_job_that_the_task_runs(
    setup, academy_admin, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        job = bulk_issue_start(cohort=setup.cohort, requested_by=academy_admin)

    job.refresh_from_db()
    assert job.status == BulkIssueStatus.FINISHED
    assert (job.total, job.done, job.issued, job.failures) == (3, 3, 3, [])
    assert _valid(setup.cohort).filter(issued_by=academy_admin).count() == 3
    entry = log_entries(setup.cohort, "academy.certificate.bulk_issue").get()
    assert entry.user == academy_admin and entry.data["job"] == job.pk


@pytest.mark.parametrize("status", [BulkIssueStatus.QUEUED, BulkIssueStatus.RUNNING])
def test_a_second_job_is_refused_while_one_is_active(setup, academy_admin, status):
    running = BulkIssueJob.objects.create(cohort=setup.cohort, status=status)

    with pytest.raises(issuing.CertificateError) as refused:
        bulk_issue_start(cohort=setup.cohort, requested_by=academy_admin)

    assert str(refused.value).startswith(ERROR_JOB_ACTIVE.split("{cohort}")[0] + setup.cohort.name)
    assert list(BulkIssueJob.objects.filter(cohort=setup.cohort)) == [running]
    assert not log_entries(setup.cohort, "academy.certificate.bulk_issue").exists()


def test_a_new_job_may_start_once_the_last_one_ended(setup, academy_admin):
    BulkIssueJob.objects.create(cohort=setup.cohort, status=BulkIssueStatus.FINISHED)
    job = job_create(cohort=setup.cohort, requested_by=academy_admin)
    assert job.status == BulkIssueStatus.QUEUED


def test_a_job_delivered_twice_runs_once(setup):
    job = job_create(cohort=setup.cohort, requested_by=None)
    assert bulk.job_run(job).issued == 3
    assert bulk.job_run(job) is None
    assert _valid(setup.cohort).count() == 3


def test_a_job_that_crashes_is_marked_failed(setup, monkeypatch):
    def crash(cohort, today, enrollment_ids=None):
        raise RuntimeError("database went away")

    monkeypatch.setattr(bulk, "_eligible", crash)
    job = job_create(cohort=setup.cohort, requested_by=None)

    with pytest.raises(RuntimeError):
        bulk.job_run(job)

    job.refresh_from_db()
    assert job.status == BulkIssueStatus.FAILED and not job.is_active
    assert job.failures[-1]["reason"] == bulk.ERROR_JOB_CRASHED.format(error="database went away")


# Admin pages -----------------------------------------------------------------


def test_an_issuer_starts_a_job_and_follows_it(
    setup, academy_admin, django_capture_on_commit_callbacks
):
    client = client_for(academy_admin)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse(f"{NAMESPACE}:start", args=[setup.cohort.pk]))

    job = BulkIssueJob.objects.get(cohort=setup.cohort)
    assert response.status_code == 302
    assert response.url == reverse(f"{NAMESPACE}:job", args=[job.pk])
    page = client.get(response.url)
    assert page.status_code == 200
    assert b"3 of 3" in page.content
    assert b'http-equiv="refresh"' not in page.content  # finished: no more reloading
    assert _valid(setup.cohort).count() == 3


def test_the_job_page_reloads_itself_while_running_and_lists_failures(setup, academy_admin):
    job = BulkIssueJob.objects.create(
        cohort=setup.cohort,
        status=BulkIssueStatus.RUNNING,
        total=500,
        issued=311,
        failures=[
            {
                "enrollment": setup.bola.pk,
                "trainee": "Bola Trainee",
                "reason": "The PDF could not be written.",
            }
        ],
    )
    page = client_for(academy_admin).get(reverse(f"{NAMESPACE}:job", args=[job.pk]))

    content = page.content.decode()
    assert "312 of 500" in content
    assert '<meta http-equiv="refresh" content="3">' in content
    assert "Bola Trainee" in content and "The PDF could not be written." in content


def test_starting_while_a_job_runs_shows_the_running_job(setup, academy_admin):
    running = BulkIssueJob.objects.create(cohort=setup.cohort, status=BulkIssueStatus.RUNNING)
    client = client_for(academy_admin)

    response = client.post(reverse(f"{NAMESPACE}:start", args=[setup.cohort.pk]), follow=True)

    assert response.redirect_chain[-1][0] == reverse(f"{NAMESPACE}:job", args=[running.pk])
    assert "already being issued" in response.content.decode()
    assert BulkIssueJob.objects.filter(cohort=setup.cohort).count() == 1


def test_the_zip_holds_exactly_the_valid_pdfs_named_by_serial(setup, academy_admin):
    issue_for_cohort(setup.cohort, notify=False)
    revoked = _valid(setup.cohort).get(enrollment=setup.chen)
    revoke_certificate(revoked, revoked_by=academy_admin, reason="Issued in error")
    valid = list(_valid(setup.cohort))

    response = client_for(academy_admin).get(
        reverse(f"{NAMESPACE}:download", args=[setup.cohort.pk])
    )

    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert 'filename="certificates-data-governance-2025.zip"' in response["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    assert sorted(archive.namelist()) == sorted(f"{c.serial}.pdf" for c in valid)
    for certificate in valid:
        with certificate.pdf.open("rb") as stored:
            assert archive.read(f"{certificate.serial}.pdf") == stored.read()
    assert f"{revoked.serial}.pdf" not in archive.namelist()


def _admin_url_names() -> set[str]:
    _prefix, resolver = get_resolver().namespace_dict[NAMESPACE]
    return {f"{NAMESPACE}:{name}" for name in resolver.reverse_dict if isinstance(name, str)}


def test_every_bulk_admin_url_has_an_entry_in_the_permission_table():
    assert _admin_url_names() == set(JOB_URLS)


def _url(name, cohort, job) -> str:
    return reverse(name, args=[job.pk if name.endswith(":job") else cohort.pk])


def _request(client, name, url):
    method = ADMIN_URL_METHODS[name][0]
    return client.post(url) if method == "POST" else client.get(url)


@pytest.mark.parametrize("name", JOB_URLS)
def test_issuers_reach_every_bulk_url(name, setup, academy_admin):
    job = BulkIssueJob.objects.create(cohort=setup.cohort, status=BulkIssueStatus.FINISHED)
    response = _request(client_for(academy_admin), name, _url(name, setup.cohort, job))
    assert response.status_code in (200, 302)
    if response.status_code == 302:
        newest = BulkIssueJob.objects.latest("pk")
        assert response.url == reverse(f"{NAMESPACE}:job", args=[newest.pk])


@pytest.mark.parametrize("name", JOB_URLS)
def test_instructors_are_refused_every_bulk_url(name, setup, instructor_x):
    job = BulkIssueJob.objects.create(cohort=setup.cohort, status=BulkIssueStatus.FINISHED)
    response = _request(client_for(instructor_x), name, _url(name, setup.cohort, job))
    assert response.status_code == 403
    assert BulkIssueJob.objects.count() == 1 and not Certificate.objects.exists()


@pytest.mark.parametrize("name", JOB_URLS)
def test_trainees_never_reach_the_bulk_urls(name, setup):
    job = BulkIssueJob.objects.create(cohort=setup.cohort, status=BulkIssueStatus.FINISHED)
    response = _request(client_for(setup.ada.user), name, _url(name, setup.cohort, job))
    # Wagtail sends anyone without admin access to the login page.
    assert response.status_code == 302
    assert response.url.split("?")[0] == reverse("wagtailadmin_login")
    assert BulkIssueJob.objects.count() == 1 and not Certificate.objects.exists()


@pytest.mark.parametrize("name", JOB_URLS)
def test_bulk_urls_answer_only_their_methods(name, setup, academy_admin):
    job = BulkIssueJob.objects.create(cohort=setup.cohort, status=BulkIssueStatus.FINISHED)
    client = client_for(academy_admin)
    url = _url(name, setup.cohort, job)
    other = "GET" if ADMIN_URL_METHODS[name] == ("POST",) else "POST"
    response = client.get(url) if other == "GET" else client.post(url)
    assert response.status_code == 405
    assert BulkIssueJob.objects.count() == 1 and not Certificate.objects.exists()


def test_the_cohort_page_offers_the_button_and_the_download(setup, academy_admin):
    issue_for_cohort(setup.cohort, notify=False)
    page = client_for(academy_admin).get(reverse(f"{NAMESPACE}:cohort", args=[setup.cohort.pk]))
    content = page.content.decode()
    assert f'action="{reverse(f"{NAMESPACE}:start", args=[setup.cohort.pk])}"' in content
    assert "Download the 3 valid certificates" in content


# The command -----------------------------------------------------------------


def test_the_command_issues_with_a_progress_bar_and_a_summary(setup):
    out, err = io.StringIO(), io.StringIO()

    call_command("issue_certificates", cohort=setup.cohort.pk, stdout=out, stderr=err)

    assert _valid(setup.cohort).count() == 3
    assert err.getvalue().rstrip().endswith(progress_bar(3, 3))
    assert progress_bar(1, 3) in err.getvalue()
    assert out.getvalue().strip() == (
        "Data governance 2025: 3 eligible: 3 issued, 0 already had a certificate, 0 failed."
    )
    assert BulkIssueJob.objects.get(cohort=setup.cohort).status == BulkIssueStatus.FINISHED


def test_the_command_run_again_issues_nothing(setup):
    call_command(
        "issue_certificates", cohort=setup.cohort.pk, stdout=io.StringIO(), stderr=io.StringIO()
    )
    out = io.StringIO()
    call_command("issue_certificates", cohort=setup.cohort.pk, stdout=out, stderr=io.StringIO())
    assert "0 issued, 3 already had a certificate" in out.getvalue()
    assert _valid(setup.cohort).count() == 3


def test_the_command_refuses_an_unknown_cohort(db):
    with pytest.raises(CommandError) as refused:
        call_command("issue_certificates", cohort=999_999, stdout=io.StringIO())
    assert str(refused.value) == ERROR_NO_COHORT.format(cohort_id=999_999)


def test_the_command_refuses_while_a_job_runs(setup):
    BulkIssueJob.objects.create(cohort=setup.cohort, status=BulkIssueStatus.RUNNING)
    with pytest.raises(CommandError, match="already being issued"):
        call_command("issue_certificates", cohort=setup.cohort.pk, stdout=io.StringIO())
    assert not Certificate.objects.exists()


def test_the_progress_bar():
    assert progress_bar(312, 500, width=10) == "[======    ] 312/500"
    assert progress_bar(0, 0, width=4) == "[====] 0/0"


# Two admins at once (PostgreSQL) ----------------------------------------------


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
def test_two_bulk_runs_at_once_issue_one_certificate_per_enrolment(catalogue):
    setup = _cohort(catalogue)
    barrier = threading.Barrier(2)
    results = [None, None]

    def run(index):
        try:
            barrier.wait()
            results[index] = issue_for_cohort(setup.cohort, notify=False)
        except Exception as error:
            results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(index,)) for index in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert not [result for result in results if isinstance(result, Exception)], results
    assert sum(result.issued for result in results) == 3
    assert all(result.issued + result.skipped == 3 for result in results)
    assert not [failure for result in results for failure in result.failures]
    for enrollment in (setup.ada, setup.bola, setup.chen):
        assert Certificate.objects.filter(enrollment=enrollment).count() == 1


def test_the_command_explains_why_nothing_can_be_issued(setup):
    CertificateTemplate.objects.update(is_default=False)

    with pytest.raises(CommandError) as refused:
        call_command(
            "issue_certificates", cohort=setup.cohort.pk, stdout=io.StringIO(), stderr=io.StringIO()
        )

    assert str(refused.value) == issuing.ERROR_NO_TEMPLATE
    job = BulkIssueJob.objects.get(cohort=setup.cohort)
    assert job.status == BulkIssueStatus.FAILED
    assert issuing.ERROR_NO_TEMPLATE in job.failures[-1]["reason"]
    assert not Certificate.objects.exists()
