from django.urls import path

from certificates import views

app_name = "certificates"

urlpatterns = [
    path("verify/", views.lookup, name="lookup"),
    path("verify/<uuid:public_id>/", views.verify, name="verify"),
    path("keys.json", views.keys, name="keys"),
    path("<uuid:public_id>/pdf/", views.pdf, name="pdf"),
    path("<uuid:public_id>/visibility/", views.visibility, name="visibility"),
]
