from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IntakeConfig(AppConfig):
    """Bringing decrees in: upload, checked preview, commit into the catalog."""

    name = "kinerja.intake"
    verbose_name = _("Impor keputusan")
