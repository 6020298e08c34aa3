"""SSH automation with paramiko: run a command on a device.

`run_command` logs in with a password, runs one command and returns its exit status and
what it printed on stdout, as text. Don't guess the status from stderr: a device can warn on
stderr and still succeed, or fail without a word there. The SSH server sends the real exit
status at the end, and the channel under stdout holds it.
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


def run_command(host: str, port: int, username: str, password: str,
                command: str) -> tuple[int, str]:
    """Run one command; return (exit status, stdout as text)."""
    client = connect(host, port, username, password)
    try:
        stdin, stdout, stderr = client.exec_command(command)
        # TODO: stdout gives bytes; return them as text. And the status is not
        #       "stderr was empty": ask stdout's channel for the real exit status.
        output = stdout.read()
        status = 1 if stderr.read() else 0
        return status, output
    finally:
        client.close()
