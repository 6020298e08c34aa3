"""Infrastructure scripts: reading a Terraform plan.

`terraform show -json plan.out` turns a saved plan into JSON, and CI scripts read it before
anyone types `terraform apply`. Each entry of "resource_changes" has an "address", a "type"
and "change": {"actions": [...]}, where the actions are one of
    ["no-op"]  ["read"]  ["create"]  ["update"]  ["delete"]
    ["delete", "create"] or ["create", "delete"]   (a replacement, in either order)
`summarize` counts what Terraform's own summary line counts ("Plan: 3 to add, 1 to change,
2 to destroy."): a replacement is one add AND one destroy; reads and no-ops count nowhere.
`destroyed` lists, in plan order, the addresses of the resources of the given types that the
plan would destroy, replacements included: a database that is replaced loses its data too.
"""

COUNTS = {"create": "add", "update": "change", "delete": "destroy"}


def summarize(plan: dict) -> dict[str, int]:
    summary = {"add": 0, "change": 0, "destroy": 0}
    for resource in plan["resource_changes"]:
        actions = resource["change"]["actions"]
        for action in actions:
            key = COUNTS.get(action)
            if key:
                summary[key] += 1
    return summary


def destroyed(plan: dict, types: set[str]) -> list[str]:
    return [
        resource["address"]
        for resource in plan["resource_changes"]
        if resource["type"] in types and "delete" in resource["change"]["actions"]
    ]


# --- tests: read them, don't change them ---
import json

import pytest


def change(address, *actions, mode="managed"):
    kind = address.removeprefix("data.").split(".")[0]
    return {"address": address, "mode": mode, "type": kind,
            "name": address.split(".")[-1].split("[")[0],
            "provider_name": "registry.terraform.io/hashicorp/aws",
            "change": {"actions": list(actions), "before": None, "after": None}}


PLAN = {
    "format_version": "1.2",
    "terraform_version": "1.7.5",
    "resource_changes": [
        change("data.aws_ami.ubuntu", "read", mode="data"),
        change("aws_instance.web[0]", "no-op"),
        change("aws_instance.web[1]", "delete", "create"),
        change("aws_db_instance.main", "create", "delete"),
        change("aws_security_group.web", "update"),
        change("aws_s3_bucket.logs", "create"),
        change("aws_db_instance.reporting", "delete"),
        change("aws_instance.web[2]", "create"),
        change("aws_db_instance.analytics", "update"),
        change("aws_route53_record.www", "delete"),
    ],
}


@pytest.fixture
def plan():
    return json.loads(json.dumps(PLAN))  # a fresh copy, as read from the file


def test_summary_counts_like_terraform(plan):
    assert summarize(plan) == {"add": 4, "change": 2, "destroy": 4}


def test_reads_and_no_ops_count_nowhere():
    plan = {"resource_changes": [change("data.aws_vpc.main", "read", mode="data"),
                                 change("aws_vpc.main", "no-op")]}
    assert summarize(plan) == {"add": 0, "change": 0, "destroy": 0}


@pytest.mark.parametrize("actions", [("delete", "create"), ("create", "delete")])
def test_a_replacement_is_an_add_and_a_destroy(actions):
    plan = {"resource_changes": [change("aws_instance.web[1]", *actions)]}
    assert summarize(plan) == {"add": 1, "change": 0, "destroy": 1}


def test_destroyed_databases_include_replacements(plan):
    assert destroyed(plan, {"aws_db_instance"}) == [
        "aws_db_instance.main", "aws_db_instance.reporting"
    ]


def test_destroyed_of_several_types_in_plan_order(plan):
    assert destroyed(plan, {"aws_instance", "aws_route53_record"}) == [
        "aws_instance.web[1]", "aws_route53_record.www"
    ]


def test_nothing_destroyed(plan):
    assert destroyed(plan, {"aws_s3_bucket", "aws_security_group"}) == []
