"""Failed logins per client address: a sliding window, answered with 429 + Retry-After.

The per-account lock-out (``api/auth.py``) stops guessing one account's password;
this stops one address from trying many accounts (credential stuffing). Only
failed attempts count, so an office behind one NAT address can still sign in
all morning. In-process state: the reference server runs one process.

``CRM_LOGIN_RATE_LIMIT="<attempts>/<seconds>"`` overrides the default (20 failed
attempts per 300 s per address).
"""

from __future__ import annotations

import math
import os
import threading
import time
from collections import deque
from collections.abc import Callable

DEFAULT_ATTEMPTS = 20
DEFAULT_WINDOW_S = 300.0
ENV_VAR = "CRM_LOGIN_RATE_LIMIT"


class LoginRateLimiter:
    def __init__(
        self,
        attempts: int = DEFAULT_ATTEMPTS,
        window_s: float = DEFAULT_WINDOW_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if attempts < 1 or window_s <= 0:
            raise ValueError("rate limit needs attempts >= 1 and a positive window")
        self.attempts = attempts
        self.window_s = window_s
        self._clock = clock
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    @classmethod
    def from_env(cls) -> LoginRateLimiter:
        value = os.environ.get(ENV_VAR, "").strip()
        if not value:
            return cls()
        attempts, _, seconds = value.partition("/")
        return cls(int(attempts), float(seconds or DEFAULT_WINDOW_S))

    def _recent(self, address: str, now: float) -> deque[float]:
        stamps = self._failures.setdefault(address, deque())
        while stamps and stamps[0] <= now - self.window_s:
            stamps.popleft()
        return stamps

    def retry_after(self, address: str) -> int | None:
        """Seconds until ``address`` may try again, or None if it may try now."""
        now = self._clock()
        with self._lock:
            stamps = self._recent(address, now)
            if len(stamps) < self.attempts:
                if not stamps:
                    self._failures.pop(address, None)
                return None
            return max(1, math.ceil(stamps[0] + self.window_s - now))

    def failed(self, address: str) -> None:
        now = self._clock()
        with self._lock:
            self._recent(address, now).append(now)
            if len(self._failures) > 100_000:  # bounded memory under a flood of addresses
                oldest = min(self._failures, key=lambda a: self._failures[a][-1])
                self._failures.pop(oldest, None)
