def email_domains(emails):
    domains = set()
    for email in emails:
        _, domain = email.lower().split("@")
        domains.add(domain)
    return domains


def all_tags(posts):
    tags = set()
    for post in posts:
        tags.update(post)
    return tags
