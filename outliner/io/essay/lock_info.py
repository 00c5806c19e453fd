"""Where the lock of an open .essay lives, and who holds it, without Qt.

The window locks each file it writes with a QLockFile (ui/document_lock);
the command line, which has no Qt, must respect that lock too. So the
naming rule lives here, below both, and this module reads the lock file as
QLockFile writes it: lines of process id, program name, host name, then
(Qt 6) machine id and boot id.

The naming rule gives one lock per file, whatever name it is opened by:

* symlinks are followed: the lock sits beside the real file, as
  ``.NAME.essay.lock`` (the usual case, one name per file);
* a file with more than one hard link (st_nlink > 1) has no one real name,
  so its lock is named after its inode, ``.hardlink-INODE.essay.lock``, in
  the folder of the resolved path: every name in that folder finds the same
  lock. The inode alone suffices there, since one folder's files are on one
  filesystem, and it is the same from every host of a shared folder (st_dev
  is not). Saves rewrite a hard-linked file in place (io/atomic), so the
  inode, and with it the lock name, survives a save.

Not covered: hard links in different folders (each folder has its own
lock), and a second link made while the file is open under its first name.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


def host_name() -> str:
    """This machine's host name, as QLockFile records it: gethostname(),
    which os.uname() gives on POSIX without importing socket (a few
    milliseconds of every command)."""
    uname = getattr(os, "uname", None)
    if uname is not None:
        return str(uname().nodename)
    import socket

    return socket.gethostname()


def lock_path_for(path: Path) -> Path:
    """Where the lock of ``path`` lives (see the module's naming rule)."""
    real = Path(path).resolve()
    try:
        status = real.stat()
    except OSError:  # not there yet (a new file): its name is its identity
        status = None
    if status is not None and status.st_nlink > 1:
        return real.with_name(f".hardlink-{status.st_ino}.essay.lock")
    return real.with_name(f".{real.name}.lock")


@dataclass(frozen=True)
class LockHolder:
    """Who holds a lock, as QLockFile recorded it."""

    pid: int
    host: str
    app: str

    def describe(self) -> str:
        """"another window of this program" or "python3 (process 12 on host)"."""
        if self.pid == os.getpid() and self.host == host_name():
            return f"another window of this program (process {self.pid})"
        where = f" on {self.host}" if self.host else ""
        return f"{self.app or 'another program'} (process {self.pid}{where})"


@dataclass(frozen=True)
class _LockFile:
    holder: LockHolder
    machine_id: str
    boot_id: str


def live_holder(path: Path) -> LockHolder | None:
    """Who holds the lock of the .essay ``path`` now; None when nobody does
    (no lock file, an unreadable or empty one, or one left by a process
    that is gone, which a window would take over). A lock from another host
    is held: its process cannot be checked from here."""
    found = _read(lock_path_for(path))
    if found is None:
        return None
    holder = found.holder
    if holder.host and holder.host != host_name():
        return holder
    if found.machine_id and found.machine_id != _machine_id(found.machine_id):
        return holder  # same name, another machine
    boot_id = _first_line(Path("/proc/sys/kernel/random/boot_id"))
    if found.boot_id and boot_id and found.boot_id != boot_id:
        return None  # written before this machine last started
    return holder if _running(holder) else None


def _read(lock: Path) -> _LockFile | None:
    try:
        lines = lock.read_bytes()[:4096].decode("utf-8", "replace").splitlines()
    except OSError:
        return None
    lines += [""] * (5 - len(lines))
    try:
        pid = int(lines[0].strip())
    except ValueError:
        return None
    if pid <= 0:
        return None
    return _LockFile(LockHolder(pid, lines[2].strip(), lines[1].strip()),
                     lines[3].strip(), lines[4].strip())


def _running(holder: LockHolder) -> bool:
    """The process is alive and (where the system says) still the program
    that took the lock, as QLockFile itself decides staleness."""
    try:
        os.kill(holder.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, another user's
    except (OSError, OverflowError):
        return False
    try:
        exe = os.readlink(f"/proc/{holder.pid}/exe")
    except OSError:  # no /proc, or not ours to read: alive is all we know
        return True
    name = os.path.basename(exe.removesuffix(" (deleted)"))
    return not holder.app or name == holder.app


def _machine_id(recorded: str) -> str:
    """This machine's id as Qt records it, or ``recorded`` when unknown."""
    for candidate in (Path("/etc/machine-id"), Path("/var/lib/dbus/machine-id")):
        found = _first_line(candidate)
        if found:
            return found
    return recorded


def _first_line(path: Path) -> str:
    try:
        return path.read_text(encoding="ascii", errors="replace").strip()
    except OSError:
        return ""
