from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeasurementConfig(AppConfig):
    name = "kinerja.measurement"
    verbose_name = _("Pengukuran kinerja")

    def ready(self) -> None:
        from kinerja.audit.recorder import register
        from kinerja.measurement import models as m

        # CapaianResult is derived from these and recomputed at will, so it is left out.
        for model in (m.Renstra, m.Target, m.ReportingPeriod, m.Realisasi, m.VariableValue, m.Evidence,
                      m.CapaianScale, m.CapaianBand):
            register(model)
