"""Publishing or unpublishing a course page, module, lesson or quiz can change the
completion rule (what is required, pass marks, score thresholds), so the
course's open enrolments are evaluated again, in the background.
"""

from django.db import transaction
from django.db.models.signals import post_delete
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from courses.models import CoursePage, CourseTeam, LessonPage, ModulePage, QuizPage

# Modules too: unpublishing one hides its lessons and quizzes from the rule.
RULE_PAGES = (CoursePage, ModulePage, LessonPage, QuizPage)


def course_id_for(page: Page) -> int | None:
    """The course a page belongs to (itself for a course), or None outside any course."""
    if isinstance(page, CoursePage):
        return page.pk
    ancestor_paths = [page.path[:end] for end in range(Page.steplen, len(page.path), Page.steplen)]
    return (
        CoursePage.objects.filter(path__in=ancestor_paths)
        .order_by("-depth")
        .values_list("pk", flat=True)
        .first()
    )


def _enqueue_reevaluation(course_id: int) -> None:
    from courses.tasks import reevaluate_course

    reevaluate_course.enqueue(course_id=course_id)


def rule_changed(sender, instance, **kwargs):
    course_id = course_id_for(instance)
    if course_id is None:
        return
    # After commit, so the task (perhaps in another process) reads the published rule.
    transaction.on_commit(lambda: _enqueue_reevaluation(course_id))


def delete_team_group(sender, instance, **kwargs):
    """A deleted course's team group goes too, rather than linger with its members."""
    from django.contrib.auth.models import Group

    Group.objects.filter(pk=instance.group_id).delete()


def connect() -> None:
    """Called once from ``CoursesConfig.ready``; the dispatch ids make it idempotent."""
    post_delete.connect(delete_team_group, sender=CourseTeam, dispatch_uid="course-team-group")
    for model in RULE_PAGES:
        for signal, name in ((page_published, "published"), (page_unpublished, "unpublished")):
            signal.connect(
                rule_changed, sender=model, dispatch_uid=f"completion-{name}-{model.__name__}"
            )
