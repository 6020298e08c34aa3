from requests import PreparedRequest


def search_url(base, params):
    prepared = PreparedRequest()
    prepared.prepare_url(base, params)
    return prepared.url
