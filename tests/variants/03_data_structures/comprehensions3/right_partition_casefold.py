def email_domains(emails):
    return {email.partition("@")[2].casefold() for email in emails}


def all_tags(posts):
    return {tag for tags in posts for tag in tags}
