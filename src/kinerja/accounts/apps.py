from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "kinerja.accounts"
    verbose_name = _("Pengguna dan peran")

    def ready(self) -> None:
        from kinerja.accounts.models import Role
        from kinerja.audit.recorder import register

        register(Role)
