# shellcheck shell=bash
# Sourced by docker/test-image.sh and docker/test-compose.sh, not run on its own: podman set up the way it
# works on this project's machines, and the stand-ins for the official images they cannot pull, built
# here and tagged with the official names (../shared/DESIGN.md, "Containers on this machine kind").
# Needs $work (a scratch directory the caller removes) and the caller's cd to the repository root.

# Installs the Debian packages of the commands missing, given as command:package.
standin_install() {
    local sudo="" missing=() tool
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    for tool in "$@"; do
        command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        $sudo apt-get update -qq
        $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

# Root here lacks CAP_SYS_RESOURCE, so podman's default ulimits cannot be set; crun refuses the
# host's hybrid cgroups, runc works; there is no systemd to log events to.
standin_podman_config() {
    local nofile
    nofile=$(ulimit -Hn)
    cat > "$work/containers.conf" <<EOF
[containers]
default_ulimits = ["nofile=$nofile:$nofile", "nproc=32768:32768"]

[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
EOF
    export CONTAINERS_CONF=$work/containers.conf
}

# localhost/debian-jre17: Debian bookworm with Java 17, made with mmdebstrap once and kept in podman's store.
standin_base() {
    if podman image exists localhost/debian-jre17; then
        echo "base image localhost/debian-jre17: cached"
        return
    fi
    local mirror
    # The mirror this machine's apt uses (deb822 .sources or one-line .list).
    mirror=$(sed -n 's/^URIs: *\([^ ]*\).*/\1/p; s/^deb  *\(\[[^]]*\] *\)\{0,1\}\(http[^ ]*\).*/\2/p' \
        /etc/apt/sources.list /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list 2>/dev/null \
        | grep -v security | head -1 || true)
    # curl for the image's HEALTHCHECK (the official image has it too); man pages stay, Java's
    # update-alternatives needs their directories.
    mmdebstrap --quiet --variant=apt --include=openjdk-17-jre-headless,curl,passwd --dpkgopt=force-unsafe-io \
        bookworm "$work/base.tar" "${mirror:-http://deb.debian.org/debian}"
    podman import --quiet "$work/base.tar" localhost/debian-jre17 >/dev/null
    rm -f "$work/base.tar"
    echo "base image localhost/debian-jre17: made"
}

# The official WildFly image's stand-in (standin/wildfly.Containerfile) from the wildfly-dist zip the
# Maven build downloaded, unless the store has it: standin_wildfly <image> <version> <zip>.
standin_wildfly() {
    if podman image exists "$1"; then
        echo "$1: cached"
        return
    fi
    [ -f "$3" ] || { echo "no $3: a Maven build downloads it (./mvnw package -DskipTests)" >&2; return 1; }
    unzip -q "$3" -d "$work/standin"
    mv "$work/standin/wildfly-$2" "$work/standin/wildfly"
    podman build --quiet --pull=never -f docker/standin/wildfly.Containerfile -t "$1" "$work/standin" \
        >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; return 1; }
    rm -rf "$work/standin"
    echo "$1: made"
}

# The stand-in of another official image from its Containerfile in standin/: standin_image <name> <image>.
# Built every time: podman's layer cache makes that a second or two unless the Containerfile changed.
standin_image() {
    local previous current
    previous=$(podman image inspect --format '{{.Id}}' "$2" 2>/dev/null || true)
    podman build --quiet --pull=never -f "docker/standin/$1.Containerfile" -t "$2" docker/standin \
        >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; return 1; }
    current=$(podman image inspect --format '{{.Id}}' "$2")
    # The image an earlier Containerfile made, now untagged, goes.
    if [ -n "$previous" ] && [ "$previous" != "$current" ]; then
        podman rmi "$previous" >/dev/null 2>&1 || true
    fi
    echo "$2: ${current:0:12}"
}
