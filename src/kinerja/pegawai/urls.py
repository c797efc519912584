"""SKP draft pages (``pegawai:`` namespace). Every pattern has an access case in tests/skp/access_cases.py."""
from django.urls import path

from kinerja.pegawai import views

app_name = "pegawai"

BASE = "skp/<slug:slug>/<int:year>/"

urlpatterns = [
    path("skp/<slug:slug>/", views.skp_start, name="start"),
    path(BASE, views.skp_home, name="home"),
    path(f"{BASE}jabatan/<int:pk>/", views.skp_draft, name="draft"),
    path(f"{BASE}jabatan/<int:pk>/skp.xlsx", views.skp_xlsx, name="draft_xlsx"),
    path(f"{BASE}jabatan/<int:pk>/skp.json", views.skp_json, name="draft_json"),
    path(f"{BASE}jabatan/<int:pk>/aspek/<int:indicator_id>/", views.skp_aspek, name="aspek_save"),
    path(f"{BASE}unit/<int:pk>/", views.unit_predikat_page, name="unit_predikat"),
    path(f"{BASE}organisasi/", views.agency_predikat_page, name="agency_predikat"),
]
