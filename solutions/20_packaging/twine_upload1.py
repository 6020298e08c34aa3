"""Publishing packages: uploading to a package index with twine.

`twine upload` sends the files of dist/ to a package index (PyPI, TestPyPI, your company's)
through the index's upload API. A release job runs it in CI, where nobody can type, so
`publish` must
- upload EVERY file of dist_dir: the wheel and the sdist;
- log in with an API token: the user name is "__token__", the password is the token;
- keep the token off the command line (any process on the machine can read command lines,
  and CI logs print them): twine also reads TWINE_USERNAME and TWINE_PASSWORD from the
  environment;
- never wait for an answer from a keyboard: tell twine it runs non-interactively;
and return twine's exit code (0 when everything was uploaded).
"""
import os
import subprocess
import sys
from pathlib import Path


def publish(dist_dir: Path, repository_url: str, token: str) -> int:
    files = sorted(str(path) for path in Path(dist_dir).iterdir())
    command = [sys.executable, "-m", "twine", "upload", "--non-interactive",
               "--repository-url", repository_url, *files]
    env = {**os.environ, "TWINE_USERNAME": "__token__", "TWINE_PASSWORD": token}
    return subprocess.run(command, env=env).returncode


# --- tests: read them, don't change them ---
import base64
import io
import tarfile
import threading
import zipfile
from email.parser import BytesParser
from email.policy import default
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

TOKEN = "pypi-AgEIcHlwaS5vcmcCJGExYjJjM2Q0LWV4YW1wbGUtdG9rZW4"
METADATA = "Metadata-Version: 2.1\nName: netcheck\nVersion: 0.3.0\nSummary: Check hosts\n"


def make_dist(folder):
    """A dist/ folder with a small wheel and sdist of netcheck 0.3.0."""
    folder.mkdir()
    with zipfile.ZipFile(folder / "netcheck-0.3.0-py3-none-any.whl", "w") as wheel:
        wheel.writestr("netcheck/__init__.py", "")
        wheel.writestr("netcheck-0.3.0.dist-info/METADATA", METADATA)
        wheel.writestr("netcheck-0.3.0.dist-info/WHEEL",
                       "Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n")
        wheel.writestr("netcheck-0.3.0.dist-info/RECORD", "")
    with tarfile.open(folder / "netcheck-0.3.0.tar.gz", "w:gz") as sdist:
        for name, text in [("PKG-INFO", METADATA), ("pyproject.toml", "")]:
            info = tarfile.TarInfo(f"netcheck-0.3.0/{name}")
            info.size = len(text.encode())
            sdist.addfile(info, io.BytesIO(text.encode()))
    return folder


class FakeIndex(BaseHTTPRequestHandler):
    """The upload API of a package index: a multipart POST per file."""

    def log_message(self, format, *args):
        pass

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        head = f"Content-Type: {self.headers['Content-Type']}\r\n\r\n".encode()
        form = {}
        for part in BytesParser(policy=default).parsebytes(head + body).iter_parts():
            name = part.get_param("name", header="content-disposition")
            form[name] = part.get_filename() or part.get_content()
        self.server.uploads.append((self.headers.get("Authorization"), form))
        status = self.server.status
        self.send_response(status, "OK" if status == 200 else "Invalid or non-existent token")
        self.send_header("Content-Length", "0")
        self.end_headers()


def run_publish(tmp_path, token, status=200):
    """Run publish() against a fake index answering `status`. Returns what happened:
    the exit code, the uploads the index got and the commands started with subprocess."""
    started = []
    real_popen = subprocess.Popen

    class Recording(real_popen):
        def __init__(self, args, *more, **options):
            words = [args] if isinstance(args, (str, bytes, os.PathLike)) else list(args)
            env = options.get("env")
            started.append(([str(word) for word in words], os.environ if env is None else env))
            super().__init__(args, *more, **options)

    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeIndex)
    server.uploads, server.status = [], status
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01},
                     daemon=True).start()
    try:
        with pytest.MonkeyPatch.context() as patch:
            for name in ("TWINE_USERNAME", "TWINE_PASSWORD", "TWINE_REPOSITORY_URL",
                         "TWINE_NON_INTERACTIVE"):
                patch.delenv(name, raising=False)
            patch.setenv("HOME", str(tmp_path))  # no ~/.pypirc of yours
            patch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
            patch.setenv("NO_PROXY", "127.0.0.1")
            patch.setattr(subprocess, "Popen", Recording)
            url = f"http://127.0.0.1:{server.server_address[1]}/legacy/"
            code = publish(make_dist(tmp_path / "dist"), url, token)
    finally:
        server.shutdown()
        server.server_close()
    return {"code": code, "uploads": server.uploads, "commands": started}


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """One run of publish() with a valid token, shared by the tests below."""
    return run_publish(tmp_path_factory.mktemp("release"), TOKEN)


def test_every_file_is_uploaded(published):
    assert published["code"] == 0
    kinds = sorted(form.get("filetype") for _, form in published["uploads"])
    assert kinds == ["bdist_wheel", "sdist"]
    assert {(form.get("name"), form.get("version")) for _, form in published["uploads"]} == {
        ("netcheck", "0.3.0")}


def test_it_logs_in_with_the_token(published):
    expected = "Basic " + base64.b64encode(f"__token__:{TOKEN}".encode()).decode()
    logins = {authorization for authorization, _ in published["uploads"]}
    assert logins == {expected}, "twine did not log in as __token__ with the token"


def test_the_token_is_not_on_the_command_line(published):
    commands = published["commands"]
    assert commands, "publish didn't start twine with subprocess"
    shown = sum(1 for words, _ in commands if any(TOKEN in word for word in words))
    assert shown == 0, "the token is on the command line"


def test_twine_never_asks(published):
    commands = published["commands"]
    assert commands, "publish didn't start twine with subprocess"
    quiet = [words for words, env in commands
             if "--non-interactive" in words
             or env.get("TWINE_NON_INTERACTIVE", "").lower() in ("1", "true", "yes", "on")]
    assert quiet, "twine may still stop and ask for something"


def test_a_refused_upload_is_an_error(tmp_path):
    assert run_publish(tmp_path, "pypi-not-a-token", status=403)["code"] != 0
