"""The readers page: the reader register, its search, the reader dialog and the reader types."""
