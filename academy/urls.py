from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from academy import views
from certificates import views as certificate_views

urlpatterns = [
    path("healthz/", views.healthz, name="healthz"),
    # The academy's own account page, next to allauth's (login, signup, email, password).
    path("accounts/profile/", views.profile, name="profile"),
    # allauth's password forms, answering 429 when failed attempts are throttled.
    path("accounts/login/", views.LoginView.as_view(), name="account_login"),
    path(
        "accounts/password/change/",
        views.PasswordChangeView.as_view(),
        name="account_change_password",
    ),
    path(
        "accounts/reauthenticate/",
        views.ReauthenticateView.as_view(),
        name="account_reauthenticate",
    ),
    path("accounts/", include("allauth.urls")),
    path("learn/quiz/", include("courses.quiz_urls")),
    # "My certificates" sits with the rest of the trainee's learning.
    path("learn/certificates/", certificate_views.mine, name="my_certificates"),
    path("learn/", include("courses.urls")),
    path("certificates/", include("certificates.urls")),
    # Wagtail's login forms would open sessions on their own: both hand over
    # to the site's sign-in above, so every session obeys the same rules.
    path("admin/login/", views.admin_sign_in, name="wagtailadmin_login"),
    path("_util/login/", views.page_sign_in, name="wagtailcore_login"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from academy.private_files import dev_media_urlpatterns
    from certificates.storage import PDF_FOLDER

    urlpatterns += dev_media_urlpatterns(private_folders=[PDF_FOLDER])

# Wagtail serves every page not matched above; it must come last.
urlpatterns += [path("", include(wagtail_urls))]
