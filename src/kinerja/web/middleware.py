class IndonesianFirstMiddleware:
    """Serve Indonesian until the user picks English with the language switch.

    Agency computers often run an English-language browser; following Accept-Language would put
    the whole office in English without anyone asking for it. The switch's cookie still wins.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.META.pop("HTTP_ACCEPT_LANGUAGE", None)
        return self.get_response(request)
