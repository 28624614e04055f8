# A tiny round-robin "event loop" written in the script: each task awaits a
# Yield awaitable to give up its turn; the scheduler resumes tasks in turn.
class Yield:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        yield self.label

async def pause(label):
    await Yield(label)

async def worker(name, steps):
    total = 0
    for i in range(steps):
        print(name, "step", i)
        total += i
        await pause(name + str(i))
    return name + " done, total " + str(total)

def run_all(coros):
    ready = list(coros)
    results = []
    turns = 0
    while ready:
        task = ready.pop(0)
        try:
            label = task.send(None)
        except StopIteration as e:
            results.append(e.value)
        else:
            turns += 1
            print("  switch after", label)
            ready.append(task)
    print("turns:", turns)
    return results

for r in run_all([worker("a", 3), worker("b", 1), worker("c", 2)]):
    print(r)
# expect: a step 0
# expect:   switch after a0
# expect: b step 0
# expect:   switch after b0
# expect: c step 0
# expect:   switch after c0
# expect: a step 1
# expect:   switch after a1
# expect: c step 1
# expect:   switch after c1
# expect: a step 2
# expect:   switch after a2
# expect: turns: 6
# expect: b done, total 0
# expect: c done, total 1
# expect: a done, total 3
