"""The names of the main window's eight pages, in navigation order (shared by the GUI and `shuyi screenshot`)."""

PAGE_KEYS = ("circulation", "catalogue", "readers", "stations", "facilities", "coverage", "reports", "settings")
