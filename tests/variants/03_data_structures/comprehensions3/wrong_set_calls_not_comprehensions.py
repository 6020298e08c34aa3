def email_domains(emails):
    return set(email.partition("@")[2].casefold() for email in emails)


def all_tags(posts):
    return set().union(*posts)
