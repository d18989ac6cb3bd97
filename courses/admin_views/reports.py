"""reports admin screens."""

urlpatterns = []
viewsets = []
