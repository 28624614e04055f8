import asyncio


def main():
    lock = asyncio.Lock()
    async with lock:
        print("held")
