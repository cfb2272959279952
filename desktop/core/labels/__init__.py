"""Labels and printing: sheet and roll templates, label layouts, and PDF output with vector QR codes."""
