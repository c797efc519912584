"""Map stored rows to the plain dataclasses of :mod:`kinerja.documents` and to dashboard figures."""
