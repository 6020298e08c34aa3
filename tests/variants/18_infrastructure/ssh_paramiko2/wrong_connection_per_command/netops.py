import paramiko


def run_command(host, port, username, password, command):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, port=port, username=username, password=password,
                   look_for_keys=False, allow_agent=False, timeout=5)
    try:
        stdin, stdout, stderr = client.exec_command(command)
        output = stdout.read().decode()
        return stdout.channel.recv_exit_status(), output
    finally:
        client.close()


def run_commands(host, port, username, password, commands):
    return {cmd: run_command(host, port, username, password, cmd) for cmd in commands}
