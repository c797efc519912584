from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.Model):
    """A user's role, scoped to a place in the tree (a pemda, an agency, or a unit and its sub-units)."""

    class Kind(models.TextChoices):
        PEMDA_ADMIN = "pemda_admin", _("Admin pemda")
        EVALUATOR = "evaluator", _("Evaluator")
        PLANNER = "planner", _("Perencana perangkat daerah")
        OPERATOR = "operator", _("Operator unit")
        HEAD = "head", _("Pimpinan")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="roles")
    kind = models.CharField(_("peran"), max_length=16, choices=Kind.choices)
    pemda = models.ForeignKey("catalog.Pemda", on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    agency = models.ForeignKey("catalog.PerangkatDaerah", on_delete=models.CASCADE, null=True, blank=True,
                               related_name="+")
    unit = models.ForeignKey("catalog.Unit", on_delete=models.CASCADE, null=True, blank=True, related_name="+")

    class Meta:
        verbose_name = _("peran")
        verbose_name_plural = _("peran")

    def __str__(self) -> str:
        place = self.unit or self.agency or self.pemda
        return f"{self.user} — {self.get_kind_display()} ({place})"

    @property
    def agency_id_for_audit(self) -> int | None:
        return self.agency_id

    def clean(self) -> None:
        k = self.Kind
        if self.kind in (k.PEMDA_ADMIN, k.EVALUATOR) and not self.pemda_id:
            raise ValidationError(_("Peran tingkat pemda memerlukan pemda. / A pemda-level role needs a pemda."))
        if self.kind == k.PLANNER and not self.agency_id:
            raise ValidationError(_("Perencana memerlukan perangkat daerah. / A planner needs an agency."))
        if self.kind == k.OPERATOR and not self.unit_id:
            raise ValidationError(_("Operator memerlukan unit. / An operator needs a unit."))
        if self.kind == k.HEAD and not (self.agency_id or self.unit_id):
            raise ValidationError(_("Pimpinan memerlukan perangkat daerah atau unit. / A head needs an agency or unit."))

    def save(self, *args, **kwargs) -> None:
        # Keep the denormalised places consistent so scope checks never need to walk the tree.
        if self.unit_id:
            self.agency_id = self.unit.agency_id
        if self.agency_id:
            self.pemda_id = self.agency.pemda_id
        super().save(*args, **kwargs)


class TwoFactorPolicy(models.Model):
    """Per pemda: whether everyone who works there signs in with a second factor.

    Pemda admins and evaluators always do (they see and change a whole pemda); without a row, others
    may choose. The pemda's admins set it on the security page.
    """

    pemda = models.OneToOneField("catalog.Pemda", on_delete=models.CASCADE, related_name="+")
    required_for_all = models.BooleanField(_("wajib untuk semua pengguna"), default=False)

    class Meta:
        verbose_name = _("kebijakan verifikasi dua langkah")
        verbose_name_plural = _("kebijakan verifikasi dua langkah")

    def __str__(self) -> str:
        return f"{self.pemda}: {self.required_for_all}"

    @property
    def agency_id_for_audit(self) -> None:
        return None
