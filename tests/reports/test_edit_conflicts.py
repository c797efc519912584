"""Document settings edited by two people at once: the second is told (409), keeps what they typed,
and nothing is overwritten; two people creating the same row (a year's signatories, a sasaran's
narrative) is a conflict too, never a server error."""
from __future__ import annotations

from django.urls import reverse

from kinerja.reports.models import LkjipNarrative, PkProgram, Signing

from web.test_edit_conflicts import form_data, signed_in


def url(name, world, **kw):
    return reverse(f"reports:{name}", kwargs={"slug": world.agency.slug, **kw})


def narrative_forms(client, world) -> dict:
    response = client.get(url("narratives", world, tahun=2025))
    data = {}
    for _objective, form in response.context["forms"]:
        data.update(form_data(form))
    return data


def test_two_planners_writing_the_same_narrative(world):
    planner, admin = signed_in(world, "planner"), signed_in(world, "admin")
    first, second = narrative_forms(planner, world), narrative_forms(admin, world)
    key = next(k for k in first if k.endswith("-upaya"))
    first[key], second[key] = "Upaya perencana", "Upaya admin"
    assert planner.post(url("narratives", world, tahun=2025), first).status_code == 302
    refused = admin.post(url("narratives", world, tahun=2025), second)
    assert refused.status_code == 409
    text = refused.content.decode()
    assert "Upaya perencana" in text and "Upaya admin" in text
    assert LkjipNarrative.objects.get().upaya == "Upaya perencana"
    # Both had a blank form, so the second creation met the first row: seen, then saved knowingly.
    again = {}
    for _objective, form in refused.context["forms"]:
        again.update(form_data(form))
    assert admin.post(url("narratives", world, tahun=2025), again).status_code == 302
    assert LkjipNarrative.objects.get().upaya == "Upaya admin"


def test_an_edited_narrative(world):
    planner, admin = signed_in(world, "planner"), signed_in(world, "admin")
    start = narrative_forms(planner, world)
    key = next(k for k in start if k.endswith("-analisis"))
    start[key] = "Awal"
    planner.post(url("narratives", world, tahun=2025), start)
    first, second = narrative_forms(planner, world), narrative_forms(admin, world)
    first[key], second[key] = "Analisis perencana", "Analisis admin"
    assert planner.post(url("narratives", world, tahun=2025), first).status_code == 302
    assert admin.post(url("narratives", world, tahun=2025), second).status_code == 409
    assert LkjipNarrative.objects.get().analisis == "Analisis perencana"


def test_signatories_created_twice(world):
    planner, admin = signed_in(world, "planner"), signed_in(world, "admin")
    link = url("signing", world, tahun=2025)
    first, second = form_data(planner.get(link).context["form"]), form_data(admin.get(link).context["form"])
    first["name"], second["name"] = "Dra. Pertama", "Ir. Kedua"
    assert planner.post(link, first).status_code == 302
    refused = admin.post(link, second)
    assert refused.status_code == 409 and "Dra. Pertama" in refused.content.decode()
    assert Signing.objects.get().name == "Dra. Pertama"


def test_programmes_all_or_none(world):
    planner, admin = signed_in(world, "planner"), signed_in(world, "admin")
    link = url("programs", world, tahun=2025)
    setup = form_data(planner.get(link).context["formset"].management_form)
    for form in planner.get(link).context["formset"].forms:
        setup.update(form_data(form))
    setup.update({"form-0-program": "Program A", "form-0-order": "1", "form-1-program": "Program B", "form-1-order": "2"})
    assert planner.post(link, setup).status_code == 302

    def opened(client):
        formset = client.get(link).context["formset"]
        data = form_data(formset.management_form)
        for form in formset.forms:
            data.update(form_data(form))
        return data
    first, second = opened(planner), opened(admin)
    first["form-0-program"] = "Program A (perencana)"
    second["form-0-program"] = "Program A (admin)"
    second["form-1-program"] = "Program B (admin)"
    assert planner.post(link, first).status_code == 302
    refused = admin.post(link, second)
    assert refused.status_code == 409
    assert sorted(PkProgram.objects.values_list("program", flat=True)) == ["Program A (perencana)", "Program B"]
