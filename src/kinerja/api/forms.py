"""Forms of the token pages: a new token, a new service account (an account and its one role)."""
from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from kinerja.accounts.forms import AccountFields, RoleFields
from kinerja.api.tokens import DEFAULT_DAYS, MAX_DAYS, NAME_MAX


class TokenForm(forms.Form):
    name = forms.CharField(label=_("Keperluan"), max_length=NAME_MAX,
                           help_text=_("Mis. \"Sinkronisasi portal Satu Data\"; terlihat di jejak audit."))
    can_write = forms.BooleanField(label=_("Boleh mengubah data"), required=False,
                                   help_text=_("Tanpa centang, token hanya dapat membaca."))
    days = forms.IntegerField(label=_("Berlaku (hari)"), min_value=1, max_value=MAX_DAYS, initial=DEFAULT_DAYS)


class ServiceAccountForm(AccountFields, RoleFields):
    """A script's account: a name, what it is for, and the one role that bounds what its tokens reach."""

    description = forms.CharField(label=_("Keterangan"), max_length=300, required=False)

    field_order = ["username", "full_name", "email", "description", "kind", "place"]
