from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    """The REST API at /api/v1/, its tokens and the service accounts that hold them."""

    name = "kinerja.api"
    label = "api"
    verbose_name = _("API")

    def ready(self) -> None:
        from kinerja.api.models import ApiToken, ServiceAccount
        from kinerja.audit.recorder import register

        # The hash is a secret; the rest is bookkeeping written on every request (never by save()).
        register(ApiToken, exclude=("key_hash", "last_used_at", "window_start", "window_count"))
        register(ServiceAccount)
