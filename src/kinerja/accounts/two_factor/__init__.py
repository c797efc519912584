"""Two-factor sign-in: a TOTP app (a QR code drawn on the server) and one-time recovery codes.

django-otp keeps the devices (``TOTPDevice``, ``StaticDevice`` for recovery codes) and marks a
session verified; this package decides who must use it (:mod:`.policy`), sends a signed-in but
unverified session to the right page (:mod:`.middleware`) and holds those pages (:mod:`.views`).
"""
