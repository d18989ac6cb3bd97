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
    CourseDraftsPage,
    CourseIndexPage,
    CourseInstructor,
    CoursePage,
    CourseTopic,
    LessonPage,
    Level,
    ModulePage,
)
from .quizzes import AnswerReveal, ExtraAttemptGrant, QuizAttempt, QuizPage
from .teams import CourseTeam

__all__ = [
    "OPEN_STATUSES",
    "SEAT_STATUSES",
    "AnswerReveal",
    "Cohort",
    "CohortStatus",
    "CourseDraftsPage",
    "CourseIndexPage",
    "CourseInstructor",
    "CoursePage",
    "CourseTeam",
    "CourseTopic",
    "Enrollment",
    "EnrollmentStatus",
    "ExtraAttemptGrant",
    "Invitation",
    "LessonPage",
    "LessonProgress",
    "Level",
    "ModulePage",
    "QuizAttempt",
    "QuizPage",
]
