import socket

import paramiko


def run_commands(host, port, username, password, commands):
    sock = socket.create_connection((host, port), timeout=5)
    transport = paramiko.Transport(sock)
    try:
        transport.connect(username=username, password=password)
        results = {}
        for command in commands:
            channel = transport.open_session()
            channel.exec_command(command)
            output = channel.makefile("rb").read().decode()
            results[command] = (channel.recv_exit_status(), output)
            channel.close()
        return results
    finally:
        transport.close()
