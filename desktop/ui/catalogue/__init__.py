"""The catalogue page: search, browse, title details with copies, add/edit dialogs and the import wizard."""
