"""/api/v1/: the REST API (its own walker checks access per operation, tests/api/test_api_access.py)."""
from django.urls import path

from kinerja.api.main import api

urlpatterns = [
    path("api/v1/", api.urls),
]
