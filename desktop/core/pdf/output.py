"""Writing a PDF all or nothing: drawn into a temporary file beside the target, renamed over it when complete.

A failure, or a cancel raised from inside the drawing, never leaves a half-written file, and an older file at
the same path stays as it was. The file gets the usual permissions (not mkstemp's private ones): a PDF is for
sharing and printing.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from desktop.core import errors

AUTHOR = "书驿 Shuyi"


def write_pdf(out: Path, title: str, font: str, draw: Callable[[Canvas], None]) -> Path:
    """Run `draw` on a canvas writing a temporary file beside `out`; rename it into place when all went well.

    `font` (a registered font name, see fonts.cjk_font) is the canvas's initial font, so that no unembedded
    Helvetica is left in the file. Raises errors.FileNotWritable when the folder or the file cannot be written;
    any exception from `draw` propagates after the temporary file is removed."""
    out = Path(out)
    try:
        handle, name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".part")
    except OSError as exc:
        raise errors.FileNotWritable(path=str(out)) from exc
    os.close(handle)
    try:
        canvas = Canvas(name, pageCompression=1, initialFontName=font)
        canvas.setTitle(title)
        canvas.setAuthor(AUTHOR)
        canvas.setCreator(AUTHOR)
        draw(canvas)
        canvas.save()
        os.chmod(name, 0o666 & ~_umask())
        os.replace(name, out)
    except OSError as exc:
        with suppress(OSError):
            os.unlink(name)
        raise errors.FileNotWritable(path=str(out)) from exc
    except BaseException:
        with suppress(OSError):
            os.unlink(name)
        raise
    return out


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
