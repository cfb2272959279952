"""Transfers between rooms (调拨) and book boxes (漂流书箱): the tab, its dialogs and its tables."""
