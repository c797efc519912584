"""The import pages: upload, side-by-side preview, corrections, commit, discard."""
from __future__ import annotations

from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from kinerja.catalog.models import Decree, Indicator
from kinerja.intake.models import ImportSession

from .conftest import table_counts
from .helpers import SHARED, make_session, small_catalog

SEED2 = SHARED / "seeds" / "002_2148871135e256c8.txt"


def _upload(client, world, data: bytes, name: str = "keputusan.txt", **extra):
    client.force_login(world.user("planner"))
    return client.post(reverse("intake:upload", kwargs={"slug": world.agency.slug}),
                       {"file": SimpleUploadedFile(name, data), **extra})


def _preview_url(session):
    return reverse("intake:preview", kwargs={"slug": session.agency.slug, "pk": session.pk})


def test_upload_reads_the_decree_and_keeps_the_file_privately(client, world, settings):
    response = _upload(client, world, SEED2.read_bytes(), "iki-2018.txt")
    session = ImportSession.objects.get()
    assert response.status_code == 302 and response["Location"] == _preview_url(session)
    assert session.uploaded_by == world.user("planner") and session.status == ImportSession.Status.DRAFT
    stored = Path(session.file.path)
    assert stored.is_relative_to(Path(settings.PRIVATE_FILES_DIR) / "imports")
    assert stored.read_bytes() == SEED2.read_bytes()
    assert session.reading["catalog"]["document"]["jenis"] == "IKI"
    assert len(session.reading["catalog"]["indicators"]) == len(session.reading["row_sources"]) > 50


def test_upload_over_the_size_limit_is_refused(client, world, settings):
    settings.KINERJA_MAX_UPLOAD_BYTES = 1000
    response = _upload(client, world, SEED2.read_bytes())
    assert response.status_code == 400
    text = response.content.decode()
    assert "Berkas terlalu besar" in text and "The file is too large" in text
    assert not ImportSession.objects.exists()


def test_a_file_that_is_not_a_decree_is_refused_with_the_importers_reason(client, world):
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    response = _upload(client, world, png, "keputusan.pdf")
    assert response.status_code == 400
    assert "errorlist" in response.content.decode()
    assert not ImportSession.objects.exists()


def test_preview_puts_source_lines_beside_rows_and_marks_unsure_cells(client, world):
    session = make_session(world.agency)
    client.force_login(world.user("planner"))
    text = client.get(_preview_url(session)).content.decode()
    assert 'id="src-L3"' in text and "baris 3" in text
    assert 'id="row-1"' in text and 'href="#src-L1"' in text  # a row links to its source line
    assert 'class="uncertain"' in text  # row 1's formula_text was unsure
    assert small_catalog()["indicators"][2]["indikator"] in text


def test_a_corrected_row_is_kept_and_shown_as_corrected(client, world):
    session = make_session(world.agency)
    client.force_login(world.user("planner"))
    url = reverse("intake:edit_row", kwargs={"slug": world.agency.slug, "pk": session.pk})
    original = session.reading["catalog"]["indicators"][0]
    response = client.post(url, {"row": "0", "indikator": "Tingkat Kesempatan Kerja (dikoreksi)",
                                 "sasaran": original["sasaran"]})
    assert response.status_code == 302 and response["Location"].endswith("#row-1")
    session.refresh_from_db()
    assert session.corrections["rows"] == {"0": {"indikator": "Tingkat Kesempatan Kerja (dikoreksi)"}}
    text = client.get(_preview_url(session)).content.decode()
    assert "(dikoreksi)" in text and 'class=" corrected"' in text


def test_a_corrected_formula_is_read_again(client, world):
    session = make_session(world.agency)
    client.force_login(world.user("planner"))
    url = reverse("intake:edit_row", kwargs={"slug": world.agency.slug, "pk": session.pk})
    client.post(url, {"row": "1", "formula_text": "Jumlah tenaga kerja yang dilatih dibagi Jumlah pencari kerja x 100%"})
    session.refresh_from_db()
    formula = session.corrections["rows"]["1"]["formula"]
    assert formula["kind"] == "ratio_percent" and "/" in formula["expression"]
    assert len(formula["variables"]) == 2


def test_header_correction(client, world):
    session = make_session(world.agency)
    client.force_login(world.user("planner"))
    url = reverse("intake:edit_row", kwargs={"slug": world.agency.slug, "pk": session.pk})
    client.post(url, {"row": "header", "nomor": "10 Tahun 2024", "tahun": "2024"})
    session.refresh_from_db()
    assert session.corrections["document"] == {"nomor": "10 Tahun 2024"}


