"""Reads of course content: outlines, lesson navigation and the catalogue.

Each function issues a fixed number of queries whatever the size of the
course or catalogue, so pages stay fast as the academy grows.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Case, Count, IntegerField, OuterRef, Prefetch, Q, Subquery, When
from django.db.models.functions import Coalesce
from django.http import Http404, QueryDict
from django.utils import timezone
from guardian.shortcuts import get_objects_for_user
from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import Page

from courses.models import (
    SEAT_STATUSES,
    Cohort,
    CohortStatus,
    CoursePage,
    Enrollment,
    EnrollmentStatus,
    LessonPage,
    Level,
    ModulePage,
    QuizPage,
)
from courses.permissions import can_on_all_cohorts, permission_for

CATALOGUE_PAGE_SIZE = 9
SEARCH_LESSON_LIMIT = 20
CARD_IMAGE_SPECS = ("fill-400x225", "fill-800x450")


LESSON = "lesson"
QUIZ = "quiz"


@dataclass(frozen=True)
class OutlineItem:
    """A lesson or a quiz in a module, as the outline and the pager show it."""

    kind: str
    page: LessonPage | QuizPage

    @property
    def title(self) -> str:
        return self.page.title

    @property
    def minutes(self) -> int:
        return self.page.estimated_minutes

    @property
    def is_quiz(self) -> bool:
        return self.kind == QUIZ

    @property
    def label(self) -> str:
        if self.kind == QUIZ:
            return "Pre-assessment" if self.page.is_pre_assessment else "Quiz"
        return "Lesson"


@dataclass
class ModuleOutline:
    module: ModulePage
    number: int
    lessons: list[LessonPage] = field(default_factory=list)
    quizzes: list[QuizPage] = field(default_factory=list)

    @property
    def items(self) -> list[OutlineItem]:
        """Lessons and quizzes together, in tree order."""
        items = [OutlineItem(LESSON, lesson) for lesson in self.lessons]
        items += [OutlineItem(QUIZ, quiz) for quiz in self.quizzes]
        return sorted(items, key=lambda item: item.page.path)

    @property
    def minutes(self) -> int:
        return sum(item.minutes for item in self.items)


def course_outline(*, course: Page) -> list[ModuleOutline]:
    """Live modules of a course with their live lessons and quizzes, in tree order.

    Three queries, whatever the size of the course.
    """
    if course.pk is None:
        return []  # an unsaved page in the editor's preview has no tree position yet
    modules = ModulePage.objects.child_of(course).live().order_by("path")
    outline = {
        module.path: ModuleOutline(module=module, number=number)
        for number, module in enumerate(modules, start=1)
    }
    lessons = LessonPage.objects.descendant_of(course).live().defer("body").order_by("path")
    for lesson in lessons:
        # A lesson left live under an unpublished module stays hidden.
        module_outline = outline.get(lesson.path[: -Page.steplen])
        if module_outline is not None:
            module_outline.lessons.append(lesson)
    quizzes = QuizPage.objects.descendant_of(course).live().defer("questions").order_by("path")
    for quiz in quizzes:
        module_outline = outline.get(quiz.path[: -Page.steplen])
        if module_outline is not None:
            module_outline.quizzes.append(quiz)
    return list(outline.values())


def _neighbours(sequence: list, page: Page) -> tuple:
    position = next((i for i, item in enumerate(sequence) if item.pk == page.pk), None)
    if position is None:
        return None, None, None
    previous = sequence[position - 1] if position else None
    following = sequence[position + 1] if position + 1 < len(sequence) else None
    return position, previous, following


def lesson_navigation(*, lesson: LessonPage | QuizPage) -> dict:
    """Breadcrumbs, and the previous and next lesson or quiz across module boundaries.

    Also serves quiz pages. ``previous_lesson`` and ``next_lesson`` skip
    quizzes; ``previous_item`` and ``next_item`` (``OutlineItem``) do not.
    """
    if lesson.pk is None:
        return {"breadcrumbs": [], "course": None, "module": None}
    ancestors = list(lesson.get_ancestors().filter(depth__gt=1))
    course = next((page for page in ancestors if page.specific_class is CoursePage), None)
    if course is None:
        return {"breadcrumbs": ancestors, "course": None, "module": None}
    course = CoursePage.objects.only("title", "language", "url_path", "path", "depth").get(
        pk=course.pk
    )
    outline = course_outline(course=course)
    lessons = [item for entry in outline for item in entry.lessons]
    items = [item for entry in outline for item in entry.items]
    position, previous_lesson, next_lesson = _neighbours(lessons, lesson)
    _, previous_item, next_item = _neighbours([item.page for item in items], lesson)
    item_by_pk = {item.page.pk: item for item in items}
    module = next((entry for entry in outline if lesson.path.startswith(entry.module.path)), None)
    return {
        "breadcrumbs": ancestors,
        "course": course,
        "module": module,
        "lesson_number": None if position is None else position + 1,
        "lesson_count": len(lessons),
        "previous_lesson": previous_lesson,
        "next_lesson": next_lesson,
        "previous_item": item_by_pk[previous_item.pk] if previous_item else None,
        "next_item": item_by_pk[next_item.pk] if next_item else None,
    }


def _catalogue_filters(params: QueryDict) -> dict:
    valid_levels = {value for value, _ in Level.choices}
    valid_languages = {code for code, _ in settings.COURSE_LANGUAGES}
    level = params.get("level", "")
    language = params.get("language", "")
    return {
        "q": _search_terms(params.get("q", "")),
        "topic": params.get("topic", "").strip()[:100],
        "level": level if level in valid_levels else "",
        "language": language if language in valid_languages else "",
    }


def _search_terms(raw: str) -> str:
    """The query as typed, minus an unbalanced double quote.

    SQLite's full-text search rejects an odd number of quotes with an error
    instead of a result; a stray quote is almost always a typo.
    """
    query = raw.strip()[:200]
    if query.count('"') % 2:
        query = query.replace('"', " ").strip()
    return query


def catalogue_for(*, index_page: Page, params: QueryDict) -> dict:
    """Courses under the catalogue, filtered, searched and paginated."""
    filters = _catalogue_filters(params)
    live_courses = CoursePage.objects.live().descendant_of(index_page)
    courses = live_courses
    if filters["level"]:
        courses = courses.filter(level=filters["level"])
    if filters["language"]:
        courses = courses.filter(language=filters["language"])
    if filters["topic"]:
        courses = courses.filter(tagged_topics__tag__slug=filters["topic"])

    lesson_hits = []
    if filters["q"]:
        ranked_ids = [page.pk for page in live_courses.search(filters["q"])]
        lesson_hits = _lesson_hits(index_page=index_page, query=filters["q"])
        ranked_ids += [
            hit["course"].pk for hit in lesson_hits if hit["course"].pk not in ranked_ids
        ]
        matching = {page.pk: page for page in _with_card_data(courses.filter(pk__in=ranked_ids))}
        course_list = [matching[pk] for pk in ranked_ids if pk in matching]
        lesson_hits = [hit for hit in lesson_hits if hit["course"].pk in matching]
    else:
        course_list = _with_card_data(courses.order_by("path"))

    paginator = Paginator(course_list, CATALOGUE_PAGE_SIZE)
    page_obj = paginator.get_page(params.get("page"))
    return {
        "filters": filters,
        "page_obj": page_obj,
        "courses": page_obj.object_list,
        "lesson_hits": lesson_hits,
        "topics": Tag.objects.filter(courses_coursetopic_items__content_object__in=live_courses)
        .distinct()
        .order_by("name"),
        "levels": Level.choices,
        "languages": [
            (code, name)
            for code, name in settings.COURSE_LANGUAGES
            if code in set(live_courses.values_list("language", flat=True))
        ],
        "filter_querystring": _querystring_without_page(params),
        "is_filtered": any(filters.values()),
    }


def _with_card_data(courses):
    """Everything a course card shows, fetched in a fixed number of queries."""
    images = get_image_model().objects.prefetch_renditions(*CARD_IMAGE_SPECS)
    return courses.select_related("hero_image").prefetch_related(
        Prefetch("hero_image", queryset=images),
        "tagged_topics__tag",
    )


def _lesson_hits(*, index_page: Page, query: str) -> list[dict]:
    """Lessons matching the query, each with its course (lessons sit two levels below)."""
    hits = list(
        LessonPage.objects.live().descendant_of(index_page).search(query)[:SEARCH_LESSON_LIMIT]
    )
    if not hits:
        return []
    course_paths = {hit.path[: -2 * Page.steplen] for hit in hits}
    courses = {page.path: page for page in CoursePage.objects.live().filter(path__in=course_paths)}
    # A lesson left live under an unpublished module stays hidden, as in the outline.
    live_modules = set(
        ModulePage.objects.live()
        .filter(path__in={hit.path[: -Page.steplen] for hit in hits})
        .values_list("path", flat=True)
    )
    return [
        {"lesson": hit, "course": courses[hit.path[: -2 * Page.steplen]]}
        for hit in hits
        if hit.path[: -2 * Page.steplen] in courses and hit.path[: -Page.steplen] in live_modules
    ]


def _querystring_without_page(params: QueryDict) -> str:
    remaining = params.copy()
    remaining.pop("page", None)
    return remaining.urlencode()


def featured_courses(*, home: Page, limit: int = 6) -> dict:
    """The catalogue page and its first courses, for the home page."""
    from courses.models import CourseIndexPage

    catalogue = CourseIndexPage.objects.live().descendant_of(home).first()
    if catalogue is None:
        return {"catalogue": None, "featured": []}
    courses = CoursePage.objects.live().descendant_of(catalogue).order_by("path")
    return {"catalogue": catalogue, "featured": list(_with_card_data(courses)[:limit])}


# Cohorts and enrolments ----------------------------------------------------


def cohorts_for(user, action: str = "view"):
    """Cohorts the user may act on: all for academy admins, assigned ones for instructors."""
    if can_on_all_cohorts(user, action):
        return Cohort.objects.all()
    if not (user.is_authenticated and user.is_active):
        return Cohort.objects.none()
    return get_objects_for_user(
        user, permission_for(action), klass=Cohort, accept_global_perms=False
    )


def access_cohort(user, cohort_id, action: str = "view"):
    """One cohort the user may act on, or 404 whether it exists or not."""
    try:
        return cohorts_for(user, action).select_related("course").get(pk=int(cohort_id))
    except (ValueError, TypeError, Cohort.DoesNotExist) as error:
        raise Http404("No such cohort.") from error


def enrollments_for(user):
    """A trainee's own enrolments, newest cohort first."""
    if not user.is_authenticated:
        return Enrollment.objects.none()
    return (
        Enrollment.objects.filter(user=user)
        .select_related("cohort", "cohort__course")
        .order_by("-cohort__starts_on")
    )


