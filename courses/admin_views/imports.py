"""imports admin screens."""

urlpatterns = []
viewsets = []
