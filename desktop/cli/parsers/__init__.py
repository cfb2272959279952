"""Argument parsers of the station half's commands, one module per domain, each with `register(add)`.

desktop.cli.main finds them by listing this package, so a new domain adds a module here and edits nothing else.
They import only argparse-level code (desktop.cli.arguments, desktop.core.i18n): parsing never loads SQLAlchemy.
"""
