import contextlib
import io
import tempfile
from pathlib import Path

_out = io.StringIO()
with tempfile.TemporaryDirectory() as _folder, contextlib.redirect_stdout(_out):
    pass
PREDICTION = "\n".join(["['alpha', 'betagamma']", "alpha ['betagamma'] True",
                        "['ALPha', 'betagamma']", "True"])
