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
from .quizzes import AnswerReveal, ExtraAttemptGrant, QuizAttempt, QuizPage

__all__ = [
    "OPEN_STATUSES",
    "SEAT_STATUSES",
    "AnswerReveal",
    "Cohort",
    "CohortStatus",
    "CourseIndexPage",
    "CourseInstructor",
    "CoursePage",
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
