"""Where uploaded decrees are kept: under ``settings.PRIVATE_FILES_DIR``, never under a web root."""
from __future__ import annotations

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible


@deconstructible
class PrivateStorage(FileSystemStorage):
    """A file system storage that reads its root from the settings on every use.

    Django's own storage fixes its location when the model class is built; reading it late lets tests
    (and deployments that set the data directory by environment) point it elsewhere.
    """

    @property
    def base_location(self) -> str:
        return str(settings.PRIVATE_FILES_DIR)

    @property
    def location(self) -> str:
        return os.path.abspath(self.base_location)

    @property
    def base_url(self) -> None:
        return None
