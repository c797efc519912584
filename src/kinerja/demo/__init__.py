"""Demo data: a fictional Kabupaten Tanah Merah with two agencies, decrees, indicators and users.

``kinerja.demo.tanah_merah`` holds the data (pure Python, no Django); ``kinerja.demo.loader`` puts it in
the database (``kinerja demo``).
"""
