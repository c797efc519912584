"""Token pages in the account area (``api_tokens:``), at /akun/token/. Access cases: tests/api/access_cases.py."""
from django.urls import path

from kinerja.api import views_tokens

app_name = "api_tokens"
urlpatterns = [
    path("", views_tokens.token_list, name="list"),
    path("<int:pk>/cabut/", views_tokens.token_revoke, name="revoke"),
    path("layanan/", views_tokens.service_list, name="service_list"),
    path("layanan/<int:pk>/", views_tokens.service_detail, name="service_detail"),
]
