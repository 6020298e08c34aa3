"""Infrastructure scripts: refactoring a dynamic inventory script.

Ansible can take its inventory from a script: run with --list, it prints JSON like
    {"env_prod": {"hosts": ["web-1", "db-1"]}, "role_web": {"hosts": ["web-1"]},
     "_meta": {"hostvars": {"web-1": {"ansible_host": "10.0.1.10"}}}}
This script builds that from the running EC2 instances. It works (the behaviour tests pass),
but it is hard to change. Refactor it without changing what it prints:
1. no global state: `build_inventory` makes a new dict and returns it; no function uses
   `global`;
2. no block of code written twice: adding a host to the group of a tag ("env" or "role")
   is the same job, so write it once (a helper, or a loop over the tags).
"""
import argparse
import json
import sys

def running_instances(ec2) -> list[dict]:
    instances = []
    pages = ec2.get_paginator("describe_instances").paginate(
        Filters=[{"Name": "instance-state-name", "Values": ["running"]}]
    )
    for page in pages:
        for reservation in page["Reservations"]:
            instances.extend(reservation["Instances"])
    return instances


def build_inventory(instances: list[dict]) -> dict:
    inventory = {"_meta": {"hostvars": {}}}
    for instance in instances:
        tags = {tag["Key"]: tag["Value"] for tag in instance.get("Tags", [])}
        name = tags.get("Name", instance["InstanceId"])
        inventory["_meta"]["hostvars"][name] = {"ansible_host": instance["PrivateIpAddress"]}
        env = tags.get("env")
        if env:
            group = f"env_{env}"
            if group not in inventory:
                inventory[group] = {"hosts": []}
            inventory[group]["hosts"].append(name)
        role = tags.get("role")
        if role:
            group = f"role_{role}"
            if group not in inventory:
                inventory[group] = {"hosts": []}
            inventory[group]["hosts"].append(name)
    return inventory


def main(argv: list[str] | None = None, ec2=None) -> int:
    parser = argparse.ArgumentParser(description="Ansible inventory from EC2.")
    parser.add_argument("--list", action="store_true", help="print the whole inventory")
    parser.add_argument("--host", help="print one host's variables (all are in _meta)")
    args = parser.parse_args(argv)
    if args.host:
        print(json.dumps({}))
        return 0
    if ec2 is None:
        import boto3

        ec2 = boto3.client("ec2")
    print(json.dumps(build_inventory(running_instances(ec2)), indent=2, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
