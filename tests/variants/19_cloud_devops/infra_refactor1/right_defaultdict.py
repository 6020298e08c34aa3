import argparse
import json
import sys
from collections import defaultdict

GROUP_TAGS = ("env", "role")


def running_instances(ec2):
    paginator = ec2.get_paginator("describe_instances")
    running = [{"Name": "instance-state-name", "Values": ["running"]}]
    return [
        instance
        for page in paginator.paginate(Filters=running)
        for reservation in page["Reservations"]
        for instance in reservation["Instances"]
    ]


def host_name(instance, tags):
    return tags.get("Name", instance["InstanceId"])


def build_inventory(instances):
    groups = defaultdict(list)
    hostvars = {}
    for instance in instances:
        tags = {t["Key"]: t["Value"] for t in instance.get("Tags", [])}
        name = host_name(instance, tags)
        hostvars[name] = {"ansible_host": instance["PrivateIpAddress"]}
        for key in GROUP_TAGS:
            if tags.get(key):
                groups[f"{key}_{tags[key]}"].append(name)
    result = {group: {"hosts": hosts} for group, hosts in groups.items()}
    result["_meta"] = {"hostvars": hostvars}
    return result


def main(argv=None, ec2=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--host")
    args = parser.parse_args(argv)
    if args.host:
        print("{}")
        return 0
    if ec2 is None:
        import boto3
        ec2 = boto3.client("ec2")
    print(json.dumps(build_inventory(running_instances(ec2)), indent=2, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
