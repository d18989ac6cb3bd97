"""enrolments admin screens."""

urlpatterns = []
viewsets = []
