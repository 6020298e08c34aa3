import paramiko


def _client(host, port, username, password):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.WarningPolicy())
    client.connect(hostname=host, port=port, username=username, password=password,
                   look_for_keys=False, allow_agent=False, timeout=5)
    return client


def _run(client, command):
    _, stdout, _ = client.exec_command(command, timeout=5)
    status = stdout.channel.recv_exit_status()
    return status, stdout.read().decode("utf-8")


def run_commands(host, port, username, password, commands):
    results = {}
    with _client(host, port, username, password) as client:
        for command in commands:
            results[command] = _run(client, command)
    return results
