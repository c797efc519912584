"""API tokens and service accounts.

A token is shown once when it is made and stored only as a SHA-256 hash: it carries 256 bits of
randomness, so a slow password hash would add cost without adding safety. ``prefix`` (the token's
first characters, unique) finds the row and names the token on screens and in the audit trail.
"""
from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ApiToken(models.Model):
    """A personal or service-account token: read-only or read-write, with an expiry, revocable."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens",
                             verbose_name=_("pengguna"))
    name = models.CharField(_("keperluan"), max_length=120)
    prefix = models.CharField(_("awalan"), max_length=16, unique=True)
    key_hash = models.CharField(max_length=64, editable=False)
    can_write = models.BooleanField(_("boleh mengubah data"), default=False)
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("dibuat oleh"))
    expires_at = models.DateTimeField(_("berlaku sampai"))
    revoked_at = models.DateTimeField(_("dicabut"), null=True, blank=True)
    revoked_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("dicabut oleh"))
    last_used_at = models.DateTimeField(_("terakhir dipakai"), null=True, blank=True)
    # The rate limit's fixed window, counted in the row so that every server process shares it.
    window_start = models.DateTimeField(null=True, blank=True)
    window_count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("token API")
        verbose_name_plural = _("token API")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.name})"

    @property
    def agency_id_for_audit(self) -> None:
        return None

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None

    @property
    def is_expired(self) -> bool:
        return self.expires_at <= timezone.now()

    @property
    def is_active(self) -> bool:
        return not self.is_revoked and not self.is_expired


class ServiceAccount(models.Model):
    """A user that is a script, not a person: it cannot sign in, it only holds tokens.

    Made by a pemda admin with one role in their pemda; its tokens are made and revoked by the pemda
    admins of that pemda.
    """

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="service_account")
    pemda = models.ForeignKey("catalog.Pemda", on_delete=models.PROTECT, related_name="+",
                              verbose_name=_("pemerintah daerah"))
    description = models.CharField(_("keterangan"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("dibuat oleh"))

    class Meta:
        verbose_name = _("akun layanan")
        verbose_name_plural = _("akun layanan")
        ordering = ["user__username"]

    def __str__(self) -> str:
        return self.user.username

    @property
    def agency_id_for_audit(self) -> None:
        return None
