"""Benchmark: issue a cohort of 500 certificates, against the cost of WeasyPrint alone.

Builds a throwaway SQLite database (the test settings, migrated from
scratch; set BENCH_DATABASE_URL to use an empty PostgreSQL database instead)
and media folder, a default template with two signatories as in the demo,
and two finished cohorts of 500 trainees each. Then it measures:

* **bare render**: per certificate, WeasyPrint alone turning each issued
  certificate's HTML (made beforehand) into a PDF/A with the same fonts and
  stylesheets: the floor no issuing code can go below;
* **one worker**: certificates per second of ``issue_for_cohort`` in one
  worker process: eligibility, snapshot, signature, HTML, PDF, file, row,
  audit entry and the queued email;
* **two workers**: the second cohort split in two halves, issued by two
  processes at once, each with its own database connection;
* **memory**: a worker's resident memory before and after 1,000 renders.

It prints the figures and PASS or FAIL for each target, and exits 1 when a
target is missed. Run it from the project folder:

    /work/main/.venv/bin/python benchmarks/issue_certificates.py [--trainees 500] [--renders 1000]

It never touches db.sqlite3, ./media, ./var/private or any configured database.
"""

import argparse
import multiprocessing
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RATIO_TARGET = 1.15  # issuance time per certificate over the bare render's, at most
SPEEDUP_TARGET = 1.6  # two workers over one, at least
MEMORY_TARGET_MB = 20.0  # growth over the renders, under
WARM_UP_RENDERS = 10
# Names as the academy's trainees write them, in several scripts.
NAMES = [
    "Aminata Diop",
    "Rahim Uddin",
    "María Fernanda Quispe",
    "Nguyễn Thị Hương",
    "محمد الأمين",
    "Li Wei 李伟",
    "Jean-Baptiste Habimana",
    "Sipho Dlamini",
    "Ana Lucía Mamani",
    "Olumide Adeyemi",
]


def _setup(folder: Path) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "academy.settings.test"
    os.environ["DATABASE_URL"] = os.environ.get(
        "BENCH_DATABASE_URL", f"sqlite:///{folder / 'bench.sqlite3'}"
    )
    os.environ["MEDIA_ROOT"] = str(folder / "media")
    os.environ["PRIVATE_MEDIA_ROOT"] = str(folder / "private")
    import django
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"].endswith("sqlite3"):
        # Two workers write at once: wait for the other's lock instead of failing,
        # and let readers go on while one writes.
        database.setdefault("OPTIONS", {}).update(
            timeout=60, init_command="PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
        )
    # The emails go to the database queue, as in the default deployment.
    settings.TASKS = {
        **settings.TASKS,
        "background": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
    }
    django.setup()
    from certificates.signing import generate_private_key_pem

    # A throwaway key, as in the tests: the benchmark never signs with a real one.
    settings.CERTIFICATE_SIGNING_KEY = generate_private_key_pem().decode("ascii")


