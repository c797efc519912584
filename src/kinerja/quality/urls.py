"""Indicator quality review URLs. Every pattern needs an access case (tests/quality/access_cases.py)."""
from django.urls import path

from kinerja.quality import views

app_name = "quality"

urlpatterns = [
    path("pd/<slug:slug>/kualitas/", views.agency_review, name="agency_review"),
    path("pd/<slug:slug>/kualitas/laporan.<str:fmt>", views.review_report, name="review_report"),
]