def access_enrollment(user, enrollment_id):
    """One of the user's own enrolments, or 404."""
    enrollment = enrollments_for(user).filter(pk=enrollment_id).first()
    if enrollment is None:
        raise Http404("No such enrolment.")
    return enrollment


def learning_enrollment_for_lesson(user, lesson):
    """The enrolment through which the user studies this lesson now, if any.

    Prefers a running cohort, then the most recent one; only active or
    completed enrolments count.
    """
    if not user.is_authenticated:
        return None
    candidates = [
        enrollment
        for enrollment in enrollments_for(user).filter(status__in=SEAT_STATUSES)
        if lesson.path.startswith(enrollment.cohort.course.path)
    ]
    return _preferred_learning_enrollment(candidates)


def _preferred_learning_enrollment(enrollments) -> Enrollment | None:
    """Among enrolments newest cohort first: a learning one in a running cohort, else the newest."""
    learning = [enrollment for enrollment in enrollments if enrollment.is_learning]
    running = [e for e in learning if e.cohort.status() == CohortStatus.RUNNING]
    return (running or learning or [None])[0]


# What a trainee sees of their own learning ----------------------------------

# Statuses from which a trainee may ask for a seat again (see enrollment_request).
REQUESTABLE_STATUSES = (EnrollmentStatus.WITHDRAWN, EnrollmentStatus.DECLINED)
# Statuses a trainee can leave from the site; a completed cohort stays on record.
WITHDRAWABLE_STATUSES = (
    EnrollmentStatus.PENDING,
    EnrollmentStatus.WAITLISTED,
    EnrollmentStatus.ACTIVE,
)


