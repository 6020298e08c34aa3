import paramiko


def connect(host, port, username, password):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, port=port, username=username, password=password,
                   look_for_keys=False, allow_agent=False, timeout=5)
    return client


def execute(client, command):
    stdin, stdout, stderr = client.exec_command(command)
    output = stdout.read()
    return stdout.channel.recv_exit_status(), output


def run_command(host, port, username, password, command):
    client = connect(host, port, username, password)
    try:
        return execute(client, command)
    finally:
        client.close()


def run_commands(host, port, username, password, commands):
    client = connect(host, port, username, password)
    try:
        return {cmd: execute(client, cmd) for cmd in commands}
    finally:
        client.close()
