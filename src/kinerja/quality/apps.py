from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QualityConfig(AppConfig):
    """The evaluator's view of an agency's indicators: what is wrong with them and why."""

    name = "kinerja.quality"
    verbose_name = _("Kualitas indikator")
