"""Kinerja: performance indicators (IKU/IKI) of Indonesian regional agencies, from decree to report."""

__version__ = "0.1.0"
