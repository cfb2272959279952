"""书驿 Shuyi: the desktop application for workers' reading rooms and outdoor-worker service stations."""

__version__ = "0.1.0"
