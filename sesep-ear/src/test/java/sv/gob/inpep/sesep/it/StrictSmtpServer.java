package sv.gob.inpep.sesep.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMTP server as strict as the relays SESEP meets in production, where GreenMail is lenient.
 * Listens where {@link Mailbox} would, in the server's JVM, and serves several connections at once:
 * <ul>
 *   <li>it offers no 8BITMIME or SMTPUTF8, so a client must send seven-bit data, and it keeps the
 *       raw bytes of every accepted message for the test to read as the relay saw them;</li>
 *   <li>like Exchange's MaxMessagesPerConnection, it takes only {@code mailsPerConnection} mails on
 *       one connection, then answers the next MAIL with 421 and hangs up;</li>
 *   <li>like Postfix's smtpd_timeout, it closes a connection idle for {@code idleMillis} (421);</li>
 *   <li>{@link #refusingEveryRecipient()} answers every RCPT with 550, as for an address that does
 *       not exist.</li>
 * </ul>
 */
final class StrictSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final boolean refuseRecipients;
    private final int mailsPerConnection;
    private final int idleMillis;
    private final List<byte[]> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    private StrictSmtpServer(boolean refuseRecipients, int mailsPerConnection, int idleMillis) throws IOException {
        this.refuseRecipients = refuseRecipients;
        this.mailsPerConnection = mailsPerConnection;
        this.idleMillis = idleMillis;
        socket = new ServerSocket(Mailbox.PORT, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "strict-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Refuses every recipient for good ("550 5.1.1 no such user"). */
    static StrictSmtpServer refusingEveryRecipient() throws IOException {
        return new StrictSmtpServer(true, Integer.MAX_VALUE, 10_000);
    }

    /** Accepts mail, at most {@code mailsPerConnection} per connection, closing idle ones after {@code idleMillis}. */
    static StrictSmtpServer limiting(int mailsPerConnection, int idleMillis) throws IOException {
        return new StrictSmtpServer(false, mailsPerConnection, idleMillis);
    }

    /** The raw bytes of each message accepted (DATA, dot-unstuffed, without the final dot line). */
    List<byte[]> accepted() {
        return List.copyOf(accepted);
    }

    /** How many connections clients opened. */
    int connections() {
        return connections.get();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                open.add(client);
                connections.incrementAndGet();
                Thread conversation = new Thread(() -> serve(client), "strict-smtp-" + connections.get());
                conversation.setDaemon(true);
                conversation.start();
            } catch (IOException e) {
                // The socket closed: the test ended.
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setSoTimeout(idleMillis);
            converse(client.getInputStream(), client.getOutputStream());
        } catch (SocketTimeoutException e) {
            try {
                reply(client.getOutputStream(), "421 4.4.2 strict.example Error: timeout exceeded");
            } catch (IOException gone) {
                // The client went away first.
            }
        } catch (IOException e) {
            // The client went away, or close() hung up.
        } finally {
            open.remove(client);
        }
    }

    private void converse(InputStream in, OutputStream out) throws IOException {
        reply(out, "220 strict.example ESMTP");
        int mails = 0;
        for (String line = line(in); line != null; line = line(in)) {
            String command = line.length() < 4 ? line.toUpperCase(Locale.ROOT) : line.substring(0, 4).toUpperCase(Locale.ROOT);
            switch (command) {
                case "EHLO" -> reply(out, "250-strict.example\r\n250-SIZE 52428800\r\n250 PIPELINING");
                case "HELO" -> reply(out, "250 strict.example");
                case "MAIL" -> {
                    if (mails >= mailsPerConnection) {
                        reply(out, "421 4.7.0 strict.example Too many messages for this session");
                        return;
                    }
                    reply(out, "250 2.1.0 OK");
                }
                case "RSET", "NOOP" -> reply(out, "250 2.0.0 OK");
                case "RCPT" -> reply(out, refuseRecipients ? "550 5.1.1 no such user" : "250 2.1.5 OK");
                case "DATA" -> {
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    accepted.add(data(in));
                    mails++;
                    reply(out, "250 2.0.0 OK queued as " + mails);
                }
                case "QUIT" -> {
                    reply(out, "221 2.0.0 bye");
                    return;
                }
                default -> reply(out, "503 5.5.1 bad sequence of commands");
            }
        }
    }

    /** The message up to the line with a single dot, exactly as sent but for dot-stuffing. */
    private static byte[] data(InputStream in) throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        ByteArrayOutputStream lineBytes = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            lineBytes.write(b);
            if (b == '\n') {
                byte[] line = lineBytes.toByteArray();
                lineBytes.reset();
                if (line.length == 3 && line[0] == '.' && line[1] == '\r') {
                    return message.toByteArray();
                }
                int from = line.length > 1 && line[0] == '.' ? 1 : 0;
                message.write(line, from, line.length - from);
            }
        }
        throw new IOException("connection closed in DATA");
    }

    /** A command line, in ASCII, without its CRLF; null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\n') {
                int end = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
                return line.substring(0, end);
            }
            line.append((char) b);
        }
        return null;
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /**
     * Stops listening and hangs up every connection still open: SESEP keeps connections between
     * mails, and one kept alive by NOOPs would otherwise go on taking the next test's mail.
     */
    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket client : open) {
            client.close();
        }
    }
}
