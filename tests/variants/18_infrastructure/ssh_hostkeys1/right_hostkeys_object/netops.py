from paramiko import RejectPolicy, SSHClient


def connect(host, port, username, password, known_hosts):
    client = SSHClient()
    client.get_host_keys().load(known_hosts)
    client.set_missing_host_key_policy(RejectPolicy)
    client.connect(host, port, username, password, look_for_keys=False, allow_agent=False,
                   timeout=5)
    return client


def hostname_of(host, port, username, password, known_hosts):
    with connect(host, port, username, password, known_hosts) as client:
        _, stdout, _ = client.exec_command("show running-config | include hostname")
        return stdout.read().decode().split()[-1]
