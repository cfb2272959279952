"""The facilities page (设施), its dialogs, the due calendar and the one-site panel."""
