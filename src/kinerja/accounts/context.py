from kinerja.accounts.access import Scope


def access(request):
    user = getattr(request, "user", None)
    return {"scope": Scope.of(user) if user is not None else None}
