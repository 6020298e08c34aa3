def email_domains(emails):
    return {email.split("@")[1].lower() for email in emails}


def all_tags(posts):
    if not posts:
        return set()
    return set(posts[0])
