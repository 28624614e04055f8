async def crawl(urls):
    async for page in fetch_all(urls):
        print(page)
