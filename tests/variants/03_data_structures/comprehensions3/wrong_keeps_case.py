def email_domains(emails):
    return {email.split("@")[1] for email in emails}


def all_tags(posts):
    return {tag for post in posts for tag in post}
