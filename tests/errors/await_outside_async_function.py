async def fetch(url):
    return url


def main():
    page = await fetch("a")
    print(page)
