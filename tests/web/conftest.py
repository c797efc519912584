# The `world` and `login` fixtures live in tests/conftest.py: accounts, reports and quality use them too.
