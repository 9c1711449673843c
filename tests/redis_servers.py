"""Local Redis servers for the tests: a single server, and a three-master Redis Cluster.

The cluster is made as an operator would: three ``redis-server --cluster-enabled yes``
on free loopback ports, then ``redis-cli --cluster create``. It needs both binaries
(Debian's ``redis-server`` package brings ``redis-cli``; ``.ci/run`` installs it).
"""

from __future__ import annotations

import random
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

#: A cluster node also listens on its port + 10000 (the cluster bus).
BUS_OFFSET = 10_000


def free_port() -> int:
    """A loopback TCP port nobody listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _port_free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _cluster_ports(count: int) -> list[int]:
    """``count`` ports free with their bus ports (port + 10000), away from the
    ephemeral range so that no client connection takes one meanwhile."""
    ports: list[int] = []
    while len(ports) < count:
        port = random.randrange(20_000, 30_000)
        if port not in ports and _port_free(port) and _port_free(port + BUS_OFFSET):
            ports.append(port)
    return ports


def _wait_listening(port: int, process: subprocess.Popen[bytes], timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"redis-server on port {port} exited with {process.returncode}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"redis-server did not listen on port {port} in {timeout}s")


def start_redis(port: int, workdir: Path, *extra: str) -> subprocess.Popen[bytes]:
    """``redis-server`` on ``127.0.0.1:port`` keeping its files in ``workdir``."""
    server = shutil.which("redis-server")
    if server is None:
        raise RuntimeError("redis-server is not installed (.ci/run installs it)")
    workdir.mkdir(parents=True, exist_ok=True)
    process = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--dir", str(workdir), *extra],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_listening(port, process)
    except RuntimeError:
        process.kill()
        process.wait(10)
        raise
    return process


#: Every write on disk before it is acknowledged: a restarted server has every vote.
DURABLE = ("--appendonly", "yes", "--appendfsync", "always", "--save", "")


def start_durable_redis(port: int, workdir: Path) -> subprocess.Popen[bytes]:
    """A single ``redis-server`` that keeps every write across a restart in ``workdir``."""
    return start_redis(port, workdir, *DURABLE)


def missing_cluster_tools() -> str:
    """Why a cluster cannot be started here ('' when it can)."""
    missing = [name for name in ("redis-server", "redis-cli") if shutil.which(name) is None]
    if missing:
        return (
            f"{' and '.join(missing)} not found: the Redis Cluster tests start a cluster "
            "from these binaries (Debian's redis-server package; .ci/run installs it)"
        )
    return ""


@dataclass
class RedisCluster:
    """A running three-master cluster; :attr:`url` is a seed node."""

    ports: list[int]
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.ports[0]}/0"

    def stop(self) -> None:
        for process in self.processes:
            process.kill()
        for process in self.processes:
            process.wait(10)


def _cli(port: int, *args: str, timeout: float = 30) -> str:
    cli = shutil.which("redis-cli")
    assert cli is not None
    done = subprocess.run(
        [cli, "-h", "127.0.0.1", "-p", str(port), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"redis-cli {' '.join(args)} failed: {done.stdout}{done.stderr}")
    return done.stdout


def start_cluster(workdir: Path, masters: int = 3) -> RedisCluster:
    """Start ``masters`` cluster-enabled servers and join them into one cluster."""
    cluster = RedisCluster(_cluster_ports(masters))
    try:
        for port in cluster.ports:
            cluster.processes.append(
                start_redis(
                    port,
                    workdir / str(port),
                    *("--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf"),
                    *("--cluster-node-timeout", "5000", "--save", "", "--appendonly", "no"),
                )
            )
        nodes = [f"127.0.0.1:{port}" for port in cluster.ports]
        _cli(
            cluster.ports[0],
            "--cluster",
            "create",
            *nodes,
            "--cluster-replicas",
            "0",
            "--cluster-yes",
        )
        deadline = time.monotonic() + 30
        while not all(
            "cluster_state:ok" in _cli(port, "cluster", "info") for port in cluster.ports
        ):
            if time.monotonic() > deadline:
                raise RuntimeError("the Redis Cluster did not reach cluster_state:ok in 30 s")
            time.sleep(0.1)
    except BaseException:
        cluster.stop()
        raise
    return cluster
