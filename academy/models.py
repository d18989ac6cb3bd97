from django.conf import settings
from django.db import models
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from academy.validators import validate_printable


class HomePage(Page):
    headline = models.CharField(max_length=160, blank=True)
    intro = models.TextField(blank=True, max_length=800)

    content_panels = Page.content_panels + [FieldPanel("headline"), FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CourseIndexPage", "courses.CourseDraftsPage"]
    max_count = 1

    class Meta:
        verbose_name = "home page"

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import featured_courses

        context = super().get_context(request, *args, **kwargs)
        context.update(featured_courses(home=self))
        return context


class Profile(models.Model):
    """What the academy knows about a person beyond their login.

    ``certificate_name`` is printed on certificates exactly as typed; once a
    certificate has been issued it is locked and only an admin may change it.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    display_name = models.CharField(
        max_length=150,
        blank=True,
        validators=[validate_printable],
        help_text="How the academy greets you.",
    )
    certificate_name = models.CharField(
        max_length=200,
        blank=True,
        validators=[validate_printable],
        help_text="Your full name exactly as it must appear on certificates.",
    )
    country = CountryField(blank=True)
    organisation = models.CharField(max_length=200, blank=True, validators=[validate_printable])
    job_title = models.CharField(max_length=200, blank=True, validators=[validate_printable])
    preferred_language = models.CharField(
        max_length=8, choices=settings.COURSE_LANGUAGES, default="en"
    )
    certificate_name_locked_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="Set when a certificate is issued; afterwards only an admin may change the name.",
    )

    class Meta:
        verbose_name = "trainee profile"

    def __str__(self):
        return self.certificate_name or self.display_name or self.user.get_username()

    @property
    def certificate_name_locked(self) -> bool:
        return self.certificate_name_locked_at is not None

    @property
    def greeting_name(self) -> str:
        return self.display_name or self.certificate_name or self.user.get_username()
