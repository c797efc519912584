"""The real decree files through the whole chain (read → session → commit → read back): the commit
loses nothing of what the importer read, whatever the importer's own accuracy."""
from __future__ import annotations

import pytest

from kinerja.intake.export import catalog_from_db
from kinerja.intake.sessions import commit_session, start_session
from support.shared_tools import score_import

from .helpers import SHARED

SEEDS = {1: "001_38a1594dae9657c6.txt", 2: "002_2148871135e256c8.txt", 3: "003_8d44705c2894508d.txt"}


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_committed_seed_scores_as_the_reading_does(agency, seed):
    data = (SHARED / "seeds" / SEEDS[seed]).read_bytes()
    session = start_session(agency, data, SEEDS[seed], label="uji")
    decree = commit_session(session, label="uji")
    read = session.reading["catalog"]
    # the importer's reading is the reference here: what was read must come back out of the database
    result = score_import().score(read, catalog_from_db(decree))
    assert result["rows_matched"] == len(read["indicators"]) == decree.indicators.count()
    assert result["fields"] >= 0.98 and result["kind"] == 1.0
    assert result["expr"] == 1.0
    assert result["positions_recall"] >= 0.98 and result["tugas_fungsi_f1"] >= 0.98
