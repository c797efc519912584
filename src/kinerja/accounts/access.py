"""Who may see and change what. Every view asks a :class:`Scope`; nothing else decides access.

Rules:
- pemda admin: every agency of the pemda, read and write;
- evaluator: every agency of the pemda, read only;
- planner: one agency, read and edit its catalog, verify and lock realisasi;
- head: read an agency (no unit) or a unit and its sub-units;
- operator: read a unit and its sub-units, enter realisasi there.
- SKP drafts: whoever reads a position reads its draft; its aspek are changed by the catalog's editors
  and by the heads and operators of the position's unit (or a unit above it).

Evaluasi AKIP: the planner (or a pemda admin) answers the agency's self-assessment and reports its
follow-up; the pemda's evaluator (the Inspektorat) scores it, writes recommendations and verifies the
follow-up; evaluators and pemda admins adopt the pemda's LKE. Reading follows ``reads_agency_whole``.

Users and roles: a pemda admin manages the accounts of their pemda and grants any role in it; a
planner sees who holds roles in their agency and grants operator and unit-head roles for its units.

An object outside the user's reading scope is answered with 404 (its existence is not revealed);
one the user may read but not change is answered with 403.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404

from kinerja.accounts.models import Role
from kinerja.catalog.models import Indicator, Pemda, PerangkatDaerah, Position, Unit

K = Role.Kind


@dataclass
class Scope:
    user: object
    roles: list[Role] = field(default_factory=list)

    @classmethod
    def of(cls, user) -> Scope:
        if not getattr(user, "is_authenticated", False):
            return cls(user, [])
        cached = getattr(user, "_kinerja_scope", None)
        if cached is None:
            cached = cls(user, list(Role.objects.filter(user=user).select_related("unit")))
            user._kinerja_scope = cached
        return cached

    # --- agencies --------------------------------------------------------------------------------

    @cached_property
    def _pemda_read(self) -> set[int]:
        return {r.pemda_id for r in self.roles if r.kind in (K.PEMDA_ADMIN, K.EVALUATOR)}

    @cached_property
    def _pemda_write(self) -> set[int]:
        return {r.pemda_id for r in self.roles if r.kind == K.PEMDA_ADMIN}

    @cached_property
    def _agency_wide(self) -> set[int]:
        """Agencies this user reads whole (not only some units)."""
        return {r.agency_id for r in self.roles
                if r.kind == K.PLANNER or (r.kind == K.HEAD and not r.unit_id)}

    @cached_property
    def _unit_paths(self) -> dict[int, list[str]]:
        paths: dict[int, list[str]] = {}
        for r in self.roles:
            if r.unit_id and r.kind in (K.OPERATOR, K.HEAD):
                paths.setdefault(r.agency_id, []).append(r.unit.path)
        return paths

    def agencies(self) -> QuerySet[PerangkatDaerah]:
        ids = self._agency_wide | set(self._unit_paths)
        return PerangkatDaerah.objects.filter(Q(pemda_id__in=self._pemda_read) | Q(pk__in=ids)).select_related("pemda")

    def can_view_pemda(self, pemda) -> bool:
        """Pemda-wide pages (agencies compared) are for pemda admins and evaluators of that pemda."""
        return pemda.pk in self._pemda_read

    def reads_agency_whole(self, agency: PerangkatDaerah) -> bool:
        return agency.pemda_id in self._pemda_read or agency.pk in self._agency_wide

    def can_view_agency(self, agency: PerangkatDaerah) -> bool:
        return self.reads_agency_whole(agency) or agency.pk in self._unit_paths

    def can_edit_catalog(self, agency: PerangkatDaerah) -> bool:
        return agency.pemda_id in self._pemda_write or any(
            r.kind == K.PLANNER and r.agency_id == agency.pk for r in self.roles)

    can_verify = can_edit_catalog  # the planner who owns the catalog verifies and locks its realisasi

    def can_admin_agency(self, agency: PerangkatDaerah) -> bool:
        """Change the agency's own record (name, address…): pemda admins only, not its planner."""
        return agency.pemda_id in self._pemda_write

    @property
    def is_pemda_admin(self) -> bool:
        return bool(self._pemda_write)

    def administered_pemdas(self) -> QuerySet[Pemda]:
        """The pemdas in which this user may create agencies."""
        return Pemda.objects.filter(pk__in=self._pemda_write)

    # --- units and indicators --------------------------------------------------------------------

    def unit_filter(self, agency: PerangkatDaerah, field_name: str = "unit") -> Q | None:
        """A filter for rows of ``agency`` whose ``field_name`` unit the user may read; None = all."""
        if self.reads_agency_whole(agency):
            return None
        paths = self._unit_paths.get(agency.pk, [])
        if not paths:
            return Q(pk__in=[])
        q = Q()
        for p in paths:
            q |= Q(**{f"{field_name}__path__startswith": p})
        return q

    def units(self, agency: PerangkatDaerah) -> QuerySet[Unit]:
        qs = Unit.objects.filter(agency=agency)
        if self.reads_agency_whole(agency):
            return qs
        paths = self._unit_paths.get(agency.pk, [])
        q = Q(pk__in=[])
        for p in paths:
            q |= Q(path__startswith=p)
        return qs.filter(q)

    def can_view_unit(self, unit: Unit) -> bool:
        if self.reads_agency_whole(unit.agency):
            return True
        return any(unit.path.startswith(p) for p in self._unit_paths.get(unit.agency_id, []))

    def positions(self, agency: PerangkatDaerah) -> QuerySet[Position]:
        qs = Position.objects.filter(agency=agency)
        f = self.unit_filter(agency)
        return qs if f is None else qs.filter(f)

    def can_view_position(self, position: Position) -> bool:
        if self.reads_agency_whole(position.agency):
            return True
        return position.unit_id is not None and self.can_view_unit(position.unit)

    def can_view(self, obj) -> bool:
        """Whether ``obj`` (any agency-owned catalog row) is within this user's reading scope.

        Rows tied to a unit (units, positions, indicators) follow the unit tree; agency-level rows
        (decrees, objectives, variables) are readable by anyone who reads the agency.
        """
        if isinstance(obj, Unit):
            return self.can_view_unit(obj)
        if isinstance(obj, Position):
            return self.can_view_position(obj)
        if isinstance(obj, Indicator):
            return self.can_view_indicator(obj)
        return self.can_view_agency(obj.agency)

    def indicators(self, agency: PerangkatDaerah | None = None) -> QuerySet[Indicator]:
        if agency is None:
            q = Q(pk__in=[])
            for a in self.agencies():
                f = self.unit_filter(a)
                q |= Q(agency=a) & (f if f is not None else Q())
            return Indicator.objects.filter(q)
        qs = Indicator.objects.filter(agency=agency)
        f = self.unit_filter(agency)
        return qs if f is None else qs.filter(f)

    def can_view_indicator(self, indicator: Indicator) -> bool:
        if self.reads_agency_whole(indicator.agency):
            return True
        return indicator.unit_id is not None and self.can_view_unit(indicator.unit)

    def can_enter_realisasi(self, unit: Unit | None) -> bool:
        """Operators of the responsible unit (or a unit above it) enter its realisasi."""
        if unit is None:
            return False
        return any(r.kind == K.OPERATOR and r.agency_id == unit.agency_id and unit.path.startswith(r.unit.path)
                   for r in self.roles)

    def can_draft_skp(self, position: Position) -> bool:
        """Change a position's SKP draft (the aspek of its rows): the catalog's editors, and the heads
        and operators whose units hold the position (the employee and the superior agree the draft)."""
        if self.can_edit_catalog(position.agency):
            return True
        for r in self.roles:
            if r.agency_id != position.agency_id or r.kind not in (K.HEAD, K.OPERATOR):
                continue
            if r.unit_id is None or (position.unit_id and position.unit.path.startswith(r.unit.path)):
                return True
        return False

    # --- Evaluasi AKIP ---------------------------------------------------------------------------

    def can_self_assess(self, agency: PerangkatDaerah) -> bool:
        return self.can_edit_catalog(agency)

    def can_evaluate(self, agency: PerangkatDaerah) -> bool:
        """Score an agency's evaluation (nilai penetapan): the evaluators of its pemda, nobody else."""
        return any(r.kind == K.EVALUATOR and r.pemda_id == agency.pemda_id for r in self.roles)

    def can_manage_lke(self, pemda: Pemda) -> bool:
        return any(r.kind in (K.EVALUATOR, K.PEMDA_ADMIN) and r.pemda_id == pemda.pk for r in self.roles)

    # --- users and roles -------------------------------------------------------------------------
    # A user belongs to the pemdas and agencies where they hold roles. Someone whose last role was
    # revoked still belongs, for the user pages, to the pemdas of their revoked roles (read from the
    # audit trail), so their admin can find, reactivate or re-grant them.

    @cached_property
    def _planner_agencies(self) -> set[int]:
        return {r.agency_id for r in self.roles if r.kind == K.PLANNER}

    def can_manage_users(self) -> bool:
        """Whether the user pages are for this user at all: pemda admins and planners."""
        return bool(self._pemda_write or self._planner_agencies)

    def can_create_users(self) -> bool:
        return bool(self._pemda_write)

    def managed_users(self) -> QuerySet:
        """Users on this user's user pages: for a pemda admin everyone who holds (or held) a role in
        their pemda, for a planner everyone who holds a role in their agency."""
        q = Q(roles__agency_id__in=self._planner_agencies) | Q(roles__pemda_id__in=self._pemda_write)
        if self._pemda_write:
            q |= Q(roles__isnull=True, pk__in=_former_members(self._pemda_write))
        return get_user_model().objects.filter(q).distinct()

    def can_view_user(self, user) -> bool:
        return self.can_manage_users() and self.managed_users().filter(pk=user.pk).exists()

    def can_admin_user(self, user) -> bool:
        """Change the account itself (name, e-mail, password, active, lock): a pemda admin of every
        pemda the user works in. A superuser is changed by superusers only."""
        if not self._pemda_write or (user.is_superuser and not getattr(self.user, "is_superuser", False)):
            return False
        pemdas = set(Role.objects.filter(user=user).values_list("pemda_id", flat=True)) or \
            _former_memberships(user)
        return bool(pemdas) and pemdas <= self._pemda_write

    def grantable_kinds(self) -> list[str]:
        if self._pemda_write:
            return list(K.values)
        return [K.OPERATOR, K.HEAD] if self._planner_agencies else []

    def grant_pemdas(self) -> QuerySet[Pemda]:
        return self.administered_pemdas()

    def grant_agencies(self) -> QuerySet[PerangkatDaerah]:
        """Agencies for agency-level roles (planner, agency head): pemda admins only."""
        return PerangkatDaerah.objects.filter(pemda_id__in=self._pemda_write).select_related("pemda")

    def grant_units(self) -> QuerySet[Unit]:
        """Units for unit-level roles (operator, unit head): a pemda admin's pemdas, a planner's agency."""
        return Unit.objects.filter(Q(agency__pemda_id__in=self._pemda_write) | Q(agency_id__in=self._planner_agencies)
                                   ).select_related("agency").order_by("agency__name", "path", "order")

    def can_grant(self, role: Role) -> bool:
        """Grant or revoke ``role``: any role in a pemda admin's pemda; operator and unit-head roles
        for the units of a planner's agency."""
        unit = role.unit if role.unit_id else None
        agency = unit.agency if unit else (role.agency if role.agency_id else None)
        pemda_id = agency.pemda_id if agency else role.pemda_id
        if pemda_id is not None and pemda_id in self._pemda_write:
            return True
        return role.kind in (K.OPERATOR, K.HEAD) and unit is not None and unit.agency_id in self._planner_agencies

    def visible_roles(self, user=None) -> QuerySet[Role]:
        """The roles (of ``user``, or of anyone) this user sees on the user pages: those in their
        pemda (pemda admin) or their agency (planner)."""
        qs = Role.objects.filter(Q(pemda_id__in=self._pemda_write) | Q(agency_id__in=self._planner_agencies))
        if user is not None:
            qs = qs.filter(user=user)
        return qs.select_related("pemda", "agency", "unit", "unit__agency")

    def user_history(self, user) -> QuerySet:
        """Audit entries of ``user``'s account and of those of their roles (granted or revoked) that
        lie in this user's pemda or agency."""
        from kinerja.audit.models import AuditEntry

        pemdas, agencies = sorted(self._pemda_write), sorted(self._planner_agencies)
        of_roles = (Q(before__user=user.pk) | Q(after__user=user.pk)) & (
            Q(before__pemda__in=pemdas) | Q(after__pemda__in=pemdas) | Q(agency_id__in=agencies))
        account = Q(content_type=ContentType.objects.get_for_model(type(user)), object_id=str(user.pk))
        return AuditEntry.objects.filter(
            account | (Q(content_type=ContentType.objects.get_for_model(Role)) & of_roles)
        ).select_related("content_type")


