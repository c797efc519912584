"""Reports URLs: documents, dashboards and the pohon kinerja. Names are namespaced ``reports:…``.

Every pattern needs an access case (tests/reports/access_cases.py).
"""
from django.urls import path

from kinerja.reports import views, views_dashboard

app_name = "reports"

AGENCY = "pd/<slug:slug>/"

urlpatterns = [
    path(f"{AGENCY}dokumen/", views.document_list, name="documents"),
    path(f"{AGENCY}dokumen/keputusan/<int:pk>/teks/", views.decree_texts, name="decree_texts"),
    path(f"{AGENCY}dokumen/<int:tahun>/penandatangan/", views.signing, name="signing"),
    path(f"{AGENCY}dokumen/<int:tahun>/program/", views.programs, name="programs"),
    path(f"{AGENCY}dokumen/<int:tahun>/narasi-lkjip/", views.narratives, name="narratives"),
    # After the year pages, so "2025/program/" is never read as a kind and a format.
    path(f"{AGENCY}dokumen/<slug:kind>/<str:fmt>/", views.download, name="download"),
    path(f"{AGENCY}dasbor/", views_dashboard.agency_dashboard, name="agency_dashboard"),
    path(f"{AGENCY}pohon/", views_dashboard.pohon, name="pohon"),
    path("pemda/<slug:slug>/dasbor/", views_dashboard.pemda_dashboard, name="pemda_dashboard"),
    path("pemda/<slug:slug>/kepala-daerah/", views.pemda_head, name="pemda_head"),
]
