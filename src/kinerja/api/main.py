"""The API at /api/v1/: one router per resource, mounted here; auth, rate limit and errors shared by all.

A new resource is a module in ``kinerja.api.resources`` with its own ``router``, added to
``RESOURCES``; it inherits the token/session auth, the per-token rate limit, the audit attribution
of writes and the one error format. Its operations need an access case (tests/api/, docs/api.md).
"""
from __future__ import annotations

from ninja import NinjaAPI, Swagger

from kinerja.api import errors
from kinerja.api.auth import AUTH, attributed
from kinerja.api.ratelimit import TokenRateThrottle
from kinerja.api.resources import agencies, decrees, indicators, pemda, positions, skp, units

RESOURCES = (
    ("pemda/", pemda.router),
    ("agencies/", agencies.router),
    ("units/", units.router),
    ("positions/", positions.router),
    ("decrees/", decrees.router),
    ("indicators/", indicators.router),
    ("skp/", skp.router),
)

DESCRIPTION = """\
Data Kinerja (SAKIP) untuk skrip dan portal: pemda, perangkat daerah, unit, jabatan, keputusan,
indikator dengan formulanya, dan konsep SKP. / Kinerja's data for scripts and portals.

**Token**: buat di halaman Akun → Token API, atau `kinerja token create --user U`; kirim sebagai
`Authorization: Bearer knj_…`. A token sees exactly what its user sees. Lists are paged
(`limit`, `offset`); errors are JSON with Indonesian and English messages.
"""

api = NinjaAPI(
    title="Kinerja API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api",
    auth=AUTH,
    throttle=[TokenRateThrottle()],
    # The reference page loads Swagger UI from django-ninja's own static files; no validator badge,
    # which would call an outside server.
    docs=Swagger(settings={"validatorUrl": None, "persistAuthorization": False}),
    docs_url="/docs/",
    openapi_url="/openapi.json",
)
errors.install(api)
api.add_decorator(attributed)
for prefix, router in RESOURCES:
    api.add_router(prefix, router)
