"""Inspections and rectifications of a station: its panel and the dialogs it opens."""
