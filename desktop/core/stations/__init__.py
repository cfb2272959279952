"""The service-station half of the core: configurable lists, opening hours, facilities, standards, services,
visitors and inspections (each in its own module)."""
