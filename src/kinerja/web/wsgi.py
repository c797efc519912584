"""The WSGI application a server imports (gunicorn, waitress): it serves, so it needs the lasting key."""
import os

from django.core.wsgi import get_wsgi_application

from kinerja.web.data_dir import ensure_secret_key

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kinerja.web.settings")
ensure_secret_key()
application = get_wsgi_application()
