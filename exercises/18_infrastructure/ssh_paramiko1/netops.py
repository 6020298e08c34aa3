"""SSH automation with paramiko: run commands on a device.

`run_command` connects with a password, runs one command and returns its exit status and
output. The lab device is new, so its host key is unknown: accept it with paramiko's
AutoAddPolicy (in production you would load known_hosts instead). `run_commands` runs several
commands over ONE connection, as a tool talking to hundreds of devices should.
"""
import paramiko


def connect(host: str, port: int, username: str, password: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    # TODO: by default paramiko refuses hosts that aren't in known_hosts.
    client.connect(
        host, port=port, username=username, password=password,
        look_for_keys=False, allow_agent=False, timeout=5,
    )
    return client


def run_command(host: str, port: int, username: str, password: str,
                command: str) -> tuple[int, str]:
    """Run one command; return (exit status, stdout as text)."""
    client = connect(host, port, username, password)
    try:
        stdin, stdout, stderr = client.exec_command(command)
        # TODO: read stdout (bytes, decode them) and the channel's exit status.
        return 0, ""
    finally:
        client.close()


def run_commands(host: str, port: int, username: str, password: str,
                 commands: list[str]) -> dict[str, tuple[int, str]]:
    """Run every command over one SSH connection; map each command to (status, output)."""
    # TODO: connect once and call exec_command for each command.
    return {cmd: run_command(host, port, username, password, cmd) for cmd in commands}
