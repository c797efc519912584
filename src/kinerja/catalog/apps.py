from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogConfig(AppConfig):
    name = "kinerja.catalog"
    verbose_name = _("Katalog indikator")

    def ready(self) -> None:
        from kinerja.audit.recorder import register
        from kinerja.catalog import models as m

        for model in (m.Pemda, m.PerangkatDaerah, m.Unit, m.Position, m.Decree, m.Objective,
                      m.Indicator, m.Variable):
            register(model)
