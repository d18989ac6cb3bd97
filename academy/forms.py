from django import forms
from django.conf import settings
from django_countries import countries
from django_countries.fields import LazyTypedChoiceField

from academy.models import Profile
from academy.services import ERROR_CERTIFICATE_NAME_LOCKED, PROFILE_FIELDS, profile_update
from academy.validators import validate_printable


class SignupForm(forms.Form):
    """Extra sign-up fields; allauth calls ``signup`` once the user exists."""

    certificate_name = forms.CharField(
        max_length=200,
        validators=[validate_printable],
        label="Full name for certificates",
        help_text="Exactly as it must appear on your certificates, in any script.",
    )
    display_name = forms.CharField(
        max_length=150,
        required=False,
        validators=[validate_printable],
        help_text="How the academy should greet you (optional).",
    )
    country = LazyTypedChoiceField(choices=[("", "Choose a country"), *countries], required=False)
    organisation = forms.CharField(max_length=200, required=False, validators=[validate_printable])
    job_title = forms.CharField(max_length=200, required=False, validators=[validate_printable])
    preferred_language = forms.ChoiceField(choices=settings.COURSE_LANGUAGES, initial="en")

    def signup(self, request, user):
        profile_update(user=user, acting_user=user, data=self.cleaned_data)


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = PROFILE_FIELDS
        labels = {"certificate_name": "Full name for certificates"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.certificate_name_locked:
            field = self.fields["certificate_name"]
            # Disabled in the browser only: a submitted change still reaches
            # academy.services.profile_update, which refuses it out loud.
            field.widget.attrs["disabled"] = True
            field.help_text = ERROR_CERTIFICATE_NAME_LOCKED

    def clean_certificate_name(self):
        name = self.cleaned_data["certificate_name"]
        if self.instance.certificate_name_locked and self.add_prefix("certificate_name") not in (
            self.data
        ):
            # Browsers do not submit disabled fields; the locked name stands.
            return self.instance.certificate_name
        return name
