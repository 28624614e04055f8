async def fetch(url):
    return url


async def pages():
    for url in ["a", "b"]:
        yield await fetch(url)
