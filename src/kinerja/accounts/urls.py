from django.contrib.auth import views as auth_views
from django.urls import path

from kinerja.accounts import views, views_users
from kinerja.accounts.two_factor import views as two_factor

app_name = "accounts"
urlpatterns = [
    path("masuk/", auth_views.LoginView.as_view(template_name="accounts/login.html",
                                                redirect_authenticated_user=True), name="login"),
    path("keluar/", auth_views.LogoutView.as_view(), name="logout"),
    path("", views.profile, name="profile"),
    path("sandi/", views.password_change, name="password_change"),
    path("dua-langkah/", two_factor.overview, name="two_factor"),
    path("dua-langkah/daftar/", two_factor.enrol, name="two_factor_enrol"),
    path("dua-langkah/verifikasi/", two_factor.verify, name="two_factor_verify"),
    path("dua-langkah/kode-pemulihan/", two_factor.recovery_codes, name="two_factor_recovery_codes"),
    path("dua-langkah/matikan/", two_factor.turn_off, name="two_factor_turn_off"),
    path("keamanan/", two_factor.policy, name="two_factor_policy"),
    path("keamanan/<int:pemda_pk>/", two_factor.policy_set, name="two_factor_policy_set"),
    path("pengguna/", views_users.user_list, name="user_list"),
    path("pengguna/baru/", views_users.user_create, name="user_create"),
    path("pengguna/<int:pk>/", views_users.user_detail, name="user_detail"),
    path("pengguna/<int:pk>/ubah/", views_users.user_edit, name="user_edit"),
    path("pengguna/<int:pk>/nonaktifkan/", views_users.user_deactivate, name="user_deactivate"),
    path("pengguna/<int:pk>/aktifkan/", views_users.user_reactivate, name="user_reactivate"),
    path("pengguna/<int:pk>/buka-kunci/", views_users.user_unlock, name="user_unlock"),
    path("pengguna/<int:pk>/atur-ulang-sandi/", views_users.user_password_reset, name="user_password_reset"),
    path("pengguna/<int:pk>/atur-ulang-dua-langkah/", two_factor.admin_reset, name="two_factor_reset"),
    path("pengguna/<int:pk>/peran/", views_users.role_grant, name="role_grant"),
    path("pengguna/<int:pk>/peran/<int:role_pk>/cabut/", views_users.role_revoke, name="role_revoke"),
]
