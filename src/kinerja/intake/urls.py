"""Import URLs, under the agency's catalog path (``pd/<slug>/``); names are ``intake:…``.

Every pattern has an access case in tests/intake/access_cases.py.
"""
from django.urls import path

from kinerja.intake import views

app_name = "intake"

IMPORTS = "pd/<slug:slug>/impor/"

urlpatterns = [
    path(IMPORTS, views.session_list, name="session_list"),
    path(f"{IMPORTS}unggah/", views.upload, name="upload"),
    path(f"{IMPORTS}<int:pk>/", views.preview, name="preview"),
    path(f"{IMPORTS}<int:pk>/koreksi/", views.edit_row, name="edit_row"),
    path(f"{IMPORTS}<int:pk>/abaikan/", views.drop_row, name="drop_row"),
    path(f"{IMPORTS}<int:pk>/kolom/", views.columns, name="columns"),
    path(f"{IMPORTS}<int:pk>/struktur/", views.structure, name="structure"),
    path(f"{IMPORTS}<int:pk>/simpan/", views.commit, name="commit"),
    path(f"{IMPORTS}<int:pk>/buang/", views.discard, name="discard"),
    path("pd/<slug:slug>/keputusan/<int:pk>/perubahan/", views.decree_changes, name="decree_changes"),
]
