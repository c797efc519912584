"""Catalog edits reach the figures: an indicator saved (its formula, rule, polarity, convention, period
or satuan may have changed) or its variables changed is compiled again and every figure of it is
recomputed, in the transaction of the edit — whichever code path made it (a form, a decree commit,
the API, the shell)."""
from __future__ import annotations

from kinerja.catalog.models import Indicator
from kinerja.measurement.services.derive import recompute_indicators
from kinerja.measurement.services.inputs import compile_indicator


def indicator_saved(sender, instance: Indicator, raw: bool = False, **kwargs) -> None:
    if raw:  # loading a fixture: the inputs may not be there yet; `kinerja recompute` follows
        return
    compile_indicator(instance)
    recompute_indicators([instance])


def variables_changed(sender, instance, action: str, reverse: bool = False, pk_set=None, **kwargs) -> None:
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    indicators = [instance] if not reverse else list(Indicator.objects.filter(pk__in=pk_set or ()))
    for indicator in indicators:
        compile_indicator(indicator)
    recompute_indicators(indicators)
