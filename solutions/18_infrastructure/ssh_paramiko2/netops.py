"""SSH automation with paramiko: many commands, one connection.

Logging in is the slow part of SSH: a key exchange and an authentication, for every
connection. `run_commands` must connect ONCE, run every command over that connection (each
`exec_command` opens a new channel on it), close it at the end, and map each command to its
(exit status, output).
"""
import paramiko


def connect(host: str, port: int, username: str, password: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    # A lab device whose key you don't know yet; in production, check it against known_hosts.
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(
        host, port=port, username=username, password=password,
        look_for_keys=False, allow_agent=False, timeout=5,
    )
    return client


def execute(client: paramiko.SSHClient, command: str) -> tuple[int, str]:
    """Run one command on an open connection; return (exit status, stdout as text)."""
    stdin, stdout, stderr = client.exec_command(command)
    output = stdout.read().decode()
    return stdout.channel.recv_exit_status(), output


def run_command(host: str, port: int, username: str, password: str,
                command: str) -> tuple[int, str]:
    client = connect(host, port, username, password)
    try:
        return execute(client, command)
    finally:
        client.close()


def run_commands(host: str, port: int, username: str, password: str,
                 commands: list[str]) -> dict[str, tuple[int, str]]:
    """Run every command over one SSH connection; map each command to (status, output)."""
    client = connect(host, port, username, password)
    try:
        return {cmd: execute(client, cmd) for cmd in commands}
    finally:
        client.close()
