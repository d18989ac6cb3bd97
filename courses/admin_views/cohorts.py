"""cohorts admin screens."""

urlpatterns = []
viewsets = []
