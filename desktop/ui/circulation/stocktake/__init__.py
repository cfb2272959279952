"""Stocktake (盘点) of the desk's room: the tab, its start dialog and its report tables."""
