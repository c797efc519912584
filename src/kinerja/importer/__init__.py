"""Reads a performance-indicator decree (IKU/IKI) into the catalog interchange format.

Pure Python, no Django. See docs/importer.md.
"""
from kinerja.importer.api import read_decree, read_decree_text
from kinerja.importer.errors import DecreeFormatError, DecreeTooLargeError, NoIndicatorRows
from kinerja.importer.reading import DecreeReading

__all__ = ["DecreeFormatError", "DecreeReading", "DecreeTooLargeError", "NoIndicatorRows", "read_decree",
           "read_decree_text"]
