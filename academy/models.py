from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page


class HomePage(Page):
    headline = models.CharField(max_length=160, blank=True)
    intro = models.TextField(blank=True, max_length=800)

    content_panels = Page.content_panels + [FieldPanel("headline"), FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CourseIndexPage"]
    max_count = 1

    class Meta:
        verbose_name = "home page"

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import featured_courses

        context = super().get_context(request, *args, **kwargs)
        context.update(featured_courses(home=self))
        return context
