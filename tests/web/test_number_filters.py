from decimal import Decimal

from django.template import Context, Template
from django.utils import translation


def _render(text, **context):
    return Template("{% load kinerja_format %}" + text).render(Context(context))


def test_angka_writes_indonesian_numbers():
    with translation.override("id"):
        assert _render("{{ x|angka }}", x=Decimal("1234.5")) == "1.234,5"
        assert _render("{{ x|angka:2 }}", x=1234.5) == "1.234,50"
        assert _render("{{ x|angka }}", x=None) == "–"


def test_angka_follows_the_active_language():
    with translation.override("en"):
        assert _render("{{ x|angka }}", x=1234.5) == "1,234.5"


def test_persen_adds_the_sign():
    with translation.override("id"):
        assert _render("{{ x|persen:1 }}", x="87.5") == "87,5%"
        assert _render("{{ x|persen }}", x=100) == "100%"


def test_text_that_is_not_a_number_is_left_alone():
    assert _render("{{ x|angka }}", x="n/a") == "n/a"
