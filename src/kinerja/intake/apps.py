from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IntakeConfig(AppConfig):
    """Bringing decrees in: upload, checked preview, commit into the catalog."""

    name = "kinerja.intake"
    verbose_name = _("Impor keputusan")

    def ready(self) -> None:
        from kinerja.audit.recorder import register
        from kinerja.intake.models import DecreePosition

        # Part of the decree as committed; the import session itself is a working draft, not audited.
        register(DecreePosition)
