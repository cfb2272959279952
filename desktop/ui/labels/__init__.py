"""The label-printing dialog: book and spine labels and reader cards, previewed, saved as PDF or printed."""
