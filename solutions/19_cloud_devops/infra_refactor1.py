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


def add_to_group(inventory: dict, group: str, name: str) -> None:
    inventory.setdefault(group, {"hosts": []})["hosts"].append(name)


def build_inventory(instances: list[dict]) -> dict:
    inventory = {"_meta": {"hostvars": {}}}
    for instance in instances:
        tags = {tag["Key"]: tag["Value"] for tag in instance.get("Tags", [])}
        name = tags.get("Name", instance["InstanceId"])
        inventory["_meta"]["hostvars"][name] = {"ansible_host": instance["PrivateIpAddress"]}
        for tag in ("env", "role"):
            if tags.get(tag):
                add_to_group(inventory, f"{tag}_{tags[tag]}", name)
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


# --- tests: read them, don't change them ---
import boto3
import pytest
from botocore.stub import Stubber

from coursekit import duplicated_blocks, functions_using_global

THIS = sys.modules[__name__]


def instance(instance_id, ip, **tags):
    item = {"InstanceId": instance_id, "PrivateIpAddress": ip}
    if tags:
        item["Tags"] = [{"Key": key, "Value": value} for key, value in tags.items()]
    return item


FLEET = [
    instance("i-01", "10.0.1.10", Name="web-1", env="prod", role="web"),
    instance("i-02", "10.0.1.11", Name="web-2", env="prod", role="web"),
    instance("i-03", "10.0.2.20", Name="db-1", env="prod", role="db"),
    instance("i-04", "10.9.0.5", Name="lab-1", env="lab"),
    instance("i-05", "10.0.3.7", role="bastion"),
    instance("i-06", "10.0.3.8"),
]

EXPECTED = {
    "_meta": {"hostvars": {
        "web-1": {"ansible_host": "10.0.1.10"}, "web-2": {"ansible_host": "10.0.1.11"},
        "db-1": {"ansible_host": "10.0.2.20"}, "lab-1": {"ansible_host": "10.9.0.5"},
        "i-05": {"ansible_host": "10.0.3.7"}, "i-06": {"ansible_host": "10.0.3.8"},
    }},
    "env_prod": {"hosts": ["web-1", "web-2", "db-1"]},
    "env_lab": {"hosts": ["lab-1"]},
    "role_web": {"hosts": ["web-1", "web-2"]},
    "role_db": {"hosts": ["db-1"]},
    "role_bastion": {"hosts": ["i-05"]},
}


def test_behaviour_the_inventory():
    assert build_inventory(FLEET) == EXPECTED


def test_behaviour_no_instances():
    assert build_inventory([]) == {"_meta": {"hostvars": {}}}


def test_behaviour_two_inventories_are_independent():
    first = build_inventory(FLEET[:2])
    second = build_inventory(FLEET[3:4])
    assert list(first["_meta"]["hostvars"]) == ["web-1", "web-2"]
    assert list(second["_meta"]["hostvars"]) == ["lab-1"]


def test_behaviour_main_lists_the_running_instances(capsys):
    ec2 = boto3.client("ec2", region_name="eu-central-1", aws_access_key_id="testing",
                       aws_secret_access_key="testing")
    with Stubber(ec2) as stubber:
        stubber.add_response(
            "describe_instances", {"Reservations": [{"Instances": FLEET[:3]}]},
            {"Filters": [{"Name": "instance-state-name", "Values": ["running"]}]},
        )
        assert main(["--list"], ec2=ec2) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["role_web"] == {"hosts": ["web-1", "web-2"]}
    assert sorted(printed["_meta"]["hostvars"]) == ["db-1", "web-1", "web-2"]


def test_behaviour_main_host(capsys):
    assert main(["--host", "web-1"]) == 0
    assert json.loads(capsys.readouterr().out) == {}


def test_structure_no_global_state():
    users = functions_using_global(THIS)
    assert users == [], f"still uses `global`: {', '.join(users)}"


def test_structure_no_block_written_twice():
    pairs = duplicated_blocks(THIS)
    assert pairs == [], "the same code is written twice, at lines " + " and ".join(
        str(line) for line in pairs[0])
