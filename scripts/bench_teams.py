"""Teams round trip on localhost with the real model: how fast a message is acknowledged, the typing
indicator sent and the answer card delivered.

    .venv/bin/python scripts/bench_teams.py [--data DIR] [--documents DIR] [--questions N]

Runs the real Teams bot (`TeamsBot.serve()`, unauthenticated as with `--local-dev`) on 127.0.0.1 and a
minimal Bot Connector stand-in that notes when each activity arrives; prints medians and maxima in seconds.
Teams waits about 15 s for the HTTP response; the card arrives later, as its own call.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import socket
import statistics
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.request import Request, urlopen

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.config import BotConfig, RateLimit  # noqa: E402
from bot.service import Assistant  # noqa: E402
from bot.teams.app import TeamsBot  # noqa: E402
from bot.teams.settings import TeamsSettings  # noqa: E402
from index import Library  # noqa: E402

arrivals: list[tuple[float, str]] = []  # (time, "typing" | "card" | "text")


class Connector(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
        kind = body.get("type", "")
        arrivals.append((time.perf_counter(), "card" if body.get("attachments") else kind))
        data = b'{"id": "1"}'
        self.send_response(201)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(kind: str, since: float, timeout: float = 120) -> float:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        for at, what in list(arrivals):
            if at >= since and what == kind:
                return at - since
        time.sleep(0.005)
    raise TimeoutError(kind)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default="data")
    parser.add_argument("--documents", default="documents")
    parser.add_argument("--questions", type=int, default=20)
    args = parser.parse_args()
    library = Library(args.data).open()
    if not library.has_index():
        library.build([Path(args.documents)], actor="bench_teams")
    library.embedder.embed_queries(["uppvärmning"])  # loaded before timing, as `rutinbot teams` does at start
    questions = [json.loads(line)["question"] for line in (ROOT / "scripts" / "sample_questions.jsonl").open()
                 if line.strip()][: args.questions]

    connector = ThreadingHTTPServer(("127.0.0.1", 0), Connector)
    threading.Thread(target=connector.serve_forever, daemon=True).start()
    settings = TeamsSettings(port=free_port())
    config = BotConfig(documents=(Path(args.documents),), rate_limit=RateLimit(1000, 60))
    bot = TeamsBot(Assistant(library), config, settings, {"dangerously_allow_unauthenticated_requests": True})
    loop = asyncio.new_event_loop()
    threading.Thread(target=lambda: loop.run_until_complete(bot.serve()), daemon=True).start()
    while True:
        try:
            socket.create_connection(("127.0.0.1", settings.port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)

    ack, typing, card = [], [], []
    for number, question in enumerate(questions):
        activity = {"type": "message", "id": f"m{number}", "text": question, "channelId": "msteams",
                    "serviceUrl": f"http://127.0.0.1:{connector.server_address[1]}",
                    "from": {"id": "29:bench", "aadObjectId": "00000000-0000-4000-8000-000000000001", "name": "Bench"},
                    "recipient": {"id": "28:bot", "name": "Rutinbot"},
                    "conversation": {"id": "a:bench", "conversationType": "personal"}}
        request = Request(f"http://127.0.0.1:{settings.port}/api/messages", data=json.dumps(activity).encode(),
                          headers={"Content-Type": "application/json"})
        started = time.perf_counter()
        with urlopen(request, timeout=30) as response:
            assert response.status == 200
        ack.append(time.perf_counter() - started)
        typing.append(wait_for("typing", started))
        card.append(wait_for("card", started))
    asyncio.run_coroutine_threadsafe(bot.stop(), loop).result(10)
    for name, values in (("HTTP acknowledged", ack), ("typing arrived", typing), ("answer card arrived", card)):
        print(f"{name:19} median {statistics.median(values):.3f} s  max {max(values):.3f} s  (n={len(values)})")


if __name__ == "__main__":
    main()
