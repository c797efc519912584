"""Markup typed into any text field is shown as text on every page, never run.

Every text field of every catalog, document and account row of the access-test world is filled
with script payloads; then every page the access cases know is opened by the user allowed to see it
(the same walk as tests/web/test_access.py), and the payloads must come back escaped.
"""
from __future__ import annotations

import itertools

import pytest
from django.db import models
from django.test import Client
from django.urls import reverse

from kinerja.catalog.models import Decree, Indicator, Objective, Pemda, PerangkatDaerah, Position, Unit, Variable
from kinerja.reports.models import LkjipNarrative, PemdaHead, PkProgram, Signing

from web.access_registry import collect_cases

PAYLOADS = [
    '<script>alert("xss")</script>',
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(2)>",
    '</textarea><script>alert(3)</script>',
    '{{ 7|add:7 }}{% load static %}<iframe srcdoc="<script>alert(4)</script>">',
]
# What a payload looks like when it reached the page unescaped.
LIVE = ["<script>alert(", "<img src=x onerror", "<svg onload", "<iframe srcdoc"]
CASES = [c for c in collect_cases() if "GET" in c.methods]
SKIP = (models.SlugField, models.EmailField, models.URLField)


def fill(instance: models.Model, payloads) -> None:
    for field in instance._meta.concrete_fields:
        if not isinstance(field, (models.CharField, models.TextField)) or isinstance(field, SKIP):
            continue
        if field.choices or not field.editable or field.primary_key:
            continue
        text = next(payloads) + f" #{instance.pk}"
        setattr(instance, field.attname, text[: field.max_length] if field.max_length else text)
    if isinstance(instance, Position):
        instance.tugas, instance.fungsi = [next(payloads)], [next(payloads)]
    instance.save()


@pytest.fixture
def hostile_world(world):
    payloads = itertools.cycle(PAYLOADS)
    for model in (Pemda, PerangkatDaerah, Unit, Position, Decree, Objective, Variable, Indicator):
        for row in model.objects.all():
            fill(row, payloads)
    for user in world.users.values():
        user.first_name = next(payloads)[:150]
        user.save()
    LkjipNarrative.objects.create(agency=world.agency, tahun=2025, objective=world.objective,
                                  analisis=next(payloads), upaya=next(payloads))
    PkProgram.objects.create(agency=world.agency, tahun=2025, program=next(payloads)[:400])
    Signing.objects.create(agency=world.agency, tahun=2025, name=next(payloads)[:200], place=next(payloads)[:120])
    PemdaHead.objects.create(pemda=world.pemda, jabatan=next(payloads)[:200], name=next(payloads)[:200])
    return world


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_no_page_runs_typed_markup(case, hostile_world):
    client = Client(raise_request_exception=False)
    # kwargs first: a case may create the rows and the user it needs (another pemda's admin).
    url = reverse(case.url_name, kwargs=case.kwargs(hostile_world))
    client.force_login(hostile_world.user(case.allowed))
    response = client.get(url)
    assert response.status_code != 500, case.id
    if "html" not in response.get("Content-Type", "") or response.streaming:
        return
    page = response.content.decode(errors="replace")
    for live in LIVE:
        assert live not in page, f"{case.url_name} shows {live!r} unescaped"


def test_the_payloads_do_reach_the_pages(hostile_world):
    """The walk above proves something only if the payloads are on the pages, escaped."""
    client = Client()
    client.force_login(hostile_world.user("planner"))
    page = client.get(reverse("catalog:indicator_detail", args=[hostile_world.agency.slug,
                                                                 hostile_world.indicator_a.pk])).content.decode()
    assert "&lt;script&gt;alert(" in page or "&lt;img src=x onerror" in page or "&lt;svg onload" in page
