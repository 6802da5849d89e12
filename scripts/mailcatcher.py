#!/usr/bin/env python3
"""A local mail catcher for development and tests: Python 3 standard library only.

SMTP on 127.0.0.1:1025 (HELO/EHLO, MAIL FROM, RCPT TO, DATA, RSET, NOOP, QUIT; no TLS, no AUTH) stores each mail
as an .eml file under .run/mail/; HTTP on 127.0.0.1:1080 lists them (subject, to, date) with each readable in the
browser, /messages answers the same as JSON (with the decoded plain text) for tests, /messages/<id>.eml the raw
mail, and DELETE /messages empties the box. `make run` starts it and points the backend at it.

    python3 scripts/mailcatcher.py [--smtp-port 1025] [--http-port 1080] [--dir .run/mail]
"""
import argparse
import email
import email.policy
import html
import json
import os
import re
import socketserver
import sys
import threading
import time
from email.utils import getaddresses
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MAX_MESSAGE = 10 * 1024 * 1024
_lock = threading.Lock()
_counter = [0]


class Box:
    def __init__(self, directory):
        self.directory = directory
        os.makedirs(directory, exist_ok=True)

    def store(self, sender, recipients, data):
        with _lock:
            _counter[0] += 1
            name = "%s-%06d.eml" % (time.strftime("%Y%m%d-%H%M%S"), _counter[0])
        envelope = ("X-Envelope-From: <%s>\r\nX-Envelope-To: %s\r\n" % (
            sender, ", ".join("<%s>" % r for r in recipients))).encode("utf-8")
        path = os.path.join(self.directory, name)
        with open(path + ".part", "wb") as out:
            out.write(envelope + data)
        os.replace(path + ".part", path)
        return name

    def ids(self):
        return sorted((n for n in os.listdir(self.directory) if n.endswith(".eml")), reverse=True)

    def raw(self, message_id):
        if not re.fullmatch(r"[0-9A-Za-z._-]+\.eml", message_id) or message_id not in self.ids():
            return None
        with open(os.path.join(self.directory, message_id), "rb") as f:
            return f.read()

    def read(self, message_id):
        raw = self.raw(message_id)
        if raw is None:
            return None
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        body = msg.get_body(preferencelist=("plain", "html"))
        try:
            text = body.get_content() if body is not None else ""
        except (LookupError, ValueError):
            text = raw.decode("utf-8", "replace")
        to = [a for _, a in getaddresses([str(v) for v in msg.get_all("To", [])])]
        envelope = [a.strip("<> ") for a in str(msg.get("X-Envelope-To", "")).split(",") if a.strip()]
        return {"id": message_id, "subject": str(msg.get("Subject", "")), "from": str(msg.get("From", "")),
                "to": to, "recipients": envelope, "date": str(msg.get("Date", "")), "text": text}

    def clear(self):
        for name in self.ids():
            os.remove(os.path.join(self.directory, name))


class SmtpHandler(socketserver.StreamRequestHandler):
    timeout = 60

    def reply(self, line):
        self.wfile.write((line + "\r\n").encode("ascii"))
        self.wfile.flush()

    def handle(self):
        box = self.server.box
        sender, recipients = None, []
        # A server across a network greets a few milliseconds after the connection; on loopback the greeting arrived
        # before the Vert.x mail client listened for it now and then, and the client then waited for it forever (a
        # mail lost in CI). Greeting after a short pause, as a real server's round trip does, avoids that race.
        time.sleep(0.05)
        self.reply("220 karta-mailcatcher ESMTP")
        while True:
            line = self.rfile.readline(4096)
            if not line:
                return
            command = line.decode("utf-8", "replace").rstrip("\r\n")
            verb = command[:4].upper()
            if verb == "EHLO":
                self.reply("250-karta-mailcatcher")
                self.reply("250-8BITMIME")
                self.reply("250-SMTPUTF8")
                self.reply("250 SIZE %d" % MAX_MESSAGE)
            elif verb == "HELO":
                self.reply("250 karta-mailcatcher")
            elif command.upper().startswith("MAIL FROM:"):
                sender, recipients = _address(command[10:]), []
                self.reply("250 OK")
            elif command.upper().startswith("RCPT TO:"):
                if sender is None:
                    self.reply("503 MAIL FROM first")
                else:
                    recipients.append(_address(command[8:]))
                    self.reply("250 OK")
            elif verb == "DATA":
                if not recipients:
                    self.reply("503 RCPT TO first")
                    continue
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                data, size = [], 0
                while True:
                    chunk = self.rfile.readline(MAX_MESSAGE)
                    if not chunk:
                        return
                    if chunk in (b".\r\n", b".\n"):
                        break
                    if chunk.startswith(b"."):
                        chunk = chunk[1:]
                    size += len(chunk)
                    if size <= MAX_MESSAGE:
                        data.append(chunk)
                if size > MAX_MESSAGE:
                    self.reply("552 Message too large")
                else:
                    name = box.store(sender, recipients, b"".join(data))
                    self.reply("250 OK stored as " + name)
                sender, recipients = None, []
            elif verb == "RSET":
                sender, recipients = None, []
                self.reply("250 OK")
            elif verb == "NOOP":
                self.reply("250 OK")
            elif verb == "QUIT":
                self.reply("221 Bye")
                return
            else:
                self.reply("502 Command not implemented")


