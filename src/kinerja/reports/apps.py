from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    """Documents and dashboards offered from the stored catalog and measurements."""

    name = "kinerja.reports"
    verbose_name = _("Dokumen dan dasbor")

    def ready(self) -> None:
        from kinerja.audit.recorder import register
        from kinerja.reports import models as m

        for model in (m.PemdaHead, m.Signing, m.PkProgram, m.LkjipNarrative):
            register(model)
