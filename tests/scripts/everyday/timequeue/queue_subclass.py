# A class derived from queue.Queue (the "Pipeline" of producer/consumer lessons) and from LifoQueue.
import queue
import threading


class Pipeline(queue.Queue):
    def __init__(self):
        super().__init__(maxsize=2)

    def get_message(self, name):
        return self.get()

    def set_message(self, value, name):
        self.put(value)


pipeline = Pipeline()


def producer():
    for i in range(5):
        pipeline.set_message(i, "producer")
    pipeline.set_message(None, "producer")


t = threading.Thread(target=producer)
t.start()
received = []
while True:
    message = pipeline.get_message("consumer")
    if message is None:
        break
    received.append(message)
t.join()
print(received, pipeline.maxsize, pipeline.empty())  # expect: [0, 1, 2, 3, 4] 2 True
print(isinstance(pipeline, queue.Queue), type(pipeline).__name__)  # expect: True Pipeline


class Stack(queue.LifoQueue):
    def push_all(self, items):
        for item in items:
            self.put(item)


s = Stack()
s.push_all("abc")
print(s.get(), s.get(), s.qsize())  # expect: c b 1
