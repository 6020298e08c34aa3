"""A small SSH server for the tests: paramiko's server side, on 127.0.0.1, in threads.

It accepts the user netops (password lab-pass, or the key the test gives it) and answers a
few commands the way a router would. You don't need to read this to solve the exercise, but
it shows what your client talks to.
"""
import logging
import socket
import threading

import paramiko
import pytest

USERNAME = "netops"
PASSWORD = "lab-pass"

# command -> (exit status, stdout, stderr)
ANSWERS = {
    "show version | include Version": (0, "Cisco IOS XE Software, Version 17.09.04a\n", ""),
    "show clock": (0, "*10:15:02.123 UTC Fri Mar 1 2024\n", ""),
    "show running-config | include hostname": (0, "hostname sw-core-01\n", ""),
    "show inventory | include PID": (
        0, 'PID: C9300-48P         , VID: V02  , SN: FOC2231X0AB\n',
        "% Warning: inventory cache is 5 minutes old\n",
    ),
    "ping 192.0.2.99 repeat 2": (1, "Success rate is 0 percent (0/2)\n", ""),
}

logging.getLogger("paramiko").setLevel(logging.CRITICAL)


class FakeDevice(paramiko.ServerInterface):
    def __init__(self, lab):
        self.lab = lab

    def get_allowed_auths(self, username):
        return ",".join(self.lab.allowed_auths)

    def check_auth_password(self, username, password):
        self.lab.auth_attempts.append(("password", username))
        if "password" in self.lab.allowed_auths and (username, password) == (USERNAME, PASSWORD):
            return paramiko.AUTH_SUCCESSFUL
        return paramiko.AUTH_FAILED

    def check_auth_publickey(self, username, key):
        self.lab.auth_attempts.append(("publickey", username))
        if ("publickey" in self.lab.allowed_auths and username == USERNAME
                and key in self.lab.authorized_keys):
            return paramiko.AUTH_SUCCESSFUL
        return paramiko.AUTH_FAILED

    def check_channel_request(self, kind, chanid):
        if kind == "session":
            return paramiko.OPEN_SUCCEEDED
        return paramiko.OPEN_FAILED_ADMINISTRATIVELY_PROHIBITED

    def check_channel_exec_request(self, channel, command):
        command = command.decode()
        self.lab.commands.append(command)
        status, out, err = ANSWERS.get(
            command, (1, "", f"% Invalid input detected: {command}\n")
        )

        def reply():
            # Output, then the exit status, then end-of-file: what an SSH server sends.
            if out:
                channel.sendall(out.encode())
            if err:
                channel.sendall_stderr(err.encode())
            channel.send_exit_status(status)
            channel.shutdown_write()

        threading.Thread(target=reply, daemon=True).start()
        return True


class Lab:
    def __init__(self, host_key):
        self.host_key = host_key
        self.allowed_auths = ["password"]
        self.authorized_keys = []
        self.auth_attempts = []
        self.connections = 0
        self.commands = []
        self.transports = []  # the server's ends of the connections
        self.made = []  # every paramiko.Transport made: the server's and your code's
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.host, self.port = self.sock.getsockname()[:2]
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            transport = paramiko.Transport(conn)
            transport.add_server_key(self.host_key)
            self.transports.append(transport)
            try:
                transport.start_server(server=FakeDevice(self))
            except (paramiko.SSHException, OSError):
                continue

    def open_connections(self):
        """How many of the connections your code opened are still open."""
        return sum(1 for transport in self.made
                   if transport not in self.transports and transport.is_active())

    def close(self):
        self.sock.close()
        for transport in self.transports:
            transport.close()


@pytest.fixture
def host_key():
    return paramiko.ECDSAKey.generate()  # quick to make, so the tests stay fast


@pytest.fixture
def lab(host_key, monkeypatch, tmp_path):
    # Your own ~/.ssh and SSH agent stay out of the tests.
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("SSH_AUTH_SOCK", raising=False)
    # SSH sends many small messages; with Nagle's algorithm on, each can wait ~40 ms for a
    # delayed ACK. Turn it off for both ends so the tests stay fast.
    original_init = paramiko.Transport.__init__
    made = []

    def init_without_nagle(self, sock, *args, **kwargs):
        original_init(self, sock, *args, **kwargs)
        made.append(self)
        if isinstance(self.sock, socket.socket):
            self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    monkeypatch.setattr(paramiko.Transport, "__init__", init_without_nagle)
    lab = Lab(host_key)
    lab.made = made
    yield lab
    lab.close()
