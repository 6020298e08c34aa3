def domain_of(email):
    at = email.index("@")
    return email[at + 1:].lower()


def email_domains(emails):
    return {domain_of(email) for email in emails}


def all_tags(posts):
    return {tag.strip() for post in posts if post for tag in post}
