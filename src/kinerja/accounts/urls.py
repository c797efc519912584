from django.contrib.auth import views as auth_views
from django.urls import path

from kinerja.accounts import views

app_name = "accounts"
urlpatterns = [
    path("masuk/", auth_views.LoginView.as_view(template_name="accounts/login.html",
                                                redirect_authenticated_user=True), name="login"),
    path("keluar/", auth_views.LogoutView.as_view(), name="logout"),
    path("", views.profile, name="profile"),
    path("sandi/", views.password_change, name="password_change"),
]
