#!/bin/sh
# The image's entry point: WildFly's standalone.sh, told by the environment where to listen and how
# long a stop may wait. exec, so standalone.sh is PID 1 and receives SIGTERM; with
# LAUNCH_JBOSS_IN_BACKGROUND (set in the WildFly image) it passes the signal on to the server, which
# suspends (refuses new requests, lets those in flight finish, for at most
# BOOKING_SHUTDOWN_TIMEOUT_SECONDS) and then stops. Extra arguments go to standalone.sh
# (e.g. -c standalone-ha.xml). On a cluster's node (standalone-ha.xml), BOOKING_CLUSTER_BIND_ADDRESS is
# the address JGroups listens on, one the other nodes reach (wildfly/configure-cluster.cli).
exec "$JBOSS_HOME/bin/standalone.sh" \
    -b "${BOOKING_BIND_ADDRESS:-0.0.0.0}" \
    -bmanagement "${BOOKING_MANAGEMENT_BIND_ADDRESS:-127.0.0.1}" \
    -Djboss.socket.binding.port-offset="${BOOKING_PORT_OFFSET:-0}" \
    -Djboss.bind.address.private="${BOOKING_CLUSTER_BIND_ADDRESS:-127.0.0.1}" \
    -Dorg.wildfly.sigterm.suspend.timeout="${BOOKING_SHUTDOWN_TIMEOUT_SECONDS:-20}" \
    "$@"
