"""Shared helpers of the hostcheck tests: local servers to check, and a clear message when a
module of a step doesn't exist yet. Nothing here leaves 127.0.0.1."""
import importlib
import select
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import SimpleNamespace

import pytest


@pytest.fixture
def need():
    """need(module_name, step): import a module of the project, or fail saying which step
    creates it."""

    def need(module_name, step):
        try:
            return importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name and module_name.startswith(error.name):
                path = module_name.replace(".", "/")
                path += ".py" if "." in module_name else "/__init__.py"
                pytest.fail(f"step {step}: create {path}", pytrace=False)
            raise

    return need


@pytest.fixture
def tcp_server():
    """A server that accepts TCP connections: .port, and .closed_by_client counts the
    connections the client closed again."""
    listener = socket.create_server(("127.0.0.1", 0))
    server = SimpleNamespace(port=listener.getsockname()[1], closed_by_client=0)

    def serve():
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            with connection:
                connection.settimeout(2)
                try:
                    if connection.recv(1) == b"":
                        server.closed_by_client += 1
                except OSError:
                    pass

    threading.Thread(target=serve, daemon=True).start()
    yield server
    listener.close()


@pytest.fixture
def closed_port():
    """A port on 127.0.0.1 where nothing listens: connections are refused."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


class Handler(BaseHTTPRequestHandler):
    def log_message(self, format, *args):
        pass

    def do_GET(self):
        if self.path == "/health":
            self.reply(200, b"ok")
        elif self.path == "/broken":
            self.reply(503, b"maintenance")
        elif self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/health")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/slow":
            # A client that gives up closes the connection; one still waiting after a second
            # (longer than any timeout the tests use) gets a late answer.
            gave_up, _, _ = select.select([self.connection], [], [], 1)
            if not gave_up:
                self.reply(200, b"late")
        else:
            self.reply(404, b"not found")

    def reply(self, status, body):
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def web(monkeypatch):
    """An HTTP server with /health (200), /broken (503), /moved (302 to /health), /slow
    (answers 200 after 1 s) and 404 for anything else; .url is its base URL."""
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.url = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01},
                     daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()
