"""Write the desk's three short tones (success, warning, refusal) to resources/sounds/ as small WAV files.

Run once: `python tools/make_sounds.py`. The tones are deliberately different in pitch and rhythm so that a
librarian who is not looking at the screen can tell them apart: a rising chirp, two equal beeps, a low buzz.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
VOLUME = 0.45
OUT = Path(__file__).resolve().parents[1] / "resources" / "sounds"

Tone = tuple[float, float, str]
"""(frequency in Hz, or 0 for silence; seconds; wave shape "sine" or "square")."""

SOUNDS: dict[str, tuple[Tone, ...]] = {
    "success": ((880.0, 0.07, "sine"), (1320.0, 0.11, "sine")),
    "warning": ((660.0, 0.12, "sine"), (0.0, 0.06, "sine"), (660.0, 0.12, "sine")),
    "refusal": ((220.0, 0.32, "square"),),
}


def _samples(tones: tuple[Tone, ...]) -> list[int]:
    out: list[int] = []
    fade = int(RATE * 0.008)  # 8 ms in and out: no clicks
    for freq, seconds, shape in tones:
        n = int(RATE * seconds)
        for i in range(n):
            if freq == 0:
                out.append(0)
                continue
            phase = math.sin(2 * math.pi * freq * i / RATE)
            value = (1.0 if phase >= 0 else -1.0) * 0.5 if shape == "square" else phase
            envelope = min(1.0, i / fade, (n - 1 - i) / fade)
            out.append(int(32767 * VOLUME * value * envelope))
    return out


def write(name: str, tones: tuple[Tone, ...], folder: Path = OUT) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.wav"
    samples = _samples(tones)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(struct.pack(f"<{len(samples)}h", *samples))
    return path


def main() -> None:
    for name, tones in SOUNDS.items():
        path = write(name, tones)
        print(f"{path} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
