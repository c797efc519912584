from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeasurementConfig(AppConfig):
    name = "kinerja.measurement"
    verbose_name = _("Pengukuran kinerja")

    def ready(self) -> None:
        from django.db.models.signals import m2m_changed, post_save

        from kinerja.audit.recorder import register
        from kinerja.catalog.models import Indicator
        from kinerja.measurement import models as m
        from kinerja.measurement import signals

        # Figure, FormulaProgram and RecomputeJob are derived from these and recomputed at will: left out.
        for model in (m.Renstra, m.Target, m.ReportingPeriod, m.Realisasi, m.VariableValue, m.Evidence,
                      m.CapaianScale, m.CapaianBand):
            register(model)
        post_save.connect(signals.indicator_saved, sender=Indicator, dispatch_uid="measurement-indicator-saved")
        m2m_changed.connect(signals.variables_changed, sender=Indicator.variables.through,
                            dispatch_uid="measurement-indicator-variables")