def _revoked_roles():
    from kinerja.audit.models import AuditEntry

    return AuditEntry.objects.filter(content_type=ContentType.objects.get_for_model(Role), action="delete")


def _former_members(pemda_ids: set[int]) -> set[int]:
    """Ids of users who once held a role in one of ``pemda_ids`` (their revoked roles' audit entries)."""
    found = _revoked_roles().filter(before__pemda__in=sorted(pemda_ids)).values_list("before__user", flat=True)
    return {int(pk) for pk in found if pk is not None}


def _former_memberships(user) -> set[int]:
    found = _revoked_roles().filter(before__user=user.pk).values_list("before__pemda", flat=True)
    return {int(pk) for pk in found if pk is not None}


def user_or_404(user, pk: int, *, admin: bool = False):
    """The user ``pk`` as seen on ``user``'s user pages: 404 when not among the users they manage,
    403 when ``admin`` (changing the account itself) is asked of someone who may not."""
    scope = Scope.of(user)
    target = scope.managed_users().filter(pk=pk).first() if scope.can_manage_users() else None
    if target is None:
        raise Http404
    if admin and not scope.can_admin_user(target):
        raise PermissionDenied
    return target, scope


def agency_or_404(user, slug: str, *, edit: bool = False) -> tuple[PerangkatDaerah, Scope]:
    scope = Scope.of(user)
    agency = PerangkatDaerah.objects.select_related("pemda").filter(slug=slug).first()
    if agency is None or not scope.can_view_agency(agency):
        raise Http404
    if edit and not scope.can_edit_catalog(agency):
        raise PermissionDenied
    return agency, scope


def object_or_404(scope: Scope, agency: PerangkatDaerah, model, pk, *, edit: bool = False):
    """The ``model`` row ``pk`` of ``agency``: 404 when outside the user's reading scope (or in
    another agency), 403 when readable but ``edit`` is asked and the user may not change the catalog."""
    obj = model.objects.filter(agency=agency, pk=pk).first()
    if obj is None or not scope.can_view(obj):
        raise Http404
    if edit and not scope.can_edit_catalog(agency):
        raise PermissionDenied
    return obj