def with_waitlist_position(enrollments):
    """Annotate ``waitlist_ahead``: how many wait before each waitlisted enrolment.

    One correlated subquery (served by the cohort/status/waitlisted_at index)
    instead of two counts per enrolment; the order matches
    ``services.waitlist_position``.
    """
    ahead = (
        Enrollment.objects.filter(cohort=OuterRef("cohort"), status=EnrollmentStatus.WAITLISTED)
        .filter(
            Q(waitlisted_at__lt=OuterRef("waitlisted_at"))
            | Q(waitlisted_at=OuterRef("waitlisted_at"), pk__lt=OuterRef("pk"))
        )
        .order_by()
        .values("cohort")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return enrollments.annotate(
        waitlist_ahead=Case(
            When(status=EnrollmentStatus.WAITLISTED, then=Coalesce(Subquery(ahead), 0)),
            default=None,
            output_field=IntegerField(),
        )
    )


def _waitlist_position(enrollment: Enrollment | None) -> int | None:
    ahead = getattr(enrollment, "waitlist_ahead", None)
    return None if ahead is None else ahead + 1


@dataclass
class CohortOffer:
    """A cohort listed on its course page, with the asking user's place in it."""

    cohort: Cohort
    seats_taken: int
    is_open: bool
    enrollment: Enrollment | None = None

    @property
    def seats_left(self) -> int | None:
        if self.cohort.capacity is None:
            return None
        return max(self.cohort.capacity - self.seats_taken, 0)

    @property
    def is_full(self) -> bool:
        return self.seats_left == 0

    @property
    def can_request(self) -> bool:
        return self.is_open and (
            self.enrollment is None or self.enrollment.status in REQUESTABLE_STATUSES
        )

    @property
    def can_withdraw(self) -> bool:
        return self.enrollment is not None and self.enrollment.status in WITHDRAWABLE_STATUSES

    @property
    def waitlist_position(self) -> int | None:
        return _waitlist_position(self.enrollment)


def cohorts_on_offer(*, course, now=None):
    """Cohorts of a course open for enrolment, upcoming or running, with seats taken."""
    now = now or timezone.now()
    return (
        course.cohorts.filter(
            Q(enrolment_opens_at__lte=now, enrolment_closes_at__gt=now)
            | Q(ends_on__gte=timezone.localdate(now))
        )
        .annotate(seats_taken=Count("enrollments", filter=Q(enrollments__status__in=SEAT_STATUSES)))
        .order_by("starts_on", "name")
    )


def access_cohort_on_offer(cohort_id) -> Cohort:
    """A cohort of a published course, for a trainee to ask to join, or 404."""
    cohort = Cohort.objects.select_related("course").filter(pk=cohort_id, course__live=True)
    cohort = cohort.first()
    if cohort is None:
        raise Http404("No such cohort.")
    return cohort


def course_learning_for(user, *, course, now=None) -> dict:
    """The course page's personal part: cohorts on offer, the user's place and progress.

    A fixed number of queries whatever the number of lessons or trainees.
    """
    # courses.progress (and the completion rule on it) builds on this module's
    # outlines, so they are imported late.
    from courses.completion import evaluate
    from courses.progress import progress_for

    now = now or timezone.now()
    enrollments = list(with_waitlist_position(enrollments_for(user).filter(cohort__course=course)))
    by_cohort = {enrollment.cohort_id: enrollment for enrollment in enrollments}
    offers = [
        CohortOffer(
            cohort=cohort,
            seats_taken=cohort.seats_taken,
            is_open=cohort.is_enrolment_open(now),
            enrollment=by_cohort.get(cohort.pk),
        )
        for cohort in cohorts_on_offer(course=course, now=now)
    ]
    learning = _preferred_learning_enrollment(enrollments)
    progress = progress_for(learning) if learning else None
    return {
        "cohort_offers": offers,
        "learning_enrollment": learning,
        "progress": progress,
        "completion": evaluate(learning, progress=progress) if learning else None,
        "now": now,
    }


@dataclass
class DashboardEntry:
    """One enrolment on "My learning"; ``progress`` and ``completion`` only with a seat."""

    enrollment: Enrollment
    progress: object | None = None
    completion: object | None = None

    @property
    def cohort(self) -> Cohort:
        return self.enrollment.cohort

    @property
    def is_past(self) -> bool:
        return self.cohort.status() == CohortStatus.FINISHED

    @property
    def waitlist_position(self) -> int | None:
        return _waitlist_position(self.enrollment)


def learning_dashboard_for(user) -> dict:
    """The user's enrolments with progress: running and upcoming first, finished below.

    A fixed number of queries (enrolments, course outlines, lesson records,
    quiz attempts), however many enrolments.
    """
    from courses.completion import evaluate_many
    from courses.progress import progress_for_enrollments

    enrollments = list(with_waitlist_position(enrollments_for(user)))
    learning = [e for e in enrollments if e.is_learning]
    progress = progress_for_enrollments(learning)
    completion = evaluate_many(learning, progress=progress)
    entries = [
        DashboardEntry(enrollment=e, progress=progress.get(e.pk), completion=completion.get(e.pk))
        for e in enrollments
    ]
    # By start date: running cohorts (started already) come before upcoming ones.
    current = sorted(
        (entry for entry in entries if not entry.is_past), key=lambda entry: entry.cohort.starts_on
    )
    return {"current": current, "past": [entry for entry in entries if entry.is_past]}


def lesson_progress_for(enrollment: Enrollment, lesson):
    """The enrolment's record of one lesson, or None before the first visit."""
    return enrollment.lesson_progress.filter(lesson=lesson).first()


# Cohort summaries for the admin dashboard ------------------------------------


@dataclass
class CohortSummary:
    """One cohort's trainees at a glance: counts, average progress, how many at risk."""

    cohort: Cohort
    active: int = 0
    completed: int = 0
    waitlisted: int = 0
    pending: int = 0
    average_percent: int | None = None
    at_risk: int = 0


def cohort_summaries(cohorts, *, now=None) -> list[CohortSummary]:
    """Summaries of several cohorts in four queries, however many trainees or lessons.

    ``cohorts`` should come with their courses (``select_related("course")``).
    Percentages count live lessons only, as ``courses.progress`` does; the
    at-risk rule is the progress report's.
    """
    from courses.progress import outlines_for
    from courses.reports import at_risk_reasons

    now = now or timezone.now()
    cohorts = list(cohorts)
    if not cohorts:
        return []
    outlines = outlines_for(cohort.course for cohort in cohorts)
    lesson_ids = {
        course_id: [lesson.pk for module in outline for lesson in module.lessons]
        for course_id, outline in outlines.items()
    }
    # Completed records count only for lessons live in the enrolment's own course today.
    counted = Q()
    for course_id, ids in lesson_ids.items():
        if ids:
            cohort_ids = [cohort.pk for cohort in cohorts if cohort.course_id == course_id]
            counted |= Q(cohort_id__in=cohort_ids, lesson_progress__lesson_id__in=ids)
    enrollments = Enrollment.objects.filter(cohort__in=cohorts).only(
        "cohort_id", "status", "created_at", "activated_at", "last_activity_at"
    )
    if counted:
        enrollments = enrollments.annotate(
            done=Count(
                "lesson_progress", filter=counted & Q(lesson_progress__completed_at__isnull=False)
            )
        )
    summaries = {cohort.pk: CohortSummary(cohort=cohort) for cohort in cohorts}
    percents: dict[int, list[int]] = {}
    for enrollment in enrollments:
        summary = summaries[enrollment.cohort_id]
        status_counter = {
            EnrollmentStatus.ACTIVE: "active",
            EnrollmentStatus.COMPLETED: "completed",
            EnrollmentStatus.WAITLISTED: "waitlisted",
            EnrollmentStatus.PENDING: "pending",
        }.get(enrollment.status)
        if status_counter:
            setattr(summary, status_counter, getattr(summary, status_counter) + 1)
        if enrollment.status not in SEAT_STATUSES:
            continue
        total = len(lesson_ids.get(summary.cohort.course_id, ()))
        done = getattr(enrollment, "done", 0)
        percent = round(100 * done / total) if total else 0
        percents.setdefault(enrollment.cohort_id, []).append(percent)
        if at_risk_reasons(enrollment=enrollment, cohort=summary.cohort, percent=percent, now=now):
            summary.at_risk += 1
    for cohort_id, values in percents.items():
        summaries[cohort_id].average_percent = round(sum(values) / len(values))
    return list(summaries.values())
