"""Certificates in the Wagtail admin, under /admin/academy/certificates/ ("academy_certificates").

``single``: a cohort's certificates, and issuing, revoking or reissuing one.
``recent``: the "Certificates" menu, every certificate searchable.
"""

from certificates.admin_views import recent, single

urlpatterns = [*recent.urlpatterns, *single.urlpatterns]
