from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PegawaiConfig(AppConfig):
    """SKP drafts from IKI, the proposed predikat kinerja organisasi and the distribution check."""

    name = "kinerja.pegawai"
    verbose_name = _("Kinerja pegawai (SKP)")

    def ready(self) -> None:
        from kinerja.audit.recorder import register
        from kinerja.pegawai.models import SkpAspek

        register(SkpAspek)
