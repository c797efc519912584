"""A pemda's LKE per year: its rubrics, its own tree, a copy from another year — never edited in place
once an evaluation has used it."""
from __future__ import annotations

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from evaluasi.builders import YEAR, evaluation
from kinerja.evaluasi.errors import EvaluasiError
from kinerja.evaluasi.models import LkeInstrument
from kinerja.evaluasi.services import instruments
from kinerja.evaluasi.services.instruments import tree_of
from kinerja.lke import load_instrument

JSON = {"HTTP_ACCEPT": "application/json"}


def _tree(**changes) -> dict:
    data = load_instrument().to_dict()
    data.update(changes)
    return data


def _upload(data, name="lke-pemda.json") -> SimpleUploadedFile:
    body = data if isinstance(data, bytes) else json.dumps(data).encode()
    return SimpleUploadedFile(name, body, "application/json")


def test_a_rubric_attached_by_the_pemda_shows_on_the_sheet(login, world):
    client = login("evaluator")
    url = reverse("evaluasi:rubric_save", args=[world.pemda.slug, YEAR, "1.b.5"])
    assert client.post(url, {"id_A": "Semua indikator SMART", "id_E": "Tidak ada", "en_A": "All SMART"},
                       **JSON).status_code == 200
    row = LkeInstrument.objects.get(pemda=world.pemda, year=YEAR)
    assert tree_of(row).criterion("1.b.5").rubric == {"A": "Semua indikator SMART", "E": "Tidak ada"}
    evaluation(world)
    page = login("planner").get(reverse("evaluasi:sheet", args=[world.agency.slug, YEAR])).content.decode()
    assert "Semua indikator SMART" in page


def test_a_used_tree_is_never_edited_in_place_but_can_be_copied(login, world):
    evaluation(world)
    client = login("admin")
    url = reverse("evaluasi:rubric_save", args=[world.pemda.slug, YEAR, "1.b.5"])
    refused = client.post(url, {"id_A": "baru"}, **JSON)
    assert refused.status_code == 422 and "salin ke tahun lain" in refused.json()["message"]
    assert "rubric" not in json.dumps(LkeInstrument.objects.get(year=YEAR).data["components"][0]["subcomponents"][1]
                                      ["criteria"][4])
    copied = client.post(reverse("evaluasi:instrument_copy", args=[world.pemda.slug, YEAR + 1]),
                         {"from_year": str(YEAR)}, **JSON)
    assert copied.status_code == 200
    again = client.post(reverse("evaluasi:rubric_save", args=[world.pemda.slug, YEAR + 1, "1.b.5"]), {"id_A": "baru"},
                        **JSON)
    assert again.status_code == 200
    assert LkeInstrument.objects.get(year=YEAR + 1).based_on.startswith(f"salinan LKE {YEAR}")


@pytest.mark.parametrize(("body", "words"), [
    (b"{not json", "bukan JSON"),
    (b"\xff\xfe\x00", "bukan JSON"),
    (_tree(components=[]), "components"),
    (_tree(format="lke/0"), "kinerja-lke/1"),
])
def test_an_unusable_own_tree_is_refused_and_nothing_changes(login, world, body, words):
    client = login("evaluator")
    response = client.post(reverse("evaluasi:instrument_upload", args=[world.pemda.slug, YEAR]),
                           {"file": _upload(body)}, **JSON)
    assert response.status_code == 422 and words in response.json()["message"]
    assert not LkeInstrument.objects.exists()


def test_weights_off_100_are_named(world):
    data = _tree()
    data["components"][3]["weight"] = 26
    with pytest.raises(EvaluasiError) as caught:
        instruments.adopt_tree(world.user("evaluator"), world.pemda, YEAR, data, source="x")
    assert "Bobot sub-komponen 4 berjumlah 25, bukan 26" in caught.value.message_id


def test_an_own_tree_is_used_by_the_next_evaluation_opened(login, world):
    data = _tree(version="88/2021 Kabupaten Contoh")
    data["components"][0]["subcomponents"][0]["criteria"].append(
        {"code": "1.a.7", "scale": "YT", "text": "Terdapat Peraturan Bupati tentang SAKIP."})
    client = login("evaluator")
    assert client.post(reverse("evaluasi:instrument_upload", args=[world.pemda.slug, YEAR]),
                       {"file": _upload(data)}, **JSON).status_code == 200
    e = evaluation(world)
    assert tree_of(e.instrument).criterion("1.a.7").text == "Terdapat Peraturan Bupati tentang SAKIP."
    downloaded = client.get(reverse("evaluasi:instrument_json", args=[world.pemda.slug, YEAR]))
    assert json.loads(downloaded.content)["version"] == "88/2021 Kabupaten Contoh"
    page = client.get(reverse("evaluasi:instrument", args=[world.pemda.slug, YEAR])).content.decode()
    assert "Sudah dipakai evaluasi" in page and "1.a.7" in page


def test_the_page_for_a_year_without_an_lke(login, world):
    page = login("evaluator").get(reverse("evaluasi:instrument", args=[world.pemda.slug, 2019])).content.decode()
    assert "Tidak ada LKE untuk tahun 2019" in page
