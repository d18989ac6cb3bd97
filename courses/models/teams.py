"""Course teams: who may author a course.

A team is a Django group holding Wagtail page permissions (add and change,
never publish) on one course page and so on everything below it. Changes
its members make reach the site only through the review workflow.
"""

from django.contrib.auth.models import Group
from django.db import models


class CourseTeam(models.Model):
    course = models.OneToOneField(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="team"
    )
    group = models.OneToOneField(Group, on_delete=models.CASCADE, related_name="course_team")

    class Meta:
        verbose_name = "course team"

    def __str__(self):
        return self.group.name
