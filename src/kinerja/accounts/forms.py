"""Forms of the user pages: a new user (with their first role), an account's details, a role grant.

Every choice a form offers comes from the signed-in user's :class:`~kinerja.accounts.access.Scope`
(the roles they may grant, the places they may grant them in); the views still ask the scope before
saving. Source strings are Indonesian; English is in the locale catalogue.
"""
from __future__ import annotations

import secrets

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.utils.translation import gettext_lazy as _

from kinerja.accounts.access import Scope
from kinerja.accounts.models import Role
from kinerja.audit.conflicts import EditBaseMixin

K = Role.Kind
# Which kind of place each role is held at ("pemda", "pd" = agency, "unit").
PLACE_KINDS: dict[str, tuple[str, ...]] = {
    K.PEMDA_ADMIN: ("pemda",), K.EVALUATOR: ("pemda",), K.PLANNER: ("pd",),
    K.OPERATOR: ("unit",), K.HEAD: ("pd", "unit"),
}
# Letters and digits people can read aloud without confusing 0/O or 1/l/I.
_PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def generate_password(length: int = 14) -> str:
    return "".join(secrets.choice(_PASSWORD_ALPHABET) for _ in range(length))


def _unit_label(unit) -> str:
    depth = unit.path.count("/") - 1
    return f"{unit.agency.short_name or unit.agency.name} — {'· ' * depth}{unit.name}"


class RoleFields(forms.Form):
    """A role kind and the place it is held at, as one grouped list of places."""

    kind = forms.ChoiceField(label=_("Peran"))
    place = forms.ChoiceField(label=_("Lingkup"),
                              help_text=_("Admin pemda dan evaluator: pemda; perencana: perangkat daerah; "
                                          "operator: unit; pimpinan: perangkat daerah atau unit."))

    def __init__(self, *args, scope: Scope, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.scope = scope
        self.fields["kind"].choices = [(k, label) for k, label in K.choices if k in scope.grantable_kinds()]
        self._places = {f"pemda-{p.pk}": p for p in scope.grant_pemdas()}
        self._places |= {f"pd-{a.pk}": a for a in scope.grant_agencies()}
        self._places |= {f"unit-{u.pk}": u for u in scope.grant_units()}
        groups = [
            (_("Pemda"), [(k, str(v)) for k, v in self._places.items() if k.startswith("pemda-")]),
            (_("Perangkat daerah"), [(k, str(v)) for k, v in self._places.items() if k.startswith("pd-")]),
            (_("Unit kerja"), [(k, _unit_label(v)) for k, v in self._places.items() if k.startswith("unit-")]),
        ]
        self.fields["place"].choices = [("", "—")] + [(g, opts) for g, opts in groups if opts]

    def clean(self):
        data = super().clean()
        kind, place = data.get("kind"), data.get("place")
        if kind and place and place.split("-")[0] not in PLACE_KINDS[kind]:
            self.add_error("place", forms.ValidationError(_("Lingkup ini tidak cocok untuk peran %(role)s."),
                                                          params={"role": K(kind).label}, code="place"))
        return data

    def role_for(self, user) -> Role:
        """The unsaved role the cleaned data describes (its denormalised places filled in)."""
        place_kind = self.cleaned_data["place"].split("-")[0]
        place = self._places[self.cleaned_data["place"]]
        role = Role(user=user, kind=self.cleaned_data["kind"])
        if place_kind == "unit":
            role.unit, role.agency, role.pemda = place, place.agency, place.agency.pemda
        elif place_kind == "pd":
            role.agency, role.pemda = place, place.pemda
        else:
            role.pemda = place
        return role


class RoleGrantForm(RoleFields):
    def __init__(self, *args, user, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean(self):
        data = super().clean()
        if not self.errors:
            role = self.role_for(self.user)
            duplicate = Role.objects.filter(user=self.user, kind=role.kind, pemda_id=role.pemda_id,
                                            agency_id=role.agency_id, unit_id=role.unit_id)
            if duplicate.exists():
                raise forms.ValidationError(_("Pengguna ini sudah memiliki peran tersebut."), code="duplicate")
        return data


class AccountFields(forms.Form):
    """What a person's account says about them. The full name is kept whole in ``first_name``:
    Indonesian names do not split into given and family names."""

    username = forms.RegexField(label=_("Nama pengguna"), max_length=150, regex=r"^[\w.@+-]+\Z",
                                help_text=_("Huruf, angka, dan . @ + - _ saja."),
                                error_messages={"invalid": _("Nama pengguna hanya boleh berisi huruf, angka, "
                                                             "dan . @ + - _.")})
    full_name = forms.CharField(label=_("Nama lengkap"), max_length=150)
    email = forms.EmailField(label=_("Surel"), required=False)

    def __init__(self, *args, instance=None, **kwargs) -> None:
        self.instance = instance
        if instance is not None:
            kwargs.setdefault("initial", {"username": instance.username, "full_name": instance.get_full_name(),
                                          "email": instance.email})
        super().__init__(*args, **kwargs)

    def clean_username(self) -> str:
        username = self.cleaned_data["username"]
        taken = get_user_model().objects.filter(username__iexact=username)
        if self.instance is not None:
            taken = taken.exclude(pk=self.instance.pk)
        if taken.exists():
            raise forms.ValidationError(_("Nama pengguna ini sudah dipakai."), code="taken")
        return username

    def apply_to(self, user) -> None:
        user.username = self.cleaned_data["username"]
        user.first_name, user.last_name = self.cleaned_data["full_name"].strip(), ""
        user.email = self.cleaned_data["email"]


class UserEditForm(EditBaseMixin, AccountFields):
    conflict_fields = ("username", "first_name", "last_name", "email")


class UserCreateForm(AccountFields, RoleFields):
    """A new user: the account, an initial password (or a generated one), and the first role, so
    that the user belongs to a pemda from the start."""

    password1 = forms.CharField(label=_("Kata sandi awal"), required=False, strip=False,
                                widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
                                help_text=_("Kosongkan untuk membuat kata sandi acak yang ditampilkan sekali."))
    password2 = forms.CharField(label=_("Ulangi kata sandi"), required=False, strip=False,
                                widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))

    field_order = ["username", "full_name", "email", "password1", "password2", "kind", "place"]

    def clean(self):
        data = super().clean()
        p1, p2 = data.get("password1") or "", data.get("password2") or ""
        if p1 != p2:
            self.add_error("password2", forms.ValidationError(_("Kedua kata sandi tidak sama."), code="mismatch"))
        elif p1:
            candidate = get_user_model()(username=data.get("username", ""), email=data.get("email", ""),
                                         first_name=data.get("full_name", ""))
            try:
                password_validation.validate_password(p1, candidate)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return data

    @property
    def generated(self) -> bool:
        return not self.cleaned_data.get("password1")
