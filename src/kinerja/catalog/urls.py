"""Catalog URLs. Paths are Indonesian (pd = perangkat daerah); names are namespaced ``catalog:…``.

Every pattern here needs an access case (tests/**/access_cases*.py); tests/web/test_access.py fails
otherwise.
"""
from django.urls import path

from kinerja.catalog import views, views_decree, views_edit, views_history, views_indicator, views_search

app_name = "catalog"

AGENCY = "pd/<slug:slug>/"


def _crud(segment: str, name: str) -> list:
    return [
        path(f"{AGENCY}{segment}/baru/", views_edit.create, {"kind": segment}, name=f"{name}_create"),
        path(f"{AGENCY}{segment}/<int:pk>/ubah/", views_edit.edit, {"kind": segment}, name=f"{name}_edit"),
        path(f"{AGENCY}{segment}/<int:pk>/hapus/", views_edit.delete, {"kind": segment}, name=f"{name}_delete"),
    ]


urlpatterns = [
    path("", views.home, name="home"),
    path("pd/", views.agency_list, name="agency_list"),
    path("pd/baru/", views.agency_create, name="agency_create"),
    path(AGENCY, views.agency_detail, name="agency_detail"),
    path(f"{AGENCY}ubah/", views.agency_edit, name="agency_edit"),
    path(f"{AGENCY}cari/", views_search.search, name="search"),
    path(f"{AGENCY}riwayat/", views_history.agency_history, name="agency_history"),
    path(f"{AGENCY}riwayat/<str:kind>/<int:pk>/", views_history.object_history, name="object_history"),
    path(f"{AGENCY}unit/<int:pk>/", views.unit_detail, name="unit_detail"),
    path(f"{AGENCY}jabatan/<int:pk>/", views.position_detail, name="position_detail"),
    path(f"{AGENCY}keputusan/<int:pk>/", views_decree.decree_detail, name="decree_detail"),
    path(f"{AGENCY}indikator/<int:pk>/", views_indicator.indicator_detail, name="indicator_detail"),
    path(f"{AGENCY}sasaran/", views_edit.objective_list, name="objective_list"),
    path(f"{AGENCY}variabel/", views_edit.variable_list, name="variable_list"),
    *_crud("unit", "unit"),
    *_crud("jabatan", "position"),
    *_crud("keputusan", "decree"),
    *_crud("sasaran", "objective"),
    *_crud("variabel", "variable"),
    *_crud("indikator", "indicator"),
]
