from django.urls import path

from kinerja.catalog import views

app_name = "catalog"
urlpatterns = [
    path("", views.home, name="home"),
]
