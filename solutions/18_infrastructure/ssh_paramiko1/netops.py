"""SSH automation with paramiko: run commands on a device.

`run_command` connects with a password, runs one command and returns its exit status and
output. The lab device is new, so its host key is unknown: accept it with paramiko's
AutoAddPolicy (in production you would load known_hosts instead). `run_commands` runs several
commands over ONE connection, as a tool talking to hundreds of devices should.
"""
import paramiko


def connect(host: str, port: int, username: str, password: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(
        host, port=port, username=username, password=password,
        look_for_keys=False, allow_agent=False, timeout=5,
    )
    return client


def execute(client: paramiko.SSHClient, command: str) -> tuple[int, str]:
    stdin, stdout, stderr = client.exec_command(command)
    output = stdout.read().decode()
    return stdout.channel.recv_exit_status(), output


def run_command(host: str, port: int, username: str, password: str,
                command: str) -> tuple[int, str]:
    """Run one command; return (exit status, stdout as text)."""
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
