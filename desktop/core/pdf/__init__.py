"""PDF plumbing for every printed page — labels, e-book slips, summary sheets: font, text fitting, QR, the file.

fonts.py finds and registers the Chinese TrueType font; textfit.py fits text into a box; qr.py draws vector QR
codes; printed.py holds the units and formats every page shares; output.py writes a PDF all or nothing.
Nothing here knows what is printed: that is the caller's (desktop.core.labels, desktop.core.circulation).
reportlab and qrcode load only when one of these modules is imported, never with this package.
"""
