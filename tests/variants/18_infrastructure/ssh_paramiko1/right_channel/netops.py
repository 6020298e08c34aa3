import paramiko


def run_command(host, port, username, password, command):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, port=port, username=username, password=password,
                   look_for_keys=False, allow_agent=False, timeout=5)
    try:
        channel = client.get_transport().open_session()
        channel.exec_command(command)
        chunks = []
        while True:
            data = channel.recv(4096)
            if not data:
                break
            chunks.append(data)
        status = channel.recv_exit_status()
        return status, b"".join(chunks).decode("utf-8")
    finally:
        client.close()
