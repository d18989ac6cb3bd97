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
    "CourseIndexPage",
    "CourseInstructor",
    "CoursePage",
    "CourseTopic",
    "LessonPage",
    "Level",
    "ModulePage",
]
