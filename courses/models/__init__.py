from .cohorts import (
    OPEN_STATUSES,
    SEAT_STATUSES,
    Cohort,
    CohortStatus,
    Enrollment,
    EnrollmentStatus,
    Invitation,
    LessonProgress,
)
from .pages import (
    CourseIndexPage,
    CourseInstructor,
    CoursePage,
    CourseTopic,
    LessonPage,
    Level,
    ModulePage,
)

__all__ = [
    "OPEN_STATUSES",
    "SEAT_STATUSES",
    "Cohort",
    "CohortStatus",
    "CourseIndexPage",
    "CourseInstructor",
    "CoursePage",
    "CourseTopic",
    "Enrollment",
    "EnrollmentStatus",
    "Invitation",
    "LessonPage",
    "LessonProgress",
    "Level",
    "ModulePage",
]
