from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    """Documents and dashboards offered from the stored catalog and measurements."""

    name = "kinerja.reports"
    verbose_name = _("Dokumen dan dasbor")
