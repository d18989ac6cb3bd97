"""Wagtail admin screens of the courses app, one module per area.

Each module exposes ``urlpatterns`` (admin URLs, mounted under /admin/) and
may expose ``viewsets``; ``courses.wagtail_hooks`` registers them all.
"""
