from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

# Kept out of the audit trail: the password hash is a secret, and last_login changes at every sign-in.
USER_AUDIT_EXCLUDE = ("password", "last_login")


class AccountsConfig(AppConfig):
    name = "kinerja.accounts"
    verbose_name = _("Pengguna dan peran")

    def ready(self) -> None:
        from django.contrib.auth import get_user_model

        from kinerja.accounts import signin_audit
        from kinerja.accounts.models import Role, TwoFactorPolicy
        from kinerja.audit.recorder import register

        register(Role)
        register(TwoFactorPolicy)
        # Users are never deleted (deactivated instead), so every audit entry keeps its actor.
        register(get_user_model(), exclude=USER_AUDIT_EXCLUDE)
        signin_audit.connect()