def _build(trainees: int):
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.utils import timezone

    from certificates.bulk import issue_for_cohort
    from courses.models import CourseIndexPage, Enrollment, EnrollmentStatus
    from tests.certificate_factories import CertificateTemplateFactory, ended_cohort
    from tests.factories import course_with_lessons

    call_command("migrate", verbosity=0, interactive=False)
    CertificateTemplateFactory(name="Academy certificate", is_default=True)
    course, _outline = course_with_lessons(
        parent=CourseIndexPage.objects.get(),
        modules=2,
        lessons_per_module=3,
        title="Digital public infrastructure for inclusive growth",
    )
    User = get_user_model()
    now = timezone.now()
    cohorts = []
    for number in (1, 2):
        cohort = ended_cohort(course, name=f"DPI 2025 cohort {number}")
        users = User.objects.bulk_create(
            User(
                username=f"c{number}t{n}",
                email=f"c{number}t{n}@ministry.example",
                first_name=NAMES[n % len(NAMES)].rsplit(" ", 1)[0],
                last_name=NAMES[n % len(NAMES)].rsplit(" ", 1)[-1],
            )
            for n in range(trainees)
        )
        # Finishers: the completion rule already moved them to "completed".
        Enrollment.objects.bulk_create(
            Enrollment(
                cohort=cohort,
                user=user,
                status=EnrollmentStatus.COMPLETED,
                activated_at=now,
                completed_at=now,
                last_activity_at=now,
            )
            for user in users
        )
        cohorts.append(cohort)
    # A few certificates issued beforehand, for each process to warm up on.
    warm_up = ended_cohort(course, name="Warm-up cohort")
    for user in User.objects.filter(username__startswith="c1t")[:WARM_UP_RENDERS]:
        Enrollment.objects.create(
            cohort=warm_up, user=user, status=EnrollmentStatus.COMPLETED, completed_at=now
        )
    issue_for_cohort(warm_up, notify=False)
    return cohorts


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _warm_up() -> None:
    """Fonts and stylesheets load on first use, in every process: the warm-up cohort's."""
    from certificates.issuing import printed_certificate
    from certificates.models import Certificate
    from certificates.rendering import render_pdf

    for certificate in Certificate.objects.filter(enrollment__cohort__name="Warm-up cohort"):
        render_pdf(printed_certificate(certificate))


@dataclass
class Run:
    issued: int = 0
    failed: int = 0
    started: float = 0.0  # perf_counter, the same clock in every process on Linux
    ended: float = 0.0
    cpu: float = 0.0  # this process's CPU seconds
    bare_wall: float = 0.0  # seconds per certificate, WeasyPrint alone
    bare_cpu: float = 0.0


def _issue_worker(cohort_id, enrollment_ids, bare: bool, queue) -> None:
    from django.db import connections

    from certificates.bulk import issue_for_cohort
    from courses.models import Cohort

    connections.close_all()
    try:
        cohort = Cohort.objects.select_related("course").get(pk=cohort_id)
        _warm_up()
        run = Run(started=time.perf_counter())
        cpu = time.process_time()
        summary = issue_for_cohort(cohort, enrollment_ids=enrollment_ids)
        run.ended, run.cpu = time.perf_counter(), time.process_time() - cpu
        run.issued, run.failed = summary.issued, len(summary.failures)
        if bare:
            # Right after, in the same process: the other load on the machine is alike.
            run.bare_wall, run.bare_cpu = _bare_render(cohort)
        queue.put(run)
    except BaseException:
        # Tell the parent, which would otherwise wait for this worker for ever.
        queue.put(None)
        raise
    finally:
        connections.close_all()


def _issue_in_workers(cohort, parts: int, *, bare: bool = False) -> list[Run]:
    from django.db import connections

    ids = list(cohort.enrollments.order_by("pk").values_list("pk", flat=True))
    chunks = [ids[index::parts] for index in range(parts)]
    connections.close_all()  # never share a connection with a child
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    workers = [
        context.Process(target=_issue_worker, args=(cohort.pk, chunk, bare, queue))
        for chunk in chunks
    ]
    for worker in workers:
        worker.start()
    runs = [queue.get() for _ in workers]
    if None in runs:
        raise RuntimeError("a worker failed; its traceback is above")
    for worker in workers:
        worker.join()
    return runs


def _wall(runs: list[Run]) -> float:
    """From the first worker's start to the last one's end."""
    return max(run.ended for run in runs) - min(run.started for run in runs)


def _bare_render(cohort) -> tuple[float, float]:
    """Wall and CPU seconds per certificate for WeasyPrint alone, on HTML made beforehand."""
    from weasyprint import HTML

    from certificates.issuing import printed_certificate
    from certificates.models import Certificate
    from certificates.rendering import (
        BASE_URL,
        ProjectOnlyFetcher,
        accent,
        base_stylesheet,
        certificate_html,
        font_config,
        page_stylesheet,
    )

    printed = [
        printed_certificate(certificate)
        for certificate in Certificate.objects.filter(enrollment__cohort=cohort).select_related(
            "template_revision"
        )
    ]
    template = printed[0].template
    stylesheets = [
        base_stylesheet(),
        page_stylesheet(template.page_size, template.orientation, accent(template)),
    ]
    pages = [certificate_html(one) for one in printed]
    started, cpu = time.perf_counter(), time.process_time()
    for html in pages:
        HTML(string=html, base_url=BASE_URL, url_fetcher=ProjectOnlyFetcher()).write_pdf(
            font_config=font_config(), stylesheets=stylesheets, pdf_variant="pdf/a-3b"
        )
    return (
        (time.perf_counter() - started) / len(pages),
        (time.process_time() - cpu) / len(pages),
    )


