"""The scale path: the shared cache on Redis (REDIS_URL), as several web processes use it.

Runs when REDIS_URL is set (.ci/run sets it for its PostgreSQL pass); the
default test settings use a local memory cache instead.
"""

import os
import uuid

import pytest
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache

from tests.factories import UserFactory

pytestmark = pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="REDIS_URL not set")


def test_the_default_cache_is_redis_and_round_trips():
    key = f"academy-test-{uuid.uuid4()}"
    cache = caches["default"]

    assert isinstance(cache, RedisCache)
    cache.set(key, {"name": "Aminata Diop"}, timeout=30)
    assert cache.get(key) == {"name": "Aminata Diop"}
    cache.delete(key)
    assert cache.get(key) is None


@pytest.mark.django_db
def test_failed_logins_are_throttled_through_the_shared_cache(client):
    user = UserFactory(email=f"throttle-{uuid.uuid4().hex[:8]}@academy.example")
    for _ in range(5):
        client.post("/accounts/login/", {"login": user.email, "password": "wrong"})

    response = client.post(
        "/accounts/login/", {"login": user.email, "password": "correct horse battery staple"}
    )

    assert "Too many failed login attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session
    # The counter lives in Redis, where every web process sees it.
    assert any(b"rl:" in key or b"allauth" in key for key in _redis_keys())


def _redis_keys() -> list[bytes]:
    return caches["default"]._cache.get_client(None, write=False).keys("*")
