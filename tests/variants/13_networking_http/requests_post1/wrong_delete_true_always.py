import requests


def create_ticket(base_url, title, priority="normal"):
    response = requests.post(f"{base_url}/tickets", json={"title": title, "priority": priority},
                             timeout=5)
    response.raise_for_status()
    return response.json()


def close_ticket(base_url, ticket_id):
    response = requests.patch(f"{base_url}/tickets/{ticket_id}",
                              json={"status": "closed"}, timeout=5)
    response.raise_for_status()
    return response.json()


def delete_ticket(base_url, ticket_id):
    requests.delete(f"{base_url}/tickets/{ticket_id}", timeout=5)
    return True
