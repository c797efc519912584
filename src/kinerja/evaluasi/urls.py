"""Evaluasi AKIP URLs (namespace ``evaluasi:``). Every pattern has an access case in
tests/evaluasi/access_cases.py."""
from django.urls import path

from kinerja.evaluasi import views, views_files, views_follow_up, views_pemda

app_name = "evaluasi"

AGENCY = "pd/<slug:slug>/evaluasi/"
YEAR = AGENCY + "<int:tahun>/"
PEMDA = "pemda/<slug:slug>/evaluasi/"
LKE = PEMDA + "lke/<int:tahun>/"

urlpatterns = [
    path(AGENCY, views.agency_home, name="agency_home"),
    path(f"{AGENCY}mulai/", views.start, name="start"),
    path(YEAR, views.sheet, name="sheet"),
    path(f"{YEAR}usulan-kinerja/", views.refresh, name="refresh"),
    path(f"{YEAR}terima-usulan/", views.accept_all, name="accept_all"),
    path(f"{YEAR}jawaban/<str:code>/", views.answer_save, name="answer_save"),
    path(f"{YEAR}penetapan/<str:code>/", views.score_save, name="score_save"),
    path(f"{YEAR}salin-usulan/", views.copy_usulan, name="copy_usulan"),
    path(f"{YEAR}ajukan/", views.submit, name="submit"),
    path(f"{YEAR}kembalikan/", views.return_sheet, name="return"),
    path(f"{YEAR}laporan/", views.report_details, name="report_details"),
    path(f"{YEAR}final/", views.finalise, name="finalise"),
    path(f"{YEAR}lhe.<str:fmt>", views.lhe, name="lhe"),
    path(f"{YEAR}bukti/<str:code>/unggah/", views_files.bukti_upload, name="bukti_upload"),
    path(f"{YEAR}bukti/<str:code>/dokumen/", views_files.bukti_link, name="bukti_link"),
    path(f"{YEAR}berkas/<int:pk>/", views_files.bukti_download, name="bukti_download"),
    path(f"{YEAR}berkas/<int:pk>/hapus/", views_files.bukti_remove, name="bukti_remove"),
    path(f"{YEAR}bukti-dukung.zip", views_files.pack, name="pack"),
    path(f"{YEAR}rekomendasi/", views_follow_up.recommendation_add, name="recommendation_add"),
    path(f"{YEAR}rekomendasi/<int:pk>/", views_follow_up.recommendation_edit, name="recommendation_edit"),
    path(f"{YEAR}rekomendasi/<int:pk>/hapus/", views_follow_up.recommendation_remove, name="recommendation_remove"),
    path(f"{YEAR}tindak-lanjut/", views_follow_up.follow_up, name="follow_up"),
    path(f"{YEAR}tindak-lanjut/<int:pk>/lapor/", views_follow_up.follow_up_report, name="follow_up_report"),
    path(f"{YEAR}tindak-lanjut/<int:pk>/verifikasi/", views_follow_up.follow_up_decide, name="follow_up_decide"),
    path(f"{YEAR}tindak-lanjut/berkas/<int:pk>/", views_files.follow_up_download, name="follow_up_download"),
    path(PEMDA, views_pemda.overview, name="pemda_overview"),
    path(LKE, views_pemda.instrument, name="instrument"),
    path(f"{LKE}rubrik/<str:code>/", views_pemda.rubric_save, name="rubric_save"),
    path(f"{LKE}pohon/", views_pemda.instrument_upload, name="instrument_upload"),
    path(f"{LKE}salin/", views_pemda.instrument_copy, name="instrument_copy"),
    path(f"{LKE}lke.json", views_pemda.instrument_json, name="instrument_json"),
]
