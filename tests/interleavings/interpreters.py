# Two interpreters pass a list back and forth through queues.
from concurrent import interpreters

def echo(inbox, outbox):
    while (item := inbox.get()) is not None:
        outbox.put(item + [len(item)])

if __name__ == "__main__":
    worker = interpreters.create()
    there, back = interpreters.create_queue(), interpreters.create_queue()
    t = worker.call_in_thread(echo, there, back)
    item = []
    for _ in range(3):
        there.put(item)
        item = back.get()
    there.put(None)
    t.join()
    print(item)
