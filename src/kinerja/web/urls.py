from django.urls import include, path
from django.views.i18n import set_language

urlpatterns = [
    path("", include("kinerja.catalog.urls")),
    path("", include("kinerja.measurement.urls")),
    path("", include("kinerja.intake.urls")),
    path("", include("kinerja.reports.urls")),
    path("", include("kinerja.quality.urls")),
    path("", include("kinerja.pegawai.urls")),
    path("", include("kinerja.api.urls")),
    path("akun/token/", include("kinerja.api.token_urls")),
    path("", include("kinerja.evaluasi.urls")),
    path("akun/", include("kinerja.accounts.urls")),
    path("i18n/setlang/", set_language, name="set_language"),
]
