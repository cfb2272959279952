"""Readers that turn files (MARC, spreadsheets) into plain records; no database access."""
