from django.urls import path

from kinerja.measurement import views, views_scales, views_targets

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
    path("target/<slug:slug>/<int:year>/", views_targets.targets, name="targets"),
    path("target/<slug:slug>/<int:year>/indikator/<int:indicator_id>/simpan/", views_targets.target_save,
         name="target_save"),
    path("target/<slug:slug>/<int:year>/indikator/<int:indicator_id>/perubahan/", views_targets.target_revise,
         name="target_revise"),
    path("target/<slug:slug>/<int:year>/indikator/<int:indicator_id>/perubahan/tarik/",
         views_targets.target_withdraw, name="target_withdraw"),
    path("target/<slug:slug>/renstra/", views_targets.renstra_save, name="renstra_save"),
    path("skala/<slug:slug>/", views_scales.scales, name="scales"),
    path("skala/<slug:slug>/simpan/", views_scales.scale_save, name="scale_save"),
    path("skala/<slug:slug>/hapus/", views_scales.scale_reset, name="scale_reset"),
    path("skala/<slug:slug>/pratinjau/", views_scales.scale_preview, name="scale_preview"),
    path("skala/<slug:slug>/pemda/simpan/", views_scales.pemda_scale_save, name="pemda_scale_save"),
    path("skala/<slug:slug>/pemda/pengaturan/", views_scales.pemda_settings_save, name="pemda_settings_save"),
]
