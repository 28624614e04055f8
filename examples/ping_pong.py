# Ping-pong between two processes that share nothing: a ball goes back and
# forth through two queues, and every pass is a copy.
#
#   cargo run --release -- run --timeline --stats examples/ping_pong.py
#   cargo run --release -- run --trace ping_pong.json examples/ping_pong.py
# Look for: the player is a process of its own (in gilvm, an interpreter
# with its own GIL: its rows sit under their own line in the timeline).
# Each side waits on its queue ("q") while the other plays. The ball the
# player returns is a new list: the one the main process sent is never
# touched (each put copies), so the hits it counts are the player's own.
# --stats counts the messages between interpreters; in the trace
# (ui.perfetto.dev) each one is an arrow from sender to receiver.
# Optional argument: the number of rallies (default 5).
# Pinned as deterministic snapshots by tests/examples.rs (args comma-separated):
# snapshot: policies=cpython args=3
import multiprocessing as mp
import sys


def player(inbox, outbox):
    while True:
        ball = inbox.get()
        if ball is None:
            break
        ball.append("pong")
        outbox.put(ball)


if __name__ == "__main__":
    rallies = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    to_player, to_main = mp.Queue(), mp.Queue()
    p = mp.Process(target=player, args=(to_player, to_main), name="Player")
    p.start()
    ball = ["serve"]
    for i in range(rallies):
        ball.append("ping")
        to_player.put(ball)
        returned = to_main.get()
        print(f"rally {i + 1}: {len(returned)} hits, same ball? {returned is ball}")
        ball = returned
    to_player.put(None)
    p.join()
    print("player exit code", p.exitcode, "- the ball:", " ".join(ball))
