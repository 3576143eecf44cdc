"""A minimal Chrome DevTools Protocol client for the CI's browser checks (standard library only).

Chromium is started headless with `--remote-debugging-pipe`: it reads commands from file
descriptor 3 and writes replies and events to file descriptor 4, each a JSON message ended by
a NUL byte. No websocket, no pip package.

    with Browser() as browser:
        page = browser.new_page()
        page.navigate("file:///tmp/form.html")
        print(page.evaluate("document.title"))
"""

import json
import os
import select
import shutil
import subprocess
import tempfile
import time


def chromium_binary():
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        path = shutil.which(name)
        if path:
            return path
    raise SystemExit("error: no Chromium found (install the 'chromium' package)")


class ProtocolError(Exception):
    pass


class Browser:
    """A headless Chromium driven through the DevTools protocol over a pipe."""

    def __init__(self, timeout=60):
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="ik-chromium-")
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()

        def arrange_fds():
            # The pipes become fds 3 and 4 of the child, whatever numbers they have here.
            high_read = os.dup(to_browser_read) if to_browser_read < 100 else to_browser_read
            high_write = os.dup(from_browser_write) if from_browser_write < 100 else from_browser_write
            os.dup2(high_read, 3)
            os.dup2(high_write, 4)

        self.process = subprocess.Popen(
            [chromium_binary(), "--headless", "--no-sandbox", "--disable-gpu",
             "--remote-debugging-pipe", "--no-first-run", "--no-default-browser-check",
             "--hide-scrollbars", "--force-device-scale-factor=1",
             "--user-data-dir=" + self.profile, "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            # Not close_fds: it would close 3 and 4 after arrange_fds made them (dup2 leaves
            # them inheritable).
            preexec_fn=arrange_fds, close_fds=False)
        os.close(to_browser_read)
        os.close(from_browser_write)
        self._buffer = b""
        self._next_id = 0
        self._replies = {}
        self.events = []

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        try:
            self.send("Browser.close")
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for fd in (self._to_browser, self._from_browser):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self.profile, ignore_errors=True)

    def _read_message(self, deadline):
        while b"\0" not in self._buffer:
            remaining = deadline - time.time()
            if remaining <= 0:
                raise ProtocolError("no reply from Chromium in time")
            ready, _, _ = select.select([self._from_browser], [], [], remaining)
            if not ready:
                continue
            chunk = os.read(self._from_browser, 1 << 20)
            if not chunk:
                raise ProtocolError("Chromium closed the pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def post(self, method, params=None, session=None):
        """Sends a command without waiting; returns its id, for ``reply``."""
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        return self._next_id

    def reply(self, message_id, method="", timeout=None):
        """The result of the command `message_id`; events that arrive meanwhile are kept."""
        deadline = time.time() + (timeout or self.timeout)
        while True:
            if message_id in self._replies:
                reply = self._replies.pop(message_id)
            else:
                reply = self._read_message(deadline)
                if "method" in reply:
                    self.events.append(reply)
                    continue
                if reply.get("id") != message_id:
                    self._replies[reply.get("id")] = reply
                    continue
            if "error" in reply:
                raise ProtocolError(f"{method}: {reply['error']}")
            return reply.get("result", {})

    def send(self, method, params=None, session=None, timeout=None):
        """Sends a command and returns its result; events that arrive meanwhile are kept."""
        return self.reply(self.post(method, params, session), method, timeout)

    def wait_for(self, method, predicate=lambda event: True, timeout=None):
        """Waits for an event (one that already arrived counts) and returns it."""
        deadline = time.time() + (timeout or self.timeout)
        while True:
            for index, event in enumerate(self.events):
                if event["method"] == method and predicate(event):
                    return self.events.pop(index)
            event = self._read_message(deadline)
            if "method" in event:
                self.events.append(event)
            elif "id" in event:
                self._replies[event["id"]] = event

    def new_page(self, width=1280, height=900, mobile=False):
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, session)
        page.send("Page.enable")
        page.send("Runtime.enable")
        page.resize(width, height, mobile)
        return page

    def allow_downloads(self, directory):
        self.send("Browser.setDownloadBehavior",
                  {"behavior": "allow", "downloadPath": directory, "eventsEnabled": True})


class Page:
    """One tab, attached with its own session."""

    def __init__(self, browser, session):
        self.browser = browser
        self.session = session

    def send(self, method, params=None, timeout=None):
        return self.browser.send(method, params, session=self.session, timeout=timeout)

    def resize(self, width, height, mobile=False):
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})

    def navigate(self, url):
        self.browser.events.clear()
        self.send("Page.navigate", {"url": url})
        self.browser.wait_for("Page.loadEventFired",
                              lambda event: event.get("sessionId") == self.session)

    def evaluate(self, expression, timeout=None):
        """The value of a JavaScript expression (awaited if it is a promise)."""
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True}, timeout=timeout)
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise ProtocolError(f"JavaScript error: {text}")
        return result["result"].get("value")

    def screenshot(self, path):
        import base64
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        with open(path, "wb") as file:
            file.write(base64.b64decode(data))

    def set_file(self, selector, path):
        document = self.send("DOM.getDocument")["root"]["nodeId"]
        node = self.send("DOM.querySelector", {"nodeId": document, "selector": selector})["nodeId"]
        self.send("DOM.setFileInputFiles", {"nodeId": node, "files": [path]})

    def key(self, key, code=None, text=None, key_code=0):
        """Presses and releases one key, as a keyboard would."""
        params = {"key": key, "code": code or key, "windowsVirtualKeyCode": key_code}
        down = dict(params, type="keyDown")
        if text:
            down["text"] = text
        self.send("Input.dispatchKeyEvent", down)
        self.send("Input.dispatchKeyEvent", dict(params, type="keyUp"))

    def click_at(self, x, y):
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent",
                      {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1})
