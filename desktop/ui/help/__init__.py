"""Help in the window: a short guide to each page, the keyboard shortcuts, and About."""
