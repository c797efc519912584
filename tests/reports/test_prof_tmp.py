import cProfile, pstats, time
from reports.measured import measure
from kinerja.demo.loader import load_demo
def test_prof(db):
    t=time.time(); load_demo(); print("load", time.time()-t)
    from kinerja.catalog.models import PerangkatDaerah, Indicator
    a=PerangkatDaerah.objects.get(slug="disperinaker")
    print("indicators", Indicator.objects.filter(agency=a).count())
    pr=cProfile.Profile(); pr.enable(); measure(a); pr.disable()
    pstats.Stats(pr).sort_stats("cumulative").print_stats(25)
