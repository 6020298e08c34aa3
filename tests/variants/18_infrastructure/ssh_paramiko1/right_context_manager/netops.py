import paramiko


def _client(host, port, username, password):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.WarningPolicy())
    client.connect(hostname=host, port=port, username=username, password=password,
                   look_for_keys=False, allow_agent=False, timeout=5)
    return client


def run_command(host, port, username, password, command):
    with _client(host, port, username, password) as client:
        _, stdout, _ = client.exec_command(command, timeout=5)
        status = stdout.channel.recv_exit_status()
        return status, stdout.read().decode("utf-8")