def _address(text):
    text = text.strip()
    match = re.match(r"<([^>]*)>", text)
    return match.group(1) if match else text.split(" ")[0]


PAGE = """<!doctype html><html lang="ru"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>%s — почта Карты</title>
<style>body{font-family:system-ui,sans-serif;margin:1rem;max-width:60rem}table{border-collapse:collapse;width:100%%}
td,th{text-align:left;padding:.5rem;border-bottom:1px solid #ddd}pre{white-space:pre-wrap}a{color:#0b57d0}</style>
</head><body>%s</body></html>"""


class HttpHandler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send(self, status, body, content_type):
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        box = self.server.box
        path = self.path.split("?", 1)[0]
        if path == "/messages":
            messages = [box.read(i) for i in box.ids()]
            self.send(200, json.dumps([m for m in messages if m], ensure_ascii=False), "application/json")
        elif path == "/":
            rows = []
            for m in filter(None, (box.read(i) for i in box.ids())):
                rows.append("<tr><td><a href=\"/messages/%s\">%s</a></td><td>%s</td><td>%s</td></tr>" % (
                    html.escape(m["id"]), html.escape(m["subject"] or "(без темы)"),
                    html.escape(", ".join(m["to"] or m["recipients"])), html.escape(m["date"])))
            table = ("<table><thead><tr><th>Тема</th><th>Кому</th><th>Дата</th></tr></thead><tbody>%s</tbody></table>"
                     % "".join(rows)) if rows else "<p>Писем пока нет.</p>"
            self.send(200, PAGE % ("Письма", "<h1>Письма (%d)</h1>%s" % (len(rows), table)), "text/html; charset=utf-8")
        elif path.startswith("/messages/") and path.endswith(".eml.raw"):
            raw = box.raw(path[len("/messages/"):-4])
            self.send(200, raw, "message/rfc822") if raw is not None else self.send(404, "not found", "text/plain")
        elif path.startswith("/messages/"):
            m = box.read(path[len("/messages/"):])
            if m is None:
                self.send(404, "not found", "text/plain")
                return
            body = ("<p><a href=\"/\">← Все письма</a></p><h1>%s</h1><p>От: %s<br>Кому: %s<br>Дата: %s</p><pre>%s</pre>"
                    "<p><a href=\"/messages/%s.raw\">Исходный текст письма</a></p>") % (
                html.escape(m["subject"]), html.escape(m["from"]), html.escape(", ".join(m["to"])),
                html.escape(m["date"]), html.escape(m["text"]), html.escape(m["id"]))
            self.send(200, PAGE % (html.escape(m["subject"]), body), "text/html; charset=utf-8")
        else:
            self.send(404, "not found", "text/plain")

    def do_DELETE(self):
        if self.path == "/messages":
            self.server.box.clear()
            self.send(204, b"", "text/plain")
        else:
            self.send(404, "not found", "text/plain")


class SmtpServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    parser = argparse.ArgumentParser(description="Karta's local mail catcher")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--smtp-port", type=int, default=1025)
    parser.add_argument("--http-port", type=int, default=1080)
    parser.add_argument("--dir", default=os.path.join(".run", "mail"))
    args = parser.parse_args()
    box = Box(args.dir)
    smtp = SmtpServer((args.host, args.smtp_port), SmtpHandler)
    smtp.box = box
    web = ThreadingHTTPServer((args.host, args.http_port), HttpHandler)
    web.daemon_threads = True
    web.box = box
    threading.Thread(target=smtp.serve_forever, daemon=True).start()
    print("mail catcher: SMTP %s:%d, mails on http://%s:%d, stored in %s" % (
        args.host, args.smtp_port, args.host, args.http_port, args.dir), flush=True)
    try:
        web.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        smtp.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