def test_commit_with_a_dropped_row(client, world):
    session = make_session(world.agency, small_catalog(rows=5))
    client.force_login(world.user("planner"))
    kwargs = {"slug": world.agency.slug, "pk": session.pk}
    client.post(reverse("intake:drop_row", kwargs=kwargs), {"row": "2", "dropped": "1"})
    response = client.post(reverse("intake:commit", kwargs=kwargs))
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.status == ImportSession.Status.COMMITTED
    names = list(session.decree.indicators.order_by("order").values_list("name", flat=True))
    assert names == [r["indikator"] for i, r in enumerate(small_catalog(rows=5)["indicators"]) if i != 2]
    # a committed session is closed: a second commit writes nothing
    before = table_counts()
    client.post(reverse("intake:commit", kwargs=kwargs))
    assert table_counts() == before


def test_a_refused_commit_changes_nothing_and_says_why_in_both_languages(client, world):
    catalog = small_catalog()
    catalog["indicators"][1]["indikator"] = None
    session = make_session(world.agency, catalog)
    client.force_login(world.user("planner"))
    before = table_counts()
    response = client.post(reverse("intake:commit", kwargs={"slug": world.agency.slug, "pk": session.pk}),
                           follow=True)
    assert table_counts() == before
    session.refresh_from_db()
    assert session.status == ImportSession.Status.FAILED
    text = response.content.decode()
    assert "nama indikator kosong" in text and "the indicator name is empty" in text
    # fix the cell and commit again
    client.post(reverse("intake:edit_row", kwargs={"slug": world.agency.slug, "pk": session.pk}),
                {"row": "1", "indikator": "Tingkat Produktivitas Tenaga Kerja"})
    client.post(reverse("intake:commit", kwargs={"slug": world.agency.slug, "pk": session.pk}))
    session.refresh_from_db()
    assert session.status == ImportSession.Status.COMMITTED and session.error_id == ""


def test_perubahan_through_the_pages(client, world):
    old = world.decree  # holds three indicators of the world
    catalog = small_catalog("17A Tahun 2024")
    catalog["indicators"][0]["indikator"] = "Tingkat Kesempatan Kerja"  # carries world.indicator_iku on
    client.force_login(world.user("planner"))
    session = make_session(world.agency, catalog, amends=old)
    text = client.get(_preview_url(session)).content.decode()
    assert "Perubahan atas" in text and "ditambah" in text
    response = client.post(reverse("intake:commit", kwargs={"slug": world.agency.slug, "pk": session.pk}))
    new = Decree.objects.get(nomor="17A Tahun 2024")
    assert response["Location"] == reverse("intake:decree_changes", kwargs={"slug": world.agency.slug, "pk": new.pk})
    iku = Indicator.objects.get(pk=world.indicator_iku.pk)
    assert not iku.is_active and iku.replaced_by.decree == new
    assert Indicator.objects.get(pk=world.indicator_b.pk).replaced_by is None
    text = client.get(response["Location"]).content.decode()
    assert world.indicator_b.name in text  # listed as no longer in force


def test_discard_forgets_the_session_and_its_file(client, world):
    _upload(client, world, SEED2.read_bytes())
    session = ImportSession.objects.get()
    path = Path(session.file.path)
    response = client.post(reverse("intake:discard", kwargs={"slug": world.agency.slug, "pk": session.pk}))
    assert response.status_code == 302
    assert not ImportSession.objects.exists() and not path.exists()


def test_the_session_list_shows_only_this_agencys_imports(client, world):
    make_session(world.agency)
    mine = ImportSession.objects.get()
    mine.filename = "milik-x.txt"
    mine.save()
    theirs = make_session(world.other, small_catalog("5 Tahun 2025"))
    theirs.filename = "milik-y.txt"
    theirs.save()
    client.force_login(world.user("planner"))
    text = client.get(reverse("intake:session_list", kwargs={"slug": world.agency.slug})).content.decode()
    assert "milik-x.txt" in text and "milik-y.txt" not in text


def test_an_unreadable_upload_says_why_in_both_languages_reader_language_first(client, world):
    client.force_login(world.user("planner"))
    url = reverse("intake:upload", kwargs={"slug": world.agency.slug})
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    text_id = client.post(url, {"file": SimpleUploadedFile("a.pdf", png)}).content.decode()
    client.cookies["django_language"] = "en"
    text_en = client.post(url, {"file": SimpleUploadedFile("a.pdf", png)}).content.decode()
    error_id = text_id.split('class="errorlist')[1].split("</ul>")[0]
    error_en = text_en.split('class="errorlist')[1].split("</ul>")[0]
    assert " / " in error_id and " / " in error_en and error_id != error_en
