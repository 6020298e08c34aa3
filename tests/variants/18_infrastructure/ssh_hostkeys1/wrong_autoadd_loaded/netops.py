"""SSH automation with paramiko: trusting the right host.

The first thing an SSH client does is check the server's host key. If it doesn't, anyone who
can redirect the traffic (a wrong DNS entry, a hijacked address) gets your password. A
production tool must:
- trust exactly the keys in the `known_hosts` file it is given (the file your team manages,
  in OpenSSH's format), and
- refuse to connect to a host whose key isn't there, before it sends any password.
(A host listed with a DIFFERENT key is refused by paramiko in any case.)
"""
import paramiko


def connect(host: str, port: int, username: str, password: str,
            known_hosts: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(known_hosts)
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(
        host, port=port, username=username, password=password,
        look_for_keys=False, allow_agent=False, timeout=5,
    )
    return client


def hostname_of(host: str, port: int, username: str, password: str, known_hosts: str) -> str:
    """The device's configured hostname."""
    client = connect(host, port, username, password, known_hosts)
    try:
        _, stdout, _ = client.exec_command("show running-config | include hostname")
        return stdout.read().decode().split()[-1]
    finally:
        client.close()
