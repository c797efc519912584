app_name = "measurement"
urlpatterns: list = []
