import json

import requests

JSON = {"Content-Type": "application/json"}


def create_ticket(base_url, title, priority="normal"):
    body = json.dumps({"title": title, "priority": priority})
    response = requests.post(base_url + "/tickets", data=body, headers=JSON, timeout=5)
    response.raise_for_status()
    return json.loads(response.text)


def close_ticket(base_url, ticket_id):
    response = requests.patch(f"{base_url}/tickets/{ticket_id}", data='{"status": "closed"}',
                              headers=JSON, timeout=5)
    response.raise_for_status()
    return response.json()


def delete_ticket(base_url, ticket_id):
    response = requests.delete(f"{base_url}/tickets/{ticket_id}", timeout=5)
    if response.status_code in (200, 202, 204):
        return True
    if response.status_code == 404:
        return False
    response.raise_for_status()
