"""Compliance of stations with their standards: a station's panel and the county overview."""
