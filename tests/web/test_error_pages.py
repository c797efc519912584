from django.template.loader import render_to_string
from django.test import RequestFactory
from django.urls import reverse


def test_404_page_explains_without_revealing(login, world):
    response = login("operator_a").get(reverse("catalog:unit_detail", args=[world.agency.slug, world.unit_b.pk]))
    assert response.status_code == 404
    text = response.content.decode()
    assert "Tidak ditemukan" in text and world.unit_b.name not in text


def test_403_page(login, world):
    response = login("operator_a").get(reverse("catalog:unit_create", args=[world.agency.slug]))
    assert response.status_code == 403 and "Tidak diizinkan" in response.content.decode()


def test_500_page_renders_without_a_request_and_in_both_languages():
    text = render_to_string("500.html")
    assert "Terjadi kesalahan" in text and "Server error" in text


def test_static_css_is_served_without_cdn(client, db):
    text = render_to_string("base.html", request=RequestFactory().get("/"))
    assert "/static/kinerja/kinerja.css" in text
    assert "http://" not in text and "https://" not in text
