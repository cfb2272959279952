"""Labels and printing: sheet and roll templates, label layouts, choosing what to print, the label PDFs.

The PDF plumbing they stand on (font, text fitting, QR drawing, writing the file) is desktop.core.pdf."""
