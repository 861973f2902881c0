import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * Puts a network between the benchmarks' WildFly and PostgreSQL on one machine: a TCP relay that
 * holds every chunk of bytes, in each direction, for a fixed time before passing it on, as a
 * database on another host would (this machine's kernel has no netem). Run by
 * {@code SESEP_BENCH_DB_DELAY_US=250 ./sesep bench}, with the JDK's source launcher:
 * <pre>java DatabaseLatency.java LISTEN_PORT DB_HOST:DB_PORT ONE_WAY_DELAY_MICROS</pre>
 * Each connection gets two threads per direction: one reads and stamps the time a chunk may
 * leave, one waits for that time and writes, so the order of bytes is kept and a chunk's delay
 * does not add to the next one's.
 */
public final class DatabaseLatency {

    private static final byte[] END = new byte[0];

    private record Chunk(long due, byte[] bytes) {
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        String host = args[1].substring(0, args[1].lastIndexOf(':'));
        int dbPort = Integer.parseInt(args[1].substring(args[1].lastIndexOf(':') + 1));
        long delayNanos = Long.parseLong(args[2]) * 1_000;
        try (ServerSocket server = new ServerSocket(port, 512, InetAddress.getLoopbackAddress())) {
            System.out.printf("DatabaseLatency: 127.0.0.1:%d -> %s, %d µs each way%n", port, args[1], delayNanos / 1_000);
            while (true) {
                Socket client = server.accept();
                Socket database = new Socket(host, dbPort);
                client.setTcpNoDelay(true);
                database.setTcpNoDelay(true);
                relay(client, database, delayNanos);
                relay(database, client, delayNanos);
            }
        }
    }

    private static void relay(Socket from, Socket to, long delayNanos) throws IOException {
        InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream();
        BlockingQueue<Chunk> chunks = new LinkedBlockingQueue<>();
        daemon(() -> {
            byte[] buffer = new byte[64 * 1024];
            try {
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    chunks.add(new Chunk(System.nanoTime() + delayNanos, Arrays.copyOf(buffer, n)));
                }
            } catch (IOException closed) {
                // The peer went away: pass the end on.
            }
            chunks.add(new Chunk(0, END));
        });
        daemon(() -> {
            try {
                for (Chunk chunk = chunks.take(); chunk.bytes() != END; chunk = chunks.take()) {
                    for (long wait = chunk.due() - System.nanoTime(); wait > 0; wait = chunk.due() - System.nanoTime()) {
                        LockSupport.parkNanos(wait);
                    }
                    out.write(chunk.bytes());
                    out.flush();
                }
            } catch (IOException | InterruptedException closed) {
                // The other side went away.
            }
            close(from);
            close(to);
        });
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work);
        thread.setDaemon(true);
        thread.start();
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }
}
