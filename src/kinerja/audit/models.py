from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditEntry(models.Model):
    """One change to audited data: who, when, what it was before and what it became."""

    class Action(models.TextChoices):
        CREATE = "create", _("dibuat")
        UPDATE = "update", _("diubah")
        DELETE = "delete", _("dihapus")
        # Done to an account without changing a field of it: a password change, an unlock, a
        # two-step reset; the reason says which.
        EVENT = "event", _("peristiwa akun")

    at = models.DateTimeField(_("waktu"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="+", verbose_name=_("oleh"))
    # Kept even when the user is later removed, and for changes made from the command line.
    actor_label = models.CharField(_("oleh (nama)"), max_length=150)
    action = models.CharField(_("tindakan"), max_length=8, choices=Action.choices)
    content_type = models.ForeignKey(ContentType, on_delete=models.PROTECT, related_name="+")
    object_id = models.CharField(max_length=64, db_index=True)
    object_repr = models.CharField(_("objek"), max_length=300)
    agency_id = models.BigIntegerField(null=True, blank=True, db_index=True)
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)
    reason = models.TextField(_("alasan"), blank=True)

    class Meta:
        verbose_name = _("catatan audit")
        verbose_name_plural = _("catatan audit")
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_label} {self.action} {self.object_repr}"

    def changed_fields(self) -> list[tuple[str, object, object]]:
        """(field, before, after) for every field whose value differs."""
        before, after = self.before or {}, self.after or {}
        keys = sorted(set(before) | set(after))
        return [(k, before.get(k), after.get(k)) for k in keys if before.get(k) != after.get(k)]


class SignIn(models.Model):
    """One sign-in, sign-out or failed attempt (password or two-step code), and from where.

    Kept apart from :class:`AuditEntry`: a sign-in changes no data, and "nothing was written" checks
    count audit entries. A failure at a username nobody has is kept under the typed name.
    """

    class Kind(models.TextChoices):
        LOGIN = "login", _("masuk")
        LOGOUT = "logout", _("keluar")
        FAILED = "failed", _("gagal masuk")

    at = models.DateTimeField(_("waktu"), auto_now_add=True, db_index=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                             related_name="+", verbose_name=_("pengguna"))
    username = models.CharField(_("nama pengguna (diketik)"), max_length=150)
    kind = models.CharField(_("jenis"), max_length=8, choices=Kind.choices)
    client = models.CharField(_("alamat klien"), max_length=64, blank=True)
    browser = models.CharField(_("peramban"), max_length=200, blank=True)
    reason = models.CharField(_("keterangan"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("catatan masuk")
        verbose_name_plural = _("catatan masuk")
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["user", "at"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.username} {self.kind} {self.client}"
