package dev.bookspace.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * The network a request came from, as limits count it: an IPv4 address as it is, an IPv6 address as its
 * /64, since one home or server is given a whole /64 and could otherwise take a fresh address per request.
 */
public final class ClientNetwork {

    private ClientNetwork() {
    }

    public static String of(String address) {
        if (address == null || !address.contains(":")) {
            return String.valueOf(address);
        }
        try {
            // A literal address: no name is looked up.
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(HexFormat.of().toHexDigits(bytes[i])).append(HexFormat.of().toHexDigits(bytes[i + 1])).append(':');
            }
            return prefix + ":/64";
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
