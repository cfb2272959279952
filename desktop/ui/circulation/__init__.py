"""The circulation page: the scan box, the reader at the desk, the scan log and the room's overdue list."""
