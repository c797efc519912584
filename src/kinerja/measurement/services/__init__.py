"""Glue between measurement rows and the pure engines (kinerja.capaian, kinerja.formula)."""
