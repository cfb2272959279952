"""Tests that the database stays whole and keeps every acknowledged change when the application dies."""
