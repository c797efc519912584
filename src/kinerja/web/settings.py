"""Django settings. SQLite under ./var by default; DATABASE_URL=postgres://… switches to PostgreSQL."""
from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from kinerja.web.data_dir import data_dir, secret_key

PACKAGE_DIR = Path(__file__).resolve().parent.parent
# Nothing is written on import (see kinerja.web.data_dir): the folder and the key are made by the
# commands that need them.
DATA_DIR = data_dir()


def _env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in ("1", "true", "yes", "on")


SECRET_KEY = secret_key()
DEBUG = _env_flag("KINERJA_DEBUG")
ALLOWED_HOSTS = [h for h in os.environ.get("KINERJA_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1],testserver").split(",") if h]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "axes",
    # django-ninja serves its reference page's Swagger UI from these static files (no CDN).
    "ninja",
    "django_tasks",
    "django_tasks_db",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "kinerja.accounts",
    "kinerja.audit",
    "kinerja.backup",
    "kinerja.catalog",
    "kinerja.measurement",
    "kinerja.intake",
    "kinerja.reports",
    "kinerja.quality",
    "kinerja.api",
    "kinerja.pegawai",
    "kinerja.evaluasi",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "kinerja.web.middleware.IndonesianFirstMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "kinerja.accounts.two_factor.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "kinerja.audit.middleware.ActorMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "kinerja.web.urls"
WSGI_APPLICATION = "kinerja.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "web" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "kinerja.accounts.context.access",
            ],
        },
    }
]

DATABASES = {
    "default": dj_database_url.config(default=f"sqlite:///{DATA_DIR / 'kinerja.sqlite3'}", conn_max_age=0)
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # WAL lets readers go on while an operator saves; the timeout waits out a writer instead of failing.
    # IMMEDIATE: a transaction takes the write lock when it begins, so a read-check-write (the edit
    # conflict check) waits for the other writer instead of failing with "database is locked".
    DATABASES["default"]["OPTIONS"] = {"timeout": 20, "init_command": "PRAGMA journal_mode=WAL;",
                                       "transaction_mode": "IMMEDIATE"}
elif DATABASES["default"]["ENGINE"].endswith("postgresql") and not _env_flag("KINERJA_DB_NO_POOL"):
    # Django's own pool (psycopg_pool), one per server process: connections are reused across
    # requests without CONN_MAX_AGE (the two exclude each other). max_size covers the process's
    # threads; KINERJA_DB_POOL_MAX raises it for a server run with more threads.
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": 1,
        "max_size": int(os.environ.get("KINERJA_DB_POOL_MAX", "8")),
        "timeout": 20,
    }

# Background jobs (a pemda-wide recompute): rows in the database, so no other server is needed.
TASKS = {"default": {"BACKEND": os.environ.get("KINERJA_TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 8}},
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator",
     "OPTIONS": {"user_attributes": ("username", "first_name", "last_name", "email")}},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    # Indonesian words people pick (bismillah, sayang, indonesia), keyboard walks, and the names of
    # the pemdas in this install (tanahmerah), also with digits and l33t around them.
    {"NAME": "kinerja.accounts.passwords.LocalCommonPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("KINERJA_LOGIN_FAILURES", "5"))
AXES_COOLOFF_TIME = 0.25  # hours
# A lock holds one username *from one client*: an agency's staff share one NAT address, so locking
# by address would lock an office out, and locking by username alone lets anyone lock anyone out.
# Failures typed at someone else's username from another client leave the real user's client free.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# A request refused during the lock (the right password included) does not restart the cool-off.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_ENABLE_ACCESS_FAILURE_LOG = True  # every failure is kept (AccessFailureLog), not only the counter
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_VERBOSE = False
# Behind a reverse proxy every client would share the proxy's address: name how many proxies stand in
# front, and the client address is read from X-Forwarded-For.
if os.environ.get("KINERJA_PROXY_COUNT"):
    AXES_IPWARE_PROXY_COUNT = int(os.environ["KINERJA_PROXY_COUNT"])
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR")
SILENCED_SYSTEM_CHECKS = [
    # HSTS preload asks browsers to hard-code the whole domain: the pemda's domain owner decides that,
    # not one application on it (KINERJA_HSTS_PRELOAD=1 turns it on).
    "security.W021",
]

# Two-factor sign-in (kinerja.accounts.two_factor): required for pemda admins and evaluators, and for
# everyone in a pemda whose admin asks for it. Off only in tests that are not about it.
KINERJA_TWO_FACTOR = not _env_flag("KINERJA_TWO_FACTOR_OFF")
OTP_TOTP_ISSUER = "Kinerja"

LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "catalog:home"
LOGOUT_REDIRECT_URL = "accounts:login"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # htmx reads the token from the cookie-less meta tag; the cookie stays same-site
SESSION_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# KINERJA_HTTPS=1: the site is reached over HTTPS only (`kinerja check --deploy` then reports nothing).
HTTPS = _env_flag("KINERJA_HTTPS")
if HTTPS:
    SECURE_SSL_REDIRECT = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("KINERJA_HSTS_SECONDS", str(365 * 24 * 3600)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = _env_flag("KINERJA_HSTS_PRELOAD")
    if os.environ.get("KINERJA_PROXY_COUNT"):
        # TLS ends at the proxy; it says so in X-Forwarded-Proto (and must strip a client's own).
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    CSRF_TRUSTED_ORIGINS = [f"https://{h}" for h in ALLOWED_HOSTS if h and not h.startswith(("[", "."))]

LANGUAGE_CODE = "id"
LANGUAGES = [("id", _("Bahasa Indonesia")), ("en", _("English"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = os.environ.get("KINERJA_TIME_ZONE", "Asia/Jakarta")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
# kinerja.web is not an app (it holds the project), so its static folder is named here.
STATICFILES_DIRS = [PACKAGE_DIR / "web" / "static"]
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

# Evidence files (bukti dukung) and uploaded decrees live outside any web root; views stream them
# after an access check, so there is deliberately no MEDIA_URL.
PRIVATE_FILES_DIR = DATA_DIR / "files"
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 30 * 1024 * 1024
KINERJA_MAX_UPLOAD_BYTES = int(os.environ.get("KINERJA_MAX_UPLOAD_BYTES", str(20 * 1024 * 1024)))

# Requests per API token per minute (a fixed window counted in the database, shared by every process).
KINERJA_API_RATE_PER_MINUTE = int(os.environ.get("KINERJA_API_RATE_PER_MINUTE", "300"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("KINERJA_LOG_LEVEL", "WARNING")},
}
