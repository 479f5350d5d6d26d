"""Guards against a broken Qt binding under our Python.

PySide6 6.12.0 on Python 3.11 dropped a reference to ``True`` on every
``Signal.emit()``; after a few thousand emits the interpreter aborted. The app
emits signals all day (progress, workers), so the pin in pyproject.toml matters.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_many_signal_emits_do_not_corrupt_the_interpreter() -> None:
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QCoreApplication, QObject, Signal

        class Source(QObject):
            text = Signal(str)
            number = Signal(int)

        app = QCoreApplication([])
        source = Source()
        received = []
        source.number.connect(received.append)
        before = sys.getrefcount(True)
        for i in range(20_000):
            source.text.emit("x")
            source.number.emit(i)
        assert len(received) == 20_000
        print(sys.getrefcount(True) - before)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert abs(int(done.stdout.strip())) < 100  # no leak or loss of references to True
