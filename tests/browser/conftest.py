from support.browser import browser, page  # noqa: F401  (fixtures)
from support.demo import live_demo_data  # noqa: F401  (fixture)
