def email_domains(emails):
    return {email.split("@")[1].lower() for email in emails}


def all_tags(posts):
    return {tuple(post) for post in posts}