def _memory_worker(renders: int, queue) -> None:
    from django.db import connections

    from certificates.issuing import printed_certificate
    from certificates.models import Certificate
    from certificates.rendering import render_pdf

    connections.close_all()
    certificates = list(Certificate.objects.select_related("template_revision").order_by("pk"))
    _warm_up()
    before = _rss_mb()
    for number in range(renders):
        render_pdf(printed_certificate(certificates[number % len(certificates)]))
    queue.put((before, _rss_mb()))
    connections.close_all()


def _memory(renders: int) -> tuple[float, float]:
    from django.db import connections

    connections.close_all()
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    worker = context.Process(target=_memory_worker, args=(renders, queue))
    worker.start()
    before, after = queue.get()
    worker.join()
    return before, after


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trainees", type=int, default=500, help="finishers per cohort")
    parser.add_argument("--renders", type=int, default=1000, help="renders for the memory check")
    parser.add_argument("--keep", action="store_true", help="keep the database and media")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="academy-bench-"))
    _setup(folder)
    try:
        print(f"Building {args.trainees} finishers in each of two cohorts in {folder} …")
        first, second = _build(args.trainees)
        load = os.getloadavg()[0]
        (one,) = _issue_in_workers(first, 1, bare=True)
        two = _issue_in_workers(second, 2)
        before, after = _memory(args.renders)
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)

    two_issued = sum(run.issued for run in two)
    failed = one.failed + sum(run.failed for run in two)
    if failed or one.issued != args.trainees or two_issued != args.trainees:
        print(f"Issuing went wrong: {one.issued}/{two_issued} issued, {failed} failed")
        return 2
    one_seconds, two_seconds = _wall([one]), _wall(two)
    per_certificate, per_certificate_cpu = one_seconds / one.issued, one.cpu / one.issued
    ratio, ratio_cpu = per_certificate / one.bare_wall, per_certificate_cpu / one.bare_cpu
    speedup = one_seconds / two_seconds
    growth = after - before
    print(f"machine:      {os.cpu_count()} CPUs, load average {load:.1f} when starting")
    print(
        f"bare render:  {one.bare_wall * 1000:7.1f} ms per certificate "
        f"({one.bare_cpu * 1000:.1f} ms CPU), WeasyPrint alone: the floor"
    )
    print(
        f"one worker:   {per_certificate * 1000:7.1f} ms per certificate "
        f"({per_certificate_cpu * 1000:.1f} ms CPU), "
        f"{one.issued / one_seconds:5.2f} certificates/s ({one.issued} in {one_seconds:.1f} s)"
    )
    print(
        f"two workers:  {two_issued / two_seconds:5.2f} certificates/s "
        f"({two_issued} in {two_seconds:.1f} s)"
    )
    print(f"memory:       {before:.1f} MB → {after:.1f} MB over {args.renders} renders")
    checks = [
        (
            f"issuance / bare render = {ratio:.2f} wall, {ratio_cpu:.2f} CPU "
            f"(target ≤ {RATIO_TARGET})",
            ratio <= RATIO_TARGET,
        ),
        (
            f"two-worker speed-up = {speedup:.2f}× (target ≥ {SPEEDUP_TARGET}×)",
            speedup >= SPEEDUP_TARGET,
        ),
        (
            f"memory growth = {growth:.1f} MB (target < {MEMORY_TARGET_MB:.0f} MB)",
            growth < MEMORY_TARGET_MB,
        ),
    ]
    for text, ok in checks:
        print(f"{_verdict(ok)}  {text}")
    return 0 if all(ok for _, ok in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
