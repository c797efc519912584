from support.demo import demo_data  # noqa: F401  (fixture)
