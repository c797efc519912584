from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EvaluasiConfig(AppConfig):
    """Evaluasi AKIP: self-assessment, the evaluator's score, the LHE and the follow-up."""

    name = "kinerja.evaluasi"
    verbose_name = _("Evaluasi AKIP")

    def ready(self) -> None:
        from kinerja.audit.recorder import register
        from kinerja.evaluasi import models as m

        for model in (m.LkeInstrument, m.Evaluation, m.Answer, m.BuktiDukung, m.Recommendation, m.FollowUp):
            register(model)
