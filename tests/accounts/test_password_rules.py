"""Weak passwords are refused, in Indonesian and English: the username, the name, a digit string,
Indonesian common words dressed up with digits, l33t and capitals, and the names of this install's
pemdas."""
import pytest
from django.contrib.auth import get_user_model, password_validation
from django.core.exceptions import ValidationError
from django.utils import translation
from hypothesis import given, settings as hsettings, strategies as st

from kinerja.accounts.passwords import common_words, core

from web.factories import make_pemda


def _refused(password: str, user=None) -> list[str]:
    try:
        password_validation.validate_password(password, user)
    except ValidationError as error:
        return error.messages
    return []


@pytest.fixture
def pegawai(db):
    make_pemda("Kabupaten Tanah Merah")
    return get_user_model()(username="sitinurhaliza", first_name="Siti Nurhaliza", email="siti@dinas.go.id")


@pytest.mark.parametrize("password", [
    "sitinurhaliza", "SitiNurhaliza1", "123456789012", "tanahmerah", "TanahMerah2024!", "bismillah",
    "Bismillah123", "b1sm1ll4h!", "indonesia45", "sayang123", "rahasia", "password123", "qwertyuiop",
    "1qaz2wsx", "Kata Sandi",
])
def test_weak_passwords_are_refused(pegawai, password):
    assert _refused(password, pegawai), password


@pytest.mark.parametrize("password", ["Kopi-Tubruk-Senja-7", "dua ekor rusa makan", "x7#Lmq2@Pv9w"])
def test_strong_passwords_pass(pegawai, password):
    assert _refused(password, pegawai) == []


def test_the_names_of_pemdas_in_this_install_are_refused_too(db):
    make_pemda("Kota Bukit Biru")
    assert _refused("BukitBiru2025")
    assert _refused("bukit biru!")


def test_messages_speak_both_languages(pegawai):
    with translation.override("id"):
        assert any("terlalu umum" in m for m in _refused("Bismillah123", pegawai))
    with translation.override("en"):
        assert any("too common" in m for m in _refused("Bismillah123", pegawai))
        make_pemda("Kota Bukit Biru")
        assert any("place name" in m for m in _refused("BukitBiru88!", pegawai))


@hsettings(max_examples=200, deadline=None)
@given(word=st.sampled_from(sorted(common_words())),
       prefix=st.text(alphabet="0123456789!@#. ", max_size=4), suffix=st.text(alphabet="0123456789!@#. _", max_size=6),
       upper=st.booleans())
def test_any_listed_word_padded_with_digits_and_symbols_reads_back_to_itself(word, prefix, suffix, upper):
    typed = prefix + (word.upper() if upper else word) + suffix
    assert core(word) & core(typed)
