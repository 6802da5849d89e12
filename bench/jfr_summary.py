#!/usr/bin/env python3
"""Where the backend's CPU goes, from a Java Flight Recording of a bench run.

    BENCH_JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/karta.jfr,settings=profile,dumponexit=true" bench/run.sh
    python3 bench/jfr_summary.py /tmp/karta.jfr

Reads the execution samples (`jfr print --events jdk.ExecutionSample`, the JDK's own tool) and gives each sample to
the first component met walking from the running frame towards the thread's start: a sample in BigInteger under
jose4j counts as "token check", a sample in HashMap under Hibernate as "Hibernate". Prints the share of each
component and the frames that ran most often. Shares of the samples, i.e. of the JVM's CPU time, not of the
machine's: PostgreSQL and wrk use the same cores and are not in the recording.
"""
import collections
import re
import subprocess
import sys

# Components that never wrap unrelated work: a sample with one of their frames anywhere in its stack is theirs,
# whatever runs inside (the flush's own work is mostly Hibernate and JDK frames, which the walk below would credit
# to "Hibernate").
ENCLOSING = [
    ("Hibernate flush at commit", ["AbstractFlushingEventListener", "DefaultFlushEntityEventListener"]),
]
# (name, substrings of a frame); the first that matches walking up from the running frame wins. Not by whole stack:
# quarkus-oidc's and Vert.x's handlers sit under the whole request.
COMPONENTS = [
    ("token check (quarkus-oidc, jose4j, RSA)", ["io.quarkus.oidc", "org.jose4j", "io.smallrye.jwt"]),
    ("access log", ["accesslog"]),
    ("JSON (Jackson, StrictJson)", ["com.fasterxml.jackson", "ru.karta.common.StrictJson"]),
    ("JDBC driver and pool (pgjdbc, Agroal)", ["org.postgresql", "io.agroal"]),
    ("Hibernate (queries, loading, mapping)", ["org.hibernate"]),
    ("transactions (Narayana)", ["com.arjuna", "io.quarkus.narayana"]),
    ("Karta's own code", ["ru.karta"]),
    ("HTTP (Vert.x, Netty, RESTEasy, Quarkus security)",
     ["io.vertx", "io.netty", "org.jboss.resteasy", "io.quarkus.vertx", "io.quarkus.resteasy",
      "io.quarkus.security", "io.smallrye.mutiny"]),
    ("metrics (Micrometer)", ["io.micrometer"]),
    ("logging", ["org.jboss.logmanager", "org.jboss.logging"]),
]
# One frame line of `jfr print`: "java.util.HashMap.get(Object) line: 556" (the line part is dropped).
FRAME = re.compile(r"^\s*(\S.*?\))(?:\s+line:.*)?$")


def samples(path):
    """Yields each sample's frames, the running frame first."""
    proc = subprocess.Popen(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "96", path],
                            stdout=subprocess.PIPE, text=True, encoding="utf-8", errors="replace")
    frames, inside = [], False
    for line in proc.stdout:
        if "stackTrace = [" in line:
            frames, inside = [], True
        elif inside and line.strip() == "]":
            inside = False
            if frames:
                yield frames
        elif inside:
            match = FRAME.match(line)
            if match and not line.strip().startswith("..."):
                frames.append(match.group(1))
    if proc.wait() != 0:
        sys.exit(f"jfr print failed on {path} (exit {proc.returncode})")


def component(frames):
    for name, needles in ENCLOSING:
        if any(needle in frame for frame in frames for needle in needles):
            return name
    for frame in frames:
        for name, needles in COMPONENTS:
            if any(needle in frame for needle in needles):
                return name
    return "other (JVM, thread pools)"


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    by_component, top_frames, total = collections.Counter(), collections.Counter(), 0
    for frames in samples(sys.argv[1]):
        total += 1
        by_component[component(frames)] += 1
        top_frames[frames[0]] += 1
    if total == 0:
        sys.exit(f"no execution samples in {sys.argv[1]} (was it recorded with settings=profile?)")
    print(f"{total} execution samples in {sys.argv[1]}\n")
    print("share  component")
    for name, count in by_component.most_common():
        print(f"{100 * count / total:5.1f}%  {name}")
    print("\nshare  running frame (top 15)")
    for frame, count in top_frames.most_common(15):
        print(f"{100 * count / total:5.1f}%  {frame[:140]}")


if __name__ == "__main__":
    main()
