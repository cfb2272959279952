"""`shuyi` and `python -m desktop`: the GUI without a subcommand, the command line with one."""

from __future__ import annotations

import sys

from desktop.cli.main import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
