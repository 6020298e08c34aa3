"""Comprehensions: build a set in one expression.

`email_domains(emails)` must return the SET of domains used in a list of email
addresses, in lower case ("Example.COM" and "example.com" are one domain).
`all_tags(posts)` gets a list of posts, each a list of tags, and must return
the set of every tag used in any post. Write both as set comprehensions,
`{expression for ... in ...}`, not `for` statements.
"""


def email_domains(emails):
    # TODO: return a set, and make the domains lower case.
    return [email.split("@")[1] for email in emails]


def all_tags(posts):
    # TODO: collect the tags of every post, not just the first one.
    return {tag for tag in posts[0]}


# --- tests: read them, don't change them ---

import ast
import sys

from coursekit import learner_tree


def comprehension_problem(name):
    tree = learner_tree(sys.modules[__name__])
    functions = [node for node in tree.body
                 if isinstance(node, ast.FunctionDef) and node.name == name]
    if not functions:
        return f"{name} is missing"
    inside = list(ast.walk(functions[0]))
    if any(isinstance(node, (ast.For, ast.While)) for node in inside):
        return f"{name} has a loop statement: write it as a set comprehension instead"
    if not any(isinstance(node, ast.SetComp) for node in inside):
        return f"{name} needs a set comprehension: " + "{... for ... in ...}"
    return None


def test_email_domains_are_unique():
    emails = ["ada@example.com", "grace@navy.mil", "alan@example.com"]
    assert email_domains(emails) == {"example.com", "navy.mil"}


def test_email_domains_ignore_case():
    emails = ["ada@Example.COM", "alan@example.com", "ALAN@EXAMPLE.COM"]
    assert email_domains(emails) == {"example.com"}


def test_no_emails_no_domains():
    assert email_domains([]) == set()


def test_all_tags_of_every_post():
    posts = [["python", "tips"], ["linux"], ["python", "linux", "cron"]]
    assert all_tags(posts) == {"python", "tips", "linux", "cron"}


def test_all_tags_skips_posts_without_tags():
    assert all_tags([[], ["news"], []]) == {"news"}


def test_no_posts_no_tags():
    assert all_tags([]) == set()


def test_email_domains_is_a_set_comprehension():
    problem = comprehension_problem("email_domains")
    assert problem is None, problem


def test_all_tags_is_a_set_comprehension():
    problem = comprehension_problem("all_tags")
    assert problem is None, problem
