from django.urls import path

from kinerja.measurement import views

app_name = "measurement"
urlpatterns = [
    path("realisasi/<slug:slug>/", views.entry_home, name="entry_home"),
    path("realisasi/<slug:slug>/unit/<int:unit_id>/<str:period>/", views.entry_grid, name="entry_grid"),
    path("realisasi/<slug:slug>/unit/<int:unit_id>/<str:period>/templat.xlsx", views.template_download,
         name="template_download"),
    path("realisasi/<slug:slug>/unit/<int:unit_id>/<str:period>/unggah/", views.template_upload,
         name="template_upload"),
    path("realisasi/<slug:slug>/indikator/<int:indicator_id>/<str:period>/simpan/", views.entry_save,
         name="entry_save"),
    path("realisasi/<slug:slug>/r/<int:pk>/", views.realisasi_detail, name="realisasi_detail"),
    path("realisasi/<slug:slug>/r/<int:pk>/ajukan/", views.realisasi_submit, name="realisasi_submit"),
    path("realisasi/<slug:slug>/r/<int:pk>/verifikasi/", views.realisasi_verify, name="realisasi_verify"),
    path("realisasi/<slug:slug>/r/<int:pk>/kembalikan/", views.realisasi_return, name="realisasi_return"),
    path("realisasi/<slug:slug>/r/<int:pk>/bukti/", views.evidence_upload, name="evidence_upload"),
    path("realisasi/<slug:slug>/bukti/<int:pk>/", views.evidence_download, name="evidence_download"),
    path("verifikasi/<slug:slug>/", views.verification_queue, name="queue"),
    path("verifikasi/<slug:slug>/<str:period>/kunci/", views.period_lock, name="period_lock"),
    path("verifikasi/<slug:slug>/<str:period>/batas-waktu/", views.period_deadline, name="period_deadline"),
    path("capaian/<slug:slug>/<str:period>/", views.capaian_table, name="capaian_table"),
]
